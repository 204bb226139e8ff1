/**
 * Mail anyone can claim, and the registry's word: a world of real NSD servers (a root, `test.`,
 * `uk.` and `co.uk.`) where a zone's MX targets and a name server lie in registrable domains nobody
 * holds — one under `test.`, one under an existing `co.uk.`, one at the end of an alias chain —
 * beside registered ones and a clean control; and RDAP servers on loopback (no RDAP server ships
 * in Debian: small scripted HTTP servers) that answer with a registry's shapes: name servers in
 * upper case with the final dot, an expiry 5 and 200 days away, 404 for the unregistered, a 429
 * before the answer, and one that never answers at all.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { soa, zone } from '../src/lab/zone-data.js';
import { parseObservations } from '../src/observations/file.js';
import type { RunReport } from '../src/report/run-report.js';
import type { RunningServer } from './support/real-servers.js';
import { startNsd } from './support/real-servers.js';
import { runCli } from './support/run-cli.js';

const DNS_PORT = 24053;
const ROOT = '127.60.0.1';

const WORLD = [
  {
    name: 'a.root.test',
    address: ROOT,
    zones: [
      zone('', [
        ['@', 'SOA', soa('a.root.test', 1)],
        ['@', 'NS', 'a.root.test.'],
        ['a.root.test', 'A', ROOT],
        ['test', 'NS', 'ns.nic.test.'],
        ['ns.nic.test', 'A', '127.60.0.2'],
        ['uk', 'NS', 'ns.nic.uk.'],
        ['ns.nic.uk', 'A', '127.60.0.3'],
      ]),
    ],
  },
  {
    name: 'ns.nic.test',
    address: '127.60.0.2',
    zones: [
      zone('test', [
        ['@', 'SOA', soa('ns.nic.test', 1)],
        ['@', 'NS', 'ns.nic.test.'],
        ['ns.nic', 'A', '127.60.0.2'],
        // example.test: one server of its own, one in lapsed.test, which is not delegated.
        ['example', 'NS', 'ns1.example.test.'],
        ['example', 'NS', 'ns2.lapsed.test.'],
        ['ns1.example', 'A', '127.60.1.1'],
        ['clean', 'NS', 'ns1.clean.test.'],
        ['ns1.clean', 'A', '127.60.2.1'],
      ]),
    ],
  },
  {
    name: 'ns.nic.uk',
    address: '127.60.0.3',
    zones: [
      zone('uk', [
        ['@', 'SOA', soa('ns.nic.uk', 1)],
        ['@', 'NS', 'ns.nic.uk.'],
        ['ns.nic', 'A', '127.60.0.3'],
        ['co', 'NS', 'ns.nic.uk.'],
      ]),
      zone('co.uk', [
        ['@', 'SOA', soa('ns.nic.uk', 1)],
        ['@', 'NS', 'ns.nic.uk.'],
        ['here', 'NS', 'ns1.here.co.uk.'],
        ['ns1.here', 'A', '127.60.3.1'],
      ]),
    ],
  },
  {
    name: 'ns1.example.test',
    address: '127.60.1.1',
    zones: [
      zone(
        'example.test',
        [
          ['@', 'SOA', soa('ns1.example.test', 1)],
          ['@', 'NS', 'ns1.example.test.'],
          ['@', 'NS', 'ns2.lapsed.test.'],
          ['ns1', 'A', '127.60.1.1'],
          ['@', 'MX', '10 mx1.example.test.'],
          ['@', 'MX', '20 mx.here.co.uk.'],
          // Upper case and the final dot, as zone files are written: the same names.
          ['@', 'MX', '90 MX.OldVendor.TEST.'],
          ['@', 'MX', '95 mx.gone.co.uk.'],
          ['@', 'MX', '97 chain.example.test.'],
          ['@', 'MX', '99 mx.nowhere.invalid.'],
          ['mx1', 'A', '127.60.9.1'],
          ['chain', 'CNAME', 'relay.expired.test.'],
        ],
        { keepCase: true },
      ),
    ],
  },
  {
    name: 'ns1.clean.test',
    address: '127.60.2.1',
    zones: [
      zone('clean.test', [
        ['@', 'SOA', soa('ns1.clean.test', 1)],
        ['@', 'NS', 'ns1.clean.test.'],
        ['ns1', 'A', '127.60.2.1'],
        ['@', 'MX', '10 mx1.example.test.'],
        ['@', 'MX', '20 mx.here.co.uk.'],
      ]),
    ],
  },
  {
    name: 'ns1.here.co.uk',
    address: '127.60.3.1',
    zones: [
      zone('here.co.uk', [
        ['@', 'SOA', soa('ns1.here.co.uk', 1)],
        ['@', 'NS', 'ns1.here.co.uk.'],
        ['ns1', 'A', '127.60.3.1'],
        ['mx', 'A', '127.60.9.2'],
      ]),
    ],
  },
];

const POLICY = `version: 1
registry:
  expiry-days: 7
mail-servers:
  mx1.example.test: [127.60.9.1]
  mx.here.co.uk: [127.60.9.2]
domains:
  example.test:
    nameservers: [ns1.example.test, ns2.lapsed.test]
    mx: ["10 mx1.example.test", "20 mx.here.co.uk", "90 mx.oldvendor.test", "95 mx.gone.co.uk", "97 chain.example.test", "99 mx.nowhere.invalid"]
  clean.test:
    nameservers: [ns1.clean.test]
    mx: ["10 mx1.example.test", "20 mx.here.co.uk"]
`;

const RDAP_PORT = 24080;
const DAY_MS = 86_400_000;
/** What the .test registry answers, per domain; a 429 comes once before clean.test's answer. */
function registryAnswer(domain: string, asked: number): { status: number; headers?: Record<string, string>; body?: object } {
  const record = (nameservers: string[], days: number) => ({
    objectClassName: 'domain',
    ldhName: domain.toUpperCase(),
    nameservers: nameservers.map((ldhName) => ({ objectClassName: 'nameserver', ldhName })),
    events: [
      { eventAction: 'registration', eventDate: '2020-01-01T00:00:00Z' },
      { eventAction: 'expiration', eventDate: new Date(Date.now() + days * DAY_MS + 3_600_000).toISOString() },
    ],
  });
  if (domain === 'example.test') return { status: 200, body: record(['NS1.EXAMPLE.TEST.', 'ns9.example.test'], 5) };
  if (domain === 'clean.test')
    return asked === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 200, body: record(['NS1.CLEAN.TEST.'], 200) };
  return { status: 404, body: { errorCode: 404, title: 'Not Found' } };
}

const running: RunningServer[] = [];
const http: Server[] = [];
const asked = new Map<string, number>();
let report: RunReport;
let baseDir: string;

function listen(server: Server, address: string): Promise<void> {
  http.push(server);
  return new Promise((resolve) => server.listen(RDAP_PORT, address, () => resolve()));
}

beforeAll(async () => {
  baseDir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-registration-'));
  running.push(...(await Promise.all(WORLD.map((server) => startNsd({ ...server, behaviour: 'serve' }, DNS_PORT, baseDir)))));
  await listen(
    createServer((request, response) => {
      const domain = decodeURIComponent(request.url!.replace(/^\/test\/domain\//, '')).toLowerCase();
      asked.set(domain, (asked.get(domain) ?? 0) + 1);
      const answer = registryAnswer(domain, asked.get(domain)!);
      response.writeHead(answer.status, { 'content-type': 'application/rdap+json', ...answer.headers });
      response.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    }),
    '127.60.0.50',
  );
  // The .uk registry: takes the request and never answers.
  await listen(
    createServer(() => {}),
    '127.60.0.51',
  );
  writeFileSync(
    path.join(baseDir, 'dns.json'),
    JSON.stringify({
      version: '1.0',
      publication: '2026-12-01T00:00:00Z',
      services: [
        [['test'], [`http://127.60.0.50:${RDAP_PORT}/test/`]],
        [['uk'], [`http://127.60.0.51:${RDAP_PORT}/uk/`]],
      ],
    }),
  );
  writeFileSync(path.join(baseDir, 'policy.yml'), POLICY);
  const result = await runCli([
    'check',
    '--policy',
    path.join(baseDir, 'policy.yml'),
    '--root-hints',
    ROOT,
    '--dns-port',
    String(DNS_PORT),
    '--timeout-ms',
    '800',
    '--retries',
    '1',
    '--ip-version',
    '4',
    '--format',
    'json',
    '--save-observations',
    path.join(baseDir, 'observations.json'),
    '--rdap-bootstrap',
    path.join(baseDir, 'dns.json'),
  ]);
  if (result.code !== 1) throw new Error(`check exited ${result.code}: ${result.stderr}`);
  report = JSON.parse(result.stdout) as RunReport;
}, 120_000);

afterAll(async () => {
  for (const server of http) server.closeAllConnections();
  await Promise.all([...running.map((server) => server.stop()), ...http.map((server) => new Promise((resolve) => server.close(resolve)))]);
});

describe('domains anyone could claim', () => {
  it('finds exactly the planted ones, and nothing in the clean control', () => {
    expect(report.findings.map((finding) => `${finding.rule} ${finding.name} ${finding.subject}`).sort()).toEqual([
      // The registry: example.test expires in 5 days (the policy warns at 7).
      'domain/expiring example.test example.test',
      'mx/cname-target example.test chain.example.test',
      // At the end of an alias chain: relay.expired.test.
      'mx/target-unregistered example.test chain.example.test',
      // Under co.uk, which exists: gone.co.uk does not.
      'mx/target-unregistered example.test mx.gone.co.uk',
      // Written in upper case with the final dot: the same name.
      'mx/target-unregistered example.test mx.oldvendor.test',
      'mx/target-unresolvable example.test chain.example.test',
      'mx/target-unresolvable example.test mx.gone.co.uk',
      // Under a suffix that does not exist (.invalid): nobody can register it, so no takeover is claimed.
      'mx/target-unresolvable example.test mx.nowhere.invalid',
      'mx/target-unresolvable example.test mx.oldvendor.test',
      'ns/lame example.test ns2.lapsed.test',
      // The registry lists ns9, not ns2.lapsed.test.
      'ns/registry-mismatch example.test example.test',
      'ns/unregistered example.test ns2.lapsed.test',
      // The .uk registry never answers: said per domain, never passed.
      'registry/unchecked gone.co.uk gone.co.uk',
      'registry/unchecked here.co.uk here.co.uk',
    ]);
  });

  it("says what an attacker gains, with the parent zone's proof", () => {
    const message = (rule: string, subject: string) =>
      report.findings.find((finding) => finding.rule === rule && finding.subject === subject)!.message;
    expect(message('mx/target-unregistered', 'mx.oldvendor.test')).toBe(
      "MX target mx.oldvendor.test of example.test lies in oldvendor.test, which nobody holds: the test zone's server (ns.nic.test/127.60.0.2) answers that oldvendor.test does not exist, and the registry (http://127.60.0.50:24080) says it does not exist. Anyone who registers oldvendor.test receives example.test's mail at MX 90.",
    );
    expect(message('mx/target-unregistered', 'mx.gone.co.uk')).toContain(
      "the co.uk zone's server (ns.nic.uk/127.60.0.3) answers that gone.co.uk does not exist",
    );
    expect(message('mx/target-unregistered', 'chain.example.test')).toContain(
      'is an alias (chain.example.test → relay.expired.test) and relay.expired.test lies in expired.test',
    );
    expect(message('ns/unregistered', 'ns2.lapsed.test')).toContain(
      "Anyone who registers lapsed.test controls example.test's answers, its MX included.",
    );
    const sarifSeverity = report.findings.find((finding) => finding.rule === 'ns/unregistered')!.severity;
    expect(sarifSeverity).toBe('error');
  });

  it("the registry's word: name servers compared without case or final dot, the expiry, a 429 waited out, a silent registry", () => {
    const message = (rule: string) => report.findings.find((finding) => finding.rule === rule)!.message;
    expect(message('ns/registry-mismatch')).toContain(
      "the registry lists ns9.example.test, the parent zone's delegation does not, the parent zone's delegation lists ns2.lapsed.test, the registry does not",
    );
    expect(message('domain/expiring')).toMatch(/^example\.test's registration expires on \d{4}-\d{2}-\d{2}, in 5 days/);
    // clean.test: 429 first, then its record, 200 days away and the same servers: nothing to say.
    expect(asked.get('clean.test')).toBe(2);
    expect(report.findings.filter((finding) => finding.name === 'clean.test')).toEqual([]);
    const registry = report.observations!.registry!;
    expect(registry.domains.find((record) => record.domain === 'clean.test')).toMatchObject({
      status: 'found',
      nameservers: ['ns1.clean.test'],
    });
    expect(registry.domains.find((record) => record.domain === 'here.co.uk')).toMatchObject({
      status: 'unchecked',
      detail: 'no answer within 5000 ms',
    });
    // One question per domain per run (the 429 retry aside).
    expect([...asked.entries()].filter(([domain, count]) => domain !== 'clean.test' && count !== 1)).toEqual([]);
  });

  it("the observations keep each domain's standing, and evaluate judges them again the same", async () => {
    const observations = parseObservations(readFileSync(path.join(baseDir, 'observations.json'), 'utf8'), 'observations.json');
    expect(observations.dns!.registrations!.map((registration) => `${registration.domain} ${registration.status}`)).toEqual([
      'clean.test delegated',
      'example.test delegated',
      'expired.test not-delegated',
      'gone.co.uk not-delegated',
      'here.co.uk delegated',
      'lapsed.test not-delegated',
      'nowhere.invalid unknown',
      'oldvendor.test not-delegated',
    ]);
    const again = await runCli([
      'evaluate',
      '--policy',
      path.join(baseDir, 'policy.yml'),
      '--observations',
      path.join(baseDir, 'observations.json'),
      '--format',
      'json',
    ]);
    expect((JSON.parse(again.stdout) as RunReport).findings).toEqual(report.findings);
  });
});
