/**
 * One run split over shards and merged back is the same run: the planted world checked whole and
 * as 3 shards + merge gives identical findings (rule, name, subject, servers) and verdict; a
 * missing, duplicated or foreign shard is exit 2 with its name.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANTED_DNS_SERVERS, plantedListeners, plantedPolicy, ROOT_SERVER_ADDRESS } from '../src/lab/planted-world.js';
import { LabWorld } from '../src/lab/world.js';
import type { RunReport } from '../src/report/run-report.js';
import { runCli } from './support/run-cli.js';
import { policy as literalPolicy } from './support/literal.js';
import { policyForShard } from '../src/shard.js';

const DNS_PORT = 24053;
const SMTP_PORT = 24025;
const dir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-shards-'));
const policy = path.join(dir, 'policy.yml');
const world = new LabWorld({ dnsServers: PLANTED_DNS_SERVERS, listeners: plantedListeners(SMTP_PORT) }, DNS_PORT);
const lab = [
  '--root-hints',
  ROOT_SERVER_ADDRESS,
  '--dns-port',
  String(DNS_PORT),
  '--smtp-port',
  String(SMTP_PORT),
  '--timeout-ms',
  '400',
  '--retries',
  '1',
  '--greeting-timeout-ms',
  '2500',
  '--ip-version',
  '4',
];

let whole: RunReport;
let merged: { code: number | null; report: RunReport };
let shardCodes: (number | null)[];

function merge(...files: string[]) {
  const result = spawnSync(
    process.execPath,
    [path.resolve('dist/cli.js'), 'merge', '--policy', policy, '--format', 'json', ...files.map((file) => path.join(dir, file))],
    {
      encoding: 'utf8',
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const rows = (report: RunReport) =>
  report.findings.map((finding) => `${finding.rule} | ${finding.name} | ${finding.subject} | ${finding.servers.join(',')}`).sort();

beforeAll(async () => {
  writeFileSync(policy, plantedPolicy(SMTP_PORT));
  await world.start();
  const full = await runCli(['check', '--policy', policy, '--format', 'json', ...lab]);
  whole = JSON.parse(full.stdout) as RunReport;
  shardCodes = [];
  for (const index of [1, 2, 3]) {
    const part = await runCli([
      'check',
      '--policy',
      policy,
      '--shard',
      `${index}/3`,
      '--save-observations',
      path.join(dir, `shard-${index}.json`),
      ...lab,
    ]);
    shardCodes.push(part.code);
  }
  const result = merge('shard-1.json', 'shard-2.json', 'shard-3.json');
  merged = { code: result.code, report: JSON.parse(result.stdout) as RunReport };
}, 120_000);

afterAll(() => world.stop());

describe('3 shards + merge', () => {
  it('each shard writes its observations and judges nothing (exit 0)', () => {
    expect(shardCodes).toEqual([0, 0, 0]);
  });

  it('give exactly the findings and the verdict of the whole run', () => {
    expect(rows(whole).length).toBeGreaterThan(15);
    expect(rows(merged.report)).toEqual(rows(whole));
    expect(merged.report.verdict).toBe(whole.verdict);
    expect(merged.code).toBe(1);
    expect(merged.report.summary).toEqual(whole.summary);
  });

  it('a missing shard is exit 2, named', () => {
    const result = merge('shard-1.json', 'shard-3.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('shard 2/3 is missing');
  });

  it('a duplicated shard is exit 2, named', () => {
    const result = merge('shard-1.json', 'shard-2.json', 'shard-2.json', 'shard-3.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('shard 2/3 is given twice');
  });

  it('a shard of another policy version is exit 2, named', () => {
    writeFileSync(policy, `${plantedPolicy(SMTP_PORT)}# edited since the shards ran\n`);
    try {
      const result = merge('shard-1.json', 'shard-2.json', 'shard-3.json');
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/shard-1\.json is a shard of another version of the policy/);
    } finally {
      writeFileSync(policy, plantedPolicy(SMTP_PORT));
    }
  });
});

describe('the partition of the policy names', () => {
  const names = literalPolicy(`version: 1
domains:
  example.test: { nameservers: [ns1.example.test] }
  www.example.test: {}
  deep.www.example.test: {}
  sub.example.test: { nameservers: [ns1.sub.example.test] }
  mail.sub.example.test: {}
  other.test: {}
  www.other.test: {}
`);
  const shardOf = (count: number) =>
    new Map(
      Array.from({ length: count }, (_, index) =>
        policyForShard(names, { index: index + 1, count }).domains.map((domain) => [String(domain.name), index + 1] as const),
      ).flat(),
    );

  it.each([2, 3, 5, 8])('over %i shards: every name in exactly one, each with the deepest declared zone enclosing it', (count) => {
    const shards = Array.from({ length: count }, (_, index) => policyForShard(names, { index: index + 1, count }).domains);
    expect(
      shards
        .flat()
        .map((domain) => domain.name)
        .sort(),
    ).toEqual(names.domains.map((domain) => domain.name).sort());
    const of = shardOf(count);
    expect(of.get('www.example.test')).toBe(of.get('example.test'));
    expect(of.get('deep.www.example.test')).toBe(of.get('example.test'));
    expect(of.get('mail.sub.example.test')).toBe(of.get('sub.example.test'));
    // Undeclared zones group by their last two labels.
    expect(of.get('www.other.test')).toBe(of.get('other.test'));
  });

  it('names that differ in one letter spread over the shards, whatever their count', () => {
    const shops = literalPolicy(
      `version: 1\ndomains:\n${['a', 'e', 'i', 'm', 'q', 'u', 'y'].map((letter) => `  shop-${letter}.test: {}\n`).join('')}`,
    );
    for (const count of [2, 4, 8]) {
      const used = Array.from({ length: count }, (_, index) => policyForShard(shops, { index: index + 1, count }).domains.length);
      expect(used.filter((names) => names > 0).length).toBeGreaterThan(1);
    }
  });
});
