/** Literal observations for rule tests: small builders, so each test reads like the situation it pins down. */
import type { DomainName } from '../../src/dns-name.js';
import type { IpAddress } from '../../src/ip-address.js';
import { loadPolicy } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';
import { DEFAULT_SETTINGS } from '../../src/settings.js';
import type { Settings } from '../../src/settings.js';
import type {
  DelegationReply,
  DnsObservations,
  MxRecord,
  NameObservation,
  Observations,
  ProbeObservation,
  Reply,
  ScanObservations,
  ServerRef,
  SoaRecord,
  TargetObservation,
  TransferObservation,
  ZoneObservation,
} from '../../src/observations/model.js';

export const name = (text: string) => text as DomainName;
export const ip = (text: string) => text as IpAddress;
export const server = (host: string, address: string): ServerRef => ({ name: name(host), address: ip(address) });

export const ns1 = server('ns1.example.net', '192.0.2.1');
export const ns2 = server('ns2.example.net', '192.0.2.2');
export const ns3 = server('ns3.example.net', '192.0.2.3');
export const parentA = server('a.gtld-servers.net', '192.0.2.100');

export function answer<T>(...records: T[]): Reply<T> {
  return { status: 'answer', records };
}
export const nxdomain: Reply<never> = { status: 'nxdomain' };
export function failed(failure: 'timeout' | 'refused' | 'servfail' | 'not-authoritative' | 'referral', detail = ''): Reply<never> {
  return { status: 'failed', failure, detail };
}
export const soaSerial = (serial: number): Reply<SoaRecord> => answer({ serial, primary: name('ns1.example.net') });
export const nsSet = (...hosts: string[]): Reply<DomainName> => answer(...hosts.map(name));
export const mx = (...records: [number, string][]): Reply<MxRecord> =>
  answer(...records.map(([preference, host]) => ({ preference, host: name(host) })));
export const referral = (...hosts: string[]): DelegationReply => ({ status: 'referral', ns: hosts.map(name), glue: [] });
/** What the com servers (one of them, parentA) say about a zone below them: a referral to `hosts`. */
export const comDelegation = (...hosts: string[]): ZoneObservation['parent'] => ({
  zone: name('com'),
  delegations: [{ server: parentA, reply: referral(...hosts) }],
});

export function zoneObservation(
  zone: string,
  servers: { server: ServerRef; soa?: Reply<SoaRecord>; ns?: Reply<DomainName> }[],
  extra: Partial<Pick<ZoneObservation, 'parent' | 'transfers' | 'unresolvedServers' | 'aliasedServers'>> = {},
): ZoneObservation {
  return {
    zone: name(zone),
    parent: extra.parent,
    servers: servers.map((entry) => ({
      server: entry.server,
      foundVia: ['delegation'],
      addressFoundVia: [{ kind: 'resolution' }],
      soa: entry.soa ?? soaSerial(1),
      ns: entry.ns ?? nsSet('ns1.example.net', 'ns2.example.net'),
    })),
    unresolvedServers: extra.unresolvedServers ?? [],
    aliasedServers: extra.aliasedServers ?? [],
    transfers: extra.transfers ?? [],
  };
}

export function nameObservation(
  host: string,
  zone: string,
  servers: { server: ServerRef; mx?: Reply<MxRecord>; addresses?: Reply<IpAddress> }[],
): NameObservation {
  return {
    name: name(host),
    zone: name(zone),
    servers: servers.map((entry) => ({ server: entry.server, mx: entry.mx ?? answer(), addresses: entry.addresses ?? answer() })),
    error: undefined,
  };
}

export function target(host: string, addresses: string[], extra: Partial<TargetObservation> = {}): TargetObservation {
  return {
    host: name(host),
    status: addresses.length > 0 ? 'resolved' : 'nodata',
    addresses: addresses.map(ip),
    cnameChain: [],
    answeredBy: [ns1],
    byServer: [],
    detail: '',
    ...extra,
  };
}

export function transfer(from: ServerRef, mxNames: { name: string; mx: [number, string][] }[] = []): TransferObservation {
  return {
    server: from,
    status: 'transferred',
    detail: '',
    recordCount: 10,
    mxNames: mxNames.map((entry) => ({
      name: name(entry.name),
      mx: entry.mx.map(([preference, host]) => ({ preference, host: name(host) })),
    })),
  };
}

export function dns(parts: Partial<Pick<DnsObservations, 'zones' | 'names' | 'mxTargets' | 'transports'>>): Observations {
  return {
    version: 1,
    startedAt: '2026-11-28T00:00:00.000Z',
    durationMs: 1,
    dns: {
      ipv6: 'unused',
      zones: parts.zones ?? [],
      names: parts.names ?? [],
      mxTargets: parts.mxTargets ?? [],
      stats: { queriesSent: 0, answersAccepted: 0, answersDropped: 0, timeouts: 0, tcpFallbacks: 0 },
      ...(parts.transports ? { transports: parts.transports } : {}),
    },
    scan: undefined,
  };
}

export function probe(address: string, port: number, state: ProbeObservation['state'], greeting = ''): ProbeObservation {
  return { address: ip(address), port, state, greeting, tls: undefined, startTls: undefined, detail: '' };
}

export function scan(probes: ProbeObservation[], smtpPort = 25): Observations {
  const counts = { closed: 0, filtered: 0, open: 0, smtp: 0, 'not-probed': 0 };
  for (const entry of probes) counts[entry.state]++;
  const observations: ScanObservations = { ranges: [], ports: [smtpPort], smtpPort, probes, counts, durationMs: 1 };
  return { version: 1, startedAt: '2026-11-28T00:00:00.000Z', durationMs: 1, dns: undefined, scan: observations };
}

export function policy(text: string): Policy {
  const loaded = loadPolicy('policy.yml', text);
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => problem.message).join('; '));
  return loaded.policy;
}

/** Settings for an in-process DNS-only run against a lab world on loopback. */
export function labDnsSettings(root: string, dnsPort: number, overrides: Partial<Settings> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    policyFile: 'policy.yml',
    repositoryRoot: '.',
    policyInRepository: 'policy.yml',
    rootHints: [ip(root)],
    rdapBootstrap: undefined,
    scanResults: [],
    evidence: [],
    dnsPort,
    only: new Set(['dns'] as const),
    ipVersion: '4',
    observationsFile: undefined,
    saveObservationsFile: undefined,
    scanPolicySource: undefined,
    zoneDataBase: undefined,
    failOnUnchanged: true,
    shard: undefined,
    mergeFiles: undefined,
    ...overrides,
  };
}
