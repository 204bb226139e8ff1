/**
 * mx/target-unregistered and ns/unregistered: an MX target or name server (or a name in its alias
 * chain) lies in a registrable domain that its parent zone says does not exist. Nobody holds it,
 * so anybody may register it, and then receives the mail, or answers for the zone.
 */
import type { DomainName } from '../dns-name.js';
import { registrableDomain } from '../dns/registration.js';
import type { DnsObservations, RegistrationObservation, RegistryObservations } from '../observations/model.js';
import { nameServerHosts, serverLabel } from '../observations/model.js';
import type { Policy } from '../policy/types.js';
import { listForSentence } from './evidence.js';
import type { RawFinding } from './finding.js';
import { mailPath, zonesWithPolicy } from './zones.js';

/** The first host of a chain whose registrable domain nobody holds. */
function unheld(
  chain: readonly DomainName[],
  registrations: ReadonlyMap<string, RegistrationObservation>,
): { host: DomainName; registration: RegistrationObservation } | undefined {
  for (const host of chain) {
    const domain = registrableDomain(host);
    const registration = domain === undefined ? undefined : registrations.get(domain);
    if (registration?.status === 'not-delegated') return { host, registration };
  }
  return undefined;
}

export function checkRegistrations(policy: Policy, dns: DnsObservations, registry?: RegistryObservations): RawFinding[] {
  if (!dns.registrations?.length) return [];
  const registryRecords = new Map((registry?.domains ?? []).map((record) => [record.domain as string, record]));
  const proof = (registration: RegistrationObservation): string => {
    const by = registration.answeredBy === undefined ? '' : ` (${serverLabel(registration.answeredBy)})`;
    const record = registryRecords.get(registration.domain);
    const confirmed = record?.status === 'not-found' ? `, and the registry (${record.server}) says it does not exist` : '';
    return `the ${registration.parent || 'root'} zone's server${by} answers that ${registration.domain} does not exist${confirmed}`;
  };
  const registrations = new Map(dns.registrations.map((registration) => [registration.domain as string, registration]));
  const observedByName = new Map(dns.names.map((observed) => [observed.name as string, observed]));
  const targets = new Map(dns.mxTargets.map((target) => [target.host as string, target]));
  const findings: RawFinding[] = [];
  for (const domain of policy.domains) {
    const observed = observedByName.get(domain.name);
    const mail = observed === undefined ? undefined : mailPath(observed).observation;
    const preferences = new Map<DomainName, Set<number>>();
    for (const { mx } of mail?.servers ?? []) {
      if (mx.status !== 'answer') continue;
      for (const { host, preference } of mx.records)
        if (host !== '') (preferences.get(host) ?? preferences.set(host, new Set()).get(host)!).add(preference);
    }
    for (const [host, preference] of preferences) {
      const chain = [host, ...(targets.get(host)?.cnameChain ?? [])];
      const found = unheld(chain, registrations);
      if (found === undefined) continue;
      const at = `MX ${listForSentence([...preference].sort((a, b) => a - b).map(String))}`;
      findings.push({
        rule: 'mx/target-unregistered',
        name: domain.name,
        subject: host,
        servers: found.registration.answeredBy === undefined ? [] : [serverLabel(found.registration.answeredBy)],
        message: `MX target ${host} of ${domain.name}${found.host === host ? '' : ` is an alias (${chain.join(' → ')}) and ${found.host}`} lies in ${found.registration.domain}, which nobody holds: ${proof(found.registration)}. Anyone who registers ${found.registration.domain} receives ${domain.name}'s mail at ${at}.`,
        location: domain.mx?.location ?? domain.location,
      });
    }
  }
  for (const { zone, location } of zonesWithPolicy(policy, dns)) {
    const hosts = nameServerHosts(zone);
    const aliases = new Map(zone.aliasedServers.map((aliased) => [aliased.name as string, aliased.chain]));
    for (const host of [...hosts].sort()) {
      const chain = [host, ...(aliases.get(host) ?? [])];
      const found = unheld(chain, registrations);
      if (found === undefined) continue;
      findings.push({
        rule: 'ns/unregistered',
        name: zone.zone,
        subject: host,
        servers: found.registration.answeredBy === undefined ? [] : [serverLabel(found.registration.answeredBy)],
        message: `${host}, a name server of ${zone.zone}${found.host === host ? '' : ` (an alias: ${chain.join(' → ')})`}, lies in ${found.registration.domain}, which nobody holds: ${proof(found.registration)}. Anyone who registers ${found.registration.domain} controls ${zone.zone}'s answers, its MX included.`,
        location,
      });
    }
  }
  return findings;
}
