/**
 * DNSSEC per authoritative server, on real signatures: zones signed offline by ldns-signzone (one
 * per algorithm: 8, 13, 14, 15) and by Knot itself, served by real NSD and Knot, under a parent that
 * publishes their DS. One zone is served by six servers, each with its own copy: the good one (its
 * names in mixed case and its RRsets shuffled, which must change nothing), an unsigned one, an
 * expired one, one edited after signing, one signed by a foreign key and one not valid yet. Each
 * planted copy must be found on its server and nowhere else; every clean answer must be `secure`.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observations } from '../src/observations/model.js';
import type { RunReport } from '../src/report/run-report.js';
import { soa, zone } from '../src/lab/zone-data.js';
import type { RunningServer } from './support/real-servers.js';
import { startKnot, startNsdOnFiles } from './support/real-servers.js';
import { runCli } from './support/run-cli.js';

const run = promisify(execFile);
const DNS_PORT = 26053;
const ROOT = '127.62.0.1';
const TLD = '127.62.0.2';
const server = (index: number) => ({ name: `ns${index}.signed.test`, address: `127.62.1.${index}` });
const COPIES = ['good', 'unsigned', 'expired', 'edited', 'foreign', 'not-yet-valid'] as const;
const ALGORITHMS = [
  ['alg8', 'RSASHA256'],
  ['alg13', 'ECDSAP256SHA256'],
  ['alg14', 'ECDSAP384SHA384'],
  ['alg15', 'ED25519'],
] as const;
const DAY_S = 86_400;

const running: RunningServer[] = [];
let report: RunReport;
let observations: Observations;
let policyFile: string;
let savedFile: string;

/** ldns-signzone's date form (YYYYMMDDhhmmss, UTC), `days` from now. */
function signDate(days: number): string {
  return new Date(Date.now() + days * DAY_S * 1000)
    .toISOString()
    .replace(/[-:T]/g, '')
    .replace(/\.\d+Z$/, '');
}

function signedTestZone(): string {
  return [
    '$ORIGIN signed.test.',
    '$TTL 300',
    `@ SOA ${soa('ns1.signed.test', 7)}`,
    ...COPIES.map((_, index) => `@ NS ns${index + 1}.signed.test.`),
    '@ MX 10 mx1.signed.test.',
    '@ MX 20 mx2.signed.test.',
    '@ MX 30 mx3.signed.test.',
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((index) => `ns${index} A 127.62.1.${index}`),
    'mx1 A 127.62.9.1',
    'mx2 A 127.62.9.2',
    'mx3 A 127.62.9.3',
    '',
  ].join('\n');
}

/**
 * The signed file as a careless operator might serve it: names of the data (not of RRSIG, NSEC or
 * DNSKEY lines, whose octets are signed as they are) in mixed case, and every line in another order.
 */
function mixCaseAndShuffle(signed: string): string {
  const lines = signed.split('\n').filter((line) => line.trim() !== '' && !line.startsWith(';'));
  const mixed = lines.map((line) =>
    /\s(RRSIG|NSEC|NSEC3|DNSKEY)\s/.test(line) ? line : line.replace(/signed\.test\./g, 'SiGnEd.TeSt.').replace(/\bmx(\d)\./g, 'Mx$1.'),
  );
  // A fixed permutation: odd lines first, then even ones backwards.
  return [...mixed.filter((_, index) => index % 2 === 1), ...mixed.filter((_, index) => index % 2 === 0).reverse(), ''].join('\n');
}

async function keygen(dir: string, zoneName: string, algorithm: string, ksk: boolean): Promise<string> {
  const { stdout } = await run(
    'ldns-keygen',
    ['-a', algorithm, ...(ksk ? ['-k'] : []), ...(algorithm.startsWith('RSA') ? ['-b', '2048'] : []), zoneName],
    {
      cwd: dir,
    },
  );
  return stdout.trim();
}

async function signZone(
  dir: string,
  file: string,
  keys: readonly string[],
  dates: { inception: number; expiration: number },
): Promise<string> {
  await run('ldns-signzone', ['-i', signDate(dates.inception), '-e', signDate(dates.expiration), '-f', `${file}.signed`, file, ...keys], {
    cwd: dir,
  });
  return readFileSync(path.join(dir, `${file}.signed`), 'utf8');
}

async function dsOf(dir: string, key: string): Promise<string> {
  const { stdout } = await run('ldns-key2ds', ['-n', '-2', `${key}.key`], { cwd: dir });
  return stdout.trim();
}

beforeAll(async () => {
  const baseDir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-dnssec-'));
  const keys = path.join(baseDir, 'keys');
  mkdirSync(keys);
  const valid = { inception: -1, expiration: 30 };

  // signed.test: one real key pair, one foreign pair, and a copy per planted problem.
  writeFileSync(path.join(keys, 'signed.zone'), signedTestZone());
  const [ksk, zsk, foreignKsk, foreignZsk] = await Promise.all([
    keygen(keys, 'signed.test', 'ECDSAP256SHA256', true),
    keygen(keys, 'signed.test', 'ECDSAP256SHA256', false),
    keygen(keys, 'signed.test', 'ECDSAP256SHA256', true),
    keygen(keys, 'signed.test', 'ECDSAP256SHA256', false),
  ]);
  const good = await signZone(keys, 'signed.zone', [ksk!, zsk!], valid);
  const copies: Record<(typeof COPIES)[number], string> = {
    good: mixCaseAndShuffle(good),
    unsigned: signedTestZone(),
    expired: await signZone(keys, 'signed.zone', [ksk!, zsk!], { inception: -40, expiration: -10 }),
    edited: good.replace(/(MX\s+)30 mx3\.signed\.test\./, '$130 rogue.example.'),
    foreign: await signZone(keys, 'signed.zone', [foreignKsk!, foreignZsk!], valid),
    'not-yet-valid': await signZone(keys, 'signed.zone', [ksk!, zsk!], { inception: 10, expiration: 40 }),
  };
  expect(copies.edited).not.toEqual(good);

  // One zone per algorithm, each signed with a single key (a CSK), served by ns7.
  const algorithmZones = await Promise.all(
    ALGORITHMS.map(async ([label, algorithm]) => {
      const origin = `${label}.test`;
      const file = `${label}.zone`;
      writeFileSync(
        path.join(keys, file),
        [
          `$ORIGIN ${origin}.`,
          '$TTL 300',
          `@ SOA ${soa('ns7.signed.test', 1)}`,
          '@ NS ns7.signed.test.',
          `@ MX 10 mx1.signed.test.`,
          '',
        ].join('\n'),
      );
      const key = await keygen(keys, origin, algorithm, true);
      const signed = mixCaseAndShuffle(await signZone(keys, file, [key], valid));
      return { origin, signed, ds: await dsOf(keys, key) };
    }),
  );

  const serve = async (index: number, zones: readonly { origin: string; text: string }[]) => {
    const dir = path.join(baseDir, `zones-${index}`);
    mkdirSync(dir);
    const files = zones.map(({ origin, text }) => {
      const file = path.join(dir, `${origin || 'root'}.zone`);
      writeFileSync(file, text);
      return { origin, file, allowTransfer: false };
    });
    running.push(await startNsdOnFiles(server(index), DNS_PORT, baseDir, files));
  };
  await Promise.all([
    ...COPIES.map((copy, index) => serve(index + 1, [{ origin: 'signed.test', text: copies[copy] }])),
    serve(
      7,
      algorithmZones.map(({ origin, signed }) => ({ origin, text: signed })),
    ),
  ]);

  // knot.test: signed by Knot itself, with keys it makes at load; its DS read with keymgr.
  running.push(
    await startKnot(
      {
        name: 'ns8.signed.test',
        address: '127.62.1.8',
        behaviour: 'serve',
        zones: [
          zone('knot.test', [
            ['@', 'SOA', soa('ns8.signed.test', 1)],
            ['@', 'NS', 'ns8.signed.test.'],
            ['@', 'MX', '10 mx1.signed.test.'],
          ]),
        ],
      },
      DNS_PORT,
      baseDir,
      { signing: true },
    ),
  );
  const knotConf = path.join(baseDir, 'knot-127.62.1.8', 'knot.conf');
  let knotDs = '';
  for (let attempt = 0; attempt < 50 && knotDs === ''; attempt++) {
    knotDs = (await run('keymgr', ['-c', knotConf, 'knot.test', 'ds']).catch(() => ({ stdout: '' }))).stdout.trim();
    if (knotDs === '') await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(knotDs).toMatch(/DS/);

  const signedDs = await dsOf(keys, ksk!);
  const delegation = (origin: string, servers: readonly number[]) => servers.map((index) => `${origin}. NS ns${index}.signed.test.`);
  const tld = [
    '$ORIGIN test.',
    '$TTL 300',
    `@ SOA ${soa('ns.nic.test', 1)}`,
    '@ NS ns.nic.test.',
    `ns.nic A ${TLD}`,
    ...delegation('signed.test', [1, 2, 3, 4, 5, 6]),
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((index) => `ns${index}.signed A 127.62.1.${index}`),
    signedDs,
    ...algorithmZones.flatMap(({ origin, ds }) => [...delegation(origin, [7]), ds]),
    ...delegation('knot.test', [8]),
    ...knotDs.split('\n').map((line) => line.replace(/^knot\.test\.\s+/, 'knot.test. ')),
    '',
  ].join('\n');
  const root = [
    '$ORIGIN .',
    '$TTL 300',
    `@ SOA ${soa('a.root.test', 1)}`,
    '@ NS a.root.test.',
    `a.root.test. A ${ROOT}`,
    'test. NS ns.nic.test.',
    `ns.nic.test. A ${TLD}`,
    '',
  ].join('\n');
  const tldDir = path.join(baseDir, 'tld');
  const rootDir = path.join(baseDir, 'root');
  mkdirSync(tldDir);
  mkdirSync(rootDir);
  writeFileSync(path.join(tldDir, 'test.zone'), tld);
  writeFileSync(path.join(rootDir, 'root.zone'), root);
  running.push(
    ...(await Promise.all([
      startNsdOnFiles({ name: 'a.root.test', address: ROOT }, DNS_PORT, baseDir, [
        { origin: '', file: path.join(rootDir, 'root.zone'), allowTransfer: false },
      ]),
      startNsdOnFiles({ name: 'ns.nic.test', address: TLD }, DNS_PORT, baseDir, [
        { origin: 'test', file: path.join(tldDir, 'test.zone'), allowTransfer: false },
      ]),
    ])),
  );

  const policy = path.join(baseDir, 'policy.yml');
  policyFile = policy;
  const names = ['signed.test', ...ALGORITHMS.map(([label]) => `${label}.test`), 'knot.test'];
  writeFileSync(policy, `version: 1\ndomains:\n${names.map((name) => `  ${name}: {}`).join('\n')}\n`);
  const saved = path.join(baseDir, 'observations.json');
  savedFile = saved;
  const result = await runCli([
    'check',
    '--policy',
    policy,
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
    '--only',
    'dns',
    '--format',
    'json',
    '--save-observations',
    saved,
  ]);
  if (result.code !== 1) throw new Error(`check exited ${result.code}: ${result.stderr}`);
  report = JSON.parse(result.stdout) as RunReport;
  observations = JSON.parse(readFileSync(saved, 'utf8')) as Observations;
}, 180_000);

afterAll(async () => {
  await Promise.all(running.map((running) => running.stop()));
});

describe('DNSSEC per authoritative server', () => {
  it('finds each planted copy on its own server, and nothing anywhere else', () => {
    expect(
      report.findings
        .filter((finding) => finding.rule.startsWith('dnssec/'))
        .map((finding) => `${finding.rule} ${finding.name} ${finding.subject}`)
        .sort(),
    ).toEqual([
      'dnssec/expired signed.test ns3.signed.test/127.62.1.3',
      'dnssec/invalid-signature signed.test ns4.signed.test/127.62.1.4',
      'dnssec/not-yet-valid signed.test ns6.signed.test/127.62.1.6',
      'dnssec/unknown-key signed.test ns5.signed.test/127.62.1.5',
      'dnssec/unsigned-answer signed.test ns2.signed.test/127.62.1.2',
    ]);
  });

  it('says what is wrong with each copy in words', () => {
    const message = (rule: string) => report.findings.find((finding) => finding.rule === rule)?.message ?? '';
    expect(message('dnssec/invalid-signature')).toMatch(/MX at signed\.test: RRSIG 13\/\d+ does not verify/);
    expect(message('dnssec/expired')).toMatch(/expired \d{4}-\d\d-\d\dT/);
    expect(message('dnssec/unknown-key')).toMatch(/none of those the parent's DS names/);
    expect(message('dnssec/unsigned-answer')).toMatch(/serves no DNSKEY for signed\.test/);
  });

  it('proves every clean answer secure: each algorithm, shuffled mixed-case RRsets, Knot’s own signing', () => {
    const verdicts = (zoneName: string, address: string) => {
      const zoneObservation = observations.dns!.zones.find((candidate) => candidate.zone === zoneName)!;
      const serverObservation = zoneObservation.servers.find((entry) => entry.server.address === address)!;
      const name = observations.dns!.names.find((candidate) => candidate.name === zoneName)!;
      const mx = name.servers.find((entry) => entry.server.address === address)!.dnssec!.mx;
      return [serverObservation.dnssec!.dnskey, serverObservation.dnssec!.soa, serverObservation.dnssec!.ns, mx].map(
        (verdict) => verdict.status,
      );
    };
    expect(verdicts('signed.test', '127.62.1.1')).toEqual(['secure', 'secure', 'secure', 'secure']);
    for (const [label] of ALGORITHMS)
      expect(verdicts(`${label}.test`, '127.62.1.7'), label).toEqual(['secure', 'secure', 'secure', 'secure']);
    expect(verdicts('knot.test', '127.62.1.8')).toEqual(['secure', 'secure', 'secure', 'secure']);
  });

  it('keeps the parent’s DS with the zone, and re-judges the saved run offline to the same findings', async () => {
    const signed = observations.dns!.zones.find((candidate) => candidate.zone === 'signed.test')!;
    expect(signed.dnssec!.ds.map((ds) => ds.digestType)).toEqual([2]);
    expect(signed.dnssec!.detail).toBe('');
    const offline = await runCli(['evaluate', '--policy', policyFile, '--observations', savedFile, '--format', 'json']);
    const rejudged = JSON.parse(offline.stdout) as RunReport;
    const dnssecFindings = (findings: RunReport['findings']) => findings.filter((finding) => finding.rule.startsWith('dnssec/'));
    expect(dnssecFindings(rejudged.findings)).toEqual(dnssecFindings(report.findings));
  });
});
