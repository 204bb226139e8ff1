/** The CLI bundle as a user runs it: exit codes, evaluate on a saved file, every output format. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeObservations } from '../src/observations/file.js';
import { dns, failed, mx, nameObservation, ns1, ns2, soaSerial, target, zoneObservation } from './support/literal.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-cli-'));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [path.resolve('dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const POLICY = `version: 1
mail-servers:
  mx1.example.com: [192.0.2.10]
domains:
  example.com:
    nameservers: [ns1.example.net, ns2.example.net]
    mx: ["10 mx1.example.com"]
`;

writeFileSync(path.join(dir, 'policy.yml'), POLICY);
// An observations file cut off mid-way, as a failed upload or a full disk leaves it.
writeFileSync(path.join(dir, 'cut.json'), '{\n  "version": 1,\n  "dns": {');
writeFileSync(path.join(dir, 'garbled.json'), '{\n  "version": 1,\n  "dns": {"ipv6": "unused" "zones"');
writeFileSync(path.join(dir, 'off.yml'), `${POLICY}rules:\n  ns/lame: off\n  soa/serial-inconsistent: notice\n`);
writeFileSync(
  path.join(dir, 'observations.json'),
  serializeObservations(
    dns({
      zones: [
        zoneObservation('example.com', [
          { server: ns1, soa: soaSerial(2) },
          { server: ns2, soa: failed('refused'), ns: failed('refused') },
        ]),
      ],
      names: [
        nameObservation('example.com', 'example.com', [
          { server: ns1, mx: mx([10, 'mx1.example.com']) },
          { server: ns2, mx: failed('refused') },
        ]),
      ],
      mxTargets: [target('mx1.example.com', ['192.0.2.10'])],
    }),
  ),
);

describe('mail-perimeter evaluate', () => {
  it('judges a saved observation file: finding, severity, policy line, exit 1', () => {
    const result = cli('evaluate', '--policy', 'policy.yml', '--observations', 'observations.json', '--format', 'json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.findings).toMatchObject([
      {
        rule: 'ns/lame',
        severity: 'error',
        name: 'example.com',
        subject: 'ns2.example.net',
        servers: ['ns2.example.net/192.0.2.2'],
        location: { file: 'policy.yml', line: 5, column: 3 },
      },
    ]);
    expect(Object.keys(report)).toEqual([
      'version',
      'tool',
      'policy',
      'verdict',
      'failOn',
      'startedAt',
      'durationMs',
      'summary',
      'findings',
      'observations',
    ]);
  });

  it('a rule turned off produces nothing, and the run passes', () => {
    const result = cli('evaluate', '--policy', 'off.yml', '--observations', 'observations.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('PASS: 0 errors');
  });

  it('writes SARIF to --output', () => {
    expect(
      cli('evaluate', '--policy', 'policy.yml', '--observations', 'observations.json', '--format', 'sarif', '--output', 'out.sarif').code,
    ).toBe(1);
    expect(JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')).runs[0].results[0].ruleId).toBe('ns/lame');
  });

  it('writes the JSON report to --output as it prints it', () => {
    const printed = cli('evaluate', '--policy', 'policy.yml', '--observations', 'observations.json', '--format', 'json');
    const written = cli(
      'evaluate',
      '--policy',
      'policy.yml',
      '--observations',
      'observations.json',
      '--format',
      'json',
      '--output',
      'out.json',
    );
    expect(written.code).toBe(1);
    const fileText = readFileSync(path.join(dir, 'out.json'), 'utf8');
    const withoutTiming = (text: string) => text.replace(/"(startedAt|durationMs)": [^,\n]+/g, '"$1": -');
    expect(withoutTiming(fileText)).toBe(withoutTiming(printed.stdout));
    expect(JSON.parse(fileText).findings[0].rule).toBe('ns/lame');
  });

  it('--fail-on never passes with findings', () => {
    expect(cli('evaluate', '--policy', 'policy.yml', '--observations', 'observations.json', '--fail-on', 'never').code).toBe(0);
  });
});

describe('the run itself cannot be done: exit 2', () => {
  it('an invalid policy: every error with file, line and column', () => {
    writeFileSync(path.join(dir, 'bad.yml'), 'version: 1\ndomains:\n  example.com:\n    mx: 5\n    colour: red\n');
    const result = cli('evaluate', '--policy', 'bad.yml', '--observations', 'observations.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.yml:4:9: domains.example.com.mx: must be "none" or must be array');
    expect(result.stderr).toContain('bad.yml:5:5: domains.example.com: unknown key "colour"');
  });

  it.each([
    [['check'], 'check needs --policy FILE'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['check', '--policy', 'policy.yml', '--dns-port', '70000'], '--dns-port must be a whole number from 1 to 65535'],
    [['check', '--policy', 'missing.yml'], 'cannot read the policy missing.yml: no such file'],
    [['evaluate', '--policy', 'policy.yml', '--observations', 'policy.yml'], 'policy.yml: not JSON'],
    [
      ['evaluate', '--policy', 'policy.yml', '--observations', 'garbled.json'],
      "garbled.json:3:28: not JSON (Expected ',' or '}' after property value",
    ],
    [['evaluate', '--policy', 'policy.yml', '--observations', 'cut.json'], "cut.json:3:11: not JSON (Expected property name or '}')"],
    [['check', '--policy', 'policy.yml', '--bogus'], "mail-perimeter: unknown option '--bogus'; see mail-perimeter --help"],
  ])('%j', (args, message) => {
    const result = cli(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    // One short line, not the whole usage text.
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a malformed MX string is said once, in the words of its form, not as "must be none"', () => {
    writeFileSync(path.join(dir, 'bad-mx.yml'), 'version: 1\ndomains:\n  example.com:\n    mx: ["ten mx1.example.com"]\n');
    const result = cli('evaluate', '--policy', 'bad-mx.yml', '--observations', 'observations.json');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(['bad-mx.yml:4:10: MX "ten mx1.example.com" is not of the form "PREFERENCE HOST"']);
  });

  it("the README's CLI section is the --help text", () => {
    const help = cli('--help');
    expect(help.code).toBe(0);
    expect(readFileSync('README.md', 'utf8')).toContain(`\`\`\`text\n${help.stdout}\`\`\``);
  });

  it('--version prints the name and version, exit 0', () => {
    const result = cli('--version');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^mail-perimeter \d+\.\d+\.\d+\n$/);
  });
});

describe('fail closed: a run that could ask nothing never passes', () => {
  it.each([
    ['a refused port', '127.0.0.1'],
    ['a black hole (nothing ever answers)', '127.53.254.254'],
  ])('root hints at %s: every name is dns/unchecked, exit 1', (_situation, root) => {
    // Port 9 (discard) on loopback: nothing listens there, so queries are refused or unanswered.
    const result = cli('check', '--policy', 'policy.yml', '--root-hints', root, '--dns-port', '9', '--timeout-ms', '100', '--retries', '0');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('dns/unchecked');
    expect(result.stdout).toMatch(/FAIL: 1 error, 0 warnings, 0 notices; 0 of 1 name checked/);
  });
});

describe('a malformed observations file is exit 2 with the path of the bad field', () => {
  it.each([
    [
      'a reply of an unknown status',
      {
        dns: {
          names: [
            {
              name: 'example.com',
              servers: [{ server: { name: 'a', address: '192.0.2.1' }, mx: { status: 'maybe' }, addresses: { status: 'nxdomain' } }],
            },
          ],
        },
      },
      '/dns',
    ],
    [
      'an MX preference out of range',
      { scan: { ranges: [], ports: [25], smtpPort: 99999, probes: [], counts: {}, durationMs: 0 } },
      '/scan',
    ],
    ['zones that are not a list', { dns: { ipv6: 'unused', zones: 7, names: [], mxTargets: [], stats: {} } }, '/dns/zones'],
  ])('%s', (_case, part, pointer) => {
    writeFileSync(path.join(dir, 'bad-observations.json'), JSON.stringify({ version: 1, startedAt: 'x', durationMs: 1, ...part }));
    const result = cli('evaluate', '--policy', 'policy.yml', '--observations', 'bad-observations.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad-observations.json: not a valid observations file');
    expect(result.stderr).toContain(pointer);
    expect(result.stderr).not.toContain('internal error');
  });
});

describe('a long walk says it is alive', () => {
  it('prints DNS progress on stderr every few seconds', async () => {
    // A root that reads every query and never answers: the walk waits out (retries + 1) timeouts.
    const { default: dgram } = await import('node:dgram');
    const silent = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', () => resolve()));
    const port = silent.address().port;
    try {
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            path.resolve('dist/cli.js'),
            'check',
            '--policy',
            'policy.yml',
            '--root-hints',
            '127.0.0.1',
            '--dns-port',
            String(port),
            '--timeout-ms',
            '3000',
            '--retries',
            '1',
          ],
          { cwd: dir },
        );
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('exit', (code) => resolve({ code, stderr }));
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/dns: 0\/1 names checked, \d+ queries, \d+ timeouts/);
    } finally {
      silent.close();
    }
  }, 30_000);
});

describe('init refuses what it cannot do, with exit 2 and a sentence', () => {
  it.each([
    ['no names', ['init'], 'init needs --domains NAME[,NAME...]'],
    ['a name that is none', ['init', '--domains', 'example.com,not a name'], '--domains: "not a name" is not a domain name'],
    ['a phase it does not run', ['init', '--domains', 'example.com', '--only', 'probe'], 'init observes zone-data and dns only'],
    [
      '--only zone-data without zone data',
      ['init', '--domains', 'example.com', '--only', 'zone-data'],
      '--only zone-data needs --zone-data',
    ],
    ['a zone-data format it does not read', ['init', '--domains', 'example.com', '--zone-data', 'tinydns:data'], '--zone-data format'],
    ['a policy to read', ['init', '--domains', 'example.com', '--policy', 'policy.yml'], 'use --output FILE, not --policy'],
    ['--force elsewhere', ['check', '--policy', 'policy.yml', '--force'], '--domains, --zone-data and --force are for init'],
    [
      'an existing --output',
      ['init', '--domains', 'example.com', '--output', 'policy.yml'],
      'policy.yml exists; init never overwrites a file without --force',
    ],
  ])('%s', (_case, args, message) => {
    const result = cli(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('internal error');
  });
});

describe('a scan that cannot end before the deadline', () => {
  it('is exit 2 before the first probe, with the numbers', () => {
    writeFileSync(
      path.join(dir, 'endless-scan.yml'),
      'version: 1\ndomains:\n  example.com: {}\nscan:\n  ranges: [127.0.0.0/8]\n  ports: all\n  max-addresses: 16777216\n',
    );
    const result = cli('check', '--policy', 'endless-scan.yml', '--only', 'scan', '--deadline-minutes', '60');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'the scan plans 1099494850560 probes (addresses × ports), 3664983 minutes at 5000 probes a second, more than the deadline of 60 minutes',
    );
    expect(result.stdout).toBe('');
  });
});
