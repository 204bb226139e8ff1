/**
 * Interop: the planted world served by real NSD instances and real Postfix MTAs on loopback, checked
 * by the committed CLI bundle exactly as a user runs it. Every planted problem must be reported,
 * with nothing else, and the listener outside the scan range must never be touched.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LabDnsServer } from '../src/lab/dns-server.js';
import {
  OUTSIDE_LISTENER_ADDRESS,
  PLANTED_DNS_SERVERS,
  PLANTED_MAIL_DOMAINS,
  plantedFindings,
  plantedListeners,
  plantedPolicy,
  ROOT_SERVER_ADDRESS,
} from '../src/lab/planted-world.js';
import { LabTcpListener } from '../src/lab/tcp-listener.js';
import type { RunReport } from '../src/report/run-report.js';
import type { RunningServer } from './support/real-servers.js';
import { runCli } from './support/run-cli.js';
import { postfixSessions, startNsd, startPostfix } from './support/real-servers.js';

const DNS_PORT = 20053;
const SMTP_PORT = 20025;

const running: RunningServer[] = [];
const labDns: LabDnsServer[] = [];
const labListeners: LabTcpListener[] = [];
let report: RunReport;
let postfixLogs: string[];
let exitCode: number | null;
let elapsedMs: number;

beforeAll(async () => {
  const baseDir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-interop-'));
  postfixLogs = ['mx1.example.test', 'backup.example.test'].map((host) => path.join(baseDir, `postfix-${host}`, 'maillog'));
  const starts: Promise<void>[] = [];
  for (const spec of PLANTED_DNS_SERVERS) {
    if (spec.behaviour === 'silent') {
      // "Never answers": a socket that reads and drops; no real server can be told to do that.
      const silent = new LabDnsServer(spec, DNS_PORT);
      labDns.push(silent);
      starts.push(silent.start());
    } else {
      starts.push(startNsd(spec, DNS_PORT, baseDir).then((server) => void running.push(server)));
    }
  }
  const listeners = plantedListeners(SMTP_PORT);
  const approved = listeners.filter((listener) => listener.role === 'approved').map((listener) => listener.address);
  starts.push(
    startPostfix('mx1.example.test', approved, SMTP_PORT, baseDir, '', { mail: 'protected', domains: PLANTED_MAIL_DOMAINS }).then(
      (server) => void running.push(server),
    ),
  );
  const rogue = listeners.filter((listener) => listener.role === 'rogue').map((listener) => listener.address);
  starts.push(
    startPostfix('backup.example.test', rogue, SMTP_PORT, baseDir, ' rogue', { mail: 'open', domains: [] }).then(
      (server) => void running.push(server),
    ),
  );
  for (const spec of listeners.filter((listener) => listener.role === 'other' || listener.role === 'outside')) {
    const listener = new LabTcpListener(spec);
    labListeners.push(listener);
    starts.push(listener.start());
  }
  await Promise.all(starts);

  const policyFile = path.join(baseDir, 'policy.yml');
  writeFileSync(policyFile, plantedPolicy(SMTP_PORT));
  const started = performance.now();
  const result = await runCli([
    'check',
    '--policy',
    policyFile,
    '--root-hints',
    ROOT_SERVER_ADDRESS,
    '--dns-port',
    String(DNS_PORT),
    '--smtp-port',
    String(SMTP_PORT),
    '--timeout-ms',
    '500',
    '--retries',
    '1',
    '--greeting-timeout-ms',
    '3000',
    '--ip-version',
    '4',
    '--format',
    'json',
  ]);
  elapsedMs = performance.now() - started;
  exitCode = result.code;
  if (result.code !== 1) throw new Error(`check exited ${result.code}: ${result.stderr}`);
  report = JSON.parse(result.stdout) as RunReport;
}, 120_000);

afterAll(async () => {
  await Promise.all([
    ...running.map((server) => server.stop()),
    ...labDns.map((server) => server.stop()),
    ...labListeners.map((listener) => listener.stop()),
  ]);
});

describe('check against real NSD and Postfix', () => {
  it('reports every planted problem and nothing else (the clean zone included)', () => {
    const found = report.findings.map(({ rule, name, subject }) => ({ rule, name, subject }));
    const expected = plantedFindings(SMTP_PORT).map(({ rule, name, subject }) => ({ rule, name, subject }));
    const order = (a: { rule: string; name: string; subject: string }, b: typeof a) =>
      `${a.rule} ${a.name} ${a.subject}` < `${b.rule} ${b.name} ${b.subject}` ? -1 : 1;
    expect([...found].sort(order)).toEqual([...expected].sort(order));
    expect(exitCode).toBe(1);
    expect(report.findings.some((finding) => finding.name === 'clean.test')).toBe(false);
  });

  it('names the servers that gave the evidence', () => {
    const servers = (rule: string, subject: string) =>
      report.findings.find((finding) => finding.rule === rule && finding.subject === subject)?.servers;
    expect(servers('mx/unexpected', 'backup.example.test')).toEqual(['ns3.example.test/127.53.1.3']);
    expect(servers('ns/lame', 'ns4.example.test')).toEqual(['ns4.example.test/127.53.1.4']);
    expect(servers('ns/lame', 'ns2.slow.test')).toEqual(['ns2.slow.test/127.53.3.2']);
    expect(servers('soa/serial-inconsistent', 'ns2.example.test')).toEqual(['ns2.example.test/127.53.1.2']);
    expect(servers('zone/transfer-open', 'ns3.example.test')).toEqual(['ns3.example.test/127.53.1.3']);
  });

  it('says why the lame servers are lame', () => {
    const message = (subject: string) =>
      report.findings.find((finding) => finding.rule === 'ns/lame' && finding.subject === subject)?.message;
    expect(message('ns4.example.test')).toContain('answered REFUSED');
    expect(message('ns2.slow.test')).toContain('did not answer');
  });

  it("passes the real Postfix servers and reads the rogue MTA's banner", () => {
    const probes = report.observations!.scan!.probes;
    expect(probes.find((probe) => probe.address === '127.25.0.1')).toMatchObject({
      state: 'smtp',
      greeting: '220 mx1.example.test ESMTP',
      startTls: false,
    });
    expect(probes.find((probe) => probe.address === '127.25.0.9')?.greeting).toBe('220 backup.example.test ESMTP rogue');
  });

  it('never connects to the listener just outside the scan range', () => {
    const outside = labListeners.find((listener) => listener.spec.address === OUTSIDE_LISTENER_ADDRESS)!;
    expect(outside.connections).toBe(0);
    expect(report.observations!.scan!.probes.some((probe) => probe.address === OUTSIDE_LISTENER_ADDRESS)).toBe(false);
  });

  it('the SMTP probe talked to both Postfix instances and never sent DATA', () => {
    const sessions = postfixLogs.flatMap((log) => postfixSessions(log));
    const probed = sessions.filter((session) => /rcpt=/.test(session));
    expect(probed.length).toBeGreaterThan(0);
    expect(sessions.filter((session) => /\bdata=/.test(session))).toEqual([]);
    const conversations = report.observations!.probe!.conversations;
    const protectedOne = conversations.find((conversation) => conversation.address === '127.25.0.1')!;
    expect(protectedOne.unknownRecipient?.code).toBe(550);
    expect(protectedOne.foreignRecipient?.code).toBe(554);
  });

  it('drops nothing as invalid: real servers answer what was asked', () => {
    expect(report.observations!.dns!.stats.answersDropped).toBe(0);
    console.log(`interop check took ${Math.round(elapsedMs)} ms`);
  });
});
