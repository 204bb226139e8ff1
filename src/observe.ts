import type { Logger } from './logger.js';
import { IANA_ROOT_SERVERS } from './dns/root-hints.js';
import { QueryEngine } from './dns/query-engine.js';
import { Reachability } from './dns/reachability.js';
import { IterativeResolver } from './dns/resolver.js';
import { AuthoritativeWalk } from './dns/walk.js';
import type { DnsObservations, Observations, ScanObservations } from './observations/model.js';
import { OBSERVATIONS_FORMAT_VERSION } from './observations/model.js';
import type { Policy } from './policy/types.js';
import { scanRanges } from './scan/scan-ranges.js';
import type { Settings } from './settings.js';
import { ROOT_NAME } from './dns-name.js';

/** New connections per second: fast on a LAN, still polite. */
export const SCAN_PROBES_PER_SECOND = 5000;

/** Runs the DNS walk and the SMTP scan (as `only` says) and returns what they saw. */
export async function observe(policy: Policy, settings: Settings, logger: Logger, startedAt: Date): Promise<Observations> {
  const began = performance.now();
  const deadline = AbortSignal.timeout(settings.deadlineMinutes * 60_000);
  const wantDns = settings.only !== 'scan';
  const wantScan = settings.only !== 'dns' && policy.scan !== undefined;
  if (settings.only === 'scan' && policy.scan === undefined) logger.warning('the policy has no scan section: there is nothing to scan');
  const [dns, scan] = await Promise.all([
    wantDns ? observeDns(policy, settings, logger, deadline) : undefined,
    wantScan ? observeScan(policy, settings, logger, deadline) : undefined,
  ]);
  return {
    version: OBSERVATIONS_FORMAT_VERSION,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - began),
    dns,
    scan,
  };
}

async function observeDns(policy: Policy, settings: Settings, logger: Logger, deadline: AbortSignal): Promise<DnsObservations> {
  const engine = new QueryEngine({
    port: settings.dnsPort,
    timeoutMs: settings.timeoutMs,
    retries: settings.retries,
    concurrency: settings.concurrency,
    deadline,
  });
  const reachability = new Reachability(settings.ipVersion);
  const rootServers = settings.rootHints
    ? settings.rootHints.map((address) => ({ name: ROOT_NAME, addresses: [address] }))
    : IANA_ROOT_SERVERS;
  const resolver = new IterativeResolver(engine, { rootServers, reachability, staggerMs: settings.timeoutMs });
  const walk = new AuthoritativeWalk({ engine, resolver, reachability, logger, concurrency: settings.concurrency, deadline });
  try {
    logger.info(`dns: checking ${policy.domains.length} names`);
    const expectedApexes = new Set(policy.domains.flatMap((domain) => (domain.nameservers ? [domain.name] : [])));
    const observations = await walk.run(
      policy.domains.map((domain) => domain.name),
      expectedApexes,
    );
    const { stats } = observations;
    logger.info(
      `dns: ${stats.queriesSent} queries, ${stats.answersAccepted} answers, ${stats.answersDropped} dropped, ${stats.timeouts} timeouts`,
    );
    return observations;
  } finally {
    engine.close();
  }
}

async function observeScan(policy: Policy, settings: Settings, logger: Logger, deadline: AbortSignal): Promise<ScanObservations> {
  const { observations } = await scanRanges(
    policy,
    policy.scan!,
    {
      smtpPort: settings.smtpPort,
      concurrency: settings.concurrency,
      connectTimeoutMs: settings.timeoutMs,
      greetingTimeoutMs: settings.greetingTimeoutMs,
      probesPerSecond: SCAN_PROBES_PER_SECOND,
      deadline,
    },
    logger,
  );
  return observations;
}
