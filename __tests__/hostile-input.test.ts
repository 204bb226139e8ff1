/**
 * A policy in a pull request is attacker-controlled input: bombs, devices, FIFOs, huge numbers and
 * runner commands hidden in values must each end as a clear exit-2 error, never a crash, a hang or
 * an executed command. DNS text in the job summary must stay text.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NameObservation } from '../src/observations/model.js';
import { renderSummary } from '../src/report/summary.js';
import type { RunReport } from '../src/report/run-report.js';
import { dns } from './support/literal.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-hostile-input-'));

function check(policyFile: string) {
  const result = spawnSync(
    process.execPath,
    [path.resolve('dist/cli.js'), 'check', '--policy', policyFile, '--only', 'dns', '--root-hints', '127.0.0.1', '--dns-port', '9'],
    { cwd: dir, encoding: 'utf8', timeout: 30_000 },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function policyFile(name: string, text: string): string {
  writeFileSync(path.join(dir, name), text);
  return name;
}

const BILLION_LAUGHS = `version: 1
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
domains: { example.com: { mx: *h } }
`;

const MERGE_BOMB = `version: 1
a: &a { x1: 1, x2: 2, x3: 3 }
b: &b { <<: [*a, *a, *a], y: 1 }
c: &c { <<: [*b, *b, *b], z: 1 }
domains: { example.com: *c }
`;

describe('policy bombs end as exit 2 with a located error', () => {
  it.each([
    ['billion laughs', BILLION_LAUGHS],
    ['a merge-key bomb', MERGE_BOMB],
    ['a self-referencing anchor', 'version: 1\nx: &a [*a]\ndomains: { example.com: {} }\n'],
  ])('%s: aliases are refused, not expanded', (_name, text) => {
    const result = check(policyFile('bomb.yml', text));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bomb\.yml:\d+:\d+: YAML aliases .* are not accepted/);
    expect(result.stderr).not.toContain('internal error');
  });

  it('a FIFO is refused at once instead of blocking forever', () => {
    spawnSync('mkfifo', [path.join(dir, 'fifo.yml')]);
    const result = check('fifo.yml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a regular file');
  });

  it('a device that never ends is refused', () => {
    const result = check('/dev/urandom');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/dev/urandom is not a regular file');
  });

  it('a policy larger than the limit is refused before it is parsed', () => {
    const result = check(policyFile('huge.yml', `version: 1\n# ${'x'.repeat(16 * 1024 * 1024)}\ndomains: { example.com: {} }\n`));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('more than the limit of 16777216 bytes');
  });

  it('a number too large for any budget is a schema error at its line, not an internal error', () => {
    const result = check(
      policyFile('big.yml', 'version: 1\ndomains: { example.com: {} }\nscan:\n  ranges: [192.0.2.0/24]\n  max-addresses: 1e400\n'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/big\.yml:5:\d+: scan\.max-addresses/);
    expect(result.stderr).not.toContain('internal error');
  });

  it('40,000 names load (duplicate keys are found in one pass, not by comparing every pair)', () => {
    const names = Array.from({ length: 40_000 }, (_, index) => `  n${index}.example.com: {}`).join('\n');
    const result = check(policyFile('many.yml', `version: 1\ndomains:\n${names}\n  n7.example.com: {}\n`));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/many\.yml:40003:3: duplicate/);
  });
});

describe('runner commands hidden in policy values are never executed', () => {
  it('a value with "\\n::error" or "\\r::add-mask" is printed escaped on stderr', () => {
    const result = check(policyFile('inject.yml', 'version: 1\ndomains:\n  "bad\\n::error::owned\\r::add-mask::x": {}\n'));
    expect(result.code).toBe(2);
    expect(result.stderr.split(/[\r\n]/).some((line) => line.startsWith('::'))).toBe(false);
    expect(result.stderr).toContain('\\x0a::error::owned');
  });
});

describe('DNS text in the job summary stays text', () => {
  it('a label that looks like a Markdown link, and a www name, are not headings or links', () => {
    const hostile = '[click-here](https://evil.example)' as never;
    const names: NameObservation[] = [
      { name: hostile, zone: undefined, servers: [], error: `no zone found: CNAME loop ${hostile} → www.example.test` },
    ];
    const report: RunReport = {
      version: 1,
      tool: { name: 'mail-perimeter', version: '0' },
      policy: 'policy.yml',
      verdict: 'pass',
      failOn: 'error',
      startedAt: '2026-11-28T00:00:00.000Z',
      durationMs: 1,
      summary: { errors: 0, warnings: 0, notices: 0 },
      findings: [],
      observations: dns({ names }),
    };
    const summary = renderSummary(report, false);
    expect(summary).not.toMatch(/^#+ .*click-here/m);
    expect(summary).toContain('<h3>[click-here](https://evil.example)</h3>');
    expect(summary).toContain(
      '<p>Could not be checked: no zone found: CNAME loop [click-here](https://evil.example) → www.example.test</p>',
    );
  });
});

describe('hostile listeners and addresses', () => {
  it('a listener that floods its greeting is kept to the 4 KiB cap as it arrives', async () => {
    const { PassThrough } = await import('node:stream');
    const { converse } = await import('../src/scan/greeting.js');
    const stream = new PassThrough();
    const talking = converse(stream, 2000);
    stream.write(`220-${'x'.repeat(64 * 1024)}\r\n`);
    stream.end();
    const conversation = await talking;
    expect(conversation.greeting.length).toBeLessThanOrEqual(4096 + 16);
  });

  it('an IPv6 address with a zone index is refused where it stands', () => {
    const result = check(
      policyFile('zone-index.yml', 'version: 1\nmail-servers:\n  mx1.example.com: ["fe80::1%lo"]\ndomains: { example.com: {} }\n'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('zone-index.yml:3:21: "fe80::1%lo" is not an IP address');
  });
});
