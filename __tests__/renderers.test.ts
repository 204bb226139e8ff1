import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/checks/finding.js';
import { RULE_IDS } from '../src/checks/rules.js';
import { ANNOTATIONS_PER_SEVERITY, planAnnotations } from '../src/report/annotations.js';
import type { RunReport } from '../src/report/run-report.js';
import { countBySeverity } from '../src/report/run-report.js';
import { renderSarif } from '../src/report/sarif.js';
import { dns } from './support/literal.js';
import { sarifSchemaErrors } from './support/sarif-schema.js';
import { renderSummary, SUMMARY_BUDGET_BYTES } from '../src/report/summary.js';
import { renderText } from '../src/report/text.js';
import { probe, scan } from './support/literal.js';

function finding(index: number, overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'mx/unexpected',
    severity: 'error',
    name: `name${index}.example.com`,
    subject: `mx${index}.example.net`,
    servers: ['ns1.example.net/192.0.2.1'],
    message: `finding ${index}`,
    location: { file: 'policy.yml', line: index + 1, column: 3 },
    ...overrides,
  };
}

function report(findings: Finding[], observations: RunReport['observations'] = undefined): RunReport {
  return {
    version: 1,
    tool: { name: 'mail-perimeter', version: '0.0.0' },
    policy: 'policy.yml',
    verdict: 'pass',
    failOn: 'error',
    startedAt: '2026-11-28T00:00:00.000Z',
    durationMs: 5,
    summary: countBySeverity(findings),
    findings,
    observations,
  };
}

const emptyDns = {
  ipv6: 'unused',
  zones: [],
  names: [],
  mxTargets: [],
  stats: { queriesSent: 0, answersAccepted: 0, answersDropped: 0, timeouts: 0, tcpFallbacks: 0 },
} as const;
const emptyProbe = { checks: [], conversations: [] } as unknown as NonNullable<NonNullable<RunReport['observations']>['probe']>;

const HOSTILE = 'evil\n::error file=x.yml,line=1::pwned <script>alert(1)</script>';

describe('annotations', () => {
  it('one per finding while they fit in the per-step limit', () => {
    const plan = planAnnotations(Array.from({ length: ANNOTATIONS_PER_SEVERITY }, (_, index) => finding(index)));
    expect(plan).toHaveLength(10);
    expect(plan[3]).toMatchObject({ severity: 'error', title: 'mx/unexpected: mx3.example.net', file: 'policy.yml', line: 4, column: 3 });
  });

  it('aggregates per rule beyond the limit, and never exceeds 10 per severity', () => {
    const many = [
      ...Array.from({ length: 30 }, (_, index) => finding(index)),
      ...Array.from({ length: 5 }, (_, index) => finding(index, { rule: 'mx/missing' })),
      ...Array.from({ length: 12 }, (_, index) => finding(index, { severity: 'warning', rule: 'soa/serial-inconsistent' })),
    ];
    const plan = planAnnotations(many);
    const errors = plan.filter((annotation) => annotation.severity === 'error');
    expect(errors.map((annotation) => annotation.title)).toEqual(['mx/unexpected (30 findings)', 'mx/missing (5 findings)']);
    expect(errors[0]!.message).toContain('and 25 more');
    expect(plan.filter((annotation) => annotation.severity === 'warning')).toHaveLength(1);
  });

  it('with more rules than slots, the last slot points to the summary', () => {
    const many = RULE_IDS.flatMap((rule, index) => [finding(index, { rule }), finding(index + 100, { rule })]);
    const plan = planAnnotations(many);
    const errors = plan.filter((annotation) => annotation.severity === 'error');
    expect(errors).toHaveLength(ANNOTATIONS_PER_SEVERITY);
    expect(errors.at(-1)!.message).toMatch(/more errors under .*: see the job summary/);
  });

  it('keep one error slot for the verdict of a failing run, so GitHub never drops it', () => {
    const ten = Array.from({ length: ANNOTATIONS_PER_SEVERITY }, (_, index) => finding(index));
    expect(planAnnotations(ten, false)).toHaveLength(ANNOTATIONS_PER_SEVERITY);
    // Ten findings no longer fit beside the verdict: they are aggregated into one.
    expect(planAnnotations(ten, true).map((annotation) => annotation.title)).toEqual(['mx/unexpected (10 findings)']);
    const many = RULE_IDS.flatMap((rule, index) => [finding(index, { rule }), finding(index + 100, { rule })]);
    expect(planAnnotations(many, true).filter((annotation) => annotation.severity === 'error')).toHaveLength(ANNOTATIONS_PER_SEVERITY - 1);
  });

  it('an aggregated annotation lists the lines of its findings', () => {
    const many = [...Array.from({ length: 30 }, (_, index) => finding(index)), finding(99, { rule: 'mx/missing' })];
    const [aggregated] = planAnnotations(many);
    expect(aggregated!.message).toContain('At policy.yml:1, 2, 3');
    expect(aggregated!.message).toContain('(+10)');
  });

  it('carry no line breaks from untrusted data', () => {
    const [annotation] = planAnnotations([finding(1, { subject: HOSTILE, message: HOSTILE })]);
    expect(annotation!.message).not.toMatch(/[\r\n]/);
    expect(annotation!.title).not.toMatch(/[\r\n]/);
  });
});

describe('text output', () => {
  it('cannot be used to inject a workflow command', () => {
    const text = renderText(report([finding(1, { name: HOSTILE, subject: HOSTILE, message: HOSTILE, servers: [HOSTILE] })]), true);
    for (const line of text.split('\n')) expect(line.startsWith('::')).toBe(false);
    expect(text).toContain('evil\\x0a::error');
  });
});

describe('job summary', () => {
  it('escapes HTML and marks the verdict', () => {
    const withBanner = scan([probe('192.0.2.9', 25, 'smtp', HOSTILE)]);
    const html = renderSummary(report([finding(1, { message: HOSTILE })], withBanner), true);
    expect(html).toContain('❌ mail-perimeter');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it("stays under GitHub's 1 MiB limit however many findings there are", () => {
    const huge = Array.from({ length: 20_000 }, (_, index) => finding(index, { message: 'x'.repeat(100) }));
    const html = renderSummary(report(huge), true);
    expect(Buffer.byteLength(html)).toBeLessThan(1024 * 1024);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES + 1024);
  });

  it('shows what each server said, marking the odd one out', () => {
    const observations: RunReport['observations'] = {
      version: 1,
      startedAt: '',
      durationMs: 1,
      scan: undefined,
      dns: {
        ipv6: 'unused',
        stats: { queriesSent: 1, answersAccepted: 1, answersDropped: 0, timeouts: 0, tcpFallbacks: 0 },
        mxTargets: [],
        names: [
          {
            name: 'example.com' as never,
            zone: 'example.com' as never,
            error: undefined,
            servers: [1, 2, 3].map((n) => ({
              server: { name: `ns${n}.example.net` as never, address: `192.0.2.${n}` as never },
              mx: {
                status: 'answer' as const,
                records:
                  n === 3
                    ? [{ preference: 90, host: 'backup.example.com' as never }]
                    : [{ preference: 10, host: 'mx1.example.com' as never }],
              },
              addresses: { status: 'answer' as const, records: [] },
            })),
          },
        ],
        zones: [
          {
            zone: 'example.com' as never,
            parent: undefined,
            unresolvedServers: [],
            aliasedServers: [],
            transfers: [],
            servers: [1, 2, 3].map((n) => ({
              server: { name: `ns${n}.example.net` as never, address: `192.0.2.${n}` as never },
              foundVia: ['delegation' as const],
              addressFoundVia: [{ kind: 'resolution' as const }],
              soa: { status: 'answer' as const, records: [{ serial: 7, primary: 'ns1.example.net' as never }] },
              ns: { status: 'answer' as const, records: ['ns1.example.net' as never] },
            })),
          },
        ],
      },
    };
    const html = renderSummary(report([], observations), false);
    expect(html).toContain('<td><strong>⚠️ 90 backup.example.com</strong></td>');
    expect(html).toContain('<td>10 mx1.example.com</td>');
    expect(html).not.toContain('⚠️ 7');
  });
});

describe('the summary of evidence from elsewhere', () => {
  it('counts each relay, its dates and its spam; says where imported scans came from', () => {
    const arrival = (date: string, spam: boolean) => ({
      file: 'mail/mbox',
      line: 5,
      address: '192.0.2.25' as never,
      reverse: 'backup.example.com',
      helo: 'forged.example',
      by: 'mx1.example.com',
      date,
      spam,
      policyName: 'example.com' as never,
    });
    const html = renderSummary(
      report([], {
        ...scan([]),
        scan: {
          ...scan([]).scan!,
          imported: [
            { file: 'scans/nmap.xml', format: 'nmap-xml', scannedAt: '2026-12-04T02:00:00.000Z', inside: 12, outside: 3, cut: true },
          ],
        },
        evidence: {
          files: [],
          arrivals: [arrival('2026-12-01T10:00:00.000Z', true), arrival('2026-12-04T10:00:00.000Z', false)],
          tlsRpt: [],
        },
      }),
      false,
    );
    expect(html).toContain(
      '<tr><td>192.0.2.25</td><td>backup.example.com</td><td>mx1.example.com</td><td>2</td><td>2026-12-01 – 2026-12-04</td><td>1</td></tr>',
    );
    expect(html).toContain(
      'From scans/nmap.xml (nmap-xml, scanned 2026-12-04 02:00 UTC, cut off): 12 results inside the ranges, 3 outside, ignored.',
    );
  });
});

describe('SARIF', () => {
  it('has what code scanning requires, with stable rule ids and repository-relative locations', () => {
    const sarif = JSON.parse(
      renderSarif(report([finding(1, { location: { file: './.github/mail-perimeter.yml', line: 12, column: 5 }, severity: 'notice' })])),
    );
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULE_IDS);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).not.toBe('');
      expect(rule.fullDescription.text).not.toBe('');
      expect(rule.help.text).not.toBe('');
    }
    expect(run.results[0]).toMatchObject({
      ruleId: 'mx/unexpected',
      level: 'note',
      message: { text: 'finding 1' },
      locations: [
        { physicalLocation: { artifactLocation: { uri: '.github/mail-perimeter.yml' }, region: { startLine: 12, startColumn: 5 } } },
      ],
    });
    expect(run.results[0].partialFingerprints['mailPerimeterFinding/v1']).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(renderSarif(report([]))).runs[0].results).toEqual([]);
  });
});

describe('report.schema.json', () => {
  it('lists exactly the rule ids the tool has', async () => {
    const { RULE_IDS } = await import('../src/checks/rules.js');
    const { default: schema } = await import('../report.schema.json', { with: { type: 'json' } });
    expect([...schema.$defs.finding.properties.rule.enum].sort()).toEqual([...RULE_IDS].sort());
  });
});

describe('SARIF for code scanning', () => {
  it('keeps at most 25,000 results per run, the last saying how many were left out', () => {
    const many = Array.from({ length: 25_010 }, (_, index) => finding(index));
    const sarif = JSON.parse(renderSarif(report(many)));
    const results = sarif.runs[0].results as { ruleId: string; message: { text: string } }[];
    expect(results).toHaveLength(25_000);
    expect(results.at(-1)!.ruleId).toBe('sarif/results-left-out');
    expect(results.at(-1)!.message.text).toContain('11 more findings are not in this SARIF file');
    expect(sarif.runs[0].tool.driver.rules.at(-1).id).toBe('sarif/results-left-out');
    expect(sarifSchemaErrors(sarif)).toEqual([]);
  });

  it('derives its category from the policy and the phases that ran, unless one is given', () => {
    expect(JSON.parse(renderSarif(report([]))).runs[0].automationDetails.id).toBe('mail-perimeter/policy.yml:policy/');
    expect(JSON.parse(renderSarif(report([]), 'nightly')).runs[0].automationDetails.id).toBe('nightly/');
    const phases = (observations: NonNullable<RunReport['observations']>) =>
      JSON.parse(renderSarif(report([], observations))).runs[0].automationDetails.id as string;
    const dnsOnly = { version: 1, startedAt: '', durationMs: 0, dns: emptyDns, scan: undefined } as NonNullable<RunReport['observations']>;
    const probeOnly = { version: 1, startedAt: '', durationMs: 0, probe: emptyProbe, scan: undefined } as NonNullable<
      RunReport['observations']
    >;
    // `only: dns` and `only: probe` upload under different categories: one never replaces the other's alerts.
    expect(phases(dnsOnly)).toBe('mail-perimeter/policy.yml:dns/');
    expect(phases(probeOnly)).toBe('mail-perimeter/policy.yml:probe/');
  });

  it("names a policy outside the repository (the demo's temporary copy) by an absolute file URI, and its category by the file name alone", () => {
    const outside = {
      ...report([finding(1, { location: { file: '/tmp/mail-perimeter-demo-x1Yz/demo-policy.yml', line: 3, column: 1 } })]),
    };
    const sarif = JSON.parse(renderSarif({ ...outside, policy: '/tmp/mail-perimeter-demo-x1Yz/demo-policy.yml' }));
    expect(sarif.runs[0].automationDetails.id).toBe('mail-perimeter/demo-policy.yml:policy/');
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'file:///tmp/mail-perimeter-demo-x1Yz/demo-policy.yml',
    );
    expect(sarifSchemaErrors(sarif)).toEqual([]);
  });

  it('gives every rule help in markdown with a link to the rule table, and a security severity', () => {
    const rules = JSON.parse(renderSarif(report([]))).runs[0].tool.driver.rules as {
      helpUri: string;
      help: { markdown: string };
      properties: Record<string, string>;
    }[];
    for (const rule of rules) {
      expect(rule.helpUri).toMatch(/#rules$/);
      expect(rule.help.markdown).toContain('(https://');
      expect(Number(rule.properties['security-severity'])).toBeGreaterThan(0);
    }
  });
});

describe('a summary that scales', () => {
  /** Observations of `count` names, one server each, the first `failing` of them with a finding. */
  function large(count: number, failing: number) {
    const names = Array.from({ length: count }, (_, index) => ({
      name: `n${String(index).padStart(5, '0')}.example.com` as never,
      zone: `n${String(index).padStart(5, '0')}.example.com` as never,
      servers: [
        {
          server: { name: 'ns1.example.net' as never, address: '192.0.2.1' as never },
          mx: { status: 'answer' as const, records: [{ preference: 10, host: 'mx1.example.com' as never }] },
          addresses: { status: 'answer' as const, records: ['192.0.2.80' as never] },
        },
      ],
      error: undefined,
    }));
    const zones = names.map((observed) => ({
      zone: observed.zone,
      parent: undefined,
      servers: [
        {
          server: observed.servers[0]!.server,
          foundVia: ['delegation' as const],
          addressFoundVia: [{ kind: 'resolution' as const }],
          soa: { status: 'answer' as const, records: [{ serial: 1, primary: 'ns1.example.net' as never }] },
          ns: { status: 'answer' as const, records: ['ns1.example.net' as never] },
        },
      ],
      unresolvedServers: [],
      aliasedServers: [],
      transfers: [],
    }));
    const mxTargets = [
      {
        host: 'mx1.example.com' as never,
        status: 'resolved' as const,
        addresses: ['192.0.2.10' as never],
        cnameChain: [],
        answeredBy: [],
        byServer: [],
        detail: '',
      },
    ];
    // The failing names sort last, so only the ordering can put them first.
    const findings = Array.from({ length: failing }, (_, index) =>
      finding(index, { name: names[count - 1 - index]!.name, location: { file: 'policy.yml', line: count - index, column: 3 } }),
    );
    const observations = { ...dns({}), dns: { ...dns({}).dns!, names, zones, mxTargets } };
    return report(findings, observations);
  }

  it('2,000 names: counts per rule first, links to the lines, every name shown', () => {
    const summary = renderSummary(large(2000, 40), true, (file, line) => `https://example.test/blob/abc/${file}#L${line}`);
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
    expect(summary.indexOf('<th>Rule</th><th>❌ errors</th>')).toBeLessThan(summary.indexOf('### Findings'));
    for (let index = 0; index < 40; index++) expect(summary).toContain(`<h3>n${String(1999 - index).padStart(5, '0')}.example.com`);
    expect(summary).toContain('<a href="https://example.test/blob/abc/policy.yml#L2000">policy.yml:2000</a>');
    expect(summary).not.toContain('more names are not shown');
  });

  it('6,000 names: under the 1 MiB limit, clean names dropped first and counted, every name with a finding kept', () => {
    const summary = renderSummary(large(6000, 40), true);
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
    for (let index = 0; index < 40; index++) expect(summary).toContain(`<h3>n${String(5999 - index).padStart(5, '0')}.example.com`);
    expect(summary).toMatch(/_\d+ more names are not shown here \(0 of them with findings, \d+ clean\)/);
  });

  it('the matrices show the A/AAAA at the name and where each MX target points', () => {
    const summary = renderSummary(large(3, 1), true);
    expect(summary).toContain('<th>A/AAAA at n00000.example.com</th>');
    expect(summary).toContain('<td>192.0.2.80</td>');
    expect(summary).toContain('10 mx1.example.com → 192.0.2.10');
  });
});

describe('the example workflows', () => {
  it.each(['examples/workflows/pull-request.yml', 'examples/workflows/nightly.yml', 'examples/workflows/sharded.yml'])(
    '%s pins third-party actions by commit, bounds its time and does not run twice at once',
    async (file) => {
      const { readFileSync } = await import('node:fs');
      const text = readFileSync(file, 'utf8');
      const uses = [...text.matchAll(/uses: (\S+)(.*)/g)].filter(([, action]) => !action!.startsWith('mail-perimeter/'));
      expect(uses.length).toBeGreaterThan(0);
      for (const [, action, comment] of uses) {
        expect(action).toMatch(/@[0-9a-f]{40}$/);
        expect(comment).toMatch(/# v\d+\.\d+\.\d+/);
      }
      expect(text).toMatch(/timeout-minutes: \d+/);
      expect(text).toMatch(/concurrency:/);
    },
  );
});

describe('the SMTP probe in the summary', () => {
  it('shows each MX by preference with a column per check, the weaker cells marked', () => {
    const reply = (code: number) => ({ code, text: `${code} x` });
    const conversation = (host: string, preference: number, unknown: number) => ({
      name: 'example.com' as never,
      host: host as never,
      preference,
      address: `192.0.2.${preference}` as never,
      port: 25,
      failure: undefined,
      greeting: reply(220),
      ehlo: reply(250),
      startTlsOffered: true,
      startTls: reply(220),
      certificate: undefined,
      mailFrom: reply(250),
      unknownRecipient: reply(unknown),
      foreignRecipient: reply(554),
    });
    const observations = {
      ...dns({}),
      probe: {
        checks: ['unknown-recipient', 'relay'] as ('unknown-recipient' | 'relay')[],
        conversations: [conversation('mx1.example.com', 10, 550), conversation('mx2.example.com', 20, 250)],
      },
    };
    const summary = renderSummary(report([], observations), false);
    expect(summary).toContain('<th>Preference</th><th>MX</th><th>Address</th><th>Unknown recipient</th><th>Relay</th>');
    expect(summary).toContain('<td>10</td><td>mx1.example.com</td><td>192.0.2.10</td><td>550 refused</td><td>554 refused</td>');
    expect(summary).toContain('<td><strong>⚠️ 250 accepted</strong></td>');
  });
});
