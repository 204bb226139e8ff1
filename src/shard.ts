/**
 * Splitting one run over several runners (an Actions matrix) and joining it again. A shard is a
 * deterministic part of the work: policy names grouped by the declared zone apex that encloses
 * them (so one zone's servers are walked by one shard only), scan targets by their place in the
 * address × port order, and the zone data in shard 1. The union of the shards is the whole run;
 * `merge` checks that every shard of one policy is there once, and joins their observations.
 */
import { groupBy } from './group.js';
import { createHash } from 'node:crypto';
import type { DomainName } from './dns-name.js';
import { parentName, ROOT_NAME } from './dns-name.js';
import { compareAddresses } from './ip-address.js';
import type {
  DnsObservations,
  Observations,
  ProbeObservations,
  RegistrationObservation,
  ScanObservations,
  TargetObservation,
} from './observations/model.js';
import { serverLabel } from './observations/model.js';
import { ConfigurationError } from './policy/problem.js';
import type { Policy } from './policy/types.js';
import { compareText } from './compare-text.js';

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

/** Shards of one run, at most: a matrix wider than this is not one GitHub runs. */
const MAX_SHARDS = 256;

export function parseShard(flag: string, text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new ConfigurationError(`${flag} must be i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}; got "${text}"`);
  }
  return { index, count };
}

/** Which policy a set of observations belongs to: a digest of the policy file's text. */
export function policyDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The part of the policy a shard observes: its names, its scan targets (by the scanner), zone data in shard 1. */
export function policyForShard(policy: Policy, shard: Shard): Policy {
  const apexes = new Set(policy.domains.filter((domain) => domain.nameservers !== undefined).map((domain) => domain.name));
  // The deepest declared apex enclosing the name, found by walking up from the name: a lookup per
  // label, where comparing with every apex made 100,000 names cost 10^10 comparisons.
  const group = (name: DomainName) => {
    for (let ancestor: DomainName | undefined = name; ancestor !== undefined && ancestor !== ROOT_NAME; ancestor = parentName(ancestor)) {
      if (apexes.has(ancestor)) return ancestor;
    }
    return name.split('.').slice(-2).join('.');
  };
  return {
    ...policy,
    domains: policy.domains.filter((domain) => bucket(group(domain.name), shard.count) === shard.index),
    allDomains: policy.domains,
    zoneData: shard.index === 1 ? policy.zoneData : [],
  };
}

/**
 * FNV-1a: stable across runs and machines, unlike any runtime hash. The shard comes from the
 * hash's high bits: its low bits depend only on the low bits of each character, so with 2, 4 or 8
 * shards "shop-a" and "shop-e" would always share one.
 */
function bucket(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193) >>> 0;
  return Math.floor((hash / 0x1_0000_0000) * count) + 1;
}

/** Whether a scan target (by its place in the scan's order) belongs to this shard. */
export function scanTargetInShard(position: number, shard: Shard | undefined): boolean {
  return shard === undefined || position % shard.count === shard.index - 1;
}

/**
 * Joins shard observations into one run's. Refuses, naming the file: observations that are no
 * shard, shards of another policy or format version, a shard given twice, a missing shard.
 */
export function mergeShards(files: readonly { file: string; observations: Observations }[], digest: string): Observations {
  if (files.length === 0) throw new ConfigurationError('merge needs the observation files of every shard');
  const marks = files.map(({ file, observations }) => {
    const mark = observations.shard;
    if (mark === undefined) throw new ConfigurationError(`${file} holds the observations of a whole run, not of a shard`);
    if (mark.policy !== digest)
      throw new ConfigurationError(`${file} is a shard of another version of the policy (${mark.policy}, not ${digest})`);
    return { file, mark };
  });
  const count = marks[0]!.mark.count;
  const seen = new Map<number, string>();
  for (const { file, mark } of marks) {
    if (mark.count !== count)
      throw new ConfigurationError(`${file} is shard ${mark.index}/${mark.count}, but ${marks[0]!.file} is one of ${count}`);
    const twice = seen.get(mark.index);
    if (twice !== undefined) throw new ConfigurationError(`shard ${mark.index}/${count} is given twice: ${twice} and ${file}`);
    seen.set(mark.index, file);
  }
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((index) => !seen.has(index));
  if (missing.length > 0)
    throw new ConfigurationError(
      `shard ${missing.map((index) => `${index}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing`,
    );
  const all = files.map(({ observations }) => observations);
  const zoneData = all.find((observations) => observations.zoneData)?.zoneData;
  const probe = mergeProbe(all.flatMap((observations) => (observations.probe ? [observations.probe] : [])));
  const registries = all.flatMap((observations) => (observations.registry ? [observations.registry] : []));
  // Each shard asks about the domains its names depend on: a domain asked by two keeps the registry's answer (byKey keeps the last).
  const registry =
    registries.length === 0
      ? undefined
      : {
          bootstrap: registries[0]!.bootstrap,
          domains: byKey(
            registries
              .flatMap((part) => part.domains)
              .sort((a, b) => (a.status === 'unchecked' ? 0 : 1) - (b.status === 'unchecked' ? 0 : 1)),
            (domain) => domain.domain,
          ),
        };
  return {
    version: all[0]!.version,
    startedAt: all.map((observations) => observations.startedAt).sort()[0]!,
    durationMs: Math.max(...all.map((observations) => observations.durationMs)),
    ...(zoneData ? { zoneData } : {}),
    dns: mergeDns(all.flatMap((observations) => (observations.dns ? [observations.dns] : []))),
    ...(registry ? { registry } : {}),
    ...(probe ? { probe } : {}),
    scan: mergeScan(all.flatMap((observations) => (observations.scan ? [observations.scan] : []))),
  };
}

function byKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()].sort((a, b) => compareText(key(a), key(b)));
}

/** The merged run's IPv6 status: one shard that reached a server over IPv6 proves it works. */
const IPV6_STATUS_PRECEDENCE = ['reachable', 'unreachable', 'disabled'] as const;

function mergeDns(parts: readonly DnsObservations[]): DnsObservations | undefined {
  if (parts.length === 0) return undefined;
  const statuses = parts.map((part) => part.ipv6);
  const sum = (field: keyof DnsObservations['stats']) => parts.reduce((total, part) => total + part.stats[field], 0);
  return {
    ipv6: IPV6_STATUS_PRECEDENCE.find((status) => statuses.includes(status)) ?? 'unused',
    zones: byKey(
      parts.flatMap((part) => part.zones),
      (zone) => zone.zone,
    ),
    names: byKey(
      parts.flatMap((part) => part.names),
      (name) => name.name,
    ),
    mxTargets: mergeTargets(parts.flatMap((part) => part.mxTargets)),
    ...mergedOptional(
      'transports',
      parts.flatMap((part) => part.transports ?? []),
      (transport) => transport.address,
    ),
    ...mergedOptional(
      'registrations',
      // A shard whose question went unanswered knows less than one that got the parent's word.
      parts
        .flatMap((part) => part.registrations ?? [])
        .sort((a, b) => REGISTRATION_CERTAINTY.indexOf(a.status) - REGISTRATION_CERTAINTY.indexOf(b.status)),
      (registration) => registration.domain,
    ),
    stats: {
      queriesSent: sum('queriesSent'),
      answersAccepted: sum('answersAccepted'),
      answersDropped: sum('answersDropped'),
      timeouts: sum('timeouts'),
      tcpFallbacks: sum('tcpFallbacks'),
    },
  };
}

const REGISTRATION_CERTAINTY: readonly RegistrationObservation['status'][] = ['not-delegated', 'lame', 'delegated', 'unknown'];

/** An optional list of every shard's, one per key (the first met), left out when no shard had any. */
function mergedOptional<K extends 'transports' | 'registrations', T extends NonNullable<DnsObservations[K]>[number]>(
  field: K,
  items: readonly T[],
  key: (item: T) => string,
): Partial<Record<K, T[]>> {
  if (items.length === 0) return {};
  const first = new Map<string, T>();
  for (const item of items) if (!first.has(key(item))) first.set(key(item), item);
  return { [field]: [...first.values()].sort((a, b) => compareText(key(a), key(b))) } as Partial<Record<K, T[]>>;
}

/** Shards that resolved the same MX target saw parts of it: the union is what the whole run would have seen. */
function mergeTargets(targets: readonly TargetObservation[]): TargetObservation[] {
  const byHost = groupBy(targets, (target) => target.host);
  return [...byHost.values()]
    .map((versions): TargetObservation => {
      const addresses = [...new Set(versions.flatMap((version) => version.addresses))].sort(compareAddresses);
      const first = versions[0]!;
      return {
        ...first,
        status: addresses.length > 0 ? 'resolved' : first.status,
        addresses,
        cnameChain: versions.find((version) => version.cnameChain.length > 0)?.cnameChain ?? [],
        answeredBy: byKey(
          versions.flatMap((version) => version.answeredBy),
          serverLabel,
        ),
        byServer: byKey(
          versions.flatMap((version) => version.byServer),
          (entry) => serverLabel(entry.server),
        ),
        detail: [...new Set(versions.map((version) => version.detail).filter((detail) => detail !== ''))].join('; '),
      };
    })
    .sort((a, b) => compareText(a.host, b.host));
}

function mergeProbe(parts: readonly ProbeObservations[]): ProbeObservations | undefined {
  if (parts.length === 0) return undefined;
  return {
    checks: parts[0]!.checks,
    conversations: byKey(
      parts.flatMap((part) => part.conversations),
      (c) => `${c.name}|${c.host}|${c.address}`,
    ),
  };
}

function mergeScan(parts: readonly ScanObservations[]): ScanObservations | undefined {
  if (parts.length === 0) return undefined;
  const counts = { closed: 0, filtered: 0, open: 0, smtp: 0, 'not-probed': 0 };
  for (const part of parts) for (const state of Object.keys(counts) as (keyof typeof counts)[]) counts[state] += part.counts[state];
  return {
    ranges: parts[0]!.ranges,
    ports: [...new Set(parts.flatMap((part) => part.ports))].sort((a, b) => a - b),
    smtpPort: parts[0]!.smtpPort,
    probes: byKey(
      parts.flatMap((part) => part.probes),
      (probe) => `${probe.address}|${String(probe.port).padStart(5, '0')}`,
    ),
    counts,
    durationMs: Math.max(...parts.map((part) => part.durationMs)),
  };
}
