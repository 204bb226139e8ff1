/**
 * DANE for SMTP (RFC 7672) on real Postfix MTAs with certificates from a test CA, under a zone
 * signed by ldns-signzone and served by real NSD, its DS in the parent. The TLSA records are made
 * by ldns-dane from the certificate files (offline, in a network namespace of its own): the
 * primary's `3 1 1` matches; the second MX's `3 1 1` names another key; the backup has no TLSA; the
 * fourth is pinned to the test CA with DANE-TA (`2 0 1`) and sends its chain. Exactly the mismatch
 * and the backup without TLSA are found, and the per-MX table shows it.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { soa } from '../src/lab/zone-data.js';
import type { RunReport } from '../src/report/run-report.js';
import { renderSummary } from '../src/report/summary.js';
import type { RunningServer } from './support/real-servers.js';
import { startPostfix } from './support/real-servers.js';
import { reportSchemaErrors } from './support/report-schema.js';
import { findingLines, labCheckArgs, runCli } from './support/run-cli.js';
import { dsOf, keygen, run, serveRootAndTld, serveZones, signZone } from './support/signed-zones.js';

const DNS_PORT = 29053;
const SMTP_PORT = 29025;
const ROOT = '127.66.0.1';
const TLD = '127.66.0.2';
const NAME_SERVER = '127.66.0.3';
const MTAS = [1, 2, 3, 4].map((index) => ({ host: `mx${index}.dane.test`, address: `127.66.1.${index}`, preference: index * 10 }));

const running: RunningServer[] = [];
let report: RunReport;

/** A TLSA record for `host` made by ldns-dane from a certificate file, never connecting anywhere. */
async function tlsa(dir: string, certificate: string, host: string, parameters: [number, number, number]): Promise<string> {
  const { stdout } = await run('unshare', ['-n', 'ldns-dane', '-c', certificate, 'create', host, '25', ...parameters.map(String)], {
    cwd: dir,
  });
  const line = stdout.trim().split('\n')[0]!;
  expect(line).toMatch(new RegExp(`^_25\\._tcp\\.${host.replace(/\./g, '\\.')}\\.\\s.*TLSA\\s+${parameters.join(' ')} [0-9a-f]+$`));
  return line;
}

beforeAll(async () => {
  const baseDir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-dane-'));
  const pki = path.join(baseDir, 'pki');
  mkdirSync(pki);
  const openssl = (...args: string[]) => run('openssl', args, { cwd: pki });
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  await openssl('req', '-x509', ...ecKey, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=dane test CA');
  let serial = 1000;
  const leaf = async (name: string, host: string) => {
    await openssl('req', ...ecKey, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${host}`);
    writeFileSync(path.join(pki, `${name}.ext`), `basicConstraints=CA:FALSE\nsubjectAltName=DNS:${host}\n`);
    await openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-set_serial',
      String(serial++),
      '-out',
      `${name}.pem`,
      '-days',
      '2',
      '-extfile',
      `${name}.ext`,
    );
    const chain = path.join(pki, `${name}.chain.pem`);
    writeFileSync(chain, readFileSync(path.join(pki, `${name}.pem`), 'utf8') + readFileSync(path.join(pki, 'ca.pem'), 'utf8'));
    return { certificate: chain, key: path.join(pki, `${name}.key`), leaf: path.join(pki, `${name}.pem`) };
  };
  // One after another: each is signed with its own serial.
  const certificates: Awaited<ReturnType<typeof leaf>>[] = [];
  for (const [index, mta] of MTAS.entries()) certificates.push(await leaf(`mx${index + 1}`, mta.host));
  const other = await leaf('other', 'mx2.dane.test');

  const records = [
    await tlsa(pki, certificates[0]!.leaf, 'mx1.dane.test', [3, 1, 1]),
    // The second MX's record names a key it does not present (a certificate renewed, TLSA not).
    await tlsa(pki, other.leaf, 'mx2.dane.test', [3, 1, 1]),
    // DANE-TA: ldns-dane takes the trust anchor from the top of the chain the MX sends.
    await tlsa(pki, certificates[3]!.certificate, 'mx4.dane.test', [2, 0, 1]),
  ];
  const keys = path.join(baseDir, 'keys');
  mkdirSync(keys);
  writeFileSync(
    path.join(keys, 'dane.zone'),
    [
      '$ORIGIN dane.test.',
      '$TTL 300',
      `@ SOA ${soa('ns1.dane.test', 1)}`,
      '@ NS ns1.dane.test.',
      `ns1 A ${NAME_SERVER}`,
      ...MTAS.flatMap((mta) => [`@ MX ${mta.preference} ${mta.host}.`, `${mta.host}. A ${mta.address}`]),
      ...records,
      '',
    ].join('\n'),
  );
  const [ksk, zsk] = await Promise.all([
    keygen(keys, 'dane.test', 'ECDSAP256SHA256', true),
    keygen(keys, 'dane.test', 'ECDSAP256SHA256', false),
  ]);
  const signed = await signZone(keys, 'dane.zone', [ksk!, zsk!]);
  running.push(
    await serveZones({ name: 'ns1.dane.test', address: NAME_SERVER }, DNS_PORT, baseDir, [{ origin: 'dane.test', text: signed }]),
  );
  running.push(
    ...(await serveRootAndTld({ root: ROOT, tld: TLD }, DNS_PORT, baseDir, [
      'dane NS ns1.dane.test.',
      `ns1.dane A ${NAME_SERVER}`,
      await dsOf(keys, ksk!),
    ])),
  );
  running.push(
    ...(await Promise.all(
      MTAS.map((mta, index) =>
        startPostfix(mta.host, [mta.address], SMTP_PORT, baseDir, '', {
          mail: 'protected',
          domains: ['dane.test'],
          tls: certificates[index]!,
        }),
      ),
    )),
  );

  const policy = path.join(baseDir, 'policy.yml');
  writeFileSync(
    policy,
    `version: 1
mail-servers:
${MTAS.map((mta) => `  ${mta.host}: [${mta.address}]`).join('\n')}
domains:
  dane.test:
    nameservers: [ns1.dane.test]
    mx: [${MTAS.map((mta) => `"${mta.preference} ${mta.host}"`).join(', ')}]
smtp-probe: {}
`,
  );
  const result = await runCli(labCheckArgs(policy, ROOT, DNS_PORT, 2000, '--smtp-port', String(SMTP_PORT)), {
    NODE_EXTRA_CA_CERTS: path.join(pki, 'ca.pem'),
  });
  if (result.code !== 1) throw new Error(`check exited ${result.code}: ${result.stderr}`);
  report = JSON.parse(result.stdout) as RunReport;
}, 180_000);

afterAll(async () => {
  await Promise.all(running.map((server) => server.stop()));
});

describe('DANE per MX on real Postfix', () => {
  it('finds the mismatching MX and the backup without TLSA, and nothing else', () => {
    expect(findingLines(report.findings)).toEqual([
      'dane/mismatch mx2.dane.test mx2.dane.test/127.66.1.2',
      'mx/weaker-than-primary dane.test _25._tcp.mx3.dane.test',
    ]);
  });

  it('keeps every TLSA set with its signatures proven, per server', () => {
    const tlsa = (host: string) => report.observations!.dns!.mxTargets.find((target) => target.host === host)!.tlsa!;
    expect(['mx1', 'mx2', 'mx3', 'mx4'].map((label) => tlsa(`${label}.dane.test`).status)).toEqual(['secure', 'secure', 'none', 'secure']);
    expect(tlsa('mx4.dane.test').records.map((record) => [record.usage, record.selector, record.matchingType])).toEqual([[2, 0, 1]]);
    expect(tlsa('mx1.dane.test').byServer.map((entry) => entry.verdict.status)).toEqual(['secure']);
    expect(reportSchemaErrors(report)).toEqual([]);
    const chain = report.observations!.probe!.conversations.find((conversation) => conversation.host === 'mx4.dane.test')!.certificate!
      .chain!;
    expect(chain.map((certificate) => certificate.issuedByNext)).toEqual([true, false]);
  });

  it('shows DNSSEC and DANE per MX in the probe table, the weaker cells marked', () => {
    const summary = renderSummary(report, true);
    expect(summary).toContain('<th>DNSSEC</th><th>DANE</th>');
    const row = (host: string) => summary.split('\n').find((line) => line.includes(`<td>${host}</td>`)) ?? '';
    expect(row('mx1.dane.test')).toContain('<td>signed</td><td>TLSA matches</td>');
    expect(row('mx4.dane.test')).toContain('<td>signed</td><td>TLSA matches</td>');
    expect(row('mx2.dane.test')).toMatch(/<td>signed<\/td><td><strong>[^<]*mismatch: its certificate chain matches none of 3 1 1/);
    expect(row('mx3.dane.test')).toMatch(/<td>signed<\/td><td><strong>[^<]*no TLSA/);
  });
});
