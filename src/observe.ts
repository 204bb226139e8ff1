import type { Logger } from './logger.js';
import { IANA_ROOT_SERVERS } from './dns/root-hints.js';
import { QueryEngine } from './dns/query-engine.js';
import { Reachability } from './dns/reachability.js';
import { IterativeResolver } from './dns/resolver.js';
import { AuthoritativeWalk } from './dns/walk.js';
import { observeRegistrations, registrableDomain } from './dns/registration.js';
import { IANA_RDAP_BOOTSTRAP, observeRegistry } from './registry/rdap.js';
import type { DomainName } from './dns-name.js';
import type {
  DnsObservations,
  EvidenceObservations,
  ImportedScan,
  MtaStsHostObservation,
  Observations,
  ProbeObservation,
  ProbeObservations,
  ScanObservations,
  ZoneDataObservations,
} from './observations/model.js';
import { compareAddresses } from './ip-address.js';
import { probeMxTargets } from './probe/probe.js';
import { fetchMtaStsPolicies } from './probe/mta-sts.js';
import { OBSERVATIONS_FORMAT_VERSION } from './observations/model.js';
import type { Policy } from './policy/types.js';
import { plannedProbes, scanRanges } from './scan/scan-ranges.js';
import { readImportedScan } from './scan/imported.js';
import { readEvidence } from './evidence/read.js';
import { ConfigurationError } from './policy/problem.js';
import { runsPhase } from './settings.js';
import type { Phase, Settings } from './settings.js';
import { ZoneDataError } from './zone-data/error.js';
import { checkoutFiles, readZoneData } from './zone-data/read.js';
import { ROOT_NAME } from './dns-name.js';
import { withinHeapBudget } from './memory.js';

/** New connections per second: fast on a LAN, still polite. */
export const SCAN_PROBES_PER_SECOND = 5000;

/**
 * Runs the phases `only` selects among those the policy configures (zone data, the DNS walk, the
 * SMTP scan) and returns what they saw. The zone-data phase opens no socket.
 */
export function observe(policy: Policy, settings: Settings, logger: Logger, startedAt: Date): Promise<Observations> {
  return withinHeapBudget(() => observePhases(policy, settings, logger, startedAt));
}

async function observePhases(policy: Policy, settings: Settings, logger: Logger, startedAt: Date): Promise<Observations> {
  const began = performance.now();
  const deadline = AbortSignal.timeout(settings.deadlineMinutes * 60_000);
  const configured: Record<Phase, boolean> = {
    'zone-data': policy.zoneData.length > 0,
    dns: true,
    // A lab or a private root has no registry: one is asked only when named.
    registry: settings.rootHints === undefined || settings.rdapBootstrap !== undefined,
    probe: policy.smtpProbe !== undefined,
    scan: policy.scan !== undefined,
  };
  if (settings.only !== 'all') {
    for (const phase of settings.only) {
      if (!configured[phase]) logger.warning(`the policy has no ${phase} section: the ${phase} phase has nothing to do`);
    }
  }
  const wantScan = runsPhase(settings, 'scan', configured.scan);
  const importScans = settings.scanResults.length > 0;
  if (wantScan && !importScans) refuseEndlessScan(policy, settings);
  const zoneData = runsPhase(settings, 'zone-data', configured['zone-data']) ? observeZoneData(policy, settings) : undefined;
  const wantProbe = runsPhase(settings, 'probe', configured.probe);
  const wantRegistry = runsPhase(settings, 'registry', configured.registry);
  // The probe talks to the MX targets the walk finds, the registry is asked about the domains it
  // depends on: asking for either runs the walk too.
  const wantDns = runsPhase(settings, 'dns', configured.dns) || wantProbe || wantRegistry;
  const [dnsAndProbe, scan] = await Promise.all([
    wantDns
      ? observeDns(policy, settings, logger, deadline).then(async (dns) => {
          const [probe, registry] = await Promise.all([
            wantProbe
              ? Promise.all([
                  observeProbe(policy, dns, settings, logger),
                  fetchMtaStsPolicies(dns.mtaStsHosts ?? [], { port: settings.mtaStsPort, timeoutMs: Math.max(settings.timeoutMs, 5000) }),
                ]).then(([probe, mtaSts]) => (mtaSts.length > 0 ? { ...probe, mtaSts } : probe))
              : undefined,
            wantRegistry
              ? observeRegistry(
                  registryDomains(dns),
                  { bootstrap: settings.rdapBootstrap ?? IANA_RDAP_BOOTSTRAP, timeoutMs: Math.max(settings.timeoutMs, 5000), deadline },
                  logger,
                )
              : undefined,
          ]);
          return { dns, probe, registry };
        })
      : undefined,
    wantScan ? (importScans ? importScanResults(policy, settings, logger) : observeScan(policy, settings, logger, deadline)) : undefined,
  ]);
  const evidence = settings.evidence.length > 0 ? await readEvidenceFiles(policy, settings, logger) : undefined;
  const dns = dnsAndProbe?.dns;
  const probe = dnsAndProbe?.probe;
  const registry = dnsAndProbe?.registry;
  return {
    version: OBSERVATIONS_FORMAT_VERSION,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - began),
    ...(zoneData ? { zoneData } : {}),
    dns,
    ...(evidence ? { evidence } : {}),
    ...(registry ? { registry } : {}),
    ...(probe ? { probe } : {}),
    scan,
  };
}

/** Received mail, logs and TLS-RPT reports: trace facts only, and a recipient domain only when it is a policy name. */
async function readEvidenceFiles(policy: Policy, settings: Settings, logger: Logger): Promise<EvidenceObservations> {
  const managed = {
    names: new Set(policy.mailServers.map((server) => server.host as string)),
    addresses: new Set(policy.mailServers.flatMap((server) => server.addresses.map((address) => address.value as string))),
  };
  let reading: Awaited<ReturnType<typeof readEvidence>>;
  try {
    reading = await readEvidence(settings.evidence, managed);
  } catch (error) {
    throw new ConfigurationError(`evidence: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  for (const file of reading.files) if (file.format.includes('unreadable')) logger.warning(`evidence: ${file.file}: ${file.format}`);
  const names = new Set(policy.domains.map((domain) => domain.name as string));
  return {
    files: reading.files,
    arrivals: reading.arrivals.map(({ recipientDomain, ...arrival }) => ({
      ...arrival,
      policyName: recipientDomain !== undefined && names.has(recipientDomain) ? (recipientDomain as DomainName) : undefined,
    })),
    tlsRpt: reading.tlsRpt,
  };
}

/**
 * Other tools' scans instead of this run's own: every port result inside the ranges, as if probed
 * (the first file to report an address and port wins); outside ones counted and dropped.
 */
async function importScanResults(policy: Policy, settings: Settings, logger: Logger): Promise<ScanObservations> {
  const began = performance.now();
  const ranges = policy.scan!.ranges.map((range) => range.value);
  const imported: ImportedScan[] = [];
  const byEndpoint = new Map<string, ProbeObservation>();
  for (const file of settings.scanResults) {
    let read: Awaited<ReturnType<typeof readImportedScan>>;
    try {
      read = await readImportedScan(file, ranges);
    } catch (error) {
      throw new ConfigurationError(`scan-results ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    imported.push(read.scan);
    if (read.scan.cut) logger.warning(`scan: ${file} ends mid-way (a scan cut off): what it holds counts, the rest is not known`);
    for (const probe of read.probes)
      if (!byEndpoint.has(`${probe.address}|${probe.port}`)) byEndpoint.set(`${probe.address}|${probe.port}`, probe);
  }
  const probes = [...byEndpoint.values()].sort((a, b) => compareAddresses(a.address, b.address) || a.port - b.port);
  const approved = new Set(policy.mailServers.flatMap((server) => server.addresses.map((address) => address.value)));
  const counts = { closed: 0, filtered: 0, open: 0, smtp: 0, 'not-probed': 0 };
  for (const probe of probes) counts[probe.state]++;
  logger.info(`scan: ${probes.length} port results from ${imported.length} imported files`);
  return {
    ranges: policy.scan!.ranges.map((range) => range.value.text),
    ports: policy.scan!.ports,
    smtpPort: settings.smtpPort,
    probes: probes.filter((probe) => probe.state !== 'closed' || approved.has(probe.address)),
    counts,
    durationMs: Math.round(performance.now() - began),
    imported,
  };
}

/**
 * A scan that cannot end before the deadline at the probe rate is refused before the first probe,
 * with the numbers (a /8 on every port would otherwise run for years, stopped only by the deadline).
 */
function refuseEndlessScan(policy: Policy, settings: Settings): void {
  const probes = plannedProbes(policy, policy.scan!, settings.smtpPort, settings.shard);
  const seconds = probes / SCAN_PROBES_PER_SECOND;
  if (seconds <= settings.deadlineMinutes * 60) return;
  throw new ConfigurationError(
    `the scan plans ${probes} probes (addresses × ports), ${Math.ceil(seconds / 60)} minutes at ${SCAN_PROBES_PER_SECOND} probes a second, more than the deadline of ${settings.deadlineMinutes} minutes: narrow scan.ranges or scan.ports, split the run into shards, or raise deadline-minutes`,
  );
}

/**
 * Where each name that publishes an MTA-STS record (on any server, or through an alias) serves its
 * policy: `mta-sts.<name>`, resolved from the root like an MX target. The policy itself is fetched
 * by the probe phase: that is a connection to a host, not a DNS question.
 */
async function resolveMtaStsHosts(resolver: IterativeResolver, dns: DnsObservations): Promise<MtaStsHostObservation[]> {
  const publishing = dns.names.filter((observed) =>
    observed.servers.some(({ mtaSts }) => (mtaSts?.status === 'answer' && mtaSts.records.length > 0) || mtaSts?.status === 'not-checked'),
  );
  return Promise.all(
    publishing.map(async ({ name }) => {
      const host = `mta-sts.${name}` as DomainName;
      const { addresses, detail } = await resolver.addressesOf(host);
      return { name, host, addresses: [...addresses].sort(compareAddresses), detail: addresses.length > 0 ? '' : detail };
    }),
  );
}

/** The registrable domains a registry is asked about: each walked zone's, and each one the perimeter depends on. */
function registryDomains(dns: DnsObservations): DomainName[] {
  const domains = new Set<DomainName>();
  for (const zone of dns.zones) {
    const domain = registrableDomain(zone.zone);
    if (domain !== undefined) domains.add(domain);
  }
  for (const registration of dns.registrations ?? []) if (registration.status !== 'unknown') domains.add(registration.domain);
  return [...domains];
}

/** The repository's zone data as the checkout has it; a file that cannot be read is exit 2 (file:line). */
function observeZoneData(policy: Policy, settings: Settings): ZoneDataObservations {
  try {
    return readZoneData(policy.zoneData, settings.policyInRepository, checkoutFiles(settings.repositoryRoot));
  } catch (error) {
    if (error instanceof ZoneDataError) throw new ConfigurationError(error.message);
    throw error;
  }
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
    // A shard's policy keeps the whole policy's zones: MX targets in them are asked of their servers.
    const expectedApexes = new Set((policy.allDomains ?? policy.domains).flatMap((domain) => (domain.nameservers ? [domain.name] : [])));
    const observations = await walk.run(
      policy.domains.map((domain) => domain.name),
      expectedApexes,
    );
    // Every domain the perimeter depends on must be held by someone: asked of its parent's servers.
    const [registrations, mtaStsHosts] = await Promise.all([
      observeRegistrations(resolver, observations),
      resolveMtaStsHosts(resolver, observations),
    ]);
    const stats = engine.stats;
    logger.info(
      `dns: ${stats.queriesSent} queries, ${stats.answersAccepted} answers, ${stats.answersDropped} dropped, ${stats.timeouts} timeouts`,
    );
    return {
      ...observations,
      stats,
      ...(mtaStsHosts.length > 0 ? { mtaStsHosts } : {}),
      ...(registrations.length > 0 ? { registrations } : {}),
    };
  } finally {
    engine.close();
  }
}

function observeProbe(policy: Policy, dns: DnsObservations, settings: Settings, logger: Logger): Promise<ProbeObservations> {
  return probeMxTargets(
    policy,
    policy.smtpProbe!,
    dns,
    {
      port: settings.smtpPort,
      concurrency: settings.concurrency,
      connectTimeoutMs: settings.timeoutMs,
      greetingTimeoutMs: settings.probeGreetingTimeoutMs,
      replyTimeoutMs: settings.greetingTimeoutMs,
    },
    logger,
  );
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
      shard: settings.shard,
    },
    logger,
  );
  return observations;
}
