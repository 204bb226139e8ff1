import type { DnsObservations, ZoneObservation } from '../observations/model.js';
import type { DomainPolicy, Policy, SourceLocation } from '../policy/types.js';

export interface ZoneUnderPolicy {
  readonly zone: ZoneObservation;
  /** The policy entry that declares `nameservers` for this zone: the apex entry if it has one. */
  readonly declaring: DomainPolicy | undefined;
  /** Where zone-wide findings point: the apex entry, else the first policy name in the zone. */
  readonly location: SourceLocation;
  readonly policyNames: readonly DomainPolicy[];
}

/** Every observed zone that holds at least one policy name, each once, in policy order. */
export function zonesWithPolicy(policy: Policy, dns: DnsObservations): ZoneUnderPolicy[] {
  const byZone = new Map<string, DomainPolicy[]>();
  for (const domain of policy.domains) {
    const zone = dns.names.find((observed) => observed.name === domain.name)?.zone;
    if (zone === undefined) continue;
    byZone.set(zone, [...(byZone.get(zone) ?? []), domain]);
  }
  const result: ZoneUnderPolicy[] = [];
  for (const [zoneName, policyNames] of byZone) {
    const zone = dns.zones.find((observed) => observed.zone === zoneName);
    if (zone === undefined) continue;
    const apex = policyNames.find((domain) => domain.name === zoneName);
    const declaring = apex?.nameservers !== undefined ? apex : policyNames.find((domain) => domain.nameservers !== undefined);
    const located = declaring ?? apex ?? policyNames[0]!;
    result.push({ zone, declaring, location: located.location, policyNames });
  }
  return result;
}
