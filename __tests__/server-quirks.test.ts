/**
 * Servers with the quirks of real providers and old installations, truthful and rogue: real Knot
 * with mod-noudp (TCP only) and real BIND with require-server-cookie, and scripted servers for what
 * no real server here can be made to do (FORMERR or silence to EDNS, BADCOOKIE to every first
 * query, silence to AAAA, UDP only with a large MX RRset). A quirky but truthful server must yield
 * no error or warning, and a quirky server that publishes a rogue MX must be found: asserted per
 * server. A non-answer never counts as an answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../src/checks/evaluate.js';
import type { Finding } from '../src/checks/finding.js';
import type { LabBehaviour, LabServerSpec } from '../src/lab/dns-server.js';
import { LabDnsServer } from '../src/lab/dns-server.js';
import type { LabRecordType, LabZone } from '../src/lab/zone-data.js';
import { soa, zone } from '../src/lab/zone-data.js';
import { silentLogger } from '../src/logger.js';
import { observe } from '../src/observe.js';
import type { Observations } from '../src/observations/model.js';
import type { Policy } from '../src/policy/types.js';
import { countBySeverity } from '../src/report/run-report.js';
import { renderSummary } from '../src/report/summary.js';
import type { RunningServer } from './support/real-servers.js';
import { startBind, startKnot } from './support/real-servers.js';
import { labDnsSettings, policy } from './support/literal.js';

const DNS_PORT = 12053;
const TIMEOUT_MS = 300;
const RETRIES = 1;

type Row = readonly [string, LabRecordType, string];
type Quirk = Exclude<LabBehaviour, 'serve'> | 'knot-tcp-only' | 'bind-cookies';

/** Each quirk, served by the scripted lab server or by a real server configured to have it. */
const QUIRKS: readonly Quirk[] = [
  'formerr-on-edns',
  'drop-on-edns',
  'badcookie-once',
  'silent-aaaa',
  'udp-only',
  'tcp-only',
  'knot-tcp-only',
  'bind-cookies',
];

/** Four MX records: more than the udp-only server answers over UDP without truncating. */
const MX_ROWS: Row[] = [
  ['@', 'MX', '10 mx1.mail.test.'],
  ['@', 'MX', '20 mx2.mail.test.'],
  ['@', 'MX', '30 mx3.mail.test.'],
  ['@', 'MX', '40 mx4.mail.test.'],
];

/** A zone `<quirk>-<variant>.test` with a good server (.1) and the quirky one (.2). */
function quirkZone(quirk: Quirk, variant: 'truthful' | 'rogue', index: number, atQuirky: boolean): LabZone {
  const origin = `${quirk}-${variant}.test`;
  const third = variant === 'truthful' ? index * 2 + 1 : index * 2 + 2;
  const rows: Row[] = [
    ['@', 'SOA', soa(`good.${origin}`, 1)],
    ['@', 'NS', `good.${origin}.`],
    ['@', 'NS', `quirky.${origin}.`],
    ['good', 'A', `127.62.${third}.1`],
    ['quirky', 'A', `127.62.${third}.2`],
    // The udp-only server answers two records over UDP: a rogue copy replaces the set with one it can send.
    ...(variant === 'rogue' && atQuirky
      ? quirk === 'udp-only'
        ? ([['@', 'MX', '90 backup.rogue.invalid.']] as Row[])
        : [...MX_ROWS, ['@', 'MX', '90 backup.rogue.invalid.'] as Row]
      : MX_ROWS),
  ];
  return zone(origin, rows);
}

const zonesUnderTest = QUIRKS.flatMap((quirk, index) =>
  (['truthful', 'rogue'] as const).map((variant) => ({ quirk, variant, index, origin: `${quirk}-${variant}.test` })),
);

const third = (index: number, variant: 'truthful' | 'rogue') => (variant === 'truthful' ? index * 2 + 1 : index * 2 + 2);

const mailZone = zone('mail.test', [
  ['@', 'SOA', soa('ns.mail.test', 1)],
  ['@', 'NS', 'ns.mail.test.'],
  ['ns', 'A', '127.62.0.3'],
  ...[1, 2, 3, 4].map((n): Row => [`mx${n}`, 'A', `127.62.100.${n}`]),
]);

const tld = zone('test', [
  ['@', 'SOA', soa('ns.nic.test', 1)],
  ['@', 'NS', 'ns.nic.test.'],
  ['ns.nic', 'A', '127.62.0.2'],
  ['mail', 'NS', 'ns.mail.test.'],
  ['ns.mail', 'A', '127.62.0.3'],
  ...zonesUnderTest.flatMap(({ origin, index, variant }): Row[] => [
    [origin.replace(/\.test$/, ''), 'NS', `good.${origin}.`],
    [origin.replace(/\.test$/, ''), 'NS', `quirky.${origin}.`],
    [`good.${origin.replace(/\.test$/, '')}`, 'A', `127.62.${third(index, variant)}.1`],
    [`quirky.${origin.replace(/\.test$/, '')}`, 'A', `127.62.${third(index, variant)}.2`],
  ]),
]);

const labServers: LabServerSpec[] = [
  {
    name: 'root',
    address: '127.62.0.1',
    behaviour: 'serve',
    zones: [
      zone('', [
        ['@', 'SOA', soa('root', 1)],
        ['@', 'NS', 'root.'],
        ['test', 'NS', 'ns.nic.test.'],
        ['ns.nic.test', 'A', '127.62.0.2'],
      ]),
    ],
  },
  { name: 'ns.nic.test', address: '127.62.0.2', behaviour: 'serve', zones: [tld] },
  { name: 'ns.mail.test', address: '127.62.0.3', behaviour: 'serve', zones: [mailZone] },
  ...zonesUnderTest.map(({ quirk, variant, index, origin }): LabServerSpec => ({
    name: `good.${origin}`,
    address: `127.62.${third(index, variant)}.1`,
    behaviour: 'serve',
    zones: [quirkZone(quirk, variant, index, false)],
  })),
];

function quirkyServer({ quirk, variant, index, origin }: (typeof zonesUnderTest)[number]): LabServerSpec {
  return {
    name: `quirky.${origin}`,
    address: `127.62.${third(index, variant)}.2`,
    behaviour: quirk === 'knot-tcp-only' || quirk === 'bind-cookies' ? 'serve' : quirk,
    zones: [quirkZone(quirk, variant, index, true)],
  };
}

const POLICY: Policy = policy(`version: 1
mail-servers:
${[1, 2, 3, 4].map((n) => `  mx${n}.mail.test: [127.62.100.${n}]`).join('\n')}
domains:
${zonesUnderTest
  .map(
    ({ origin }) =>
      `  ${origin}:\n    nameservers: [good.${origin}, quirky.${origin}]\n    mx: ["10 mx1.mail.test", "20 mx2.mail.test", "30 mx3.mail.test", "40 mx4.mail.test"]`,
  )
  .join('\n')}
`);

const settings = labDnsSettings('127.62.0.1', DNS_PORT, { timeoutMs: TIMEOUT_MS, retries: RETRIES, greetingTimeoutMs: 1000 });

let baseDir: string;
const lab: LabDnsServer[] = [];
const real: RunningServer[] = [];
let observations: Observations;
let findings: Finding[];

beforeAll(async () => {
  baseDir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-quirks-'));
  for (const spec of labServers) lab.push(new LabDnsServer(spec, DNS_PORT));
  for (const entry of zonesUnderTest) {
    const spec = quirkyServer(entry);
    if (entry.quirk === 'knot-tcp-only') real.push(await startKnot(spec, DNS_PORT, baseDir, { noUdp: true }));
    else if (entry.quirk === 'bind-cookies') real.push(await startBind(spec, DNS_PORT, baseDir, { requireServerCookie: true }));
    else lab.push(new LabDnsServer(spec, DNS_PORT));
  }
  await Promise.all(lab.map((server) => server.start()));
  observations = await observe(POLICY, settings, silentLogger, new Date());
  findings = evaluate(POLICY, observations);
}, 120_000);

afterAll(async () => {
  await Promise.all(lab.map((server) => server.stop()));
  await Promise.all(real.map((server) => server.stop()));
  if (baseDir) rmSync(baseDir, { recursive: true, force: true });
});

function findingsFor(origin: string, severities: readonly string[] = ['error', 'warning']): string[] {
  return findings
    .filter((finding) => finding.name === origin && severities.includes(finding.severity))
    .map((finding) => `${finding.rule} ${finding.subject}`);
}

function quirkyLab(origin: string): LabDnsServer {
  return lab.find((server) => server.spec.name === `quirky.${origin}`)!;
}

describe('a quirky but truthful server yields no error or warning', () => {
  it.each(QUIRKS.map((quirk) => [quirk]))('%s', (quirk) => {
    expect(findingsFor(`${quirk}-truthful.test`)).toEqual([]);
  });
});

describe('a quirky server that publishes a rogue MX is found, named as the one publishing it', () => {
  it.each(QUIRKS.map((quirk) => [quirk]))('%s', (quirk) => {
    const origin = `${quirk}-rogue.test`;
    const rogue = findings.find((finding) => finding.name === origin && finding.rule === 'mx/unexpected');
    expect(rogue?.subject).toBe('backup.rogue.invalid');
    expect(rogue?.servers.every((server) => server.startsWith(`quirky.${origin}/`))).toBe(true);
    expect(findingsFor(origin).filter((finding) => finding.startsWith('ns/lame'))).toEqual([]);
  });
});

describe('EDNS fallback (RFC 6891 §7)', () => {
  it.each([['formerr-on-edns'], ['drop-on-edns']])('%s: asked again without EDNS, remembered, and said as a notice', (quirk) => {
    const origin = `${quirk}-truthful.test`;
    expect(findingsFor(origin, ['notice'])).toEqual([`dns/no-edns quirky.${origin}`]);
    const address = `127.62.${third(QUIRKS.indexOf(quirk as Quirk), 'truthful')}.2`;
    expect(observations.dns?.transports?.find((transport) => transport.address === address)?.edns).toBe('not-used');
    // Remembered: once the server is known to refuse EDNS, only its first questions carried OPT.
    const queries = quirkyLab(origin).queries.filter((query) => query.transport === 'udp');
    const withoutEdns = queries.filter((query) => !query.edns);
    expect(withoutEdns.length).toBeGreaterThan(3);
    const lastWithEdns = queries.findLastIndex((query) => query.edns);
    expect(lastWithEdns).toBeLessThan(queries.indexOf(withoutEdns[0]!) + 8);
  });

  it('a server that understands EDNS is never asked without it', () => {
    const good = lab.find((server) => server.spec.name === 'good.formerr-on-edns-truthful.test')!;
    expect(good.queries.filter((query) => query.transport === 'udp').every((query) => query.edns)).toBe(true);
  });
});

describe('cookies (RFC 7873)', () => {
  it('BADCOOKIE is answered once per question with the server cookie, and the answer then counts', () => {
    const origin = 'badcookie-once-truthful.test';
    const queries = quirkyLab(origin).queries.filter((query) => query.transport === 'udp');
    const perQuestion = new Map<string, number>();
    for (const query of queries) perQuestion.set(`${query.name} ${query.type}`, (perQuestion.get(`${query.name} ${query.type}`) ?? 0) + 1);
    // Each question is challenged once (the lab's rule) and asked again; a question the walk asks twice is answered at once the second time.
    expect([...perQuestion.entries()].filter(([, count]) => count < 2)).toEqual([]);
    const address = `127.62.${third(QUIRKS.indexOf('badcookie-once'), 'truthful')}.2`;
    expect(observations.dns?.transports?.find((transport) => transport.address === address)?.cookieRetries).toBe(perQuestion.size);
  });
});

describe('a silent question is not a silent server', () => {
  it('a server that never answers AAAA is fully checked: its SOA, NS and MX answers count', () => {
    const origin = 'silent-aaaa-truthful.test';
    const address = `127.62.${third(QUIRKS.indexOf('silent-aaaa'), 'truthful')}.2`;
    const zoneObservation = observations.dns?.zones.find((observed) => observed.zone === origin);
    const server = zoneObservation?.servers.find((observed) => observed.server.address === address);
    expect(server?.soa.status).toBe('answer');
    expect(server?.ns.status).toBe('answer');
    const named = observations.dns?.names.find((observed) => observed.name === origin);
    expect(named?.servers.find((observed) => observed.server.address === address)?.mx.status).toBe('answer');
    const transport = observations.dns?.transports?.find((entry) => entry.address === address);
    expect(transport?.unanswered.every((question) => question.type === 'AAAA')).toBe(true);
    expect(findingsFor(origin, ['notice'])).toEqual([`dns/question-unanswered quirky.${origin}`]);
  });

  it('costs only the timeouts of its AAAA questions: never a retry without EDNS or over TCP for them', () => {
    const queries = quirkyLab('silent-aaaa-truthful.test').queries;
    const aaaa = queries.filter((query) => query.type === 'AAAA');
    expect(aaaa.length).toBeGreaterThan(0);
    expect(aaaa.every((query) => query.transport === 'udp' && query.edns)).toBe(true);
    // Remembered per question type: at most the questions in flight before the first timeout, each (retries + 1) times.
    const distinct = new Set(aaaa.map((query) => query.name)).size;
    expect(aaaa.length).toBeLessThanOrEqual(distinct * (RETRIES + 1));
  });
});

describe('truncation is not an answer', () => {
  it('a UDP-only server whose MX answer is truncated is "not checked" for it, never a source of mx/missing', () => {
    const origin = 'udp-only-truthful.test';
    const address = `127.62.${third(QUIRKS.indexOf('udp-only'), 'truthful')}.2`;
    const named = observations.dns?.names.find((observed) => observed.name === origin);
    const mx = named?.servers.find((observed) => observed.server.address === address)?.mx;
    expect(mx?.status).toBe('not-checked');
    expect(mx?.status === 'not-checked' ? mx.reason : '').toContain('truncated');
    expect(findingsFor(origin, ['notice'])).toEqual([`dns/question-unanswered quirky.${origin}`]);
  });
});

describe('TCP-only servers', () => {
  it.each([['tcp-only'], ['knot-tcp-only']])('%s: every answer came over TCP and counts', (quirk) => {
    const address = `127.62.${third(QUIRKS.indexOf(quirk as Quirk), 'truthful')}.2`;
    expect(observations.dns?.transports?.find((transport) => transport.address === address)?.tcpAnswers).toBeGreaterThan(0);
    const named = observations.dns?.names.find((observed) => observed.name === `${quirk}-truthful.test`);
    expect(named?.servers.find((observed) => observed.server.address === address)?.mx.status).toBe('answer');
  });
});

describe('real BIND with require-server-cookie', () => {
  it('answers BADCOOKIE to a query without its cookie; asked again with it, its answers count', () => {
    const address = `127.62.${third(QUIRKS.indexOf('bind-cookies'), 'truthful')}.2`;
    const transport = observations.dns?.transports?.find((entry) => entry.address === address);
    expect(transport?.cookieRetries).toBeGreaterThan(0);
    expect(transport?.unansweredCount ?? 0).toBe(0);
  });
});

describe('the job summary says how each quirky server was asked', () => {
  it('a table of the servers asked another way: EDNS, TCP, cookies and unanswered questions', () => {
    const summary = renderSummary(
      {
        version: 1,
        tool: { name: 'mail-perimeter', version: '0.0.0' },
        policy: 'policy.yml',
        verdict: 'fail',
        failOn: 'error',
        startedAt: '2026-12-05T00:00:00.000Z',
        durationMs: 1,
        summary: countBySeverity(findings),
        findings,
        observations,
      },
      true,
    );
    const section = summary.slice(summary.indexOf('<h3>Servers asked another way</h3>'));
    const row = (quirk: Quirk) => {
      const address = `127.62.${third(QUIRKS.indexOf(quirk), 'truthful')}.2`;
      return section.split('\n').find((line) => line.startsWith(`<tr><td>${address}</td>`)) ?? '';
    };
    expect(row('formerr-on-edns')).toContain('no: it answered FORMERR to a query with EDNS');
    expect(row('drop-on-edns')).toContain('no: it answered only queries without EDNS');
    expect(row('silent-aaaa')).toContain('AAAA ');
    expect(row('udp-only')).toContain('MX udp-only-truthful.test');
  });
});
