/**
 * On pull_request events the action scans the ranges of the base branch's policy, not the pull
 * request's: run the bundle in a real git repository whose pull request moves scan.ranges.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LabTcpListener } from '../src/lab/tcp-listener.js';
import type { RunReport } from '../src/report/run-report.js';
import type { SarifLog } from './support/sarif-schema.js';
import { sarifSchemaErrors } from './support/sarif-schema.js';

const PORT = 2526;
const baseListener = new LabTcpListener({ address: '127.36.0.1', port: PORT, kind: 'smtp', banner: '220 base-range.example.test ESMTP' });
const headListener = new LabTcpListener({ address: '127.36.0.2', port: PORT, kind: 'smtp', banner: '220 head-range.example.test ESMTP' });

const policyWithRange = (range: string) => `version: 1\ndomains:\n  example.test: {}\nscan:\n  ranges: [${range}]\n  ports: [${PORT}]\n`;

let repository: string;
let baseSha: string;

beforeAll(async () => {
  await Promise.all([baseListener.start(), headListener.start()]);
  repository = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-pr-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], { cwd: repository, encoding: 'utf8' }).trim();
  git('init', '-q');
  writeFileSync(path.join(repository, 'policy.yml'), policyWithRange('127.36.0.1/32'));
  git('add', 'policy.yml');
  git('commit', '-qm', 'base');
  baseSha = git('rev-parse', 'HEAD');
  // The pull request aims the scan elsewhere.
  writeFileSync(path.join(repository, 'policy.yml'), policyWithRange('127.36.0.2/32'));
  // A second policy that the base branch does not have yet.
  writeFileSync(path.join(repository, 'new-policy.yml'), policyWithRange('127.36.0.2/32'));
  git('add', 'new-policy.yml');
  git('commit', '-qam', 'head');
  writeFileSync(path.join(repository, 'event.json'), JSON.stringify({ pull_request: { base: { sha: baseSha } } }));
  writeFileSync(path.join(repository, 'output'), '');
});

afterAll(() => Promise.all([baseListener.stop(), headListener.stop()]));

/** Asynchronous on purpose: the listeners live in this process and must keep answering. */
async function runAction(scanRangesFrom: string, eventName = 'pull_request', policy = 'policy.yml'): Promise<RunReport> {
  const child = spawn(process.execPath, [path.resolve('dist/index.js')], {
    cwd: repository,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env['PATH'],
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: path.join(repository, 'event.json'),
      GITHUB_WORKSPACE: repository,
      GITHUB_OUTPUT: path.join(repository, 'output'),
      INPUT_POLICY: policy,
      INPUT_ONLY: 'scan',
      INPUT_REPORT: 'report.json',
      'INPUT_SCAN-RANGES-FROM': scanRangesFrom,
      'INPUT_GREETING-TIMEOUT-MS': '2000',
      INPUT_SARIF: 'results.sarif',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect([0, 1], output).toContain(status);
  return JSON.parse(readFileSync(path.join(repository, 'report.json'), 'utf8')) as RunReport;
}

describe('scan ranges on pull requests', () => {
  it('come from the base branch by default: the pull request cannot aim the scanner', async () => {
    const before = headListener.connections;
    const report = await runAction('base');
    expect(report.findings.map((finding) => `${finding.rule} ${finding.subject}`)).toEqual([`smtp/unexpected-listener 127.36.0.1:${PORT}`]);
    expect(headListener.connections).toBe(before);
  });

  it.each(['pull_request_review', 'pull_request_review_comment', 'pull_request_target'])(
    'come from the base branch on %s too: any event that runs pull-request content is untrusted',
    async (eventName) => {
      const before = headListener.connections;
      const report = await runAction('base', eventName);
      expect(report.findings.map((finding) => `${finding.rule} ${finding.subject}`)).toEqual([
        `smtp/unexpected-listener 127.36.0.1:${PORT}`,
      ]);
      expect(headListener.connections).toBe(before);
    },
  );

  it('scan nothing when the policy is new in the pull request (no token needed)', async () => {
    const before = headListener.connections;
    const baseBefore = baseListener.connections;
    const report = await runAction('base', 'pull_request', 'new-policy.yml');
    expect(report.findings).toEqual([]);
    expect(headListener.connections).toBe(before);
    expect(baseListener.connections).toBe(baseBefore);
  });

  it('are reported on the head policy, with a SARIF file that code scanning accepts', async () => {
    const report = await runAction('base');
    const finding = report.findings[0]!;
    expect(finding.location?.file).toBe('policy.yml');
    expect(finding.message).toContain("the base branch's");
    const sarif = JSON.parse(readFileSync(path.join(repository, 'results.sarif'), 'utf8')) as SarifLog;
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const run = sarif.runs[0]!;
    expect(run.automationDetails.id).toBe('mail-perimeter/policy.yml:scan/');
    expect(run.results.length).toBeLessThanOrEqual(25_000);
    for (const result of run.results) {
      const uri = result.locations[0]!.physicalLocation.artifactLocation.uri;
      expect(path.isAbsolute(uri)).toBe(false);
      expect(existsSync(path.join(repository, uri)), uri).toBe(true);
    }
    const rule = run.tool.driver.rules.find((candidate) => candidate.id === 'smtp/unexpected-listener')!;
    expect(rule.properties['security-severity']).toBe('8.5');
    expect(rule.help.markdown).toContain('#rules');
  });

  it('come from the pull request with scan-ranges-from: head', async () => {
    const report = await runAction('head');
    expect(report.findings.map((finding) => `${finding.rule} ${finding.subject}`)).toEqual([`smtp/unexpected-listener 127.36.0.2:${PORT}`]);
  });
});
