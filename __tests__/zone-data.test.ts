/**
 * The repository's zone data judged like a server's answers: a fixture repository in all three
 * formats yields exactly the planted findings, each on its zone-data line and with the policy
 * line it breaks; `--only zone-data` opens no socket; the repository's view agrees with the live
 * view of real NSD serving those very files; and a server that serves something else is
 * zone/drift, named per server.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LabDnsServer } from '../src/lab/dns-server.js';
import { rootAndTestTld } from '../src/lab/world.js';
import type { RunReport } from '../src/report/run-report.js';
import type { RunningServer } from './support/real-servers.js';
import { startNsdOnFiles } from './support/real-servers.js';
import { runCli } from './support/run-cli.js';
import { policySchemaErrors } from './support/policy-schema.js';

const FIXTURE = '__tests__/fixtures/zone-data';
const DNS_PORT = 22053;

function checkSync(policy: string, ...args: string[]): { code: number | null; report: RunReport; stderr: string } {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      path.resolve('__tests__/support/no-sockets.mjs'),
      path.resolve('dist/cli.js'),
      'check',
      '--policy',
      policy,
      '--format',
      'json',
      ...args,
    ],
    { encoding: 'utf8' },
  );
  return { code: result.status, report: JSON.parse(result.stdout || '{}') as RunReport, stderr: result.stderr };
}

function rows(report: RunReport): string[] {
  return report.findings.map((finding) => {
    const where = finding.location ? `${path.relative(FIXTURE, finding.location.file)}:${finding.location.line}` : '';
    const policy = finding.policyLocation ? ` policy:${finding.policyLocation.line}` : '';
    return `${finding.rule} ${finding.name} ${finding.subject} @ ${where}${policy}`;
  });
}

describe('--only zone-data on a fixture repository in three formats', () => {
  const { code, report, stderr } = checkSync(`${FIXTURE}/policy.yml`, '--only', 'zone-data');

  it('opens no socket and exits 1 for the planted findings', () => {
    expect(stderr).not.toContain('a socket was opened');
    expect(code).toBe(1);
    expect(report.observations?.dns).toBeUndefined();
  });

  it('finds exactly what was planted, each at its zone-data file and line, with the policy line it breaks', () => {
    expect(rows(report).sort()).toEqual(
      [
        'mx/implicit www.example.test www.example.test @ zones/example.test.zone:19 policy:13',
        'mx/null-expected www.example.test www.example.test @ zones/example.test.zone:19 policy:13',
        'mx/preference-mismatch news.brand.test mx2.example.test @ build/ir.json:13 policy:22',
        'mx/undeclared-name lists.sub.example.test lists.sub.example.test @ zones/example.test.zone:26',
        'mx/undeclared-name relay.sub.example.test relay.sub.example.test @ zones/extra.include:2',
        'mx/unexpected shop.test relay.example.net @ octodns/shop.test.yaml:11 policy:18',
        'ns/undeclared-server legacy.test ns2.example.test @ zones/db.legacy.test:4 policy:15',
        'ns/zone-mismatch legacy.test ns2.example.test @ zones/db.legacy.test:4 policy:15',
      ].sort(),
    );
  });

  it('names the file as the evidence, and counts the names it checked', () => {
    const unexpected = report.findings.find((finding) => finding.rule === 'mx/unexpected')!;
    expect(unexpected.servers).toEqual([`${FIXTURE}/octodns/shop.test.yaml`]);
    expect(report.summary.names).toEqual({ total: 7, checked: 7 });
  });
});

describe('a zone-data file that cannot be read', () => {
  it('is exit 2 with file:line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-zone-data-'));
    writeFileSync(path.join(dir, '.git'), '');
    writeFileSync(
      path.join(dir, 'policy.yml'),
      'version: 1\ndomains: { bad.test: {} }\nzone-data: [{ format: rfc1035, path: bad.test.zone }]\n',
    );
    writeFileSync(path.join(dir, 'bad.test.zone'), '$TTL 300\n@ SOA a b 1 2 3 4 5\nwww A 300.1.1.1\n');
    const result = spawnSync(
      process.execPath,
      [path.resolve('dist/cli.js'), 'check', '--policy', path.join(dir, 'policy.yml'), '--only', 'zone-data'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('bad.test.zone:3: "300.1.1.1" is not an IPv4 address');
  });

  it('a path that leaves the repository is refused', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-zone-data-'));
    writeFileSync(path.join(dir, '.git'), '');
    writeFileSync(path.join(dir, 'policy.yml'), 'version: 1\ndomains: { bad.test: {} }\nzone-data: [{ format: rfc1035, path: ../etc }]\n');
    const result = spawnSync(
      process.execPath,
      [path.resolve('dist/cli.js'), 'check', '--policy', path.join(dir, 'policy.yml'), '--only', 'zone-data'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('leaves the repository');
  });
});

describe('the repository and NSD serving those very files', () => {
  const running: RunningServer[] = [];
  const lab: LabDnsServer[] = [];
  let baseDir: string;
  /** Both zones of a directory laid out as the fixture's zones/ (includes beside them). */
  const zoneFiles = (directory: string) => [
    { origin: 'example.test', file: path.resolve(directory, 'example.test.zone'), allowTransfer: true },
    { origin: 'legacy.test', file: path.resolve(directory, 'db.legacy.test'), allowTransfer: true },
  ];

  async function liveCheck(only: string): Promise<RunReport> {
    const result = await runCli([
      'check',
      '--policy',
      `${FIXTURE}/policy-rfc1035.yml`,
      '--only',
      only,
      '--root-hints',
      '127.55.0.1',
      '--dns-port',
      String(DNS_PORT),
      '--timeout-ms',
      '500',
      '--retries',
      '1',
      '--ip-version',
      '4',
      '--format',
      'json',
    ]);
    if (result.code !== 1) throw new Error(`check exited ${result.code}: ${result.stderr}`);
    return JSON.parse(result.stdout) as RunReport;
  }

  beforeAll(async () => {
    baseDir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-zone-data-live-'));
    lab.push(
      ...rootAndTestTld('127.55.0.1', '127.55.0.2', [
        ['example', 'NS', 'ns1.example.test.'],
        ['example', 'NS', 'ns2.example.test.'],
        ['ns1.example', 'A', '127.55.1.1'],
        ['ns2.example', 'A', '127.55.1.2'],
        ['legacy', 'NS', 'ns1.example.test.'],
      ]).map((spec) => new LabDnsServer(spec, DNS_PORT)),
    );
    await Promise.all(lab.map((server) => server.start()));
    running.push(
      ...(await Promise.all(
        [
          { name: 'ns1.example.test', address: '127.55.1.1' },
          { name: 'ns2.example.test', address: '127.55.1.2' },
        ].map((server) => startNsdOnFiles(server, DNS_PORT, baseDir, zoneFiles(`${FIXTURE}/zones`))),
      )),
    );
  }, 60_000);

  afterAll(async () => {
    await Promise.all([...running.map((server) => server.stop()), ...lab.map((server) => server.stop())]);
  });

  it('agree: the same findings from the files and from the live servers', async () => {
    const fromFiles = checkSync(`${FIXTURE}/policy-rfc1035.yml`, '--only', 'zone-data').report;
    const live = await liveCheck('dns');
    const key = (finding: RunReport['findings'][number]) => `${finding.rule} ${finding.name} ${finding.subject}`;
    // Transfers are how the live check finds undeclared names, and an open transfer is itself a warning.
    const liveFindings = live.findings
      .filter((finding) => finding.rule !== 'zone/transfer-open')
      .map(key)
      .sort();
    expect(liveFindings).toEqual(fromFiles.findings.map(key).sort());
    expect(liveFindings.length).toBeGreaterThan(3);
  });

  it('zone/drift: a server that serves another MX set is named, the ones that match are not', async () => {
    const drifted = path.join(baseDir, 'drifted', 'example.test.zone');
    const original = readFileSync(`${FIXTURE}/zones/example.test.zone`, 'utf8');
    spawnSync('mkdir', ['-p', path.dirname(drifted)]);
    expect(original).toContain('        MX  20 mx2.example.test.');
    writeFileSync(drifted, original.replace('        MX  20 mx2.example.test.', '        MX  90 backup.example.test.'));
    for (const file of ['extra.include', 'db.legacy.test']) {
      writeFileSync(path.join(path.dirname(drifted), file), readFileSync(`${FIXTURE}/zones/${file}`, 'utf8'));
    }
    const ns2 = running.pop()!;
    await ns2.stop();
    running.push(
      await startNsdOnFiles(
        { name: 'ns2.example.test', address: '127.55.1.2' },
        DNS_PORT,
        path.join(baseDir, 'second'),
        zoneFiles(path.dirname(drifted)),
      ),
    );
    const report = await liveCheck('zone-data,dns');
    const drift = report.findings.filter((finding) => finding.rule === 'zone/drift');
    expect(drift.map((finding) => `${finding.name} ${finding.subject}`)).toEqual(['example.test ns2.example.test/127.55.1.2']);
    expect(drift[0]!.message).toContain('serves MX 90 backup.example.test, which the repository does not define');
    expect(drift[0]!.message).toContain('does not serve MX 20 mx2.example.test, which the repository defines');
    expect(drift[0]!.location?.file).toBe(`${FIXTURE}/zones/example.test.zone`);
    expect(drift[0]!.location?.line).toBe(14);
  });
});

describe('init --only zone-data: a draft from the repository’s zone files alone', () => {
  const output = `${FIXTURE}/drafted-by-init.yml`;
  afterAll(() => rmSync(output, { force: true }));

  it('opens no socket, and the draft checked against the same zone data finds only what its comments name', () => {
    rmSync(output, { force: true });
    const init = spawnSync(
      process.execPath,
      [
        '--import',
        path.resolve('__tests__/support/no-sockets.mjs'),
        path.resolve('dist/cli.js'),
        'init',
        '--domains',
        'example.test,www.example.test',
        '--only',
        'zone-data',
        '--zone-data',
        `rfc1035:${FIXTURE}/zones`,
        '--output',
        output,
      ],
      { encoding: 'utf8' },
    );
    expect(init.stderr).not.toContain('a socket was opened');
    expect(init.status, init.stderr).toBe(0);
    const draft = readFileSync(output, 'utf8');
    expect(policySchemaErrors(draft)).toEqual([]);
    expect(draft).toContain('zone-data:\n  - { format: rfc1035, path: "zones" }');
    // Found in the files, with where: names with MX nobody asked for.
    expect(draft).toMatch(
      /# Found in the zone data \(__tests__\/fixtures\/zone-data\/zones\/db\.legacy\.test:\d+\); not asked for\.\n  legacy\.test:/,
    );
    // An address and no MX: it receives mail today; mx: none says it must not, with the reason beside it.
    expect(draft).toMatch(/# It publishes no MX but has an address \(127\.55\.9\.80\).*\n  www\.example\.test:\n    mx: none/);
    const { code, report, stderr } = checkSync(output, '--only', 'zone-data');
    expect(stderr).not.toContain('a socket was opened');
    // What it finds is what the comment names: an address and no MX is mail delivered today, and no null MX.
    expect(report.findings.map((finding) => `${finding.rule} ${finding.name}`).sort()).toEqual([
      'mx/implicit www.example.test',
      'mx/null-expected www.example.test',
    ]);
    expect(code).toBe(1);
  });
});
