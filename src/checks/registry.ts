/**
 * The registry's word (RDAP) against the DNS and the policy: ns/registry-mismatch (the registry's
 * name servers are not the parent's delegation, or not the policy's), domain/expiring (a
 * registration the perimeter depends on expires soon), registry/unchecked (a registry that could
 * not be asked, said once per TLD when the bootstrap file has none).
 */
import { groupBy } from '../group.js';
import type { DomainName } from '../dns-name.js';
import { registrableDomain } from '../dns/registration.js';
import type { DnsObservations, RegistryObservations } from '../observations/model.js';
import type { Policy } from '../policy/types.js';
import { listForSentence } from './evidence.js';
import type { RawFinding } from './finding.js';
import { zonesWithPolicy } from './zones.js';

const DAY_MS = 86_400_000;
const DEFAULT_EXPIRY_DAYS = 30;

const bare = (name: string) => name.toLowerCase().replace(/\.$/, '');

function differences(registry: readonly string[], other: readonly string[], what: string): string[] {
  const registrySet = new Set(registry.map(bare));
  const otherSet = new Set(other.map(bare));
  return [
    ...[...registrySet].filter((name) => !otherSet.has(name)).map((name) => `the registry lists ${name}, ${what} does not`),
    ...[...otherSet].filter((name) => !registrySet.has(name)).map((name) => `${what} lists ${name}, the registry does not`),
  ];
}

export function checkRegistry(
  policy: Policy,
  dns: DnsObservations | undefined,
  registry: RegistryObservations,
  startedAt: string,
): RawFinding[] {
  const findings: RawFinding[] = [];
  const records = new Map(registry.domains.map((record) => [record.domain as string, record]));
  const policyZones = new Map<string, ReturnType<typeof zonesWithPolicy>[number]>();
  if (dns) for (const entry of zonesWithPolicy(policy, dns)) policyZones.set(entry.zone.zone, entry);

  for (const [zoneName, { zone, declaring, location }] of policyZones) {
    const record = records.get(zoneName);
    if (record?.status !== 'found' || record.nameservers === undefined || registrableDomain(zoneName as DomainName) !== zoneName) continue;
    const delegated = [
      ...new Set(
        (zone.parent?.delegations ?? []).flatMap(({ reply }) =>
          reply.status === 'referral' || reply.status === 'authoritative' ? reply.ns : [],
        ),
      ),
    ];
    const problems = [
      ...(delegated.length > 0 ? differences(record.nameservers, delegated, "the parent zone's delegation") : []),
      ...(declaring?.nameservers
        ? differences(
            record.nameservers,
            declaring.nameservers.hosts.map((host) => host.value),
            'the policy',
          )
        : []),
    ];
    if (problems.length === 0) continue;
    findings.push({
      rule: 'ns/registry-mismatch',
      name: zoneName as DomainName,
      subject: zoneName,
      servers: record.server === undefined ? [] : [record.server],
      message: `The registry's name servers for ${zoneName} (${record.nameservers.join(', ') || 'none'}, from ${record.server}) differ: ${listForSentence(problems)}. The registry's list is what the parent publishes after the next update.`,
      location: declaring?.nameservers?.location ?? location,
    });
  }

  const expiryDays = policy.registry?.expiryDays ?? DEFAULT_EXPIRY_DAYS;
  const now = Date.parse(startedAt);
  for (const record of registry.domains) {
    if (record.status !== 'found' || record.expiration === undefined) continue;
    const left = Math.floor((Date.parse(record.expiration) - now) / DAY_MS);
    if (left > expiryDays) continue;
    const ours = policyZones.has(record.domain);
    findings.push({
      rule: 'domain/expiring',
      name: record.domain,
      subject: record.domain,
      servers: record.server === undefined ? [] : [record.server],
      message: `${record.domain}'s registration ${left < 0 ? `expired on ${record.expiration.slice(0, 10)}` : `expires on ${record.expiration.slice(0, 10)}, in ${left} day${left === 1 ? '' : 's'}`} (${record.server})${ours ? '' : ', and the perimeter depends on it (an MX target or name server lies in it)'}: if it lapses, whoever registers it ${ours ? 'takes the zone' : 'receives the mail or answers for the zone'}.`,
      location: policy.registry?.location ?? policyZones.get(record.domain)?.location ?? policy.location,
    });
  }

  const unchecked = registry.domains.filter((record) => record.status === 'unchecked');
  for (const [detail, group] of groupBy(unchecked, (record) =>
    record.detail.startsWith('the bootstrap file names no RDAP server') ? record.detail : `${record.domain}|${record.detail}`,
  )) {
    const domains = group.map((record) => record.domain);
    const said = detail.includes('|') ? detail.slice(detail.indexOf('|') + 1) : detail;
    findings.push({
      rule: 'registry/unchecked',
      name: domains[0]!,
      subject: domains.length === 1 ? domains[0]! : `${domains[0]} and ${domains.length - 1} more`,
      servers: group[0]!.server === undefined ? [] : [group[0]!.server],
      message: `The registry was not asked about ${listForSentence(domains)}, or gave no answer: ${said}. Its name servers and expiry are not known this run.`,
      location: policy.registry?.location ?? policy.location,
    });
  }
  return findings;
}
