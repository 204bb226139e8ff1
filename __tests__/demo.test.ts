import { spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DNS_PORT, DEMO_SMTP_PORT } from '../src/lab/demo-ports.js';
import { PLANTED_DNS_SERVERS, plantedFindings, plantedListeners, plantedPolicy } from '../src/lab/planted-world.js';
import type { RunReport } from '../src/report/run-report.js';
import { renderSummary } from '../src/report/summary.js';
import { countBySeverity } from '../src/report/run-report.js';
import { GITHUB_WINDOW_WIDTH_PX, layoutOf } from './support/rendered-summary.js';
import { reportSchemaErrors } from './support/report-schema.js';
import { runActionOnItself } from './support/workflow-job.js';

const CLI = path.resolve('dist/cli.js');

/** The demo's JSON report, kept by the test that makes it for the rendering tests after it. */
let demoReport: RunReport | undefined;
const link = (file: string, line: number) => `https://github.com/OWNER/REPO/blob/0123456789abcdef0123456789abcdef01234567/${file}#L${line}`;

/** The demo's own temporary directories: none may outlive the demo, however it ends. */
function demoDirectories(): string[] {
  return readdirSync(tmpdir()).filter((entry) => entry.startsWith('mail-perimeter-demo-'));
}

function startDemo(args: string[]) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-demo-cwd-'));
  const child = spawn(process.execPath, [CLI, 'demo', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const before = demoDirectories();
  const leftBehind = () => demoDirectories().filter((entry) => !before.includes(entry) && !entry.startsWith('mail-perimeter-demo-cwd-'));
  const cleanUp = () => rmSync(cwd, { recursive: true, force: true });
  return { child, cwd, exited, leftBehind, cleanUp, output: () => ({ stdout, stderr }) };
}

/** Every address:port the demo world listens on can be bound again: nothing was left behind. */
async function everythingReleased(): Promise<void> {
  for (const server of PLANTED_DNS_SERVERS) {
    await new Promise<void>((resolve, reject) => {
      const socket = dgram.createSocket('udp4');
      socket.once('error', reject);
      socket.bind(DEMO_DNS_PORT, server.address, () => socket.close(() => resolve()));
    });
  }
  for (const listener of [
    ...plantedListeners(DEMO_SMTP_PORT),
    ...PLANTED_DNS_SERVERS.map((server) => ({ address: server.address, port: DEMO_DNS_PORT })),
  ]) {
    await new Promise<void>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(listener.port, listener.address, () => server.close(() => resolve()));
    });
  }
}

describe('mail-perimeter demo', () => {
  it('with its addresses taken, says so and exits 2 instead of an internal error', async () => {
    const holder = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => holder.bind(DEMO_DNS_PORT, PLANTED_DNS_SERVERS[0]!.address, () => resolve()));
    try {
      const demo = startDemo([]);
      const { code } = await demo.exited;
      expect(code).toBe(2);
      expect(demo.output().stderr).toContain("cannot listen on the lab's loopback addresses (EADDRINUSE)");
      expect(demo.output().stderr).not.toContain('internal error');
      expect(demo.leftBehind()).toEqual([]);
      demo.cleanUp();
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
    }
    await everythingReleased();
  });

  it('reports every planted problem, exits 1, writes its policy to a temporary directory it removes, and leaves nothing listening', async () => {
    const demo = startDemo(['--format', 'json']);
    const { code } = await demo.exited;
    expect(code).toBe(1);
    const report = JSON.parse(demo.output().stdout) as RunReport;
    demoReport = report;
    const found = report.findings.map(({ rule, name, subject }) => `${rule} ${name} ${subject}`).sort();
    const expected = plantedFindings(DEMO_SMTP_PORT)
      .map(({ rule, name, subject }) => `${rule} ${name} ${subject}`)
      .sort();
    expect(found).toEqual(expected);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.verdict).toBe('fail');
    expect(report.failOn).toBe('error');
    // Run outside a clone: the policy goes to a temporary directory, removed when the demo ends.
    const written = /policy (\S+) \(the same as examples\/demo-policy\.yml/.exec(demo.output().stderr)?.[1];
    expect(written).toBeDefined();
    expect(report.policy).toBe(written);
    expect(existsSync(written!)).toBe(false);
    expect(demo.leftBehind()).toEqual([]);
    expect(readdirSync(demo.cwd)).toEqual([]);
    demo.cleanUp();
    await everythingReleased();
  });

  it('in a clone, checks the committed examples/demo-policy.yml, so findings point at a file that stays', async () => {
    const before = demoDirectories();
    const child = spawn(process.execPath, [CLI, 'demo', '--format', 'json'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    await new Promise((resolve) => child.on('exit', resolve));
    const report = JSON.parse(stdout) as RunReport;
    expect(report.policy).toBe('examples/demo-policy.yml');
    expect(report.findings.every((finding) => finding.location?.file === 'examples/demo-policy.yml')).toBe(true);
    expect(demoDirectories()).toEqual(before);
    await everythingReleased();
  });

  it('stops every server when interrupted with Ctrl-C', async () => {
    const demo = startDemo([]);
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (demo.output().stderr.includes('demo: lab started')) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    demo.child.kill('SIGINT');
    const { signal } = await demo.exited;
    expect(signal).toBe('SIGINT');
    expect(demo.leftBehind()).toEqual([]);
    demo.cleanUp();
    await everythingReleased();
  });

  it('the committed examples/demo-policy.yml is the policy the demo writes', () => {
    expect(readFileSync('examples/demo-policy.yml', 'utf8')).toBe(plantedPolicy(DEMO_SMTP_PORT));
  });

  it("the project's workflow job action-on-itself, run with its own inputs, finds exactly the planted problems", async () => {
    const { action, assertion } = await runActionOnItself();
    expect(action.status, action.stderr).toBe(0);
    expect(assertion.stderr).toBe('');
    expect(assertion.status).toBe(0);
    expect(assertion.stdout).toMatch(/exactly the \d+ planted findings/);
    await everythingReleased();
  });

  it("every line of the README's sample output is one the demo prints (only durations and query counts may differ)", async () => {
    const child = spawn(process.execPath, [CLI, 'demo'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let printed = '';
    child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    await new Promise((resolve) => child.on('exit', resolve));
    const readme = readFileSync('README.md', 'utf8');
    const sample = /```text\n(demo: lab started[\s\S]*?)```/.exec(readme)![1]!.trimEnd().split('\n');
    const variable = (line: string) =>
      line.startsWith('DNS:') ? line.replace(/\d+/g, 'N') : line.replace(/ in \d+(\.\d+)? s$/, ' in N s');
    const lines = new Set(printed.split('\n').map(variable));
    const shown = sample.filter((line) => line.trim() !== '...');
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.filter((line) => !lines.has(variable(line)))).toEqual([]);
    await everythingReleased();
  });

  it("the demo's job summary fits GitHub's page at 1,012 px: its findings table needs no sideways scrolling", () => {
    expect(demoReport).toBeDefined();
    const layout = layoutOf(renderSummary(demoReport!, true, link));
    expect(layout.findings).toBeDefined();
    expect(layout.findings!.scrollWidth).toBeLessThanOrEqual(layout.findings!.clientWidth);
    expect(layout.pageWidth).toBeLessThanOrEqual(GITHUB_WINDOW_WIDTH_PX);
  });

  it('2,000 names: the capped findings table shows every rule and every severity, and fits', () => {
    expect(demoReport).toBeDefined();
    const many = Array.from({ length: 2000 }, (_, index) => ({
      ...demoReport!.findings.find((finding) => finding.rule === 'mx/unexpected')!,
      name: `n${String(index).padStart(4, '0')}.example.test`,
      subject: `backup${index}.oldvendor.example`,
    }));
    const findings = [...many, ...demoReport!.findings];
    const big: RunReport = { ...demoReport!, findings, summary: countBySeverity(findings) };
    const summary = renderSummary(big, true, link);
    const table = summary.slice(summary.indexOf('### Findings'), summary.indexOf('</table>', summary.indexOf('### Findings')));
    expect((table.match(/<tr><td>/g) ?? []).length).toBe(1000);
    for (const rule of new Set(demoReport!.findings.map((finding) => finding.rule))) expect(table).toContain(`<code>${rule}</code>`);
    for (const severity of new Set(findings.map((finding) => finding.severity)))
      expect(table).toContain({ error: '❌', warning: '⚠️', notice: 'ℹ️' }[severity]);
    expect(summary).toContain(`${findings.length - 1000} more findings are in the JSON report`);
    const layout = layoutOf(summary);
    expect(layout.findings!.scrollWidth).toBeLessThanOrEqual(layout.findings!.clientWidth);
    expect(layout.pageWidth).toBeLessThanOrEqual(GITHUB_WINDOW_WIDTH_PX);
  });
});
