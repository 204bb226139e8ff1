import { spawn } from 'node:child_process';
import path from 'node:path';

/** The committed CLI bundle, run as a user runs it; asynchronous so in-process lab servers keep answering. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve('dist/cli.js'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `check` against a loopback lab: its root servers and DNS port, IPv4 only, one retry, a JSON report. */
export function labCheckArgs(policy: string, root: string, dnsPort: number, timeoutMs: number, ...more: string[]): string[] {
  const lab = ['--root-hints', root, '--dns-port', String(dnsPort), '--timeout-ms', String(timeoutMs)];
  return ['check', '--policy', policy, ...lab, '--retries', '1', '--ip-version', '4', '--format', 'json', ...more];
}

/** Findings as "rule name subject" lines, sorted: the form the interop tests compare. */
export function findingLines(findings: readonly { rule: string; name: string; subject: string }[]): string[] {
  return findings.map((finding) => `${finding.rule} ${finding.name} ${finding.subject}`).sort();
}
