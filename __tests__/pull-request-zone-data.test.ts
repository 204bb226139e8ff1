/**
 * A pull request is judged by the zone data it proposes, compared with the base branch's: each
 * zone-data finding is introduced, fixed or unchanged; fixed ones never fail the run, and
 * fail-on-unchanged: false gates only on what the change introduces. Run as the CLI
 * (--base-ref) and as the action on a pull_request event, in a git repository of our own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../src/report/run-report.js';

const POLICY = `version: 1
domains:
  example.test:
    mx: ["10 mx1.example.test"]
  www.example.test:
    mx: none
zone-data:
  - { format: rfc1035, path: example.test.zone }
`;

const zoneFile = (mx: string[]) => `$TTL 300
@ SOA ns1 hostmaster 1 3600 600 86400 300
@ NS ns1
ns1 A 127.57.0.1
${mx.map((line) => `@ MX ${line}`).join('\n')}
www A 127.57.0.80
mx1 A 127.57.0.25
`;

let repository: string;
let baseSha: string;

beforeAll(() => {
  repository = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-pr-zone-data-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], { cwd: repository, encoding: 'utf8' }).trim();
  git('init', '-q');
  writeFileSync(path.join(repository, 'policy.yml'), POLICY);
  // The base: a stray backup MX (a problem the pull request fixes), and www without a null MX (one it keeps).
  writeFileSync(path.join(repository, 'example.test.zone'), zoneFile(['10 mx1.example.test.', '90 backup.example.net.']));
  git('add', '.');
  git('commit', '-qm', 'base');
  baseSha = git('rev-parse', 'HEAD');
  // The pull request removes the backup MX and adds a relay nobody declared.
  writeFileSync(path.join(repository, 'example.test.zone'), zoneFile(['10 mx1.example.test.', '50 relay.example.net.']));
  git('commit', '-qam', 'head');
  writeFileSync(path.join(repository, 'event.json'), JSON.stringify({ pull_request: { base: { sha: baseSha } } }));
});

function cli(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [path.resolve('dist/cli.js'), 'check', '--policy', 'policy.yml', '--only', 'zone-data', '--format', 'json', ...args],
    {
      cwd: repository,
      encoding: 'utf8',
    },
  );
  return { code: result.status, report: JSON.parse(result.stdout) as RunReport, stderr: result.stderr };
}

const changes = (report: RunReport) => report.findings.map((finding) => `${finding.change} ${finding.rule} ${finding.subject}`).sort();

describe('zone data a change proposes, against the base', () => {
  it('marks each finding introduced, fixed or unchanged', () => {
    const { code, report } = cli('--base-ref', baseSha);
    expect(changes(report)).toEqual([
      'fixed mx/unexpected backup.example.net',
      'introduced mx/unexpected relay.example.net',
      'unchanged mx/implicit www.example.test',
      'unchanged mx/null-expected www.example.test',
    ]);
    expect(code).toBe(1);
    expect(report.summary.errors).toBe(3);
  });

  it('fail-on-unchanged false still fails on what the change introduces', () => {
    expect(cli('--base-ref', baseSha, '--fail-on-unchanged', 'false').code).toBe(1);
  });

  it('fail-on-unchanged false passes a change that only fixes', () => {
    const fixing = cli('--base-ref', 'HEAD', '--fail-on-unchanged', 'false');
    expect(changes(fixing.report).every((row) => row.startsWith('unchanged'))).toBe(true);
    expect(fixing.code).toBe(0);
  });

  it('the action marks the same on a pull_request event, and annotates only what is not fixed', () => {
    writeFileSync(path.join(repository, 'output'), '');
    const result = spawnSync(process.execPath, [path.resolve('dist/index.js')], {
      cwd: repository,
      encoding: 'utf8',
      env: {
        PATH: process.env['PATH'],
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path.join(repository, 'event.json'),
        GITHUB_WORKSPACE: repository,
        GITHUB_OUTPUT: path.join(repository, 'output'),
        INPUT_POLICY: 'policy.yml',
        INPUT_ONLY: 'zone-data',
        INPUT_REPORT: 'report.json',
      },
    });
    const report = JSON.parse(readFileSync(path.join(repository, 'report.json'), 'utf8')) as RunReport;
    expect(changes(report)).toEqual([
      'fixed mx/unexpected backup.example.net',
      'introduced mx/unexpected relay.example.net',
      'unchanged mx/implicit www.example.test',
      'unchanged mx/null-expected www.example.test',
    ]);
    expect(result.stdout).toMatch(/::error title=mx\/unexpected%3A relay\.example\.net,file=example\.test\.zone,line=6,/);
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::error') || line.startsWith('::warning'));
    expect(annotations.some((line) => line.includes('backup.example.net'))).toBe(false);
  });
});

describe('a Terraform plan kept in git, against the base branch’s plan', () => {
  const plan = (records: string[]) =>
    JSON.stringify({
      format_version: '1.2',
      resource_changes: [
        {
          address: 'aws_route53_zone.main',
          mode: 'managed',
          type: 'aws_route53_zone',
          name: 'main',
          change: {
            actions: ['no-op'],
            before: { name: 'example.test', zone_id: 'Z1' },
            after: { name: 'example.test', zone_id: 'Z1' },
            after_unknown: {},
          },
        },
        {
          address: 'aws_route53_record.mx',
          mode: 'managed',
          type: 'aws_route53_record',
          name: 'mx',
          change: {
            actions: ['update'],
            before: { zone_id: 'Z1', name: 'example.test', type: 'MX', ttl: 300, records: ['10 mx1.example.test'] },
            after: { zone_id: 'Z1', name: 'example.test', type: 'MX', ttl: 300, records },
            after_unknown: {},
          },
        },
      ],
      configuration: { root_module: {} },
    });
  let planRepository: string;
  let planBase: string;

  beforeAll(() => {
    planRepository = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-pr-plan-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], {
        cwd: planRepository,
        encoding: 'utf8',
      }).trim();
    git('init', '-q');
    writeFileSync(
      path.join(planRepository, 'policy.yml'),
      'version: 1\ndomains:\n  example.test:\n    mx: ["10 mx1.example.test"]\nzone-data:\n  - { format: terraform-plan, path: plan.json }\n',
    );
    writeFileSync(
      path.join(planRepository, 'main.tf'),
      'resource "aws_route53_zone" "main" {\n  name = "example.test"\n}\n\nresource "aws_route53_record" "mx" {\n  zone_id = aws_route53_zone.main.zone_id\n}\n',
    );
    writeFileSync(path.join(planRepository, 'plan.json'), plan(['10 mx1.example.test', '90 backup.example.net']));
    git('add', '.');
    git('commit', '-qm', 'base');
    planBase = git('rev-parse', 'HEAD');
    writeFileSync(path.join(planRepository, 'plan.json'), plan(['10 mx1.example.test', '50 relay.example.net']));
    git('commit', '-qam', 'head');
  });

  it('marks each finding introduced or fixed, on the resource block', () => {
    const result = spawnSync(
      process.execPath,
      [path.resolve('dist/cli.js'), 'check', '--policy', 'policy.yml', '--only', 'zone-data', '--format', 'json', '--base-ref', planBase],
      { cwd: planRepository, encoding: 'utf8' },
    );
    const report = JSON.parse(result.stdout) as RunReport;
    expect(changes(report)).toEqual(['fixed mx/unexpected backup.example.net', 'introduced mx/unexpected relay.example.net']);
    const introduced = report.findings.find((finding) => finding.change === 'introduced')!;
    expect(`${introduced.location?.file}:${introduced.location?.line}`).toBe('main.tf:5');
    expect(result.status).toBe(1);
  });
});
