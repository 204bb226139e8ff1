/**
 * Interop: the walk's model of "every authoritative server" on a world served by three real
 * implementations (NSD, Knot DNS, BIND 9) on loopback, written from RFC 1034/1035/2181 for the
 * cases toy walks get wrong. Every zone's exact findings are asserted: what was planted and
 * nothing else, the clean zones included.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabServerSpec } from '../src/lab/dns-server.js';
import type { LabRecordType, LabZone } from '../src/lab/zone-data.js';
import { soa, zone } from '../src/lab/zone-data.js';
import { parseObservations } from '../src/observations/file.js';
import type { RunReport } from '../src/report/run-report.js';
import type { RunningServer } from './support/real-servers.js';
import { policySchemaErrors } from './support/policy-schema.js';
import { reportSchemaErrors } from './support/report-schema.js';
import { runCli } from './support/run-cli.js';
import { startBind, startKnot, startNsd } from './support/real-servers.js';

const DNS_PORT = 21053;
const ROOT = '127.54.0.1';
/** Nothing listens here: the recursive BIND's root hint, so it can never query off this machine. */
const UNUSED_HINT = '127.54.255.254';
const MAIL = '127.54.9.1';

type Implementation = 'nsd' | 'knot' | 'bind' | 'bind-recursive';
type Row = readonly [string, LabRecordType, string];

interface WorldServer {
  readonly name: string;
  readonly address: string;
  readonly implementation: Implementation;
  readonly zones: LabZone[];
}

const apex = (primary: string, serial = 2026112801): Row => ['@', 'SOA', soa(primary, serial)];

// The TLD delegates each zone under test; the root delegates two TLDs so that one delegation can
// name a server in another TLD (no glue possible: truly glue-less).
const rootZone = zone('', [
  apex('a.root.test'),
  ['@', 'NS', 'a.root.test.'],
  ['a.root.test', 'A', ROOT],
  ['test', 'NS', 'ns.nic.test.'],
  ['ns.nic.test', 'A', '127.54.0.2'],
  ['other', 'NS', 'ns.nic.other.'],
  ['ns.nic.other', 'A', '127.54.0.3'],
]);

const tldZone = zone('test', [
  apex('ns.nic.test'),
  ['@', 'NS', 'ns.nic.test.'],
  ['ns.nic', 'A', '127.54.0.2'],
  ...delegation('clean', [
    ['ns1', '127.54.1.1'],
    ['ns2', '127.54.1.2'],
    ['ns3', '127.54.1.3'],
  ]),
  ...delegation('rogue', [
    ['ns1', '127.54.2.1'],
    ['ns2', '127.54.2.2'],
  ]),
  ...delegation('lame', [
    ['ns1', '127.54.3.1'],
    ['ns2', '127.54.3.2'],
  ]),
  ['glueless', 'NS', 'ns.hosts.other.'],
  ['cyc-a', 'NS', 'ns.cyc-b.test.'],
  ['cyc-b', 'NS', 'ns.cyc-a.test.'],
  ...delegation('alias-ns', [['ns1', '127.54.5.1']]),
  ['alias-ns', 'NS', 'dns.alias-ns.test.'],
  ...delegation('lag', [
    ['ns1', '127.54.6.1'],
    ['ns2', '127.54.6.2'],
  ]),
  // The parent's glue says .1; the zone itself says .2: both must be asked.
  ...delegation('glue', [['ns1', '127.54.7.1']]),
  ...delegation('brand', [['ns1', '127.54.8.1']]),
  ...delegation('partner', [['ns1', '127.54.8.2']]),
  ['inner', 'NS', 'ns1.brand.test.'],
]);

function delegation(label: string, servers: [string, string][]): Row[] {
  return servers.flatMap(([host, address]): Row[] => [
    [label, 'NS', `${host}.${label}.test.`],
    [`${host}.${label}`, 'A', address],
  ]);
}

const otherTld = zone('other', [
  apex('ns.nic.other'),
  ['@', 'NS', 'ns.nic.other.'],
  ['ns.nic', 'A', '127.54.0.3'],
  ['hosts', 'NS', 'ns.hosts.other.'],
  ['ns.hosts', 'A', '127.54.4.1'],
]);

const hostsZone = zone('hosts.other', [apex('ns.hosts.other'), ['@', 'NS', 'ns.hosts.other.'], ['ns', 'A', '127.54.4.1']]);

/** clean.test: the control. Mixed case, three implementations, other TTLs and record orders. */
function cleanZone(variant: { ttlSeconds: number; reversed: boolean }): LabZone {
  const rows: Row[] = [
    ['@', 'NS', 'NS1.Clean.Test.'],
    ['@', 'NS', 'ns2.CLEAN.test.'],
    ['@', 'NS', 'ns3.clean.test.'],
    ['NS1', 'A', '127.54.1.1'],
    ['ns2', 'A', '127.54.1.2'],
    ['Ns3', 'A', '127.54.1.3'],
    ['@', 'MX', '10 MX1.Clean.TEST.'],
    ['MX1', 'A', MAIL],
    ['WWW', 'MX', '10 mx1.CLEAN.test.'],
    ['Shop', 'MX', '0 .'],
    ['Shop', 'A', '127.54.9.80'],
  ];
  return zone('clean.test', [apex('ns1.clean.test'), ...(variant.reversed ? [...rows].reverse() : rows)], {
    ttlSeconds: variant.ttlSeconds,
    keepCase: true,
  });
}

/**
 * rogue.test: the parent names ns1 and ns2; their copies add ns3 (with its in-zone address);
 * ns3's copy alone names ns4 and its address; ns4's copy alone names ns5 and its address, and
 * publishes a backup MX; ns5 another. Closure depth 3, each address published only by the server
 * that names it: the walk must ask every one.
 */
function rogueZone(depth: 2 | 3 | 4 | 5): LabZone {
  const servers = ['ns1', 'ns2', 'ns3', 'ns4', 'ns5'].slice(0, Math.max(3, depth + 1));
  return zone('rogue.test', [
    apex('ns1.rogue.test'),
    ...servers.flatMap((host, index): Row[] => [
      ['@', 'NS', `${host}.rogue.test.`],
      [host, 'A', `127.54.2.${index + 1}`],
    ]),
    ['@', 'MX', '10 mx1.clean.test.'],
    ...(depth >= 4
      ? ([
          ['@', 'MX', '90 backup.rogue.test.'],
          ['backup', 'A', '127.54.9.9'],
        ] as Row[])
      : []),
    ...(depth >= 5 ? ([['@', 'MX', '95 spare.rogue.test.']] as Row[]) : []),
  ]);
}

const lameZone = zone('lame.test', [
  apex('ns1.lame.test'),
  ['@', 'NS', 'ns1.lame.test.'],
  ['@', 'NS', 'ns2.lame.test.'],
  ['ns1', 'A', '127.54.3.1'],
  ['ns2', 'A', '127.54.3.2'],
  ['@', 'MX', '10 mx1.clean.test.'],
]);

const gluelessZone = zone('glueless.test', [apex('ns.hosts.other'), ['@', 'NS', 'ns.hosts.other.'], ['@', 'MX', '10 mx1.clean.test.']]);

const aliasNsZone = zone('alias-ns.test', [
  apex('ns1.alias-ns.test'),
  ['@', 'NS', 'ns1.alias-ns.test.'],
  ['@', 'NS', 'dns.alias-ns.test.'],
  ['ns1', 'A', '127.54.5.1'],
  ['dns', 'CNAME', 'ns1.alias-ns.test.'],
  ['@', 'MX', '10 mx1.clean.test.'],
]);

/** lag.test: ns2 is a secondary that stopped receiving updates (older serial, older MX set). */
function lagZone(current: boolean): LabZone {
  return zone('lag.test', [
    apex('ns1.lag.test', current ? 2026112802 : 2026112701),
    ['@', 'NS', 'ns1.lag.test.'],
    ['@', 'NS', 'ns2.lag.test.'],
    ['ns1', 'A', '127.54.6.1'],
    ['ns2', 'A', '127.54.6.2'],
    ['@', 'MX', '10 mx1.clean.test.'],
    ...(current
      ? ([
          ['@', 'MX', '20 mx2.lag.test.'],
          ['mx2', 'A', '127.54.9.2'],
        ] as Row[])
      : []),
  ]);
}

/** glue.test: the copy at the zone's own address of ns1 alone publishes an extra MX. */
function glueZone(atOwnAddress: boolean): LabZone {
  return zone('glue.test', [
    apex('ns1.glue.test'),
    ['@', 'NS', 'ns1.glue.test.'],
    ['ns1', 'A', '127.54.7.2'],
    ['@', 'MX', '10 mx1.clean.test.'],
    ...(atOwnAddress ? ([['@', 'MX', '50 extra.glue.test.']] as Row[]) : []),
  ]);
}

/**
 * brand.test: names that are aliases. A sender follows the CNAME and delivers to the canonical
 * name's MX, in another zone on other servers (partner.test) or on the same server (inner.test).
 */
const brandZone = zone('brand.test', [
  apex('ns1.brand.test'),
  ['@', 'NS', 'ns1.brand.test.'],
  ['ns1', 'A', '127.54.8.1'],
  ['legacy', 'CNAME', 'www.partner.test.'],
  ['old', 'CNAME', 'www.partner.test.'],
  ['same', 'CNAME', 'www.inner.test.'],
  ['loop1', 'CNAME', 'loop2.brand.test.'],
  ['loop2', 'CNAME', 'loop1.brand.test.'],
]);

const partnerZone = zone('partner.test', [
  apex('ns1.partner.test'),
  ['@', 'NS', 'ns1.partner.test.'],
  ['ns1', 'A', '127.54.8.2'],
  ['www', 'MX', '10 mx.partner.test.'],
  ['mx', 'A', '127.54.9.3'],
]);

const innerZone = zone('inner.test', [apex('ns1.brand.test'), ['@', 'NS', 'ns1.brand.test.'], ['www', 'MX', '10 mx.partner.test.']]);

const WORLD: WorldServer[] = [
  { name: 'a.root.test', address: ROOT, implementation: 'nsd', zones: [rootZone] },
  { name: 'ns.nic.test', address: '127.54.0.2', implementation: 'knot', zones: [tldZone] },
  { name: 'ns.nic.other', address: '127.54.0.3', implementation: 'nsd', zones: [otherTld] },
  { name: 'ns1.clean.test', address: '127.54.1.1', implementation: 'nsd', zones: [cleanZone({ ttlSeconds: 300, reversed: false })] },
  { name: 'ns2.clean.test', address: '127.54.1.2', implementation: 'knot', zones: [cleanZone({ ttlSeconds: 3600, reversed: true })] },
  { name: 'ns3.clean.test', address: '127.54.1.3', implementation: 'bind', zones: [cleanZone({ ttlSeconds: 86400, reversed: false })] },
  { name: 'ns1.rogue.test', address: '127.54.2.1', implementation: 'nsd', zones: [rogueZone(2)] },
  { name: 'ns2.rogue.test', address: '127.54.2.2', implementation: 'knot', zones: [rogueZone(2)] },
  { name: 'ns3.rogue.test', address: '127.54.2.3', implementation: 'bind', zones: [rogueZone(3)] },
  { name: 'ns4.rogue.test', address: '127.54.2.4', implementation: 'nsd', zones: [rogueZone(4)] },
  { name: 'ns5.rogue.test', address: '127.54.2.5', implementation: 'knot', zones: [rogueZone(5)] },
  { name: 'ns1.lame.test', address: '127.54.3.1', implementation: 'knot', zones: [lameZone] },
  { name: 'ns2.lame.test', address: '127.54.3.2', implementation: 'bind-recursive', zones: [] },
  { name: 'ns.hosts.other', address: '127.54.4.1', implementation: 'knot', zones: [hostsZone, gluelessZone] },
  { name: 'ns1.alias-ns.test', address: '127.54.5.1', implementation: 'nsd', zones: [aliasNsZone] },
  { name: 'ns1.lag.test', address: '127.54.6.1', implementation: 'knot', zones: [lagZone(true)] },
  { name: 'ns2.lag.test', address: '127.54.6.2', implementation: 'bind', zones: [lagZone(false)] },
  { name: 'ns1.glue.test', address: '127.54.7.1', implementation: 'bind', zones: [glueZone(false)] },
  { name: 'ns1.glue.test', address: '127.54.7.2', implementation: 'nsd', zones: [glueZone(true)] },
  { name: 'ns1.brand.test', address: '127.54.8.1', implementation: 'nsd', zones: [brandZone, innerZone] },
  { name: 'ns1.partner.test', address: '127.54.8.2', implementation: 'knot', zones: [partnerZone] },
];

const POLICY = `version: 1
mail-servers:
  mx1.clean.test: [${MAIL}]
  mx2.lag.test: [127.54.9.2]
  mx.partner.test: [127.54.9.3]
domains:
  clean.test:
    nameservers: [ns1.clean.test, NS2.clean.test., ns3.clean.test]
    mx: ["10 mx1.clean.test"]
  www.clean.test:
    mx: ["10 MX1.clean.test"]
  shop.clean.test:
    mx: none
  rogue.test:
    nameservers: [ns1.rogue.test, ns2.rogue.test]
    mx: ["10 mx1.clean.test"]
  lame.test:
    nameservers: [ns1.lame.test, ns2.lame.test]
    mx: ["10 mx1.clean.test"]
  glueless.test:
    nameservers: [ns.hosts.other]
    mx: ["10 mx1.clean.test"]
  cyc-a.test:
    nameservers: [ns.cyc-b.test]
    mx: ["10 mx1.clean.test"]
  alias-ns.test:
    nameservers: [ns1.alias-ns.test, dns.alias-ns.test]
    mx: ["10 mx1.clean.test"]
  lag.test:
    nameservers: [ns1.lag.test, ns2.lag.test]
    mx: ["10 mx1.clean.test", "20 mx2.lag.test"]
  glue.test:
    nameservers: [ns1.glue.test]
    mx: ["10 mx1.clean.test"]
  legacy.brand.test:
    mx: ["10 mx.partner.test"]
  old.brand.test:
    mx: none
  same.brand.test:
    mx: ["10 mx.partner.test"]
  loop1.brand.test:
    mx: ["10 mx.partner.test"]
`;

/** Exactly what the world plants, per policy name: rule and subject. */
const PLANTED: Record<string, string[]> = {
  'clean.test': [],
  'rogue.test': [
    'mx/inconsistent backup.rogue.test',
    'mx/inconsistent spare.rogue.test',
    'mx/target-address backup.rogue.test',
    'mx/target-unresolvable spare.rogue.test',
    'mx/unexpected backup.rogue.test',
    'mx/unexpected spare.rogue.test',
    'ns/inconsistent ns4.rogue.test',
    'ns/inconsistent ns5.rogue.test',
    'ns/undeclared-server ns3.rogue.test',
    'ns/undeclared-server ns4.rogue.test',
    'ns/undeclared-server ns5.rogue.test',
    'ns/zone-mismatch ns3.rogue.test',
    'ns/zone-mismatch ns4.rogue.test',
    'ns/zone-mismatch ns5.rogue.test',
  ],
  'lame.test': ['ns/lame ns2.lame.test'],
  'glueless.test': [],
  'cyc-a.test': ['dns/unchecked cyc-a.test', 'ns/lame ns.cyc-b.test'],
  'alias-ns.test': ['ns/cname-target dns.alias-ns.test'],
  'lag.test': ['mx/inconsistent mx2.lag.test', 'mx/missing mx2.lag.test', 'soa/serial-inconsistent ns2.lag.test'],
  'glue.test': ['mx/inconsistent extra.glue.test', 'mx/target-unresolvable extra.glue.test', 'mx/unexpected extra.glue.test'],
  'brand.test': ['dns/unchecked loop1.brand.test', 'mx/null-expected old.brand.test', 'mx/unexpected mx.partner.test'],
};

const running: RunningServer[] = [];
let report: RunReport;
let exitCode: number | null;
let baseDir: string;
/** The lab's resolution flags, shared by check and init. */
const OBSERVE = ['--root-hints', ROOT, '--dns-port', String(DNS_PORT), '--timeout-ms', '800', '--retries', '1', '--ip-version', '4'];

function start(server: WorldServer, baseDir: string): Promise<RunningServer> {
  const spec: LabServerSpec = { name: server.name, address: server.address, zones: server.zones, behaviour: 'serve' };
  switch (server.implementation) {
    case 'nsd':
      return startNsd(spec, DNS_PORT, baseDir);
    case 'knot':
      return startKnot(spec, DNS_PORT, baseDir);
    case 'bind':
      return startBind(spec, DNS_PORT, baseDir);
    case 'bind-recursive':
      return startBind(spec, DNS_PORT, baseDir, { recursive: { hintAddress: UNUSED_HINT } });
  }
}

beforeAll(async () => {
  baseDir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-walk-worlds-'));
  const started = await Promise.allSettled(WORLD.map((server) => start(server, baseDir)));
  for (const result of started) if (result.status === 'fulfilled') running.push(result.value);
  const failure = started.find((result) => result.status === 'rejected');
  if (failure) throw (failure as PromiseRejectedResult).reason;

  const policyFile = path.join(baseDir, 'policy.yml');
  writeFileSync(policyFile, POLICY);
  const result = await runCli(['check', '--policy', policyFile, ...OBSERVE, '--format', 'json']);
  exitCode = result.code;
  if (result.code !== 1) throw new Error(`check exited ${result.code}: ${result.stderr}`);
  report = JSON.parse(result.stdout) as RunReport;
}, 120_000);

afterAll(async () => {
  await Promise.all(running.map((server) => server.stop()));
});

function findingsOf(zoneName: string): string[] {
  return report.findings
    .filter((finding) => finding.name === zoneName || finding.name.endsWith(`.${zoneName}`))
    .map((finding) => `${finding.rule} ${finding.subject}`)
    .sort();
}

function finding(rule: string, subject: string) {
  return report.findings.find((candidate) => candidate.rule === rule && candidate.subject === subject);
}

describe('the walk on NSD, Knot and BIND', () => {
  it('finds exactly what was planted, zone by zone, and nothing else', () => {
    for (const [zoneName, planted] of Object.entries(PLANTED))
      expect({ zone: zoneName, findings: findingsOf(zoneName) }).toEqual({ zone: zoneName, findings: planted });
    expect(
      report.findings.map((entry) => entry.name).every((name) => Object.keys(PLANTED).some((zoneName) => name.endsWith(zoneName))),
    ).toBe(true);
    expect(exitCode).toBe(1);
  });

  it('a clean zone on three implementations, mixed case, other TTLs and record orders: no finding', () => {
    expect(findingsOf('clean.test')).toEqual([]);
    const servers = report.observations!.dns!.zones.find((entry) => entry.zone === 'clean.test')!.servers;
    expect(servers.map((entry) => `${entry.server.name}/${entry.server.address}`)).toEqual([
      'ns1.clean.test/127.54.1.1',
      'ns2.clean.test/127.54.1.2',
      'ns3.clean.test/127.54.1.3',
    ]);
  });

  it('closure depth 3: the server only one rogue copy names and addresses is asked, and its MX found', () => {
    const zoneObservation = report.observations!.dns!.zones.find((entry) => entry.zone === 'rogue.test')!;
    expect(zoneObservation.unresolvedServers).toEqual([]);
    const ns5 = zoneObservation.servers.find((entry) => entry.server.name === 'ns5.rogue.test')!;
    expect(ns5.foundVia).toEqual(['zone']);
    // Only ns4 (which names it) and ns5 itself publish its address; resolution from the root finds none.
    expect(ns5.addressFoundVia).toEqual([
      { kind: 'zone', server: { name: 'ns4.rogue.test', address: '127.54.2.4' } },
      { kind: 'zone', server: { name: 'ns5.rogue.test', address: '127.54.2.5' } },
    ]);
    expect(finding('mx/unexpected', 'spare.rogue.test')?.servers).toEqual(['ns5.rogue.test/127.54.2.5']);
    expect(finding('mx/unexpected', 'backup.rogue.test')?.servers).toEqual(['ns4.rogue.test/127.54.2.4', 'ns5.rogue.test/127.54.2.5']);
  });

  it('glue that disagrees with the zone: both addresses are asked, each with who gave it', () => {
    const servers = report.observations!.dns!.zones.find((entry) => entry.zone === 'glue.test')!.servers;
    expect(servers.map((entry) => [entry.server.address, entry.addressFoundVia.map((source) => source.kind)])).toEqual([
      ['127.54.7.1', ['glue']],
      // Resolution from the root asks the glue address, which answers with the zone's own address;
      // the servers at both addresses publish it.
      ['127.54.7.2', ['resolution', 'zone', 'zone']],
    ]);
    expect(finding('mx/unexpected', 'extra.glue.test')?.servers).toEqual(['ns1.glue.test/127.54.7.2']);
  });

  it('a recursive resolver listed as authoritative is lame, and its answers count for nothing else', () => {
    expect(finding('ns/lame', 'ns2.lame.test')?.servers).toEqual(['ns2.lame.test/127.54.3.2']);
  });

  it('a glue-less cycle ends as not checked, with the reason', () => {
    expect(finding('dns/unchecked', 'cyc-a.test')?.message).toContain('no address');
  });

  it('an NS target that is an alias is named with the server that said so', () => {
    expect(finding('ns/cname-target', 'dns.alias-ns.test')?.message).toContain('CNAME to ns1.alias-ns.test');
  });

  it('an alias is judged by the MX its canonical name publishes, and the message says so', () => {
    const unexpected = report.findings.find((entry) => entry.rule === 'mx/unexpected' && entry.name === 'old.brand.test')!;
    expect(unexpected.message).toContain('via the alias old.brand.test → www.partner.test');
    expect(unexpected.servers).toEqual(['ns1.partner.test/127.54.8.2']);
    const legacy = report.observations!.dns!.names.find((entry) => entry.name === 'legacy.brand.test')!;
    expect(legacy.alias?.chain).toEqual(['www.partner.test']);
    expect(legacy.servers.map((entry) => entry.alias)).toEqual(['www.partner.test']);
    expect(finding('dns/unchecked', 'loop1.brand.test')?.message).toContain('CNAME loop');
  });

  it('the report matches report.schema.json, and the schema knows every rule id', () => {
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(reportSchemaErrors({ ...report, findings: [{ ...report.findings[0], rule: 'no/such-rule' }] })).not.toEqual([]);
  });

  it('its observations match the published schema (a saved run can be judged again)', () => {
    expect(() => parseObservations(JSON.stringify(report.observations), 'observations.json')).not.toThrow();
  });

  it('asks no registry in a lab: with root hints, only a named RDAP bootstrap is used', () => {
    expect(report.observations!.registry).toBeUndefined();
  });

  it('counts the names checked: all but the cycle and the alias loop', () => {
    expect(report.summary.names).toEqual({ total: 14, checked: 12 });
  });
});

describe('init on the same world: a draft that approves only what every server agrees on', () => {
  const names = [...POLICY.matchAll(/^  ([a-z0-9.-]+):$/gm)].map((match) => match[1]!);
  let draft: string;
  let drafted: RunReport;

  beforeAll(async () => {
    const output = path.join(baseDir, 'drafted.yml');
    const init = await runCli(['init', '--domains', names.join(','), ...OBSERVE, '--output', output]);
    if (init.code !== 0) throw new Error(`init exited ${init.code}: ${init.stderr}`);
    draft = readFileSync(output, 'utf8');
    const check = await runCli(['check', '--policy', output, ...OBSERVE, '--format', 'json']);
    if (check.code !== 1) throw new Error(`check exited ${check.code}: ${check.stderr}`);
    drafted = JSON.parse(check.stdout) as RunReport;
  }, 120_000);

  it('writes a policy the schema accepts, with the modeline first', () => {
    expect(draft.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/);
    expect(policySchemaErrors(draft)).toEqual([]);
  });

  it('check with the draft never finds a mismatch with what every server agrees on', () => {
    // An MX target the draft did not approve is not under mail-servers: that one is a disagreement its comment names.
    const unapproved = (host: string) => new RegExp(`# Not approved: "\\d+ ${host.replace(/\./g, '\\.')}"`).test(draft);
    const mismatches = drafted.findings.filter(
      (finding) =>
        ['mx/missing', 'mx/preference-mismatch', 'ns/delegation-mismatch', 'mx/target-address'].includes(finding.rule) &&
        !(finding.rule === 'mx/target-address' && unapproved(finding.subject)),
    );
    expect(drafted.findings.filter((finding) => finding.rule === 'mx/target-address').length).toBe(2);
    expect(mismatches.map((finding) => `${finding.rule} ${finding.name} ${finding.subject}`)).toEqual([]);
  });

  it('what check still reports is what the comments name, or hygiene', () => {
    const said = drafted.findings.map((finding) => `${finding.rule} ${finding.subject}`).sort();
    expect(said).toEqual(
      [
        'mx/inconsistent backup.rogue.test',
        'mx/inconsistent extra.glue.test',
        'mx/inconsistent mx2.lag.test',
        'mx/inconsistent spare.rogue.test',
        'mx/target-address backup.rogue.test',
        'mx/target-address mx2.lag.test',
        'mx/target-unresolvable extra.glue.test',
        'mx/target-unresolvable spare.rogue.test',
        'mx/unexpected backup.rogue.test',
        'mx/unexpected extra.glue.test',
        'mx/unexpected mx2.lag.test',
        'mx/unexpected spare.rogue.test',
        'ns/cname-target dns.alias-ns.test',
        'ns/inconsistent ns4.rogue.test',
        'ns/inconsistent ns5.rogue.test',
        'ns/lame ns2.lame.test',
        'ns/undeclared-server ns3.rogue.test',
        'ns/undeclared-server ns4.rogue.test',
        'ns/undeclared-server ns5.rogue.test',
        'ns/zone-mismatch ns3.rogue.test',
        'ns/zone-mismatch ns4.rogue.test',
        'ns/zone-mismatch ns5.rogue.test',
        'soa/serial-inconsistent ns2.lag.test',
      ].sort(),
    );
    for (const host of ['backup.rogue.test', 'spare.rogue.test', 'mx2.lag.test', 'extra.glue.test', 'ns3.rogue.test', 'ns4.rogue.test']) {
      expect(draft).toMatch(new RegExp(`# Not approved: .*${host.replace(/\./g, '\\.')}`));
    }
    expect(draft).toMatch(/# Not counted: ns2\.lame\.test\/127\.54\.3\.2 does not answer for lame\.test with authority/);
    // The names no server could answer for are written commented out, with the reason.
    expect(draft).toContain('  # cyc-a.test: {}');
    expect(draft).toMatch(/# Not observed: .*CNAME loop.*\n  # loop1\.brand\.test: \{\}/);
  });

  it('a server that alone publishes an extra MX never gets it approved, at any depth of the closure', () => {
    const rogue = draft.slice(draft.indexOf('  rogue.test:'), draft.indexOf('\n  lame.test:'));
    expect(rogue).toContain('nameservers: [ns1.rogue.test, ns2.rogue.test]');
    expect(rogue).toContain('- "10 mx1.clean.test"');
    expect(rogue).not.toMatch(/^\s+- ".*(backup|spare)\.rogue\.test"/m);
    expect(rogue).toContain('# Not approved: "90 backup.rogue.test" is published by ns4.rogue.test/127.54.2.4');
  });

  it('a second init on the unchanged world writes the same bytes but the date, and never overwrites without --force', async () => {
    const output = path.join(baseDir, 'drafted.yml');
    const refused = await runCli(['init', '--domains', names.join(','), ...OBSERVE, '--output', output]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('never overwrites a file without --force');
    const again = await runCli(['init', '--domains', names.join(','), ...OBSERVE, '--output', output, '--force']);
    expect(again.code).toBe(0);
    const withoutDate = (text: string) => text.replace(/^# Drafted by mail-perimeter init on .*$/m, '');
    expect(withoutDate(readFileSync(output, 'utf8'))).toBe(withoutDate(draft));
  }, 60_000);
});
