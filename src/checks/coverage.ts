import type { DnsObservations, ServerRef } from '../observations/model.js';
import { serverLabel } from '../observations/model.js';
import type { DomainPolicy, Policy } from '../policy/types.js';
import { describeFailure, labels, listForSentence, recordsOf } from './evidence.js';
import type { RawFinding } from './finding.js';
import { authoritativeServers, isBelieved, mailPath } from './zones.js';

/** Reasons quoted per server in one message; the rest are counted. */
const MAX_REASONS_QUOTED = 6;

interface UncheckedName {
  readonly domain: DomainPolicy;
  readonly reason: string;
  readonly servers: readonly ServerRef[];
}

/**
 * Fail closed: a policy name counts as checked only when at least one server of its zone answered
 * the zone's SOA and the name's MX question with authority. Everything else (no zone found, every
 * server lame, silent, refused or out of reach) is reported, never silently passed.
 */
export function uncheckedNames(policy: Policy, dns: DnsObservations): UncheckedName[] {
  const observedByName = new Map(dns.names.map((observed) => [observed.name as string, observed]));
  const zonesByName = new Map(dns.zones.map((zone) => [zone.zone as string, zone]));
  const unchecked: UncheckedName[] = [];
  for (const domain of policy.domains) {
    const named = observedByName.get(domain.name);
    if (named === undefined) {
      unchecked.push({ domain, reason: 'it was not observed in this run', servers: [] });
      continue;
    }
    const { observation: observed } = mailPath(named);
    if (observed === undefined) {
      unchecked.push({ domain, reason: `it is an alias whose chain could not be followed (${named.alias?.error ?? ''})`, servers: [] });
      continue;
    }
    if (observed.zone === undefined) {
      unchecked.push({ domain, reason: observed.error ?? 'no zone was found for it', servers: [] });
      continue;
    }
    const zone = zonesByName.get(observed.zone);
    if (zone === undefined) {
      unchecked.push({ domain, reason: `its zone ${observed.zone} was not walked`, servers: [] });
      continue;
    }
    const authoritative = authoritativeServers(zone);
    if (authoritative.size === 0) {
      const reasons = [
        ...zone.servers.map(({ server, soa }) => `${serverLabel(server)} ${describeFailure(soa)}`),
        ...zone.unresolvedServers.map((unresolved) => `${unresolved.name} has no address (${unresolved.detail})`),
      ];
      // Every server delegated and none serving: whoever can make one of them answer owns the zone.
      const what =
        reasons.length === 0
          ? `no server of ${zone.zone} was found`
          : `no server of ${zone.zone} answered with authority (a delegation no server serves is a takeover waiting to happen: whoever gets one of these servers, or its provider account, to answer for ${zone.zone} owns its answers)`;
      unchecked.push({ domain, reason: withReasons(what, reasons), servers: zone.servers.map(({ server }) => server) });
      continue;
    }
    const believed = observed.servers.filter(({ server }) => isBelieved(authoritative, server));
    if (!believed.some(({ mx }) => recordsOf(mx) !== undefined)) {
      const reasons = believed.map(({ server, mx }) => `${serverLabel(server)} ${describeFailure(mx)}`);
      unchecked.push({
        domain,
        reason: withReasons(`no server of ${zone.zone} answered its MX question`, reasons),
        servers: believed.map(({ server }) => server),
      });
    }
  }
  return unchecked;
}

function withReasons(what: string, reasons: readonly string[]): string {
  if (reasons.length === 0) return what;
  const quoted = reasons.slice(0, MAX_REASONS_QUOTED);
  const more = reasons.length - quoted.length;
  return `${what}: ${listForSentence(more > 0 ? [...quoted, `${more} more`] : quoted)}`;
}

/** dns/unchecked, one per policy name that was not checked, with the reason. */
export function checkCoverage(policy: Policy, dns: DnsObservations): RawFinding[] {
  return uncheckedNames(policy, dns).map(({ domain, reason, servers }) => ({
    rule: 'dns/unchecked',
    name: domain.name,
    subject: domain.name,
    servers: labels(servers),
    message: `${domain.name} was not checked: ${reason}. It cannot pass until it is.`,
    location: domain.location,
  }));
}
