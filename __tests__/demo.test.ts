import { spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DNS_PORT, DEMO_SMTP_PORT } from '../src/lab/demo-ports.js';
import { PLANTED_DNS_SERVERS, plantedFindings, plantedListeners, plantedPolicy } from '../src/lab/planted-world.js';
import type { RunReport } from '../src/report/run-report.js';
import { reportSchemaErrors } from './support/report-schema.js';

const CLI = path.resolve('dist/cli.js');

function startDemo(args: string[]) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-demo-'));
  const child = spawn(process.execPath, [CLI, 'demo', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, cwd, exited, output: () => ({ stdout, stderr }) };
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
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
    }
    await everythingReleased();
  });

  it('reports every planted problem, exits 1, writes its policy outside the directory it runs in and leaves nothing listening', async () => {
    const demo = startDemo(['--format', 'json']);
    const { code } = await demo.exited;
    expect(code).toBe(1);
    const report = JSON.parse(demo.output().stdout) as RunReport;
    const found = report.findings.map(({ rule, name, subject }) => `${rule} ${name} ${subject}`).sort();
    const expected = plantedFindings(DEMO_SMTP_PORT)
      .map(({ rule, name, subject }) => `${rule} ${name} ${subject}`)
      .sort();
    expect(found).toEqual(expected);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.verdict).toBe('fail');
    expect(report.failOn).toBe('error');
    const written = /policy in (\S+)/.exec(demo.output().stderr)?.[1];
    expect(written).toBeDefined();
    expect(readFileSync(written!, 'utf8')).toBe(plantedPolicy(DEMO_SMTP_PORT));
    expect(readdirSync(demo.cwd)).toEqual([]);
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
    await everythingReleased();
  });

  it('the committed examples/demo-policy.yml is the policy the demo writes', () => {
    expect(readFileSync('examples/demo-policy.yml', 'utf8')).toBe(plantedPolicy(DEMO_SMTP_PORT));
  });
});
