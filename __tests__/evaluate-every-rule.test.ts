/**
 * `mail-perimeter evaluate` on literal observation files that break every rule of SPEC.md at
 * once: each finding with its subject, severity and policy line; and nothing when turned off.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/checks/rules.js';
import type { IpAddress } from '../src/ip-address.js';
import { serializeObservations } from '../src/observations/file.js';
import type { Observations, ProbeConversation, ProbeObservations } from '../src/observations/model.js';
import type { RunReport } from '../src/report/run-report.js';
import {
  answer,
  dns,
  failed,
  mx,
  nameObservation,
  ns1,
  ns2,
  ns3,
  nsSet,
  probe,
  comDelegation,
  scan,
  soaSerial,
  target,
  transfer,
  zoneObservation,
} from './support/literal.js';

const POLICY = `version: 1
mail-servers:
  mx1.example.com: [192.0.2.10, 192.0.2.20]
  mx2.example.com: [192.0.2.11]
domains:
  example.com:
    nameservers: [ns1.example.net, ns2.example.net]
    mx: ["10 mx1.example.com", "20 mx2.example.com", "30 mx3.example.com"]
    discover: axfr
  shop.example.com:
    mx: none
  gone.example.org: {}
scan:
  ranges: [192.0.2.0/24]
smtp-probe: {}
`;

const dir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-every-rule-'));

function everything(): Observations {
  const dnsPart = dns({
    zones: [
      zoneObservation(
        'example.com',
        [
          { server: ns1, soa: soaSerial(2), ns: nsSet('ns1.example.net', 'ns2.example.net') },
          { server: ns2, soa: soaSerial(1), ns: nsSet('ns1.example.net', 'ns2.example.net', 'ns3.example.net') },
          { server: ns3, soa: failed('refused'), ns: failed('refused') },
        ],
        {
          parent: comDelegation('ns1.example.net', 'ns9.example.org'),
          transfers: [transfer(ns1, [{ name: 'lists.example.com', mx: [[10, 'mx1.example.com']] }])],
          aliasedServers: [{ name: 'ns2.example.net' as never, chain: ['ns-real.example.net' as never], publishedBy: [] }],
        },
      ),
    ],
    names: [
      nameObservation('example.com', 'example.com', [
        { server: ns1, mx: mx([10, 'mx1.example.com'], [25, 'mx2.example.com'], [90, 'backup.example.com'], [10, 'alias.example.com']) },
        { server: ns2, mx: mx([10, 'mx1.example.com'], [25, 'mx2.example.com']) },
      ]),
      {
        name: 'gone.example.org' as never,
        zone: undefined,
        servers: [],
        error: 'no zone found for gone.example.org: every server timed out',
      },
      nameObservation('shop.example.com', 'example.com', [
        { server: ns1, addresses: answer('192.0.2.80' as IpAddress) },
        { server: ns2, addresses: answer('192.0.2.80' as IpAddress) },
      ]),
    ],
    mxTargets: [
      target('mx1.example.com', ['192.0.2.10']),
      target('mx2.example.com', ['198.51.100.1']),
      target('backup.example.com', [], { status: 'nxdomain' }),
      target('alias.example.com', ['192.0.2.10'], { cnameChain: ['mx1.example.com' as never] }),
    ],
    transports: [
      {
        address: ns2.address,
        edns: 'not-used',
        ednsDetail: 'it answered FORMERR to a query with EDNS',
        tcpAnswers: 0,
        cookieRetries: 0,
        unanswered: [{ name: 'ns2.example.net' as never, type: 'AAAA', detail: 'no answer after 2 tries of 300 ms' }],
        unansweredCount: 1,
      },
    ],
  });
  const scanPart = scan([
    probe('192.0.2.9', 25, 'smtp', '220 rogue ESMTP'),
    probe('192.0.2.10', 25, 'smtp', '220 mx1 ESMTP'),
    probe('192.0.2.11', 25, 'smtp', '220 mx2 ESMTP'),
    probe('192.0.2.20', 25, 'closed'),
    probe('192.0.2.22', 25, 'open', 'SSH-2.0-OpenSSH_9.2'),
  ]);
  const reply = (code: number) => ({ code, text: `${code} text` });
  const conversation = (host: string, preference: number, address: string, steps: Partial<ProbeConversation>): ProbeConversation => ({
    name: 'example.com' as never,
    host: host as never,
    preference,
    address: address as never,
    port: 25,
    failure: undefined,
    greeting: reply(220),
    ehlo: reply(250),
    startTlsOffered: true,
    startTls: reply(220),
    certificate: { subject: host, issuer: 'Test CA', validFrom: '', validTo: '', trusted: true, nameMatches: true, problem: '' },
    mailFrom: reply(250),
    unknownRecipient: reply(550),
    foreignRecipient: reply(554),
    ...steps,
  });
  const smtpProbe = {
    checks: ['starttls', 'certificate', 'unknown-recipient', 'relay'] as ProbeObservations['checks'],
    conversations: [
      conversation('mx1.example.com', 10, '192.0.2.10', {}),
      conversation('mx2.example.com', 25, '198.51.100.1', {
        startTlsOffered: false,
        startTls: undefined,
        certificate: undefined,
        unknownRecipient: reply(250),
        foreignRecipient: reply(250),
      }),
      conversation('mx3.example.com', 30, '192.0.2.12', {
        certificate: {
          subject: 'other.example',
          issuer: 'Test CA',
          validFrom: '',
          validTo: '',
          trusted: true,
          nameMatches: false,
          problem: 'not in the altnames',
        },
      }),
      conversation('mx4.example.com', 40, '192.0.2.13', { failure: 'ECONNREFUSED', greeting: undefined, ehlo: undefined }),
      conversation('mx5.example.com', 50, '192.0.2.14', {
        tlsFailure: 'wrong version number',
        certificate: undefined,
        unknownRecipient: reply(450),
      }),
    ],
  };
  return { ...dnsPart, probe: smtpProbe, scan: scanPart.scan };
}

function evaluateFile(policyText: string, observations: Observations): RunReport {
  writeFileSync(path.join(dir, 'policy.yml'), policyText);
  writeFileSync(path.join(dir, 'observations.json'), serializeObservations(observations));
  const result = spawnSync(
    process.execPath,
    [path.resolve('dist/cli.js'), 'evaluate', '--policy', 'policy.yml', '--observations', 'observations.json', '--format', 'json'],
    {
      cwd: dir,
      encoding: 'utf8',
    },
  );
  expect([0, 1]).toContain(result.status);
  return JSON.parse(result.stdout) as RunReport;
}

describe('evaluate: every rule of SPEC.md', () => {
  const report = evaluateFile(POLICY, everything());
  const rows = report.findings.map(
    (finding) => `${finding.rule} | ${finding.name} | ${finding.subject} | ${finding.severity} | line ${finding.location?.line}`,
  );

  it('each planted problem is one finding, with subject, severity and policy line', () => {
    expect(rows.sort()).toEqual(
      [
        'dns/unchecked | gone.example.org | gone.example.org | error | line 12',
        'dns/no-edns | example.com | ns2.example.net | notice | line 6',
        'dns/question-unanswered | example.com | ns2.example.net | notice | line 6',
        'mx/cname-target | example.com | alias.example.com | error | line 8',
        'mx/weaker-than-primary | example.com | mx2.example.com | error | line 8',
        'mx/weaker-than-primary | example.com | mx3.example.com | error | line 8',
        'mx/weaker-than-primary | example.com | mx5.example.com | error | line 8',
        'smtp/starttls-unusable | mx5.example.com | mx5.example.com/192.0.2.14 | warning | line 15',
        'smtp/probe-undecided | mx5.example.com | mx5.example.com/192.0.2.14 | notice | line 15',
        'smtp/accepts-unknown-recipient | example.com | mx2.example.com/198.51.100.1 | error | line 8',
        'smtp/certificate-invalid | mx3.example.com | mx3.example.com/192.0.2.12 | warning | line 15',
        'smtp/no-starttls | mx2.example.com | mx2.example.com/198.51.100.1 | warning | line 15',
        'smtp/open-relay | mx2.example.com | mx2.example.com/198.51.100.1 | error | line 15',
        'smtp/probe-unreachable | 192.0.2.13 | 192.0.2.13:25 | warning | line 15',
        'mx/implicit | shop.example.com | shop.example.com | error | line 11',
        'mx/inconsistent | example.com | alias.example.com | error | line 8',
        'mx/inconsistent | example.com | backup.example.com | error | line 8',
        'mx/missing | example.com | mx3.example.com | error | line 8',
        'mx/null-expected | shop.example.com | shop.example.com | error | line 11',
        'mx/preference-mismatch | example.com | mx2.example.com | error | line 8',
        'mx/target-address | example.com | mx2.example.com | error | line 8',
        'mx/target-unresolvable | example.com | backup.example.com | error | line 8',
        'mx/undeclared-name | lists.example.com | lists.example.com | error | line 6',
        'mx/unexpected | example.com | alias.example.com | error | line 8',
        'mx/unexpected | example.com | backup.example.com | error | line 8',
        'ns/cname-target | example.com | ns2.example.net | error | line 7',
        'ns/delegation-mismatch | example.com | ns2.example.net | error | line 7',
        'ns/delegation-mismatch | example.com | ns9.example.org | error | line 7',
        'ns/inconsistent | example.com | ns3.example.net | error | line 6',
        'ns/lame | example.com | ns3.example.net | error | line 6',
        'ns/undeclared-server | example.com | ns3.example.net | error | line 7',
        'ns/undeclared-server | example.com | ns9.example.org | error | line 7',
        'ns/zone-mismatch | example.com | ns3.example.net | error | line 7',
        'smtp/approved-unreachable | 192.0.2.20 | 192.0.2.20:25 | warning | line 3',
        'smtp/unexpected-listener | 192.0.2.9 | 192.0.2.9:25 | error | line 14',
        'smtp/unexpected-open-port | 192.0.2.22 | 192.0.2.22:25 | warning | line 14',
        'soa/serial-inconsistent | example.com | ns2.example.net | warning | line 6',
        'zone/transfer-open | example.com | ns1.example.net | warning | line 6',
      ].sort(),
    );
  });

  it('with the egress blocked, only scan/egress-blocked speaks for the scan', () => {
    const blocked = {
      ...everything(),
      dns: undefined,
      probe: undefined,
      scan: scan([probe('192.0.2.10', 25, 'filtered'), probe('192.0.2.11', 25, 'filtered'), probe('192.0.2.20', 25, 'filtered')]).scan,
    };
    const egress = evaluateFile(POLICY, blocked);
    expect(egress.findings.map((finding) => `${finding.rule} ${finding.severity} line ${finding.location?.line}`)).toEqual([
      'scan/egress-blocked warning line 14',
    ]);
  });

  it('together with policy/invalid (cli.test.ts), zone/drift (zone-data.test.ts), zone-data/out-of-zone, zone-data/ignored-record and zone-data/ttl-too-large (zone-data-readers.test.ts), zone-data/unknown-until-apply (zone-data-plans.test.ts), mx/target-unregistered, ns/unregistered, ns/registry-mismatch, domain/expiring and registry/unchecked (interop-registration.test.ts), mta-sts/* (interop-mta-sts.test.ts), scan/stale-results (imported-scans.test.ts), evidence/* (received-evidence.test.ts), dnssec/* (interop-dnssec.test.ts), dane/mismatch (interop-dane.test.ts), every rule id is exercised', () => {
    const seen = new Set([
      ...report.findings.map((finding) => finding.rule),
      'scan/egress-blocked',
      'policy/invalid',
      'zone/drift',
      'zone-data/out-of-zone',
      'zone-data/ignored-record',
      'zone-data/ttl-too-large',
      'zone-data/unknown-until-apply',
      'mx/target-unregistered',
      'ns/unregistered',
      'ns/registry-mismatch',
      'domain/expiring',
      'registry/unchecked',
      'mta-sts/id-inconsistent',
      'mta-sts/invalid-policy',
      'mta-sts/mx-not-covered',
      'mta-sts/pattern-unmatched',
      'scan/stale-results',
      'evidence/unmanaged-relay',
      'evidence/tls-rpt-unknown-mx',
      'dnssec/unsigned-answer',
      'dnssec/invalid-signature',
      'dnssec/expired',
      'dnssec/not-yet-valid',
      'dnssec/unknown-key',
      'dane/mismatch',
    ]);
    expect([...seen].sort()).toEqual([...RULE_IDS].sort());
  });

  it('rules turned off produce nothing', () => {
    const off = `${POLICY}rules:\n${RULE_IDS.filter((rule) => rule !== 'policy/invalid')
      .map((rule) => `  ${rule}: off`)
      .join('\n')}\n`;
    const silenced = evaluateFile(off, everything());
    expect(silenced.findings).toEqual([]);
    expect(silenced.summary).toEqual({ errors: 0, warnings: 0, notices: 0, names: { total: 3, checked: 2 } });
  });
});
