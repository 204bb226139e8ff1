/**
 * The SMTP probe against real Postfix MTAs on loopback, each protected differently: a primary with
 * STARTTLS (a certificate from a test CA), recipient verification and relay denial; a backup that
 * accepts any recipient and has no TLS; an open relay with a self-signed certificate for the wrong
 * name; a greylisting server (4xx at RCPT). The primary is clean, every weaker MX is named, a 4xx
 * decides nothing, and no session ever reaches DATA (Postfix's own logs).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LabDnsServer } from '../src/lab/dns-server.js';
import { rootAndTestTld } from '../src/lab/world.js';
import { soa, zone } from '../src/lab/zone-data.js';
import type { RunReport } from '../src/report/run-report.js';
import type { RunningServer } from './support/real-servers.js';
import { postfixSessions, startPostfix } from './support/real-servers.js';
import { runCli } from './support/run-cli.js';

const DNS_PORT = 23053;
const SMTP_PORT = 23025;
const MTAS = [
  { host: 'mx1.probe.test', address: '127.59.1.1', preference: 10 },
  { host: 'mx2.probe.test', address: '127.59.1.2', preference: 20 },
  { host: 'mx3.probe.test', address: '127.59.1.3', preference: 30 },
  { host: 'mx4.probe.test', address: '127.59.1.4', preference: 40 },
  { host: 'mx5.probe.test', address: '127.59.1.5', preference: 50 },
  { host: 'mx6.probe.test', address: '127.59.1.6', preference: 60 },
] as const;

const running: RunningServer[] = [];
const dns: LabDnsServer[] = [];
let baseDir: string;
let report: RunReport;

/** A test CA, a certificate it signs for mx1, and a self-signed one for a name no MX has. */
function certificates(dir: string) {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
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
    '/CN=mail-perimeter test CA',
  );
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'mx1.key', '-out', 'mx1.csr', '-subj', '/CN=mx1.probe.test');
  writeFileSync(path.join(dir, 'mx1.ext'), 'subjectAltName=DNS:mx1.probe.test\n');
  openssl(
    'x509',
    '-req',
    '-in',
    'mx1.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'mx1.pem',
    '-days',
    '2',
    '-extfile',
    'mx1.ext',
  );
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'wrong.key',
    '-out',
    'wrong.pem',
    '-days',
    '2',
    '-subj',
    '/CN=wrong.example',
    '-addext',
    'subjectAltName=DNS:wrong.example',
  );
  for (const file of ['mx1.key', 'mx1.pem', 'wrong.key', 'wrong.pem', 'ca.pem']) chmodSync(path.join(dir, file), 0o644);
  return {
    ca: path.join(dir, 'ca.pem'),
    mx1: { certificate: path.join(dir, 'mx1.pem'), key: path.join(dir, 'mx1.key') },
    wrong: { certificate: path.join(dir, 'wrong.pem'), key: path.join(dir, 'wrong.key') },
  };
}

beforeAll(async () => {
  baseDir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-probe-'));
  const pki = certificates(baseDir);
  dns.push(
    ...rootAndTestTld('127.59.0.1', '127.59.0.2', [
      ['probe', 'NS', 'ns.probe.test.'],
      ['ns.probe', 'A', '127.59.0.3'],
    ]).map((spec) => new LabDnsServer(spec, DNS_PORT)),
    new LabDnsServer(
      {
        name: 'ns.probe.test',
        address: '127.59.0.3',
        behaviour: 'serve',
        zones: [
          zone('probe.test', [
            ['@', 'SOA', soa('ns.probe.test', 1)],
            ['@', 'NS', 'ns.probe.test.'],
            ['ns', 'A', '127.59.0.3'],
            ...MTAS.flatMap((mta) => [
              ['@', 'MX', `${mta.preference} ${mta.host}.`] as const,
              [mta.host.split('.')[0]!, 'A', mta.address] as const,
            ]),
          ]),
        ],
      },
      DNS_PORT,
    ),
  );
  await Promise.all(dns.map((server) => server.start()));
  const domains = ['probe.test'];
  running.push(
    ...(await Promise.all([
      startPostfix('mx1.probe.test', ['127.59.1.1'], SMTP_PORT, baseDir, '', { mail: 'protected', domains, tls: pki.mx1 }),
      startPostfix('mx2.probe.test', ['127.59.1.2'], SMTP_PORT, baseDir, '', { mail: 'accept-all', domains }),
      startPostfix('mx3.probe.test', ['127.59.1.3'], SMTP_PORT, baseDir, '', { mail: 'open', domains, tls: pki.wrong }),
      startPostfix('mx4.probe.test', ['127.59.1.4'], SMTP_PORT, baseDir, '', { mail: 'greylist', domains }),
      // Its key file is missing: STARTTLS is offered and answered 454.
      startPostfix('mx5.probe.test', ['127.59.1.5'], SMTP_PORT, baseDir, '', {
        mail: 'protected',
        domains,
        tls: { certificate: pki.mx1.certificate, key: path.join(baseDir, 'missing.key') },
      }),
      // TLS 1.0 only: Postfix on OpenSSL 3 cannot serve it and answers STARTTLS 454 (the handshake
      // failure itself is the scripted TLS 1.0 server's, probe-scripted-servers.test.ts).
      startPostfix('mx6.probe.test', ['127.59.1.6'], SMTP_PORT, baseDir, '', {
        mail: 'protected',
        domains,
        tls: pki.mx1,
        tlsProtocols: '=TLSv1',
      }),
    ])),
  );
  const policy = path.join(baseDir, 'policy.yml');
  writeFileSync(
    policy,
    `version: 1
mail-servers:
${MTAS.map((mta) => `  ${mta.host}: [${mta.address}]`).join('\n')}
domains:
  probe.test:
    nameservers: [ns.probe.test]
    mx: [${MTAS.map((mta) => `"${mta.preference} ${mta.host}"`).join(', ')}]
smtp-probe: {}
`,
  );
  const result = await runCli(
    [
      'check',
      '--policy',
      policy,
      '--root-hints',
      '127.59.0.1',
      '--dns-port',
      String(DNS_PORT),
      '--smtp-port',
      String(SMTP_PORT),
      '--timeout-ms',
      '2000',
      '--retries',
      '1',
      '--ip-version',
      '4',
      '--format',
      'json',
    ],
    { NODE_EXTRA_CA_CERTS: pki.ca },
  );
  if (result.code !== 1) throw new Error(`check exited ${result.code}: ${result.stderr}`);
  report = JSON.parse(result.stdout) as RunReport;
}, 120_000);

afterAll(async () => {
  await Promise.all([...running.map((server) => server.stop()), ...dns.map((server) => server.stop())]);
});

describe('the SMTP probe on real Postfix', () => {
  it('names every weaker MX and what it lacks, and nothing about the primary', () => {
    expect(report.findings.map((finding) => `${finding.rule} ${finding.name} ${finding.subject}`).sort()).toEqual(
      [
        'mx/weaker-than-primary probe.test mx2.probe.test',
        'mx/weaker-than-primary probe.test mx3.probe.test',
        'mx/weaker-than-primary probe.test mx4.probe.test',
        'smtp/accepts-unknown-recipient probe.test mx2.probe.test/127.59.1.2',
        'smtp/accepts-unknown-recipient probe.test mx3.probe.test/127.59.1.3',
        'smtp/certificate-invalid mx3.probe.test mx3.probe.test/127.59.1.3',
        'smtp/no-starttls mx2.probe.test mx2.probe.test/127.59.1.2',
        'smtp/no-starttls mx4.probe.test mx4.probe.test/127.59.1.4',
        'smtp/open-relay mx3.probe.test mx3.probe.test/127.59.1.3',
        'smtp/probe-undecided mx4.probe.test mx4.probe.test/127.59.1.4',
        'mx/weaker-than-primary probe.test mx5.probe.test',
        'mx/weaker-than-primary probe.test mx6.probe.test',
        'smtp/starttls-unusable mx5.probe.test mx5.probe.test/127.59.1.5',
        'smtp/starttls-unusable mx6.probe.test mx6.probe.test/127.59.1.6',
      ].sort(),
    );
  });

  it('the primary: STARTTLS with a certificate the test CA vouches for, 550 for the unknown, 554 for relaying', () => {
    const primary = report.observations!.probe!.conversations.find((conversation) => conversation.host === 'mx1.probe.test')!;
    expect(primary.certificate).toMatchObject({ trusted: true, nameMatches: true });
    expect(primary.unknownRecipient?.code).toBe(550);
    expect(primary.foreignRecipient?.code).toBe(554);
  });

  it('says in words what the weaker MX lacks and the primary has', () => {
    const mx3 = report.findings.find((finding) => finding.rule === 'mx/weaker-than-primary' && finding.subject === 'mx3.probe.test')!;
    expect(mx3.message).toContain(
      'mx3.probe.test shows no valid certificate for its name, accepts unknown recipients and relays for anyone',
    );
    expect(mx3.message).toContain('mx1.probe.test does not: spammers will deliver to mx3.probe.test');
  });

  it('a greylisting server (450 at RCPT) is neither passed nor failed on recipients or relaying', () => {
    const mx4 = report.observations!.probe!.conversations.find((conversation) => conversation.host === 'mx4.probe.test')!;
    expect(mx4.unknownRecipient?.code).toBe(450);
    const weaker = report.findings.find((finding) => finding.rule === 'mx/weaker-than-primary' && finding.subject === 'mx4.probe.test')!;
    expect(weaker.message).toContain('offers no usable STARTTLS');
    // Undecided is said, with the reply, never silent.
    const undecided = report.findings.find((finding) => finding.rule === 'smtp/probe-undecided' && finding.name === 'mx4.probe.test')!;
    expect(undecided.message).toContain('temporary reply "450');
    expect(weaker.message).not.toContain('recipients');
  });

  it('a missing key and a TLS 1.0-only Postfix (both 454): STARTTLS unusable, and their recipients and relaying still judged, in clear text', () => {
    for (const host of ['mx5.probe.test', 'mx6.probe.test']) {
      const conversation = report.observations!.probe!.conversations.find((candidate) => candidate.host === host)!;
      expect(conversation.unknownRecipient?.code).toBe(550);
      expect(conversation.foreignRecipient?.code).toBe(554);
      const weaker = report.findings.find((finding) => finding.rule === 'mx/weaker-than-primary' && finding.subject === host)!;
      expect(weaker.message).toContain('offers no usable STARTTLS');
      expect(weaker.message).not.toContain('relays');
    }
    const mx5 = report.findings.find((finding) => finding.rule === 'smtp/starttls-unusable' && finding.name === 'mx5.probe.test')!;
    expect(mx5.message).toContain('STARTTLS is answered "454');
    const mx6 = report.findings.find((finding) => finding.rule === 'smtp/starttls-unusable' && finding.name === 'mx6.probe.test')!;
    expect(mx6.message).toContain('STARTTLS is answered "454');
  });

  it('no session ever reached DATA', () => {
    const sessions = MTAS.flatMap((mta) => postfixSessions(path.join(baseDir, `postfix-${mta.host}`, 'maillog')));
    expect(sessions.filter((session) => /rcpt=/.test(session)).length).toBeGreaterThanOrEqual(4);
    expect(sessions.filter((session) => /\bdata=/.test(session))).toEqual([]);
  });
});
