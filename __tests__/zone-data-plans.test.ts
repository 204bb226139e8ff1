/**
 * Terraform plans (`terraform show -json`) and Pulumi previews (`pulumi preview --json`) as zone
 * data. The fixtures follow the documented JSON output and each provider's resource schema
 * (Route 53 with a module, a count resource, a delete, a data-source zone and a record known only
 * after apply; Cloudflare v4 and v5; a Google NS set; Azure MX blocks; a Pulumi preview with a new
 * zone and a delete) and plant one finding each. Every finding must land on its resource block in
 * the .tf files, and the plans' secrets must reach no output.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../src/report/run-report.js';
import { ZoneDataError } from '../src/zone-data/error.js';
import { readPlan } from '../src/zone-data/plans.js';
import { checkoutFiles } from '../src/zone-data/read.js';

const FIXTURE = '__tests__/fixtures/plans';
const SECRETS = ['hunter2-SECRET-VARIABLE', 'SECRET-IN-RESOURCE-7f3a'];

function check(policy: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      path.resolve('__tests__/support/no-sockets.mjs'),
      path.resolve('dist/cli.js'),
      'check',
      '--policy',
      policy,
      '--only',
      'zone-data',
      ...args,
    ],
    { encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('plans of four providers and a Pulumi preview, judged before apply', () => {
  const run = check(`${FIXTURE}/policy.yml`, '--format', 'json');
  const report = JSON.parse(run.stdout) as RunReport;

  it('opens no socket and finds exactly what was planted, each on its resource block', () => {
    expect(run.stderr).not.toContain('a socket was opened');
    expect(run.code).toBe(1);
    expect(
      report.findings
        .map(
          (finding) =>
            `${finding.rule} ${finding.name} ${finding.subject} @ ${path.relative(FIXTURE, finding.location!.file)}:${finding.location!.line}`,
        )
        .sort(),
    ).toEqual(
      [
        // Azure: MX record blocks, one to a backup whose A record gives an address no mail server has.
        'mx/target-address azure.test backup.azure.test @ azure/main.tf:6',
        'mx/unexpected azure.test backup.azure.test @ azure/main.tf:6',
        // Cloudflare v5: "@" for the apex, priority 20 where the policy says 10, a zone whose id is known after apply.
        'mx/preference-mismatch brand.test mx1.example.com @ cloudflare-v5/main.tf:6',
        // Pulumi: a new zone (id unknown) found by the records' full names; the deleted record does not count.
        'mx/undeclared-name lists.pulumi.test lists.pulumi.test @ pulumi/preview.json:49',
        // Google: a third server added to the NS set.
        'ns/undeclared-server gcp.test ns-cloud-a3.googledomains.com @ google/dns.tf:6',
        'ns/zone-mismatch gcp.test ns-cloud-a3.googledomains.com @ google/dns.tf:6',
        // Route 53: an update in a local module (count) adds a backup MX.
        'mx/unexpected legacy.example.com backup.oldvendor.net @ aws/modules/legacy/main.tf:6',
        // Route 53: records known only after apply are neither passed nor failed.
        'zone-data/unknown-until-apply news.example.com aws_route53_record.news @ aws/main.tf:37',
        // A plan is what its configuration manages, not the whole zone: a name with no MX in it is not checked.
        'dns/unchecked shop.example.com shop.example.com @ policy.yml:15',
        // Cloudflare v4: content (not value) and priority, the zone from a data source.
        'mx/unexpected shop.test mx.mailvendor.example @ cloudflare-v4/main.tf:13',
      ].sort(),
    );
  });

  it('a record known only after apply is said, and its RRset is not judged as missing', () => {
    const unknown = report.findings.find((finding) => finding.rule === 'zone-data/unknown-until-apply')!;
    expect(unknown.severity).toBe('warning');
    expect(unknown.message).toContain('aws_route53_record.news: its data is known only after apply');
    expect(report.findings.some((finding) => finding.name === 'news.example.com' && finding.rule === 'mx/missing')).toBe(false);
  });

  it('the planned state is judged: a delete removes the record, a count and a module are read', () => {
    // Route 53's old.example.com MX is deleted, Pulumi's old.pulumi.test too: neither is an undeclared name.
    expect(report.findings.some((finding) => finding.name.startsWith('old.'))).toBe(false);
    // mail_hosts[0] and [1] (count) give mx1 and mx2 their addresses: no target finding for them.
    expect(report.findings.some((finding) => finding.subject === 'mx2.example.com')).toBe(false);
  });

  it('the plans’ secrets reach no output: text, JSON, SARIF, logs', () => {
    const outputs = [
      run.stdout,
      run.stderr,
      ...['text', 'sarif'].flatMap((format) => Object.values(check(`${FIXTURE}/policy.yml`, '--format', format, '--verbose'))),
    ];
    for (const output of outputs) for (const secret of SECRETS) expect(String(output)).not.toContain(secret);
    // The fixtures do hold them, in clear text as terraform show -json prints them.
    const plan = readFileSync(`${FIXTURE}/aws/plan.json`, 'utf8');
    for (const secret of SECRETS) expect(plan).toContain(secret);
  });
});

describe('plans that cannot be read are refused with file and line, never quoted', () => {
  const dir = `${FIXTURE}/broken`;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const read = (text: string) => () => readPlan('terraform-plan', `${dir}/plan.json`, text, checkoutFiles('.'), dir);

  it('a JSON syntax error is its line, without the text around it (a secret may be there)', () => {
    const text = '{\n  "format_version": "1.2",\n  "variables": {"token": {"value": "SECRET-NEAR-ERROR"}} oops\n}\n';
    expect(read(text)).toThrow(ZoneDataError);
    expect(read(text)).toThrow(/plan\.json:3: not valid JSON$/);
  });

  it('an unknown format_version major is refused by name', () => {
    expect(read('{"format_version": "2.0", "resource_changes": []}')).toThrow(
      /plan format_version "2.0" is not one this tool reads \(0\.x, 1\.x\)/,
    );
  });

  it('through the CLI: exit 2, file and line, and nothing of the plan', () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/plan.json`, '{"format_version": "1.2",\n"variables": {"token": {"value": "SECRET-NEAR-ERROR"}},,\n}');
    writeFileSync(
      `${dir}/policy.yml`,
      'version: 1\ndomains:\n  example.com: {}\nzone-data:\n  - { format: terraform-plan, path: plan.json }\n',
    );
    const result = check(`${dir}/policy.yml`);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('plan.json:2: not valid JSON');
    expect(result.stderr + result.stdout).not.toContain('SECRET-NEAR-ERROR');
  });
});
