import type { IpAddress } from '../ip-address.js';
import type { Logger } from '../logger.js';
import type { ProbeObservation, ScanObservations } from '../observations/model.js';
import type { Policy, ScanPolicy } from '../policy/types.js';
import { compareAddresses } from '../ip-address.js';
import { Scanner } from './scanner.js';
import type { ScannerCounters } from './scanner.js';
import { probeTargets, ScanScope } from './targets.js';
import { scanTargetInShard } from '../shard.js';
import type { Shard } from '../shard.js';

export interface ScanSettings {
  readonly smtpPort: number;
  readonly concurrency: number;
  readonly connectTimeoutMs: number;
  readonly greetingTimeoutMs: number;
  readonly probesPerSecond: number;
  /** Aborted when the run's deadline is reached: no probe starts after it. */
  readonly deadline?: AbortSignal;
  /** Probe only this shard's part of the targets (the union of the shards is the whole scan). */
  readonly shard?: Shard;
}

/** Connections opened at once to one host: enough to be quick, few enough not to look like a flood. */
const PER_HOST_CONCURRENCY = 8;

/**
 * Scans the policy's ranges on its ports, plus the SMTP port of every declared mail-server address
 * inside them (needed to tell "egress blocked" from "server down").
 */
/** How many probes the scan makes (this shard's part): what a run must be able to finish before its deadline. */
export function plannedProbes(policy: Policy, scanPolicy: ScanPolicy, smtpPort: number, shard: ScanSettings['shard']): number {
  const scope = new ScanScope(scanPolicy.ranges.map((range) => range.value));
  const approved = new Set(
    policy.mailServers.flatMap((server) => server.addresses.map((address) => address.value)).filter((address) => scope.contains(address)),
  );
  // The approved servers' SMTP port is probed on its own only when the ranges' ports lack it.
  const whole = Number(scope.size) * scanPolicy.ports.length + (scanPolicy.ports.includes(smtpPort) ? 0 : approved.size);
  // Targets at positions index-1, index-1+count, ...: how many fall in this shard.
  return shard === undefined ? whole : Math.max(0, Math.ceil((whole - (shard.index - 1)) / shard.count));
}

export async function scanRanges(
  policy: Policy,
  scanPolicy: ScanPolicy,
  settings: ScanSettings,
  logger: Logger,
): Promise<{ observations: ScanObservations; counters: ScannerCounters }> {
  const started = performance.now();
  const scope = new ScanScope(scanPolicy.ranges.map((range) => range.value));
  const approved = new Set<IpAddress>(
    policy.mailServers.flatMap((server) => server.addresses.map((address) => address.value)).filter((address) => scope.contains(address)),
  );
  const extra = [...approved].map((address) => ({ address, port: settings.smtpPort }));
  // Never expanded into memory: the policy's max-addresses bounds the count, not the heap.
  const addressCount = Number(scope.size);
  const shard = settings.shard;
  const total = plannedProbes(policy, scanPolicy, settings.smtpPort, shard);
  logger.info(`scan: ${addressCount} addresses × ${scanPolicy.ports.length} ports`);
  const scanner = new Scanner(scope, {
    concurrency: settings.concurrency,
    probesPerSecond: settings.probesPerSecond,
    perHostConcurrency: PER_HOST_CONCURRENCY,
    connectTimeoutMs: settings.connectTimeoutMs,
    greetingTimeoutMs: settings.greetingTimeoutMs,
    logger,
  });
  const { kept, counts } = await scanner.scan(
    inShard(probeTargets(scope, scanPolicy.ports, extra), shard),
    total,
    (result: ProbeObservation) => result.state !== 'closed' || approved.has(result.address),
    settings.deadline,
  );
  if (counts['not-probed'] > 0) logger.warning(`scan: ${counts['not-probed']} probes were not made; they are not counted as closed`);
  kept.sort((a, b) => compareAddresses(a.address, b.address) || a.port - b.port);
  const ports = [...new Set([...scanPolicy.ports, ...(extra.length > 0 ? [settings.smtpPort] : [])])].sort((a, b) => a - b);
  return {
    observations: {
      ranges: scanPolicy.ranges.map((range) => range.value.text),
      ports,
      smtpPort: settings.smtpPort,
      probes: kept,
      counts,
      durationMs: Math.round(performance.now() - started),
    },
    counters: scanner.counters,
  };
}

function* inShard<T>(targets: Iterable<T>, shard: Shard | undefined): Generator<T> {
  let position = 0;
  for (const target of targets) if (scanTargetInShard(position++, shard)) yield target;
}
