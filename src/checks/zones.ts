import type { DnsObservations, NameObservation, ServerRef, ZoneObservation } from '../observations/model.js';
import { serverLabel } from '../observations/model.js';
import type { DomainPolicy, Policy, SourceLocation } from '../policy/types.js';

export interface ZoneUnderPolicy {
  readonly zone: ZoneObservation;
  /** The policy entry that declares `nameservers` for this zone: the apex entry if it has one. */
  readonly declaring: DomainPolicy | undefined;
  /** Where zone-wide findings point: the apex entry, else the first policy name in the zone. */
  readonly location: SourceLocation;
  readonly policyNames: readonly DomainPolicy[];
  /** What was observed at those names. */
  readonly observedNames: readonly NameObservation[];
  /** Labels of the servers that answered the zone with authority: the only ones whose RRsets are compared. */
  readonly authoritative: ReadonlySet<string>;
}

/**
 * The servers that answered the zone's apex SOA with authority (AA set, an SOA record). A lame
 * server's answers stay in the observations, but they are no evidence about the zone's contents:
 * its empty replies must not become missing MX or mismatched NS sets.
 */
export function authoritativeServers(zone: ZoneObservation): Set<string> {
  return new Set(
    zone.servers.filter(({ soa }) => soa.status === 'answer' && soa.records.length > 0).map(({ server }) => serverLabel(server)),
  );
}

export function isBelieved(authoritative: ReadonlySet<string>, server: ServerRef): boolean {
  return authoritative.has(serverLabel(server));
}

/** Every observed zone that holds at least one policy name, each once, in policy order. */
export function zonesWithPolicy(policy: Policy, dns: DnsObservations): ZoneUnderPolicy[] {
  // Indexed once: at 10,000 names a search per name would make judging quadratic.
  const observedByName = new Map(dns.names.map((observed) => [observed.name as string, observed]));
  const zonesByName = new Map(dns.zones.map((zone) => [zone.zone as string, zone]));
  const byZone = new Map<string, { policyNames: DomainPolicy[]; observedNames: NameObservation[] }>();
  for (const domain of policy.domains) {
    const observed = observedByName.get(domain.name);
    if (observed?.zone === undefined) continue;
    const entry = byZone.get(observed.zone) ?? { policyNames: [], observedNames: [] };
    entry.policyNames.push(domain);
    entry.observedNames.push(observed);
    byZone.set(observed.zone, entry);
  }
  const result: ZoneUnderPolicy[] = [];
  for (const [zoneName, { policyNames, observedNames }] of byZone) {
    const zone = zonesByName.get(zoneName);
    if (zone === undefined) continue;
    const apex = policyNames.find((domain) => domain.name === zoneName);
    const declaring = apex?.nameservers !== undefined ? apex : policyNames.find((domain) => domain.nameservers !== undefined);
    const located = declaring ?? apex ?? policyNames[0]!;
    result.push({ zone, declaring, location: located.location, policyNames, observedNames, authoritative: authoritativeServers(zone) });
  }
  return result;
}

/**
 * Where mail for a policy name really goes: the name's own records, or, when the name is an
 * alias, the canonical name's (undefined when the chain could not be followed). `via` is the
 * phrase findings add so the reader sees why another name's MX is judged.
 */
export function mailPath(observed: NameObservation): { observation: NameObservation | undefined; via: string } {
  if (observed.alias === undefined) return { observation: observed, via: '' };
  return { observation: observed.alias.target, via: ` (via the alias ${[observed.name, ...observed.alias.chain].join(' → ')})` };
}
