/**
 * MTA-STS (RFC 8461) per name: real NSD servers publish `_mta-sts` records and MX sets, and an
 * HTTPS server on loopback serves each policy with a certificate from a test CA, chosen by SNI.
 * Planted: the two-label wildcard trap (`*.wild.test` does not cover `mx.backup.wild.test`), a
 * certificate for another name, ids that differ between servers, a pattern no MX matches, beside a
 * clean domain that must yield nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabZone } from '../src/lab/zone-data.js';
import { soa, zone } from '../src/lab/zone-data.js';
import type { RunReport } from '../src/report/run-report.js';
import { renderSummary } from '../src/report/summary.js';
import type { RunningServer } from './support/real-servers.js';
import { startNsd } from './support/real-servers.js';
import { findingLines, labCheckArgs, runCli } from './support/run-cli.js';

const DNS_PORT = 25053;
const HTTPS_PORT = 24443;
const SMTP_PORT = 25025;
const ROOT = '127.61.0.1';
const WEB = '127.61.5.1';
const DOMAINS = ['clean', 'wild', 'wrongcert', 'ids', 'hidden'] as const;

/** Each domain's zone as one server serves it; ids.test's second server publishes another id. */
function domainZone(label: (typeof DOMAINS)[number], id = '2026120501'): LabZone {
  const mx = label === 'wild' ? ['10 mx1.wild.test.', '20 mx.backup.wild.test.'] : [`10 mx1.${label}.test.`];
  return zone(`${label}.test`, [
    ['@', 'SOA', soa('ns1.sts.test', 1)],
    ['@', 'NS', 'ns1.sts.test.'],
    ['@', 'NS', 'ns2.sts.test.'],
    ...mx.map((data) => ['@', 'MX', data] as const),
    ['mx1', 'A', '127.61.9.1'],
    ['mx.backup', 'A', '127.61.9.2'],
    ['_mta-sts', 'TXT', `v=STSv1; id=${id}`],
    ['mta-sts', 'A', WEB],
  ]);
}

const POLICIES: Record<string, string> = {
  clean: 'version: STSv1\r\nmode: enforce\r\nmx: mx1.clean.test\r\nmax_age: 604800\r\n',
  wild: 'version: STSv1\r\nmode: enforce\r\nmx: *.wild.test\r\nmax_age: 604800\r\n',
  wrongcert: 'version: STSv1\r\nmode: enforce\r\nmx: mx1.wrongcert.test\r\nmax_age: 604800\r\n',
  ids: 'version: STSv1\r\nmode: enforce\r\nmx: mx1.ids.test\r\nmax_age: 604800\r\n',
  hidden: 'version: STSv1\r\nmode: testing\r\nmx: mx1.hidden.test\r\nmx: hidden-mx.hidden.test\r\nmax_age: 86400\r\n',
};

const running: RunningServer[] = [];
let web: https.Server;
let report: RunReport;

beforeAll(async () => {
  const baseDir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-mta-sts-'));
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: baseDir, stdio: 'ignore' });
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=mta-sts test CA',
  );
  const leaf = (name: string) => {
    openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
    writeFileSync(path.join(baseDir, `${name}.ext`), `subjectAltName=DNS:${name}\n`);
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.pem`,
      '-days',
      '2',
      '-extfile',
      `${name}.ext`,
    );
    return tls.createSecureContext({
      key: readFileSync(path.join(baseDir, `${name}.key`)),
      cert: readFileSync(path.join(baseDir, `${name}.pem`)),
    });
  };
  const contexts = new Map<string, tls.SecureContext>(
    DOMAINS.map((label) => [`mta-sts.${label}.test`, leaf(label === 'wrongcert' ? 'mta-sts.other.test' : `mta-sts.${label}.test`)]),
  );
  web = https.createServer(
    { SNICallback: (servername, callback) => callback(null, contexts.get(servername) ?? contexts.get('mta-sts.clean.test')!) },
    (request, response) => {
      const label = String(request.headers.host)
        .replace(/^mta-sts\./, '')
        .replace(/\.test$/, '');
      if (request.url !== '/.well-known/mta-sts.txt' || POLICIES[label] === undefined) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/plain' }).end(POLICIES[label]);
    },
  );
  await new Promise<void>((resolve) => web.listen(HTTPS_PORT, WEB, () => resolve()));

  const world = [
    {
      name: 'a.root.test',
      address: ROOT,
      zones: [
        zone('', [
          ['@', 'SOA', soa('a.root.test', 1)],
          ['@', 'NS', 'a.root.test.'],
          ['a.root.test', 'A', ROOT],
          ['test', 'NS', 'ns.nic.test.'],
          ['ns.nic.test', 'A', '127.61.0.2'],
        ]),
      ],
    },
    {
      name: 'ns.nic.test',
      address: '127.61.0.2',
      zones: [
        zone('test', [
          ['@', 'SOA', soa('ns.nic.test', 1)],
          ['@', 'NS', 'ns.nic.test.'],
          ['ns.nic', 'A', '127.61.0.2'],
          ['ns1.sts', 'A', '127.61.1.1'],
          ['ns2.sts', 'A', '127.61.1.2'],
          ...DOMAINS.flatMap((label) => [[label, 'NS', 'ns1.sts.test.'] as const, [label, 'NS', 'ns2.sts.test.'] as const]),
        ]),
      ],
    },
    { name: 'ns1.sts.test', address: '127.61.1.1', zones: DOMAINS.map((label) => domainZone(label)) },
    {
      name: 'ns2.sts.test',
      address: '127.61.1.2',
      zones: DOMAINS.map((label) => domainZone(label, label === 'ids' ? '2026120502' : '2026120501')),
    },
  ];
  running.push(...(await Promise.all(world.map((server) => startNsd({ ...server, behaviour: 'serve' }, DNS_PORT, baseDir)))));
  const policy = path.join(baseDir, 'policy.yml');
  writeFileSync(
    policy,
    `version: 1\ndomains:\n${DOMAINS.map((label) => `  ${label}.test: {}`).join('\n')}\nsmtp-probe:\n  checks: [unknown-recipient]\n`,
  );
  const result = await runCli(
    labCheckArgs(policy, ROOT, DNS_PORT, 800, '--smtp-port', String(SMTP_PORT), '--mta-sts-port', String(HTTPS_PORT)),
    { NODE_EXTRA_CA_CERTS: path.join(baseDir, 'ca.pem') },
  );
  if (result.code !== 1) throw new Error(`check exited ${result.code}: ${result.stderr}`);
  report = JSON.parse(result.stdout) as RunReport;
}, 120_000);

afterAll(async () => {
  web?.closeAllConnections();
  await Promise.all([...running.map((server) => server.stop()), new Promise((resolve) => web?.close(resolve))]);
});

describe('MTA-STS per name', () => {
  it('finds exactly what was planted, and nothing for the clean domain', () => {
    expect(findingLines(report.findings.filter((finding) => finding.rule.startsWith('mta-sts/')))).toEqual([
      'mta-sts/id-inconsistent ids.test _mta-sts.ids.test',
      `mta-sts/invalid-policy wrongcert.test https://mta-sts.wrongcert.test:${HTTPS_PORT}/.well-known/mta-sts.txt`,
      // "*.wild.test" stands for one label: mx1.wild.test is covered, mx.backup.wild.test is not.
      'mta-sts/mx-not-covered wild.test mx.backup.wild.test',
      'mta-sts/pattern-unmatched hidden.test hidden-mx.hidden.test',
    ]);
    expect(report.findings.filter((finding) => finding.name === 'clean.test')).toEqual([]);
  });

  it('says why, in words', () => {
    const message = (rule: string) => report.findings.find((finding) => finding.rule === rule)!.message;
    expect(message('mta-sts/id-inconsistent')).toContain(
      'id=2026120501 at ns1.sts.test/127.61.1.1 and id=2026120502 at ns2.sts.test/127.61.1.2',
    );
    expect(message('mta-sts/invalid-policy')).toContain('mta-sts.wrongcert.test is not among its names');
    expect(message('mta-sts/mx-not-covered')).toContain('"*." stands for exactly one label');
    // The probe's per-MX table says, per MX, whether the name's policy lets senders use it.
    const summary = renderSummary(report, true);
    expect(summary).toMatch(
      /<td>mx\.backup\.wild\.test<\/td><td>127\.61\.9\.2<\/td><td colspan="1">could not be probed: ECONNREFUSED<\/td><td><strong>⚠️ enforce: not listed<\/strong><\/td>/,
    );
    expect(summary).toMatch(
      /<td>mx1\.clean\.test<\/td><td>127\.61\.9\.1<\/td><td colspan="1">could not be probed: ECONNREFUSED<\/td><td>enforce: listed<\/td>/,
    );
    const clean = report.observations!.probe!.mtaSts!.find((policy) => policy.name === 'clean.test')!;
    expect(clean).toMatchObject({
      status: 'fetched',
      contentType: 'text/plain',
      policy: { mode: 'enforce', mx: ['mx1.clean.test'], maxAge: 604800 },
    });
  });
});
