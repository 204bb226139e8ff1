import type { DomainName } from '../dns-name.js';
import { displayName } from '../dns-name.js';
import type { DnsObservations, NameObservation, ServerRef, ZoneObservation } from '../observations/model.js';
import type { DomainPolicy, Policy, SourceLocation } from '../policy/types.js';
import { describeFailure, labels, listForSentence, recordsOf, serversForSentence } from './evidence.js';
import type { RawFinding } from './finding.js';
import { zonesWithPolicy } from './zones.js';

/** ns/delegation-mismatch, ns/zone-mismatch, ns/undeclared-server, ns/inconsistent, ns/lame. */
export function checkNameServers(policy: Policy, dns: DnsObservations): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const { zone, declaring, location } of zonesWithPolicy(policy, dns)) {
    const namesInZone = dns.names.filter((observed) => observed.zone === zone.zone);
    findings.push(...lameServers(zone, namesInZone, location), ...inconsistentNs(zone, location));
    if (declaring?.nameservers === undefined) continue;
    const declared = declaring.nameservers.hosts.map((host) => host.value);
    findings.push(
      ...delegationMismatch(zone, declaring, declared),
      ...zoneMismatch(zone, declaring, declared),
      ...undeclaredServers(zone, declaring, declared),
    );
  }
  return findings;
}

/** Where a finding about one declared or undeclared name server should point. */
function nameserverLocation(domain: DomainPolicy, host: DomainName): SourceLocation {
  const entry = domain.nameservers?.hosts.find((candidate) => candidate.value === host);
  return entry?.location ?? domain.nameservers?.location ?? domain.location;
}

/** Compares each server's set with the declared one; one finding per differing host. */
function setDifferences(
  sets: readonly { server: ServerRef; hosts: readonly DomainName[] }[],
  declared: readonly DomainName[],
): { extra: Map<DomainName, ServerRef[]>; missing: Map<DomainName, ServerRef[]> } {
  const extra = new Map<DomainName, ServerRef[]>();
  const missing = new Map<DomainName, ServerRef[]>();
  for (const { server, hosts } of sets) {
    for (const host of hosts) if (!declared.includes(host)) extra.set(host, [...(extra.get(host) ?? []), server]);
    for (const host of declared) if (!hosts.includes(host)) missing.set(host, [...(missing.get(host) ?? []), server]);
  }
  return { extra, missing };
}

function delegationMismatch(zone: ZoneObservation, domain: DomainPolicy, declared: readonly DomainName[]): RawFinding[] {
  if (zone.parent === undefined) return [];
  const parentZone = displayName(zone.parent.zone);
  const sets = zone.parent.delegations.flatMap(({ server, reply }) =>
    reply.status === 'referral' || reply.status === 'authoritative' ? [{ server, hosts: reply.ns }] : [],
  );
  const { extra, missing } = setDifferences(sets, declared);
  const findings: RawFinding[] = [];
  for (const [host, servers] of extra) {
    findings.push({
      rule: 'ns/delegation-mismatch',
      name: zone.zone,
      subject: host,
      servers: labels(servers),
      message: `The ${parentZone} delegation of ${zone.zone} names ${host}, which is not in the policy's nameservers (served by ${serversForSentence(servers)}).`,
      location: domain.nameservers?.location ?? domain.location,
    });
  }
  for (const [host, servers] of missing) {
    findings.push({
      rule: 'ns/delegation-mismatch',
      name: zone.zone,
      subject: host,
      servers: labels(servers),
      message: `The ${parentZone} delegation of ${zone.zone} lacks ${host}, which the policy declares (served by ${serversForSentence(servers)}).`,
      location: nameserverLocation(domain, host),
    });
  }
  return findings;
}

function zoneMismatch(zone: ZoneObservation, domain: DomainPolicy, declared: readonly DomainName[]): RawFinding[] {
  const sets = zone.servers.flatMap(({ server, ns }) => {
    const hosts = ns.status === 'answer' ? ns.records : undefined;
    return hosts === undefined ? [] : [{ server, hosts }];
  });
  const { extra, missing } = setDifferences(sets, declared);
  const findings: RawFinding[] = [];
  for (const [host, servers] of extra) {
    findings.push({
      rule: 'ns/zone-mismatch',
      name: zone.zone,
      subject: host,
      servers: labels(servers),
      message: `The NS RRset of ${zone.zone} served by ${serversForSentence(servers)} includes ${host}, which is not in the policy's nameservers.`,
      location: domain.nameservers?.location ?? domain.location,
    });
  }
  for (const [host, servers] of missing) {
    findings.push({
      rule: 'ns/zone-mismatch',
      name: zone.zone,
      subject: host,
      servers: labels(servers),
      message: `The NS RRset of ${zone.zone} served by ${serversForSentence(servers)} lacks ${host}, which the policy declares.`,
      location: nameserverLocation(domain, host),
    });
  }
  return findings;
}

function undeclaredServers(zone: ZoneObservation, domain: DomainPolicy, declared: readonly DomainName[]): RawFinding[] {
  const namedBy = new Map<DomainName, ServerRef[]>();
  const note = (host: DomainName, server: ServerRef) => namedBy.set(host, [...(namedBy.get(host) ?? []), server]);
  for (const { server, reply } of zone.parent?.delegations ?? []) {
    if (reply.status === 'referral' || reply.status === 'authoritative') reply.ns.forEach((host) => note(host, server));
  }
  for (const { server, ns } of zone.servers) {
    if (ns.status === 'answer') ns.records.forEach((host) => note(host, server));
  }
  return [...namedBy]
    .filter(([host]) => !declared.includes(host))
    .map(([host, servers]) => {
      const answered = zone.servers.filter((observed) => observed.server.name === host && observed.soa.status === 'answer');
      const role = answered.length > 0 ? 'answers authoritatively for' : 'is named as a server of';
      return {
        rule: 'ns/undeclared-server' as const,
        name: zone.zone,
        subject: host,
        servers: labels(servers),
        message: `${host} ${role} ${zone.zone} (named by ${serversForSentence(servers)}) but is not in the policy's nameservers.`,
        location: domain.nameservers?.location ?? domain.location,
      };
    });
}

function inconsistentNs(zone: ZoneObservation, location: SourceLocation): RawFinding[] {
  const answers = zone.servers.flatMap(({ server, ns }) => (ns.status === 'answer' ? [{ server, hosts: ns.records }] : []));
  const distinctSets = new Set(answers.map(({ hosts }) => [...hosts].sort().join(' ')));
  if (distinctSets.size <= 1) return [];
  const allHosts = [...new Set(answers.flatMap(({ hosts }) => hosts))].sort();
  return allHosts.flatMap((host) => {
    const publishing = answers.filter(({ hosts }) => hosts.includes(host)).map(({ server }) => server);
    const lacking = answers.filter(({ hosts }) => !hosts.includes(host)).map(({ server }) => server);
    if (lacking.length === 0) return [];
    return [
      {
        rule: 'ns/inconsistent' as const,
        name: zone.zone,
        subject: host,
        servers: labels(publishing),
        message: `NS ${host} for ${zone.zone} is served by ${serversForSentence(publishing)} but not by ${serversForSentence(lacking)}.`,
        location,
      },
    ];
  });
}

/**
 * A server is lame when it does not answer the zone's SOA authoritatively, and also when it serves
 * the SOA but fails the MX question for a name in the zone: a sender asking it gets no MX.
 */
function lameServers(zone: ZoneObservation, namesInZone: readonly NameObservation[], location: SourceLocation): RawFinding[] {
  const findings: RawFinding[] = [];
  const byName = new Map<DomainName, { server: ServerRef; why: string }[]>();
  const note = (server: ServerRef, why: string) => byName.set(server.name, [...(byName.get(server.name) ?? []), { server, why }]);
  for (const observed of zone.servers) {
    const soaRecords = recordsOf(observed.soa);
    if (observed.soa.status === 'not-checked') continue;
    if (observed.soa.status === 'answer' && soaRecords && soaRecords.length > 0) {
      const failedNames = namesInZone.flatMap(({ name, servers }) => {
        const reply = servers.find(
          (entry) => entry.server.address === observed.server.address && entry.server.name === observed.server.name,
        )?.mx;
        return reply?.status === 'failed' ? [`${describeFailure(reply)} to MX ${name}`] : [];
      });
      if (failedNames.length > 0) note(observed.server, failedNames.join(', '));
      continue;
    }
    note(observed.server, observed.soa.status === 'answer' ? 'answered without an SOA record at the apex' : describeFailure(observed.soa));
  }
  for (const [name, failures] of byName) {
    const reasons = failures.map(({ server, why }) => `${server.address} ${why}`);
    findings.push({
      rule: 'ns/lame',
      name: zone.zone,
      subject: name,
      servers: labels(failures.map(({ server }) => server)),
      message: `${name} is listed for ${zone.zone} but does not serve it: ${listForSentence(reasons)}.`,
      location,
    });
  }
  for (const unresolved of zone.unresolvedServers) {
    findings.push({
      rule: 'ns/lame',
      name: zone.zone,
      subject: unresolved.name,
      servers: [],
      message: `${unresolved.name} is listed for ${zone.zone} but has no address to ask (${unresolved.detail}).`,
      location,
    });
  }
  return findings;
}
