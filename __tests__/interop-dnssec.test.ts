/**
 * DNSSEC per authoritative server, on real signatures: zones signed offline by ldns-signzone (one
 * per algorithm: 8, 13, 14, 15) and by Knot itself, served by real NSD and Knot, under a parent that
 * publishes their DS. One zone is served by six servers, each with its own copy: the good one (its
 * names in mixed case and its RRsets shuffled, which must change nothing), an unsigned one, an
 * expired one, one edited after signing, one signed by a foreign key and one not valid yet. Each
 * planted copy must be found on its server and nowhere else; every clean answer must be `secure`.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observations } from '../src/observations/model.js';
import type { RunReport } from '../src/report/run-report.js';
import { soa, zone } from '../src/lab/zone-data.js';
import type { RunningServer } from './support/real-servers.js';
import { startKnot } from './support/real-servers.js';
import { dsOf, keygen, run, serveRootAndTld, serveZones, signZone } from './support/signed-zones.js';
import { reportSchemaErrors } from './support/report-schema.js';
import { findingLines, labCheckArgs, runCli } from './support/run-cli.js';

const DNS_PORT = 28053;
const ROOT = '127.65.0.1';
const TLD = '127.65.0.2';
const server = (index: number) => ({ name: `ns${index}.signed.test`, address: `127.65.1.${index}` });
const COPIES = ['good', 'unsigned', 'expired', 'edited', 'foreign', 'not-yet-valid'] as const;
const ALGORITHMS = [
  ['alg8', 'RSASHA256'],
  ['alg13', 'ECDSAP256SHA256'],
  ['alg14', 'ECDSAP384SHA384'],
  ['alg15', 'ED25519'],
] as const;
/** RSASHA1 (5): not verified here; its zone must be judged neither way, and said once. */
const UNSUPPORTED = ['alg5', 'RSASHA1'] as const;

const running: RunningServer[] = [];
let report: RunReport;
let stderr: string;
let observations: Observations;
let policyFile: string;
let savedFile: string;

function signedTestZone(): string {
  return [
    '$ORIGIN signed.test.',
    '$TTL 300',
    `@ SOA ${soa('ns1.signed.test', 7)}`,
    ...COPIES.map((_, index) => `@ NS ns${index + 1}.signed.test.`),
    '@ MX 10 mx1.signed.test.',
    '@ MX 20 mx2.signed.test.',
    '@ MX 30 mx3.signed.test.',
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((index) => `ns${index} A 127.65.1.${index}`),
    'mx1 A 127.65.9.1',
    'mx2 A 127.65.9.2',
    'mx3 A 127.65.9.3',
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

beforeAll(async () => {
  const baseDir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-dnssec-'));
  const keys = path.join(baseDir, 'keys');
  mkdirSync(keys);

  // signed.test: one real key pair, one foreign pair, and a copy per planted problem.
  writeFileSync(path.join(keys, 'signed.zone'), signedTestZone());
  const [ksk, zsk, foreignKsk, foreignZsk] = await Promise.all([
    keygen(keys, 'signed.test', 'ECDSAP256SHA256', true),
    keygen(keys, 'signed.test', 'ECDSAP256SHA256', false),
    keygen(keys, 'signed.test', 'ECDSAP256SHA256', true),
    keygen(keys, 'signed.test', 'ECDSAP256SHA256', false),
  ]);
  const good = await signZone(keys, 'signed.zone', [ksk!, zsk!]);
  const copies: Record<(typeof COPIES)[number], string> = {
    good: mixCaseAndShuffle(good),
    unsigned: signedTestZone(),
    expired: await signZone(keys, 'signed.zone', [ksk!, zsk!], { inception: -40, expiration: -10 }),
    edited: good.replace(/(MX\s+)30 mx3\.signed\.test\./, '$130 rogue.example.'),
    foreign: await signZone(keys, 'signed.zone', [foreignKsk!, foreignZsk!]),
    'not-yet-valid': await signZone(keys, 'signed.zone', [ksk!, zsk!], { inception: 10, expiration: 40 }),
  };
  expect(copies.edited).not.toEqual(good);

  // One zone per algorithm, each signed with a single key (a CSK), served by ns7.
  const algorithmZones = await Promise.all(
    [...ALGORITHMS, UNSUPPORTED].map(async ([label, algorithm]) => {
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
      const signed = mixCaseAndShuffle(await signZone(keys, file, [key]));
      return { origin, signed, ds: await dsOf(keys, key) };
    }),
  );

  const serve = async (index: number, zones: readonly { origin: string; text: string }[]) => {
    running.push(await serveZones(server(index), DNS_PORT, baseDir, zones));
  };
  await Promise.all([
    ...COPIES.map((copy, index) => serve(index + 1, [{ origin: 'signed.test', text: copies[copy] }])),
    serve(7, [
      ...algorithmZones.map(({ origin, signed }) => ({ origin, text: signed })),
      {
        origin: 'plain.test',
        text: [
          '$ORIGIN plain.test.',
          '$TTL 300',
          `@ SOA ${soa('ns7.signed.test', 1)}`,
          '@ NS ns7.signed.test.',
          '@ MX 10 mx1.signed.test.',
          '',
        ].join('\n'),
      },
    ]),
  ]);

  // knot.test: signed by Knot itself, with keys it makes at load; its DS read with keymgr.
  running.push(
    await startKnot(
      {
        name: 'ns8.signed.test',
        address: '127.65.1.8',
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
  const knotConf = path.join(baseDir, 'knot-127.65.1.8', 'knot.conf');
  let knotDs = '';
  for (let attempt = 0; attempt < 50 && knotDs === ''; attempt++) {
    knotDs = (await run('keymgr', ['-c', knotConf, 'knot.test', 'ds']).catch(() => ({ stdout: '' }))).stdout.trim();
    if (knotDs === '') await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(knotDs).toMatch(/DS/);

  const signedDs = await dsOf(keys, ksk!);
  const delegation = (origin: string, servers: readonly number[]) => servers.map((index) => `${origin}. NS ns${index}.signed.test.`);
  running.push(
    ...(await serveRootAndTld(
      { root: ROOT, tld: TLD },
      DNS_PORT,
      baseDir,
      [
        ...delegation('signed.test', [1, 2, 3, 4, 5, 6]),
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((index) => `ns${index}.signed A 127.65.1.${index}`),
        signedDs,
        ...algorithmZones.flatMap(({ origin, ds }) => [...delegation(origin, [7]), ds]),
        ...delegation('knot.test', [8]),
        ...knotDs.split('\n'),
        // A delegation without DS under a signed parent: its referral proves there is none (NSEC).
        ...delegation('plain.test', [7]),
      ],
      { signTld: true },
    )),
  );

  const policy = path.join(baseDir, 'policy.yml');
  policyFile = policy;
  const names = ['signed.test', ...[...ALGORITHMS, UNSUPPORTED].map(([label]) => `${label}.test`), 'knot.test', 'plain.test'];
  writeFileSync(policy, `version: 1\ndomains:\n${names.map((name) => `  ${name}: {}`).join('\n')}\n`);
  const saved = path.join(baseDir, 'observations.json');
  savedFile = saved;
  const result = await runCli(labCheckArgs(policy, ROOT, DNS_PORT, 800, '--only', 'dns', '--save-observations', saved));
  if (result.code !== 1) throw new Error(`check exited ${result.code}: ${result.stderr}`);
  report = JSON.parse(result.stdout) as RunReport;
  stderr = result.stderr;
  observations = JSON.parse(readFileSync(saved, 'utf8')) as Observations;
}, 180_000);

afterAll(async () => {
  await Promise.all(running.map((running) => running.stop()));
});

describe('DNSSEC per authoritative server', () => {
  it('finds each planted copy on its own server, and nothing anywhere else', () => {
    expect(findingLines(report.findings.filter((finding) => finding.rule.startsWith('dnssec/')))).toEqual([
      'dnssec/expired signed.test ns3.signed.test/127.65.1.3',
      'dnssec/invalid-signature signed.test ns4.signed.test/127.65.1.4',
      'dnssec/not-yet-valid signed.test ns6.signed.test/127.65.1.6',
      'dnssec/unknown-key signed.test ns5.signed.test/127.65.1.5',
      'dnssec/unsigned-answer signed.test ns2.signed.test/127.65.1.2',
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
    expect(verdicts('signed.test', '127.65.1.1')).toEqual(['secure', 'secure', 'secure', 'secure']);
    for (const [label] of ALGORITHMS)
      expect(verdicts(`${label}.test`, '127.65.1.7'), label).toEqual(['secure', 'secure', 'secure', 'secure']);
    expect(verdicts('knot.test', '127.65.1.8')).toEqual(['secure', 'secure', 'secure', 'secure']);
    expect(verdicts('alg5.test', '127.65.1.7')).toEqual(Array(4).fill('unsupported-algorithm'));
    expect(
      stderr.match(
        /dnssec: alg5\.test is not judged: DNSKEY at alg5\.test: the parent's DS uses algorithm 5 digest type 2, which is not checked/g,
      ),
    ).toHaveLength(1);
  });

  it('keeps the parent’s DS with the zone, and re-judges the saved run offline to the same findings', async () => {
    const signed = observations.dns!.zones.find((candidate) => candidate.zone === 'signed.test')!;
    expect(signed.dnssec!.ds.map((ds) => ds.digestType)).toEqual([2]);
    expect(signed.dnssec!.detail).toBe('');
    // The signed parent's referral itself carries the DS and its RRSIG: the DS is read from there.
    const { stdout: referral } = await run('dig', ['+norecurse', '+dnssec', '-p', String(DNS_PORT), `@${TLD}`, 'signed.test', 'NS']);
    expect(referral).toMatch(/AUTHORITY SECTION:[\s\S]*signed\.test\.\s+\d+\s+IN\s+DS\s[\s\S]*RRSIG\s+DS\s/);
    // A zone the signed parent proves has no DS is not judged.
    const plain = observations.dns!.zones.find((candidate) => candidate.zone === 'plain.test')!;
    expect(plain.dnssec).toEqual({ ds: [], detail: '' });
    expect(plain.servers.every((entry) => entry.dnssec === undefined)).toBe(true);
    expect(reportSchemaErrors(report)).toEqual([]);
    const offline = await runCli(['evaluate', '--policy', policyFile, '--observations', savedFile, '--format', 'json']);
    const rejudged = JSON.parse(offline.stdout) as RunReport;
    const dnssecFindings = (findings: RunReport['findings']) => findings.filter((finding) => finding.rule.startsWith('dnssec/'));
    expect(dnssecFindings(rejudged.findings)).toEqual(dnssecFindings(report.findings));
  });
});
