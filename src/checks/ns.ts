import { appendTo } from '../group.js';
import type { DomainName } from '../dns-name.js';
import { displayName } from '../dns-name.js';
import type { DnsObservations, NameObservation, ServerRef, ZoneObservation } from '../observations/model.js';
import type { DomainPolicy, Policy, SourceLocation } from '../policy/types.js';
import { describeFailure, labels, listForSentence, recordsOf, serversForSentence } from './evidence.js';
import type { RawFinding } from './finding.js';
import { isBelieved, zonesWithPolicy } from './zones.js';

/** ns/delegation-mismatch, ns/zone-mismatch, ns/undeclared-server, ns/inconsistent, ns/lame. */
export function checkNameServers(policy: Policy, dns: DnsObservations): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const { zone, declaring, location, observedNames, authoritative } of zonesWithPolicy(policy, dns)) {
    const nsAnswers = zone.servers.flatMap(({ server, ns }) =>
      ns.status === 'answer' && isBelieved(authoritative, server) ? [{ server, hosts: ns.records }] : [],
    );
    findings.push(
      ...lameServers(zone, observedNames, location),
      ...inconsistentNs(zone, nsAnswers, location),
      ...aliasedServers(zone, declaring, location),
    );
    if (declaring?.nameservers === undefined) continue;
    const declared = declaring.nameservers.hosts.map((host) => host.value);
    findings.push(
      ...delegationMismatch(zone, declaring, declared),
      ...zoneMismatch(zone, declaring, nsAnswers, declared),
      ...undeclaredServers(zone, declaring, nsAnswers, declared),
    );
  }
  return findings;
}

/** Where a finding about one declared or undeclared name server should point. */
function nameserverLocation(domain: DomainPolicy, host: DomainName): SourceLocation {
  const entry = domain.nameservers?.hosts.find((candidate) => candidate.value === host);
  return entry?.location ?? domain.nameservers?.location ?? domain.location;
}

/** What each server said the NS set is, for comparison with the declared one. */
type NsSets = readonly { server: ServerRef; hosts: readonly DomainName[] }[];

/**
 * One finding per host that differs from the declared set, naming the servers that gave that
 * evidence: an extra host points at the `nameservers` list, a missing one at its own entry.
 */
function setMismatch(
  rule: 'ns/delegation-mismatch' | 'ns/zone-mismatch',
  zone: ZoneObservation,
  domain: DomainPolicy,
  sets: NsSets,
  declared: readonly DomainName[],
  describe: (host: DomainName, servers: readonly ServerRef[], difference: 'extra' | 'missing') => string,
): RawFinding[] {
  const extra = new Map<DomainName, ServerRef[]>();
  const missing = new Map<DomainName, ServerRef[]>();
  for (const { server, hosts } of sets) {
    for (const host of hosts) if (!declared.includes(host)) appendTo(extra, host, server);
    for (const host of declared) if (!hosts.includes(host)) appendTo(missing, host, server);
  }
  const finding = (host: DomainName, servers: ServerRef[], difference: 'extra' | 'missing'): RawFinding => ({
    rule,
    name: zone.zone,
    subject: host,
    servers: labels(servers),
    message: describe(host, servers, difference),
    location: difference === 'extra' ? (domain.nameservers?.location ?? domain.location) : nameserverLocation(domain, host),
  });
  return [
    ...[...extra].map(([host, servers]) => finding(host, servers, 'extra')),
    ...[...missing].map(([host, servers]) => finding(host, servers, 'missing')),
  ];
}

function delegationMismatch(zone: ZoneObservation, domain: DomainPolicy, declared: readonly DomainName[]): RawFinding[] {
  if (zone.parent === undefined) return [];
  const parentZone = displayName(zone.parent.zone);
  // NXDOMAIN from the parent is evidence too: it delegates nothing.
  const sets = zone.parent.delegations.flatMap(({ server, reply }) =>
    reply.status === 'referral' || reply.status === 'authoritative'
      ? [{ server, hosts: reply.ns }]
      : reply.status === 'nxdomain'
        ? [{ server, hosts: [] }]
        : [],
  );
  return setMismatch('ns/delegation-mismatch', zone, domain, sets, declared, (host, servers, difference) =>
    difference === 'extra'
      ? `The ${parentZone} delegation of ${zone.zone} names ${host}, which is not in the policy's nameservers (according to ${serversForSentence(servers)}).`
      : `The ${parentZone} delegation of ${zone.zone} lacks ${host}, which the policy declares (according to ${serversForSentence(servers)}).`,
  );
}

function zoneMismatch(zone: ZoneObservation, domain: DomainPolicy, nsAnswers: NsSets, declared: readonly DomainName[]): RawFinding[] {
  return setMismatch('ns/zone-mismatch', zone, domain, nsAnswers, declared, (host, servers, difference) =>
    difference === 'extra'
      ? `The NS RRset of ${zone.zone} served by ${serversForSentence(servers)} includes ${host}, which is not in the policy's nameservers.`
      : `The NS RRset of ${zone.zone} served by ${serversForSentence(servers)} lacks ${host}, which the policy declares.`,
  );
}

function undeclaredServers(zone: ZoneObservation, domain: DomainPolicy, nsAnswers: NsSets, declared: readonly DomainName[]): RawFinding[] {
  const namedBy = new Map<DomainName, ServerRef[]>();
  const note = (host: DomainName, server: ServerRef) => appendTo(namedBy, host, server);
  for (const { server, reply } of zone.parent?.delegations ?? []) {
    if (reply.status === 'referral' || reply.status === 'authoritative') reply.ns.forEach((host) => note(host, server));
  }
  for (const { server, hosts } of nsAnswers) hosts.forEach((host) => note(host, server));
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

function inconsistentNs(zone: ZoneObservation, answers: NsSets, location: SourceLocation): RawFinding[] {
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

/** ns/cname-target: a name in the delegation or an NS RRset is an alias (RFC 2181 §10.3, RFC 1912 §2.4). */
function aliasedServers(zone: ZoneObservation, declaring: DomainPolicy | undefined, location: SourceLocation): RawFinding[] {
  return zone.aliasedServers.map((alias) => {
    const where = alias.publishedBy.length > 0 ? ` (according to ${serversForSentence(alias.publishedBy)})` : '';
    return {
      rule: 'ns/cname-target' as const,
      name: zone.zone,
      subject: alias.name,
      servers: labels(alias.publishedBy),
      message: `${alias.name}, named as a server of ${zone.zone}, is an alias (CNAME to ${alias.chain.at(-1) ?? '?'})${where}; NS records must name the canonical host (RFC 2181 §10.3).`,
      location: declaring ? nameserverLocation(declaring, alias.name) : location,
    };
  });
}

/**
 * A server is lame when it does not answer the zone's SOA authoritatively, and also when it serves
 * the SOA but fails the MX question for a name in the zone: a sender asking it gets no MX.
 */
function lameServers(zone: ZoneObservation, namesInZone: readonly NameObservation[], location: SourceLocation): RawFinding[] {
  const findings: RawFinding[] = [];
  const byName = new Map<DomainName, { server: ServerRef; why: string }[]>();
  const note = (server: ServerRef, why: string) => appendTo(byName, server.name, { server, why });
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
