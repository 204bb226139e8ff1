/**
 * The committed bundle, run the way the GitHub runner runs it: INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, workflow commands on standard output.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeObservations } from '../src/observations/file.js';
import { dns, mx, nameObservation, ns1, ns2, target, zoneObservation } from './support/literal.js';

const POLICY = `version: 1
mail-servers:
  mx1.example.com: [192.0.2.10]
domains:
  example.com:
    mx: ["10 mx1.example.com"]
`;

function observationsWith(apexMx: ReturnType<typeof mx>) {
  return dns({
    zones: [zoneObservation('example.com', [{ server: ns1 }, { server: ns2 }])],
    names: [
      nameObservation('example.com', 'example.com', [
        { server: ns1, mx: apexMx },
        { server: ns2, mx: apexMx },
      ]),
    ],
    mxTargets: [target('mx1.example.com', ['192.0.2.10']), target('evil.example.net', ['203.0.113.5'])],
  });
}

function runAction(observations: ReturnType<typeof dns>, extraInputs: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-action-'));
  writeFileSync(path.join(dir, 'policy.yml'), POLICY);
  writeFileSync(path.join(dir, 'observations.json'), serializeObservations(observations));
  writeFileSync(path.join(dir, 'output'), '');
  writeFileSync(path.join(dir, 'summary'), '');
  const result = spawnSync(process.execPath, [path.resolve('dist/index.js')], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: process.env['PATH'],
      GITHUB_OUTPUT: path.join(dir, 'output'),
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
      GITHUB_WORKSPACE: dir,
      GITHUB_EVENT_NAME: 'push',
      INPUT_POLICY: 'policy.yml',
      INPUT_OBSERVATIONS: 'observations.json',
      'INPUT_FAIL-ON': 'error',
      INPUT_REPORT: 'report.json',
      INPUT_SARIF: 'results.sarif',
      ...extraInputs,
    },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    outputs: readFileSync(path.join(dir, 'output'), 'utf8'),
    summary: readFileSync(path.join(dir, 'summary'), 'utf8'),
    report: JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as {
      summary: { errors: number };
      findings: { rule: string }[];
    },
    sarif: JSON.parse(readFileSync(path.join(dir, 'results.sarif'), 'utf8')) as {
      version: string;
      runs: { results: { ruleId: string }[] }[];
    },
  };
}

describe('the action bundle, run as the runner runs it', () => {
  it('fails with annotations at the policy lines when findings exist', () => {
    const result = runAction(observationsWith(mx([10, 'mx1.example.com'], [20, 'evil.example.net'])));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      '::error title=mx/unexpected%3A evil.example.net,file=policy.yml,line=6,col=9::example.com has MX evil.example.net',
    );
    expect(result.stdout).toContain('::error title=mx/target-address%3A evil.example.net,file=policy.yml,line=6,col=9::');
    expect(result.stdout).toMatch(/::error::FAIL: 2 errors, 0 warnings, 0 notices/);
    expect(result.outputs).toMatch(/^result<<.*\nfail\n/m);
    expect(result.outputs).toMatch(/^errors<<.*\n2\n/m);
    expect(result.outputs).toMatch(/^report<<.*\nreport.json\n/m);
    expect(result.summary).toContain('❌ mail-perimeter');
    expect(result.summary).toContain('<code>mx/unexpected</code>');
    expect(result.report.findings.map((finding) => finding.rule)).toEqual(['mx/target-address', 'mx/unexpected']);
    expect(result.sarif.version).toBe('2.1.0');
    expect(result.sarif.runs[0]!.results.map((entry) => entry.ruleId)).toEqual(['mx/target-address', 'mx/unexpected']);
  });

  it('passes and writes result=pass when nothing diverges', () => {
    const result = runAction(observationsWith(mx([10, 'mx1.example.com'])));
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('::error');
    expect(result.outputs).toMatch(/^result<<.*\npass\n/m);
    expect(result.summary).toContain('✅ mail-perimeter');
    expect(result.report.summary.errors).toBe(0);
  });

  it('fail-on: never reports but does not fail', () => {
    const result = runAction(observationsWith(mx([10, 'mx1.example.com'], [20, 'evil.example.net'])), { 'INPUT_FAIL-ON': 'never' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('::error title=mx/unexpected');
    expect(result.outputs).toMatch(/^result<<.*\npass\n/m);
  });
});

describe('dist/', () => {
  it('is exactly what a fresh bundle of src/ produces', () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-dist-'));
    execFileSync(process.execPath, ['scripts/bundle.mjs', fresh]);
    for (const file of ['index.js', 'cli.js']) {
      const committed = readFileSync(path.join('dist', file), 'utf8');
      expect(committed === readFileSync(path.join(fresh, file), 'utf8'), `dist/${file} is stale: run npm run bundle`).toBe(true);
    }
  });
});
