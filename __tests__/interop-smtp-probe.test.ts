/**
 * The SMTP probe against real Postfix MTAs on loopback, each protected differently: a primary with
 * STARTTLS (a certificate from a test CA), recipient verification and relay denial, and a second
 * MX name on its address that its certificate does not name; a backup that accepts any recipient
 * and has no TLS; an open relay with a self-signed certificate for the wrong name; a greylisting
 * server (4xx at RCPT); STARTTLS answered 454 (a missing key, TLS 1.0 only); postscreen with its
 * greeting and deep protocol tests; a backup that verifies each recipient with the primary; TLS
 * required; and every common certificate mistake (expired, not yet valid, self-signed, sent
 * without its intermediate) beside a wildcard sent with its chain. Every weaker MX is named with
 * what it lacks, nothing is said of the protected ones, a 4xx decides nothing, and no session ever
 * reaches DATA (Postfix's own logs).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
  // A second name for the primary's address: its certificate does not name it.
  { host: 'mail.probe.test', address: '127.59.1.1', preference: 15 },
  { host: 'mx2.probe.test', address: '127.59.1.2', preference: 20 },
  { host: 'mx3.probe.test', address: '127.59.1.3', preference: 30 },
  { host: 'mx4.probe.test', address: '127.59.1.4', preference: 40 },
  { host: 'mx5.probe.test', address: '127.59.1.5', preference: 50 },
  { host: 'mx6.probe.test', address: '127.59.1.6', preference: 60 },
  { host: 'mx7.probe.test', address: '127.59.1.7', preference: 70 },
  { host: 'mx8.probe.test', address: '127.59.1.8', preference: 80 },
  { host: 'mx9.probe.test', address: '127.59.1.9', preference: 90 },
  { host: 'mx10.probe.test', address: '127.59.1.10', preference: 100 },
  { host: 'mx11.probe.test', address: '127.59.1.11', preference: 110 },
  { host: 'mx12.probe.test', address: '127.59.1.12', preference: 120 },
  { host: 'mx13.probe.test', address: '127.59.1.13', preference: 130 },
  { host: 'mx14.probe.test', address: '127.59.1.14', preference: 140 },
] as const;
/** The MX names that are in fact as well protected as the primary: nothing may be said of them. */
const PROTECTED = ['mx1.probe.test', 'mx7.probe.test', 'mx8.probe.test', 'mx9.probe.test', 'mx13.probe.test'];

const running: RunningServer[] = [];
const dns: LabDnsServer[] = [];
let baseDir: string;
let report: RunReport;

/**
 * A test CA with an intermediate, and every common certificate mistake: expired, not yet valid,
 * self-signed, sent without its intermediate; and certificates done right (one name, or a
 * wildcard with its chain). `openssl ca` because only it sets dates in the past and future.
 */
function certificates(dir: string) {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  writeFileSync(path.join(dir, 'index.txt'), '');
  writeFileSync(path.join(dir, 'serial'), '1000\n');
  writeFileSync(
    path.join(dir, 'ca.cnf'),
    `[ca]\ndefault_ca = test\n[test]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\ndefault_md = sha256\npolicy = any\nunique_subject = no\n[any]\ncommonName = supplied\n`,
  );
  const key = (name: string) => openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', `${name}.key`);
  const issue = (
    name: string,
    issuer: string | 'self',
    extensions: string,
    dates: { start: string; end: string } = { start: '20250101000000Z', end: '20991231000000Z' },
  ) => {
    key(name);
    openssl('req', '-new', '-key', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
    writeFileSync(path.join(dir, `${name}.ext`), `[v3]\n${extensions}\n`);
    const signer = issuer === 'self' ? ['-selfsign', '-keyfile', `${name}.key`] : ['-cert', `${issuer}.pem`, '-keyfile', `${issuer}.key`];
    openssl(
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      ...signer,
      '-in',
      `${name}.csr`,
      '-out',
      `${name}.pem`,
      '-notext',
      '-startdate',
      dates.start,
      '-enddate',
      dates.end,
      '-extfile',
      `${name}.ext`,
      '-extensions',
      'v3',
    );
    chmodSync(path.join(dir, `${name}.key`), 0o644);
    return { certificate: path.join(dir, `${name}.pem`), key: path.join(dir, `${name}.key`) };
  };
  const authority = 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign';
  const server = (...names: string[]) => `basicConstraints=CA:FALSE\nsubjectAltName=${names.map((name) => `DNS:${name}`).join(',')}`;
  const ca = issue('root', 'self', authority);
  issue('intermediate', 'root', authority);
  const withChain = (leaf: { certificate: string; key: string }) => {
    const chained = `${leaf.certificate}.chain`;
    writeFileSync(chained, readFileSync(leaf.certificate, 'utf8') + readFileSync(path.join(dir, 'intermediate.pem'), 'utf8'));
    return { certificate: chained, key: leaf.key };
  };
  return {
    ca: ca.certificate,
    mx1: issue('mx1', 'root', server('mx1.probe.test')),
    wrong: issue('wrong', 'self', server('wrong.example')),
    guarded: issue('guarded', 'root', server('mx7.probe.test', 'mx8.probe.test', 'mx9.probe.test')),
    expired: issue('expired', 'root', server('mx10.probe.test'), { start: '20200101000000Z', end: '20210101000000Z' }),
    early: issue('early', 'root', server('mx11.probe.test'), { start: '20900101000000Z', end: '20910101000000Z' }),
    unchained: issue('unchained', 'intermediate', server('mx12.probe.test')),
    wildcard: withChain(issue('wildcard', 'intermediate', server('*.probe.test'))),
    selfSigned: issue('self-signed', 'self', server('mx14.probe.test')),
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
      // postscreen's greeting test and deep protocol tests: the first session's recipients get 450.
      startPostfix('mx7.probe.test', ['127.59.1.7'], SMTP_PORT, baseDir, '', {
        mail: 'protected',
        domains,
        tls: pki.guarded,
        postscreen: true,
      }),
      // A backup that asks the primary about every recipient.
      startPostfix('mx8.probe.test', ['127.59.1.8'], SMTP_PORT, baseDir, '', {
        mail: 'verifying-backup',
        domains,
        tls: pki.guarded,
        primary: '127.59.1.1',
      }),
      // No mail without TLS.
      startPostfix('mx9.probe.test', ['127.59.1.9'], SMTP_PORT, baseDir, '', {
        mail: 'protected',
        domains,
        tls: pki.guarded,
        tlsLevel: 'encrypt',
      }),
      startPostfix('mx10.probe.test', ['127.59.1.10'], SMTP_PORT, baseDir, '', { mail: 'protected', domains, tls: pki.expired }),
      startPostfix('mx11.probe.test', ['127.59.1.11'], SMTP_PORT, baseDir, '', { mail: 'protected', domains, tls: pki.early }),
      startPostfix('mx12.probe.test', ['127.59.1.12'], SMTP_PORT, baseDir, '', { mail: 'protected', domains, tls: pki.unchained }),
      startPostfix('mx13.probe.test', ['127.59.1.13'], SMTP_PORT, baseDir, '', { mail: 'protected', domains, tls: pki.wildcard }),
      startPostfix('mx14.probe.test', ['127.59.1.14'], SMTP_PORT, baseDir, '', { mail: 'protected', domains, tls: pki.selfSigned }),
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
        ...['mail', 'mx10', 'mx11', 'mx12', 'mx14'].flatMap((label) => [
          `mx/weaker-than-primary probe.test ${label}.probe.test`,
          `smtp/certificate-invalid ${label}.probe.test ${label}.probe.test/${MTAS.find((mta) => mta.host === `${label}.probe.test`)!.address}`,
        ]),
      ].sort(),
    );
  });

  it('says nothing at all of a server that is in fact protected: postscreen, a verifying backup, TLS required, a wildcard with its chain', () => {
    for (const host of PROTECTED) {
      expect(
        report.findings.filter((finding) => finding.name === host || finding.subject.startsWith(`${host}/`) || finding.subject === host),
      ).toEqual([]);
    }
  });

  it("postscreen: the greeting's last line after its wait, and the 450 after its tests retried once on a new connection", () => {
    const mx7 = report.observations!.probe!.conversations.find((conversation) => conversation.host === 'mx7.probe.test')!;
    expect(mx7.retriedAfter).toBe('"450 4.3.2 Service currently unavailable" at RCPT TO');
    expect(mx7.unknownRecipient?.code).toBe(550);
    expect(mx7.foreignRecipient?.code).toBe(554);
    expect(readFileSync(path.join(baseDir, 'postfix-mx7.probe.test', 'maillog'), 'utf8')).toMatch(/postscreen.*PASS NEW/);
    // Only the second connection got past postscreen to smtpd.
    expect(postfixSessions(path.join(baseDir, 'postfix-mx7.probe.test', 'maillog'))).toHaveLength(1);
  });

  it("a backup that asks the primary refuses the unknown recipient with the primary's word", () => {
    const mx8 = report.observations!.probe!.conversations.find((conversation) => conversation.host === 'mx8.probe.test')!;
    expect(mx8.unknownRecipient?.code).toBe(550);
    expect(mx8.unknownRecipient?.text).toContain('Recipient address rejected: undeliverable address');
  });

  it('every certificate mistake in words, for the MX name it was shown to', () => {
    const messages = new Map(
      report.findings.filter((finding) => finding.rule === 'smtp/certificate-invalid').map((finding) => [finding.name, finding.message]),
    );
    expect(messages.get('mail.probe.test')).toContain('mail.probe.test is not among its names (mx1.probe.test)');
    expect(messages.get('mx10.probe.test')).toContain('it expired on Jan  1 00:00:00 2021 GMT');
    expect(messages.get('mx11.probe.test')).toContain('it is not valid before Jan  1 00:00:00 2090 GMT');
    expect(messages.get('mx12.probe.test')).toContain('does not send the intermediate certificate');
    expect(messages.get('mx14.probe.test')).toContain('it is self-signed');
    const wildcard = report.observations!.probe!.conversations.find((conversation) => conversation.host === 'mx13.probe.test')!;
    expect(wildcard.certificate).toMatchObject({ trusted: true, names: ['*.probe.test'] });
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
