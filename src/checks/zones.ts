import type { DnsObservations, NameObservation, ZoneObservation } from '../observations/model.js';
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
    result.push({ zone, declaring, location: located.location, policyNames, observedNames });
  }
  return result;
}
