/**
 * The repository's zone data judged by the same rules as live answers. Each zone-data zone is
 * evidence of the same shape as one authoritative server whose name is the file; the ns/* and
 * mx/* rules run on it unchanged, and each finding is then located on the zone-data line where a
 * reviewer must act, keeping the policy entry it breaks as `policyLocation`. Also zone/drift:
 * live servers that serve an MX or NS RRset other than the repository's.
 */
import type { DomainName } from '../dns-name.js';
import { isSubdomain, MAX_CNAME_CHAIN } from '../dns-name.js';
import type { IpAddress } from '../ip-address.js';
import type {
  DnsObservations,
  MxRecord,
  NameObservation,
  Reply,
  ServerRef,
  TargetObservation,
  ZoneDataObservations,
  ZoneDataRecord,
  ZoneDataZone,
  ZoneObservation,
} from '../observations/model.js';
import { serverLabel } from '../observations/model.js';
import type { DomainPolicy, Policy, SourceLocation } from '../policy/types.js';
import { uncheckedNames } from './coverage.js';
import { recordsOf } from './evidence.js';
import type { RawFinding } from './finding.js';
import { checkMx } from './mx.js';
import { checkNameServers } from './ns.js';
import { authoritativeServers, isBelieved } from './zones.js';

/** An index of one zone's records by owner name. */
class ZoneIndex {
  readonly byName = new Map<DomainName, ZoneDataRecord[]>();
  /** Names below the apex that are delegated away (NS at a non-apex name): not this zone's data. */
  readonly cuts: DomainName[] = [];

  constructor(readonly zone: ZoneDataZone) {
    for (const record of zone.records) {
      const list = this.byName.get(record.name) ?? [];
      list.push(record);
      this.byName.set(record.name, list);
      if (record.value.type === 'NS' && record.name !== zone.zone) this.cuts.push(record.name);
    }
  }

  get server(): ServerRef {
    return { name: zoneLabel(this.zone) as DomainName, address: '' as IpAddress };
  }

  /** Whether the zone holds the name (not below one of its delegations). */
  holds(name: DomainName): boolean {
    return isSubdomain(name, this.zone.zone) && !this.cuts.some((cut) => cut !== name && isSubdomain(name, cut));
  }

  records(name: DomainName, type: ZoneDataRecord['value']['type']): ZoneDataRecord[] {
    return (this.byName.get(name) ?? []).filter((record) => record.value.type === type);
  }

  /** The apex NS RRset's targets. */
  nameServers(): DomainName[] {
    return this.records(this.zone.zone, 'NS').flatMap(({ value }) => (value.type === 'NS' ? [value.target] : []));
  }

  /** A name exists when it owns records or has names below it (an empty non-terminal: NODATA). */
  exists(name: DomainName): boolean {
    if (this.byName.has(name)) return true;
    for (const owner of this.byName.keys()) if (owner.endsWith(`.${name}`)) return true;
    return false;
  }

  /** A plan resource at the name whose type or data is known only after apply (any type when the type is unknown too). */
  unknownUntilApply(name: DomainName, type: string) {
    return this.zone.unknownUntilApply?.find((entry) => entry.name === name && (entry.type === undefined || entry.type === type));
  }

  mxReply(name: DomainName): Reply<MxRecord> {
    if (this.zone.ignored?.some((record) => record.name === name && record.type === 'MX')) {
      return { status: 'not-checked', reason: `${this.zone.file} marks its MX as managed elsewhere (octodns: ignored)` };
    }
    const unknown = this.unknownUntilApply(name, 'MX');
    if (unknown !== undefined)
      return { status: 'not-checked', reason: `${unknown.address} in ${this.zone.file} is known only after apply` };
    const records = this.records(name, 'MX').flatMap(({ value }) =>
      value.type === 'MX' ? [{ preference: value.preference, host: value.host }] : [],
    );
    // A plan holds the records its configuration manages, not the whole zone: no MX in it is no word on the MX.
    if (this.partial && records.length === 0) return { status: 'not-checked', reason: `${this.zone.file} manages no MX record at ${name}` };
    if (!this.exists(name)) return { status: 'nxdomain' };
    return { status: 'answer', records };
  }

  /** Whether the data is a plan: the records one configuration manages, which need not be all of the zone's. */
  get partial(): boolean {
    return this.zone.format === 'terraform-plan' || this.zone.format === 'pulumi-preview';
  }

  addresses(name: DomainName): IpAddress[] {
    return [...this.records(name, 'A'), ...this.records(name, 'AAAA')].flatMap(({ value }) =>
      value.type === 'A' || value.type === 'AAAA' ? [value.address] : [],
    );
  }

  alias(name: DomainName): DomainName | undefined {
    const record = this.records(name, 'CNAME')[0];
    return record?.value.type === 'CNAME' ? record.value.target : undefined;
  }
}

/** The deepest zone-data zone that holds the name. */
function zoneFor(indexes: readonly ZoneIndex[], name: DomainName): ZoneIndex | undefined {
  let best: ZoneIndex | undefined;
  for (const index of indexes) {
    if (index.holds(name) && (best === undefined || index.zone.zone.length > best.zone.zone.length)) best = index;
  }
  return best;
}

/** What the zone data says at a name, as one "server" (the file) would answer it. */
function nameFromData(indexes: readonly ZoneIndex[], name: DomainName): NameObservation {
  const index = zoneFor(indexes, name);
  if (index === undefined) return { name, zone: undefined, servers: [], error: 'no zone-data zone holds it' };
  const alias = index.alias(name);
  const addresses = index.addresses(name);
  const server = {
    server: index.server,
    mx: alias !== undefined ? ({ status: 'answer', records: [] } as const) : index.mxReply(name),
    addresses: { status: 'answer', records: addresses } as const,
    ...(alias !== undefined ? { alias } : {}),
  };
  const observed: NameObservation = { name, zone: index.zone.zone, servers: [server], error: undefined };
  if (alias === undefined) return observed;
  const chain: DomainName[] = [];
  for (let next: DomainName | undefined = alias; next !== undefined;) {
    if (next === name || chain.includes(next) || chain.length >= MAX_CNAME_CHAIN) {
      return {
        ...observed,
        alias: {
          chain: [...chain, next],
          target: undefined,
          error: `CNAME loop or chain too long in the zone data: ${[name, ...chain, next].join(' → ')}`,
        },
      };
    }
    chain.push(next);
    const target = nameFromData(indexes, next);
    if (target.zone === undefined) {
      return { ...observed, alias: { chain, target: undefined, error: `the alias target ${next} is not in the zone data` } };
    }
    next = target.servers[0]?.alias;
    if (next === undefined) return { ...observed, alias: { chain, target, error: undefined } };
  }
  return observed;
}

/** The file a zone comes from, and its view when it is one of several (what findings call it). */
function zoneLabel(zone: ZoneDataZone): string {
  return zone.view === undefined ? zone.file : `${zone.file} (view ${zone.view})`;
}

/**
 * The apex NS RRset the data gives. A plan usually leaves it to the provider (Route 53, Cloudflare
 * and the others serve their own): with none in the plan, or one known only after apply, the
 * zone's name servers are not judged from it.
 */
function apexNameServers(index: ZoneIndex, ns: DomainName[]): Reply<DomainName> {
  const plan = index.zone.format === 'terraform-plan' || index.zone.format === 'pulumi-preview';
  const unknown = index.unknownUntilApply(index.zone.zone, 'NS');
  if (unknown !== undefined) return { status: 'not-checked', reason: `${unknown.address} in ${index.zone.file} is known only after apply` };
  if (plan && ns.length === 0)
    return { status: 'not-checked', reason: `${index.zone.file} holds no NS RRset at the apex: the provider serves its own` };
  return { status: 'answer', records: ns };
}

/** Zone data as DNS observations: one zone per data zone, served by its file. */
export function zoneDataAsDns(policy: Policy, zoneData: ZoneDataObservations): DnsObservations {
  return indexedZoneDataAsDns(
    policy,
    zoneData.zones.map((zone) => new ZoneIndex(zone)),
  );
}

/**
 * The zone-data zones as the clients of one view see them: the view's own zones, then every zone
 * without a view (those are the same for all); the view's zone wins where both hold a name.
 */
function viewIndexes(indexes: readonly ZoneIndex[], view: string | undefined): ZoneIndex[] {
  return view === undefined
    ? indexes.filter((index) => index.zone.view === undefined)
    : [...indexes.filter((index) => index.zone.view === view), ...indexes.filter((index) => index.zone.view === undefined)];
}

/**
 * `judges`: which zones' NS and SOA the observations carry; in the pass for one view, the shared
 * zones' are left to the pass without a view, so that nothing is judged twice.
 */
function indexedZoneDataAsDns(
  policy: Policy,
  indexes: readonly ZoneIndex[],
  judges: (index: ZoneIndex) => boolean = () => true,
): DnsObservations {
  const zones: ZoneObservation[] = indexes.filter(judges).map((index) => {
    const apex = index.zone.zone;
    const soa = index
      .records(apex, 'SOA')
      .flatMap(({ value }) => (value.type === 'SOA' ? [{ serial: value.serial, primary: value.primary }] : []));
    const ns = index.nameServers();
    const aliasedServers = ns.flatMap((host) => {
      const target = zoneFor(indexes, host)?.alias(host);
      return target === undefined ? [] : [{ name: host, chain: [target], publishedBy: [index.server] }];
    });
    return {
      zone: apex,
      parent: undefined,
      servers: [
        {
          server: index.server,
          foundVia: ['zone'],
          addressFoundVia: [],
          // octoDNS and DNSControl data has no SOA: the file itself is the authority.
          soa: { status: 'answer', records: soa.length > 0 ? soa : [{ serial: 0, primary: apex }] },
          ns: apexNameServers(index, ns),
        },
      ],
      unresolvedServers: [],
      aliasedServers,
      transfers: [],
    };
  });
  const names = policy.domains.map((domain) => nameFromData(indexes, domain.name));
  const targetHosts = new Set<DomainName>();
  for (const observed of names) {
    const mailPath = observed.alias?.target ?? observed;
    for (const { mx } of mailPath.servers) for (const record of recordsOf(mx) ?? []) if (record.host !== '') targetHosts.add(record.host);
  }
  const mxTargets: TargetObservation[] = [...targetHosts].flatMap((host): TargetObservation[] => {
    // Only targets whose addresses the data itself defines are judged; others are live DNS's business.
    const index = zoneFor(indexes, host);
    // An alias to a provider's load balancer (Route 53 ALIAS) has addresses only live DNS knows.
    if (index === undefined || index.records(host, 'other').some(({ value }) => value.type === 'other' && value.typeName === 'ALIAS'))
      return [];
    const alias = index.alias(host);
    const aliasIndex = alias === undefined ? undefined : zoneFor(indexes, alias);
    const addresses = alias === undefined ? index.addresses(host) : (aliasIndex?.addresses(alias) ?? []);
    if (alias !== undefined && aliasIndex === undefined) return [];
    if (addresses.length === 0 && (alias === undefined ? index : aliasIndex!).partial) return [];
    return [
      {
        host,
        status: addresses.length > 0 ? 'resolved' : index.exists(host) ? 'nodata' : 'nxdomain',
        addresses,
        cnameChain: alias === undefined ? [] : [alias],
        answeredBy: [index.server],
        byServer: [{ server: index.server, addresses }],
        detail: '',
      },
    ];
  });
  return {
    ipv6: 'unused',
    zones,
    names,
    mxTargets,
    stats: { queriesSent: 0, answersAccepted: 0, answersDropped: 0, timeouts: 0, tcpFallbacks: 0 },
  };
}

/**
 * Findings on the repository's zone data, each located on the zone-data line where it must be
 * fixed. Each split-horizon view is judged on its own, as the clients it serves see the data.
 */
export function checkZoneData(policy: Policy, zoneData: ZoneDataObservations, live: DnsObservations | undefined): RawFinding[] {
  const indexes = zoneData.zones.map((zone) => new ZoneIndex(zone));
  const views = [...new Set(zoneData.zones.map((zone) => zone.view))];
  const byName = new Map(zoneData.zones.map((zone) => [zone.zone as string, zone]));
  const indexesByLabel = new Map(indexes.map((index) => [zoneLabel(index.zone), index]));
  const dataFiles = new Set(zoneData.zones.flatMap((zone) => zone.records.map((record) => record.file)));
  const raw: RawFinding[] = views.flatMap((view) => {
    const seen = viewIndexes(indexes, view);
    const asDns = indexedZoneDataAsDns(policy, seen, (index) => index.zone.view === view);
    // Each view judges the names it holds itself; names in the shared zones are judged once, in the pass without a view.
    const held = new Set(
      policy.domains.filter((domain) => zoneFor(seen, domain.name)?.zone.view === view).map((domain) => domain.name as string),
    );
    const judged: Policy = { ...policy, domains: policy.domains.filter((domain) => held.has(domain.name)) };
    return [
      ...checkNameServers(judged, asDns).filter((finding) => finding.rule !== 'ns/delegation-mismatch' && finding.rule !== 'ns/lame'),
      ...checkMx(judged, asDns),
    ];
  });
  // Names no zone-data zone holds are live DNS's to judge; only a zone-data-only run says so.
  const oneViewEach = indexes.filter((index, position) => indexes.findIndex((other) => other.zone.zone === index.zone.zone) === position);
  const notHeldAnywhere = live === undefined ? notHeld(policy, indexedZoneDataAsDns(policy, oneViewEach), zoneData) : [];
  // A name not checked is the policy's line to read: no zone-data line says anything of it.
  const located = [
    ...[...raw, ...undeclaredNames(policy, zoneData)].map((finding) => locate(finding, indexesByLabel, byName, dataFiles, zoneData)),
    ...notHeldAnywhere,
  ];
  return [
    ...located,
    ...outOfZone(zoneData),
    ...ignoredRecords(zoneData),
    ...ttlsReadAsZero(zoneData),
    ...unknownUntilApply(zoneData),
    ...(live === undefined ? [] : drift(policy, indexes, live)),
  ];
}

/** zone-data/unknown-until-apply: a plan resource that cannot be judged before apply, on its resource block. */
function unknownUntilApply(zoneData: ZoneDataObservations): RawFinding[] {
  const unjudged = [
    ...zoneData.zones.flatMap((zone) =>
      (zone.unknownUntilApply ?? []).map((entry) => ({ entry, zone: zone.zone as string, plan: zone.file })),
    ),
    ...(zoneData.unplaced ?? []).map((entry) => ({ entry, zone: undefined, plan: undefined })),
  ];
  return unjudged.map(({ entry, zone, plan }) => ({
    rule: 'zone-data/unknown-until-apply' as const,
    name: (entry.name ?? zone ?? entry.address) as DomainName,
    subject: entry.address,
    servers: plan === undefined ? [] : [plan],
    message: `${entry.address}: ${entry.what} ${entry.what.includes(' and ') ? 'are' : 'is'} known only after apply, so ${entry.name === undefined ? 'this record' : `the ${entry.type ?? ''} RRset of ${entry.name}`.replace('  ', ' ')} cannot be judged before it: it is neither passed nor failed here; the nightly check judges what is served.`,
    location: { file: entry.file, line: entry.line, column: 1 },
  }));
}

/** zone-data/ttl-too-large: a TTL above 2^31 - 1, which every resolver reads as 0 (RFC 2181 §8), on its line. */
function ttlsReadAsZero(zoneData: ZoneDataObservations): RawFinding[] {
  return zoneData.zones.flatMap((zone) =>
    (zone.ttlsReadAsZero ?? []).map((where) => ({
      rule: 'zone-data/ttl-too-large' as const,
      name: zone.zone,
      subject: `${where.file}:${where.line}`,
      servers: [zone.file],
      message: `${where.file}:${where.line}: the TTL ${where.text} is above 2^31 - 1: BIND and every resolver read it as 0 (RFC 2181 §8), so the record is never cached; it is judged with TTL 0.`,
      location: { file: where.file, line: where.line, column: 1 },
    })),
  );
}

/** zone-data/ignored-record: an RRset the file leaves to something else, said once so that nobody takes it for judged. */
function ignoredRecords(zoneData: ZoneDataObservations): RawFinding[] {
  return zoneData.zones.flatMap((zone) =>
    (zone.ignored ?? []).map((record) => ({
      rule: 'zone-data/ignored-record' as const,
      name: record.name,
      subject: `${record.name || '.'} ${record.type}`,
      servers: [zone.file],
      message: `${zone.file}:${record.line}: the ${record.type} RRset of ${record.name || '.'} is marked octodns: ignored (managed elsewhere, never applied by octoDNS): the file is not judged for it, neither as published nor as missing.`,
      location: { file: zone.file, line: record.line, column: 1 },
    })),
  );
}

/** zone-data/out-of-zone: each record ignored because its owner lies outside its file's zone, on its line. */
function outOfZone(zoneData: ZoneDataObservations): RawFinding[] {
  return zoneData.zones.flatMap((zone) =>
    (zone.outOfZone ?? []).map((record) => ({
      rule: 'zone-data/out-of-zone' as const,
      name: zone.zone,
      subject: `${record.name || '.'} ${record.type}`,
      servers: [zone.file],
      message: `${record.file}:${record.line}: the ${record.type} record of ${record.name || '.'} lies outside zone ${zone.zone}: it is ignored, as BIND ignores out-of-zone data, and not judged as part of the zone.`,
      location: { file: record.file, line: record.line, column: 1 },
    })),
  );
}

/** In a zone-data-only run, a policy name that no zone-data zone holds was not checked. */
function notHeld(policy: Policy, asDns: DnsObservations, zoneData: ZoneDataObservations): RawFinding[] {
  // A name whose MX the data leaves to something else, or to after apply, has its own finding.
  const leftElsewhere = new Set<string>(
    zoneData.zones.flatMap((zone) => [
      ...(zone.ignored ?? []).filter((record) => record.type === 'MX').map((record) => record.name),
      ...(zone.unknownUntilApply ?? []).flatMap((entry) => (entry.name === undefined ? [] : [entry.name])),
    ]),
  );
  return uncheckedNames(policy, asDns)
    .filter(({ domain }) => !leftElsewhere.has(domain.name))
    .map(({ domain, reason }) => ({
      rule: 'dns/unchecked',
      name: domain.name,
      subject: domain.name,
      servers: [],
      message: `${domain.name} was not checked: ${reason}, and live DNS was not asked in this run.`,
      location: domain.location,
    }));
}

/** mx/undeclared-name: every name in the zone data that has MX but is not in the policy. */
function undeclaredNames(policy: Policy, zoneData: ZoneDataObservations): RawFinding[] {
  const declared = new Set(policy.domains.map((domain) => domain.name as string));
  const findings: RawFinding[] = [];
  for (const zone of zoneData.zones) {
    const seen = new Set<string>();
    for (const record of zone.records) {
      if (record.value.type !== 'MX' || declared.has(record.name) || seen.has(record.name)) continue;
      seen.add(record.name);
      findings.push({
        rule: 'mx/undeclared-name',
        name: record.name,
        subject: record.name,
        servers: [zone.file],
        message: `${record.name} publishes MX records in ${zone.file}, but is not in the policy.`,
        location: { file: record.file, line: record.line, column: 1 },
      });
    }
  }
  return findings;
}

/**
 * Moves a finding from the policy line to the zone-data line it is about: the record that
 * publishes the offending host or server, else the first record at the name, else the zone's
 * first record. The policy line stays as `policyLocation`.
 */
function locate(
  finding: RawFinding,
  indexes: ReadonlyMap<string, ZoneIndex>,
  zonesByName: ReadonlyMap<string, ZoneDataZone>,
  dataFiles: ReadonlySet<string>,
  zoneData: ZoneDataObservations,
): RawFinding {
  if (finding.location?.file !== undefined && dataFiles.has(finding.location.file)) return finding;
  const file = finding.servers[0];
  const index = file === undefined ? undefined : indexes.get(file);
  const zone =
    index?.zone ??
    zonesByName.get(finding.name) ??
    zoneData.zones.find((candidate) => isSubdomain(finding.name as DomainName, candidate.zone));
  if (zone === undefined) return finding;
  const records = zone.records;
  const subject = finding.subject as DomainName;
  const at = (predicate: (record: ZoneDataRecord) => boolean) => records.find(predicate);
  const record =
    at(
      (candidate) =>
        (candidate.value.type === 'MX' && candidate.value.host === subject && candidate.name === finding.name) ||
        (candidate.value.type === 'NS' && candidate.value.target === subject && candidate.name === finding.name),
    ) ??
    (finding.rule.startsWith('mx/') ? at((candidate) => candidate.name === finding.name && candidate.value.type === 'MX') : undefined) ??
    (finding.rule.startsWith('ns/') ? at((candidate) => candidate.name === zone.zone && candidate.value.type === 'NS') : undefined) ??
    at((candidate) => candidate.name === finding.name) ??
    records[0];
  if (record === undefined) return finding;
  return { ...finding, location: { file: record.file, line: record.line, column: 1 }, policyLocation: finding.location };
}

/**
 * zone/drift: a live authoritative server serves a name's MX, or a zone's NS, other than the
 * repository defines. One finding per name and server, saying what differs.
 */
function drift(policy: Policy, indexes: readonly ZoneIndex[], live: DnsObservations): RawFinding[] {
  const findings: RawFinding[] = [];
  const liveZones = new Map(live.zones.map((zone) => [zone.zone as string, zone]));
  const policyEntry = (name: DomainName): DomainPolicy | undefined => policy.domains.find((domain) => domain.name === name);
  // Which view a server shows this tool is not in the data: a server that serves any one view's RRset has not drifted.
  const otherViews = (index: ZoneIndex) => indexes.filter((other) => other !== index && other.zone.zone === index.zone.zone);
  const firstView = (index: ZoneIndex) => indexes.find((other) => other.zone.zone === index.zone.zone) === index;
  for (const index of indexes) {
    const liveZone = liveZones.get(index.zone.zone);
    if (liveZone === undefined || !firstView(index)) continue;
    const authoritative = authoritativeServers(liveZone);
    const expectedNs = index.nameServers();
    for (const { server, ns } of liveZone.servers) {
      if (!isBelieved(authoritative, server) || ns.status !== 'answer' || expectedNs.length === 0) continue;
      const differences = setDifferences(ns.records, expectedNs, (host) => `NS ${host}`);
      if (differences.length === 0) continue;
      if (otherViews(index).some((view) => setDifferences(ns.records, view.nameServers(), String).length === 0)) continue;
      const first = index.records(index.zone.zone, 'NS')[0]!;
      findings.push(driftFinding(index.zone.zone, server, differences, index.zone.file, first, policyEntry(index.zone.zone)?.location));
    }
  }
  for (const observed of live.names) {
    const index = zoneFor(indexes, observed.name);
    const liveZone = observed.zone === undefined ? undefined : liveZones.get(observed.zone);
    if (index === undefined || liveZone === undefined || index.zone.zone !== observed.zone) continue;
    const authoritative = authoritativeServers(liveZone);
    const expected = index
      .records(observed.name, 'MX')
      .flatMap(({ value }) => (value.type === 'MX' ? [`${value.preference} ${value.host || '.'}`] : []));
    for (const { server, mx } of observed.servers) {
      const served = recordsOf(mx);
      if (!isBelieved(authoritative, server) || served === undefined) continue;
      const servedText = served.map((record) => `${record.preference} ${record.host || '.'}`);
      const differences = setDifferences(servedText, expected, (text) => `MX ${text}`);
      if (differences.length === 0) continue;
      const viewMatches = otherViews(index).some(
        (view) =>
          setDifferences(
            servedText,
            view
              .records(observed.name, 'MX')
              .flatMap(({ value }) => (value.type === 'MX' ? [`${value.preference} ${value.host || '.'}`] : [])),
            String,
          ).length === 0,
      );
      if (viewMatches) continue;
      const record = index.records(observed.name, 'MX')[0] ?? index.byName.get(observed.name)?.[0] ?? index.zone.records[0]!;
      findings.push(driftFinding(observed.name, server, differences, index.zone.file, record, policyEntry(observed.name)?.location));
    }
  }
  return findings;
}

function setDifferences(served: readonly string[], expected: readonly string[], describe: (item: string) => string): string[] {
  return [
    ...[...new Set(served)]
      .filter((item) => !expected.includes(item))
      .map((item) => `serves ${describe(item)}, which the repository does not define`),
    ...[...new Set(expected)]
      .filter((item) => !served.includes(item))
      .map((item) => `does not serve ${describe(item)}, which the repository defines`),
  ];
}

function driftFinding(
  name: DomainName,
  server: ServerRef,
  differences: readonly string[],
  file: string,
  record: ZoneDataRecord,
  policyLocation: SourceLocation | undefined,
): RawFinding {
  return {
    rule: 'zone/drift',
    name,
    subject: serverLabel(server),
    servers: [serverLabel(server)],
    message: `${serverLabel(server)} ${differences.join('; ')} (${file}): DNS was changed outside the repository, or the change was not deployed.`,
    location: { file: record.file, line: record.line, column: 1 },
    ...(policyLocation ? { policyLocation } : {}),
  };
}
