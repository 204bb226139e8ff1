/**
 * Mail anyone can claim: a world of real NSD servers (a root, `test.`, `uk.` and `co.uk.`) where a
 * zone's MX targets and a name server lie in registrable domains nobody holds — one under `test.`,
 * one under an existing `co.uk.`, one at the end of an alias chain — beside registered ones and a
 * clean control. Each is named, with the parent's proof and what an attacker gains; a target under
 * a suffix that does not exist is no takeover and is not called one.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

const running: RunningServer[] = [];
let report: RunReport;
let baseDir: string;

beforeAll(async () => {
  baseDir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-registration-'));
  running.push(...(await Promise.all(WORLD.map((server) => startNsd({ ...server, behaviour: 'serve' }, DNS_PORT, baseDir)))));
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
  ]);
  if (result.code !== 1) throw new Error(`check exited ${result.code}: ${result.stderr}`);
  report = JSON.parse(result.stdout) as RunReport;
}, 120_000);

afterAll(async () => {
  await Promise.all(running.map((server) => server.stop()));
});

describe('domains anyone could claim', () => {
  it('finds exactly the planted ones, and nothing in the clean control', () => {
    expect(report.findings.map((finding) => `${finding.rule} ${finding.name} ${finding.subject}`).sort()).toEqual([
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
      'ns/unregistered example.test ns2.lapsed.test',
    ]);
  });

  it("says what an attacker gains, with the parent zone's proof", () => {
    const message = (rule: string, subject: string) =>
      report.findings.find((finding) => finding.rule === rule && finding.subject === subject)!.message;
    expect(message('mx/target-unregistered', 'mx.oldvendor.test')).toBe(
      "MX target mx.oldvendor.test of example.test lies in oldvendor.test, which nobody holds: the test zone's server (ns.nic.test/127.60.0.2) answers that oldvendor.test does not exist. Anyone who registers oldvendor.test receives example.test's mail at MX 90.",
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
