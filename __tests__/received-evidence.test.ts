/**
 * Received mail as evidence, written by real software: a managed Postfix primary delivering to an
 * mbox and a Maildir, and an unmanaged accept-all backup MX relaying to it, fed by swaks with
 * forged HELO names, a forged `Received:` field claiming a managed hop, a spam flag and canary
 * text. The backup is found exactly (counts, dates, spam share) from the mbox, the Maildir and the
 * primary's own log; the forgeries count for nothing; nothing of a message but trace facts reaches
 * any output. Hostile headers stay bounded.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEvidence } from '../src/evidence/read.js';
import type { RunReport } from '../src/report/run-report.js';
import type { RunningServer } from './support/real-servers.js';
import { startPostfix } from './support/real-servers.js';
import { runCli } from './support/run-cli.js';

const execFileAsync = promisify(execFile);
const SMTP_PORT = 27025;
const PRIMARY = '127.63.1.1';
const BACKUP = '127.63.1.2';
const CANARIES = ['CANARY-SUBJECT', 'CANARY-BODY', 'canary-sender', 'postmaster@example.test', 'info@example.test'];

const running: RunningServer[] = [];
let baseDir: string;
let boxes: string;

function swaks(server: string, to: string, extra: string[]): Promise<unknown> {
  return execFileAsync(
    '/usr/bin/swaks',
    [
      '--server',
      `${server}:${SMTP_PORT}`,
      '--to',
      to,
      '--from',
      'canary-sender@outside.test',
      '--helo',
      'forged.example.test',
      '--header',
      'Subject: CANARY-SUBJECT',
      '--body',
      'CANARY-BODY',
      '--suppress-data',
      ...extra,
    ],
    { timeout: 30_000 },
  );
}

async function delivered(count: number): Promise<void> {
  const messages = () => {
    const mbox = path.join(boxes, 'postmaster');
    const inMbox = existsSync(mbox) ? (readFileSync(mbox, 'latin1').match(/^From /gm) ?? []).length : 0;
    const maildir = path.join(boxes, 'info', 'new');
    return inMbox + (existsSync(maildir) ? readdirSync(maildir).length : 0);
  };
  for (let attempt = 0; attempt < 100 && messages() < count; attempt++) await new Promise((resolve) => setTimeout(resolve, 200));
  if (messages() < count) throw new Error(`only ${messages()} of ${count} messages were delivered`);
}

beforeAll(async () => {
  baseDir = mkdtempSync(path.join(tmpdir(), 'mpt-evidence-'));
  const domains = ['example.test'];
  running.push(
    await startPostfix('mx1.example.test', [PRIMARY], SMTP_PORT, baseDir, '', {
      mail: 'mailbox',
      domains,
      mailboxes: ['postmaster', 'info/'],
    }),
    await startPostfix('backup.example.test', [BACKUP], SMTP_PORT, baseDir, '', { mail: 'relaying-backup', domains, primary: PRIMARY }),
  );
  boxes = path.join(baseDir, 'postfix-mx1.example.test', 'boxes');
  // Through the unmanaged backup: to the mbox (one flagged as spam) and to the Maildir.
  await swaks(BACKUP, 'postmaster@example.test', []);
  await swaks(BACKUP, 'postmaster@example.test', ['--add-header', 'X-Spam-Flag: YES']);
  await swaks(BACKUP, 'info@example.test', []);
  // Straight to the primary from outside the perimeter, with a forged field claiming the backup as a hop.
  await swaks(PRIMARY, 'postmaster@example.test', [
    '--add-header',
    'Received: from backup.example.test (backup.example.test [127.63.1.2]) by mx1.example.test (Postfix) with ESMTP id FORGED; Fri, 4 Dec 2026 10:00:00 +0000',
  ]);
  await delivered(4);
  writeFileSync(
    path.join(baseDir, 'policy.yml'),
    `version: 1\nmail-servers:\n  mx1.example.test: [${PRIMARY}]\ndomains:\n  example.test:\n    mx: ["10 mx1.example.test"]\nscan:\n  ranges: [127.63.1.0/24]\n`,
  );
  writeFileSync(
    path.join(baseDir, 'tls-rpt.json'),
    JSON.stringify({
      'organization-name': 'Receiver Inc.',
      'date-range': { 'start-datetime': '2026-12-04T00:00:00Z', 'end-datetime': '2026-12-04T23:59:59Z' },
      'contact-info': 'tls-report@receiver.example',
      'report-id': '2026-12-04T00:00:00Z_example.test',
      policies: [
        {
          policy: {
            'policy-type': 'sts',
            'policy-string': ['version: STSv1', 'mode: enforce'],
            'policy-domain': 'example.test',
            'mx-host': ['mx1.example.test'],
          },
          summary: { 'total-successful-session-count': 120, 'total-failure-session-count': 3 },
          'failure-details': [
            {
              'result-type': 'certificate-host-mismatch',
              'sending-mta-ip': '198.51.100.7',
              'receiving-mx-hostname': 'mx9.example.test',
              'failed-session-count': 3,
            },
            {
              'result-type': 'starttls-not-supported',
              'sending-mta-ip': '198.51.100.7',
              'receiving-mx-hostname': 'mx1.example.test',
              'failed-session-count': 1,
            },
          ],
        },
      ],
    }),
  );
}, 120_000);

afterAll(async () => {
  await Promise.all(running.map((server) => server.stop()));
});

async function judge(...evidence: string[]): Promise<{ report: RunReport; outputs: string[] }> {
  const args = [
    'check',
    '--policy',
    path.join(baseDir, 'policy.yml'),
    '--only',
    'zone-data',
    ...evidence.flatMap((file) => ['--evidence', file]),
  ];
  const json = await runCli([...args, '--format', 'json']);
  const text = await runCli([...args, '--format', 'text', '--verbose']);
  const sarif = await runCli([...args, '--format', 'sarif']);
  return { report: JSON.parse(json.stdout) as RunReport, outputs: [json, text, sarif].flatMap((result) => [result.stdout, result.stderr]) };
}

describe('the unmanaged backup, proven by the mail it relayed', () => {
  it('from the mbox and the Maildir: three messages through 127.63.1.2, one spam; the forged hop and the outside sender count for nothing', async () => {
    const { report, outputs } = await judge(path.join(boxes, 'postmaster'), path.join(boxes, 'info'));
    expect(report.findings.map((finding) => `${finding.rule} ${finding.subject}`)).toEqual([`evidence/unmanaged-relay ${BACKUP}`]);
    const finding = report.findings[0]!;
    expect(finding.message).toMatch(
      /^3 messages for example\.test reached mx1\.example\.test through 127\.63\.1\.2, .*; 1 marked as spam\./,
    );
    expect(finding.location?.file).toBe(path.join(boxes, 'postmaster'));
    for (const output of outputs) for (const canary of CANARIES) expect(output).not.toContain(canary);
  });

  it("from the primary's own log: the same relay, by Postfix's client= lines", async () => {
    const { report } = await judge(path.join(baseDir, 'postfix-mx1.example.test', 'maillog'));
    expect(report.findings.map((finding) => `${finding.rule} ${finding.subject}`)).toEqual([`evidence/unmanaged-relay ${BACKUP}`]);
    expect(report.findings[0]!.message).toMatch(/^3 messages reached mx1\.example\.test through 127\.63\.1\.2/);
  });

  it('the observations keep the evidence: evaluate judges a saved run the same, offline', async () => {
    const saved = path.join(baseDir, 'observations.json');
    const args = ['--policy', path.join(baseDir, 'policy.yml'), '--format', 'json'];
    const live = await runCli([
      'check',
      ...args,
      '--only',
      'zone-data',
      '--evidence',
      path.join(boxes, 'postmaster'),
      '--save-observations',
      saved,
    ]);
    const again = await runCli(['evaluate', ...args, '--observations', saved]);
    expect((JSON.parse(again.stdout) as RunReport).findings).toEqual((JSON.parse(live.stdout) as RunReport).findings);
    expect((JSON.parse(live.stdout) as RunReport).findings).toHaveLength(1);
    for (const canary of CANARIES) expect(readFileSync(saved, 'utf8')).not.toContain(canary);
  });

  it('a TLS-RPT report naming an MX outside the policy', async () => {
    const { report } = await judge(path.join(baseDir, 'tls-rpt.json'));
    expect(report.findings.map((finding) => `${finding.rule} ${finding.name} ${finding.subject}`)).toEqual([
      'evidence/tls-rpt-unknown-mx example.test mx9.example.test',
    ]);
  });
});

describe('hostile messages stay bounded', () => {
  it('10,000 Received fields and a 1 MB header line are read within their bounds', async () => {
    const file = path.join(baseDir, 'hostile.eml');
    const received = Array.from(
      { length: 10_000 },
      (_, index) => `Received: from h${index} ([192.0.2.${index % 250}]) by mx1.example.test; Fri, 4 Dec 2026 10:00:00 +0000`,
    );
    writeFileSync(file, `${received.join('\n')}\nX-Long: ${'a'.repeat(1024 * 1024)}\nSubject: CANARY-SUBJECT\n\nCANARY-BODY\n`);
    const reading = await readEvidence([file], { names: new Set(['mx1.example.test']), addresses: new Set([PRIMARY]) });
    expect(reading.arrivals.map((arrival) => `${arrival.address} ${arrival.line}`)).toEqual(['192.0.2.0 1']);
    expect(JSON.stringify(reading)).not.toContain('CANARY');
  });
});

describe('logs and reports in their own shapes', () => {
  const managed = { names: new Set(['mx1.example.test']), addresses: new Set([PRIMARY]) };

  it("Exim's arrival lines: the client's address, its reverse name and its HELO", async () => {
    const file = path.join(baseDir, 'exim-mainlog');
    writeFileSync(
      file,
      '2026-12-04 10:15:02 1tIxyz-000Abc-5q <= canary-sender@outside.test H=backup.example.test (forged.example.test) [127.63.1.2] P=esmtp S=1234 id=x@y\n2026-12-04 10:15:03 1tIxyz-000Abc-5q => info <info@example.test> R=virtual T=virtual\n',
    );
    const reading = await readEvidence([file], managed);
    expect(
      reading.arrivals.map((arrival) => `${arrival.address} ${arrival.reverse} ${arrival.helo} ${arrival.date} ${arrival.line}`),
    ).toEqual(['127.63.1.2 backup.example.test forged.example.test 2026-12-04T10:15:02.000Z 1']);
    expect(JSON.stringify(reading)).not.toContain('canary');
  });

  it('a gzipped TLS-RPT report reads as the plain one', async () => {
    const plain = readFileSync(path.join(baseDir, 'tls-rpt.json'));
    writeFileSync(path.join(baseDir, 'tls-rpt.json.gz'), gzipSync(plain));
    const reading = await readEvidence([path.join(baseDir, 'tls-rpt.json.gz')], managed);
    expect(reading.tlsRpt.map((failure) => `${failure.policyDomain} ${failure.mxHost} ${failure.sessions}`)).toEqual([
      'example.test mx9.example.test 3',
      'example.test mx1.example.test 1',
    ]);
  });
});

describe('an evidence file that cannot be read', () => {
  it('a TLS-RPT report that is not JSON is said in the file list; the other files still count', async () => {
    const broken = path.join(baseDir, 'broken-tls-rpt.json');
    writeFileSync(broken, '{"organization-name": "x", "policies": [ oops');
    const reading = await readEvidence([broken, path.join(baseDir, 'tls-rpt.json')], {
      names: new Set(['mx1.example.test']),
      addresses: new Set([PRIMARY]),
    });
    expect(reading.files.map((file) => `${path.basename(file.file)} ${file.format} ${file.items}`)).toEqual([
      'broken-tls-rpt.json tls-rpt (unreadable: too large or not JSON) 0',
      'tls-rpt.json tls-rpt 1',
    ]);
    expect(reading.tlsRpt).toHaveLength(2);
  });
});
