/**
 * Whether each domain the perimeter depends on is registered: the registrable domain (Public
 * Suffix List, ICANN section, through tldts) of every NS host, MX target and name in their alias
 * chains, asked of its parent zone's authoritative servers by the iterative resolver (never a
 * recursive one). An authoritative NXDOMAIN from the parent means nobody holds the domain: whoever
 * registers it receives the mail or answers for the zones that depend on it.
 */
import { getDomain, getPublicSuffix } from 'tldts';
import { compareText } from '../compare-text.js';
import type { DomainName } from '../dns-name.js';
import { isSubdomain } from '../dns-name.js';
import type { DnsObservations, RegistrationObservation } from '../observations/model.js';
import { nameServerHosts } from '../observations/model.js';
import type { IterativeResolver } from './resolver.js';

/** The registrable domain of a host, or undefined for a public suffix itself (or no suffix at all). */
export function registrableDomain(host: DomainName): DomainName | undefined {
  const domain = getDomain(host, { allowPrivateDomains: false });
  return domain === null || domain === '' ? undefined : (domain.toLowerCase() as DomainName);
}

/** Every host the perimeter depends on: NS hosts of every walked zone, MX targets, and the aliases between. */
export function dependedOnHosts(dns: DnsObservations): DomainName[] {
  const hosts = new Set<DomainName>();
  for (const zone of dns.zones) {
    for (const host of nameServerHosts(zone)) hosts.add(host);
    for (const { server } of zone.servers) hosts.add(server.name);
    for (const { name, chain } of zone.aliasedServers) for (const host of [name, ...chain]) hosts.add(host);
  }
  for (const target of dns.mxTargets) for (const host of [target.host, ...target.cnameChain]) hosts.add(host);
  return [...hosts].filter((host) => host !== '').sort(compareText);
}

export async function observeRegistrations(resolver: IterativeResolver, dns: DnsObservations): Promise<RegistrationObservation[]> {
  const walked = new Set(dns.zones.map((zone) => zone.zone as string));
  const domains = new Set<DomainName>();
  for (const host of dependedOnHosts(dns)) {
    const domain = registrableDomain(host);
    if (domain !== undefined) domains.add(domain);
  }
  return Promise.all(
    [...domains].sort(compareText).map(async (domain): Promise<RegistrationObservation> => {
      // A zone the walk found and asked is delegated: its own servers answered for it.
      if (walked.has(domain)) return { domain, status: 'delegated', detail: 'walked' };
      const lookup = await resolver.lookup(domain, 'NS');
      if (lookup.status === 'failed') {
        return lookup.delegation !== undefined && lookup.delegation.zone === domain
          ? { domain, status: 'lame', detail: lookup.detail }
          : { domain, status: 'unknown', detail: lookup.detail };
      }
      if (lookup.status === 'nxdomain' && lookup.zone !== domain && isSubdomain(domain, lookup.zone)) {
        // Only a suffix that exists takes registrations: under one that does not, nobody can hold the domain.
        const suffix = (getPublicSuffix(domain) ?? '') as DomainName;
        const suffixLookup = await resolver.lookup(suffix, 'SOA');
        if (suffixLookup.status === 'nxdomain' || suffixLookup.status === 'failed') {
          return { domain, status: 'unknown', detail: `its public suffix ${suffix} does not exist either` };
        }
        return { domain, status: 'not-delegated', parent: lookup.zone, answeredBy: lookup.answeredBy, detail: 'NXDOMAIN' };
      }
      return { domain, status: 'delegated', detail: lookup.status };
    }),
  );
}
