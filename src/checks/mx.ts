import { appendTo } from '../group.js';
import type { DomainName } from '../dns-name.js';
import type { IpAddress } from '../ip-address.js';
import type { DnsObservations, MxRecord, NameServerObservation, ServerRef, TargetObservation } from '../observations/model.js';
import type { DomainPolicy, Policy, SourceLocation } from '../policy/types.js';
import { labels, listForSentence, recordsOf, serversForSentence } from './evidence.js';
import type { RawFinding } from './finding.js';
import { authoritativeServers, isBelieved, mailPath } from './zones.js';
import { compareText } from '../compare-text.js';

interface MxAnswer {
  readonly server: ServerRef;
  readonly records: readonly MxRecord[];
}

/** The `.` target of a null MX (RFC 7505) is stored as the root name. */
const NULL_MX_HOST = '' as DomainName;

/** Every mx/* rule except mx/undeclared-name, which needs a zone transfer (transfer.ts). */
export function checkMx(policy: Policy, dns: DnsObservations): RawFinding[] {
  const managedAddresses = new Set(policy.mailServers.flatMap((server) => server.addresses.map((address) => address.value)));
  const findings: RawFinding[] = [];
  const observedByName = new Map(dns.names.map((observed) => [observed.name as string, observed]));
  const targetsByHost = new Map(dns.mxTargets.map((target) => [target.host as string, target]));
  const authoritativeByZone = new Map(dns.zones.map((zone) => [zone.zone as string, authoritativeServers(zone)]));
  for (const domain of policy.domains) {
    const named = observedByName.get(domain.name);
    if (named === undefined) continue;
    // An alias's mail goes where its canonical name's MX says: that is what is judged.
    const { observation: observed, via } = mailPath(named);
    if (observed?.zone === undefined) continue;
    // Only servers that answer the zone with authority are evidence; a lame server's NODATA is no MX set.
    const authoritative = authoritativeByZone.get(observed.zone) ?? new Set<string>();
    const believed = observed.servers.filter(({ server }) => isBelieved(authoritative, server));
    const answers: MxAnswer[] = believed.flatMap(({ server, mx }) => {
      const records = recordsOf(mx);
      return records === undefined ? [] : [{ server, records }];
    });
    const forName: RawFinding[] = [...inconsistentMx(domain, answers), ...implicitMx(domain, believed, answers)];
    if (domain.mx?.kind === 'none') forName.push(...nullMxExpected(domain, answers));
    if (domain.mx?.kind === 'hosts') forName.push(...againstDeclaredHosts(domain, domain.mx.hosts, answers));
    if (domain.mx?.kind === 'none') forName.push(...againstDeclaredHosts(domain, [], answers));
    forName.push(...targets(domain, answers, targetsByHost, policy.mailServers.length > 0 ? managedAddresses : undefined));
    findings.push(
      ...(via === '' ? forName : forName.map((finding) => ({ ...finding, message: finding.message.replace(/\.$/, `${via}.`) }))),
    );
  }
  return findings;
}

function hostLocation(domain: DomainPolicy, host: DomainName): SourceLocation {
  if (domain.mx?.kind === 'hosts') {
    const entry = domain.mx.hosts.find((expected) => expected.host === host);
    if (entry) return entry.location;
  }
  return domain.mx?.location ?? domain.location;
}

function publishersOf(answers: readonly MxAnswer[], host: DomainName): { publishing: ServerRef[]; lacking: ServerRef[] } {
  const publishing = answers.filter(({ records }) => records.some((record) => record.host === host)).map(({ server }) => server);
  const lacking = answers.filter(({ records }) => !records.some((record) => record.host === host)).map(({ server }) => server);
  return { publishing, lacking };
}

function publishedHosts(answers: readonly MxAnswer[]): DomainName[] {
  return [...new Set(answers.flatMap(({ records }) => records.map((record) => record.host)))].sort();
}

function againstDeclaredHosts(
  domain: DomainPolicy,
  declared: readonly { host: DomainName; preference: number | undefined }[],
  answers: readonly MxAnswer[],
): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const host of publishedHosts(answers)) {
    if (host === NULL_MX_HOST || declared.some((expected) => expected.host === host)) continue;
    const { publishing } = publishersOf(answers, host);
    findings.push({
      rule: 'mx/unexpected',
      name: domain.name,
      subject: host,
      servers: labels(publishing),
      message: `${domain.name} has MX ${host}, published by ${serversForSentence(publishing)}, which the policy does not list.`,
      location: domain.mx?.location ?? domain.location,
    });
  }
  for (const expected of declared) {
    const { publishing, lacking } = publishersOf(answers, expected.host);
    if (lacking.length > 0) {
      findings.push({
        rule: 'mx/missing',
        name: domain.name,
        subject: expected.host,
        servers: labels(lacking),
        message: `${domain.name} should have MX ${expected.host}, but ${serversForSentence(lacking)} ${lacking.length === 1 ? 'does' : 'do'} not publish it.`,
        location: hostLocation(domain, expected.host),
      });
    }
    if (expected.preference === undefined) continue;
    const wrong = answers.filter(
      ({ server, records }) =>
        publishing.includes(server) && records.some((record) => record.host === expected.host && record.preference !== expected.preference),
    );
    if (wrong.length === 0) continue;
    const seen = [
      ...new Set(
        wrong.flatMap(({ records }) => records.filter((record) => record.host === expected.host).map((record) => record.preference)),
      ),
    ].sort((a, b) => a - b);
    findings.push({
      rule: 'mx/preference-mismatch',
      name: domain.name,
      subject: expected.host,
      servers: labels(wrong.map(({ server }) => server)),
      message: `${domain.name} has MX ${expected.host} with preference ${listForSentence(seen.map(String))} on ${serversForSentence(wrong.map(({ server }) => server))}; the policy says ${expected.preference}.`,
      location: hostLocation(domain, expected.host),
    });
  }
  return findings;
}

function nullMxExpected(domain: DomainPolicy, answers: readonly MxAnswer[]): RawFinding[] {
  const without = answers.filter(({ records }) => !records.some((record) => record.host === NULL_MX_HOST)).map(({ server }) => server);
  if (without.length === 0) return [];
  return [
    {
      rule: 'mx/null-expected',
      name: domain.name,
      subject: domain.name,
      servers: labels(without),
      message: `${domain.name} must not receive mail, but ${serversForSentence(without)} ${without.length === 1 ? 'publishes' : 'publish'} no null MX ("0 .", RFC 7505).`,
      location: domain.mx?.location ?? domain.location,
    },
  ];
}

function inconsistentMx(domain: DomainPolicy, answers: readonly MxAnswer[]): RawFinding[] {
  const canonical = ({ records }: MxAnswer) =>
    records
      .map((record) => `${record.preference} ${record.host}`)
      .sort()
      .join(',');
  if (new Set(answers.map(canonical)).size <= 1) return [];
  const findings: RawFinding[] = [];
  for (const host of publishedHosts(answers)) {
    const versions = new Map<string, ServerRef[]>();
    for (const answer of answers) {
      const preferences = answer.records.filter((record) => record.host === host).map((record) => record.preference);
      const key = preferences.length === 0 ? 'absent' : preferences.sort((a, b) => a - b).join('/');
      appendTo(versions, key, answer.server);
    }
    if (versions.size <= 1) continue;
    const described = [...versions]
      .sort(([a], [b]) => compareText(a, b))
      .map(([key, servers]) =>
        key === 'absent' ? `absent on ${serversForSentence(servers)}` : `preference ${key} on ${serversForSentence(servers)}`,
      );
    const publishing = [...versions].filter(([key]) => key !== 'absent').flatMap(([, servers]) => servers);
    findings.push({
      rule: 'mx/inconsistent',
      name: domain.name,
      subject: host === NULL_MX_HOST ? '.' : host,
      servers: labels(publishing),
      message: `Authoritative servers disagree on MX ${host === NULL_MX_HOST ? '.' : host} for ${domain.name}: ${described.join('; ')}.`,
      location: domain.mx?.location ?? domain.location,
    });
  }
  return findings;
}

function implicitMx(domain: DomainPolicy, believed: readonly NameServerObservation[], answers: readonly MxAnswer[]): RawFinding[] {
  const withoutMx = new Set(answers.filter(({ records }) => records.length === 0).map(({ server }) => server));
  const delivering = believed.filter(
    ({ server, addresses }) => withoutMx.has(server) && addresses.status === 'answer' && addresses.records.length > 0,
  );
  if (delivering.length === 0) return [];
  const addresses = [...new Set(delivering.flatMap(({ addresses: reply }) => (reply.status === 'answer' ? reply.records : [])))].sort();
  const servers = delivering.map(({ server }) => server);
  return [
    {
      rule: 'mx/implicit',
      name: domain.name,
      subject: domain.name,
      servers: labels(servers),
      message: `${domain.name} has no MX on ${serversForSentence(servers)} but has address ${listForSentence(addresses)}, so mail is delivered there (RFC 5321 §5.1).`,
      location: domain.mx?.location ?? domain.location,
    },
  ];
}

function targets(
  domain: DomainPolicy,
  answers: readonly MxAnswer[],
  resolved: ReadonlyMap<string, TargetObservation>,
  managedAddresses: ReadonlySet<IpAddress> | undefined,
): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const host of publishedHosts(answers)) {
    if (host === NULL_MX_HOST) continue;
    const target = resolved.get(host);
    if (target === undefined) continue;
    const evidence = labels(target.answeredBy);
    const location = hostLocation(domain, host);
    if (target.cnameChain.length > 0) {
      findings.push({
        rule: 'mx/cname-target',
        name: domain.name,
        subject: host,
        servers: evidence,
        message: `MX target ${host} of ${domain.name} is an alias (CNAME to ${target.cnameChain.at(-1)}); an MX must name the canonical host (RFC 2181 §10.3).`,
        location,
      });
    }
    if (target.addresses.length === 0) {
      const why =
        target.status === 'nxdomain'
          ? 'does not exist (NXDOMAIN)'
          : target.status === 'nodata'
            ? 'has no A or AAAA record'
            : `could not be resolved (${target.detail})`;
      findings.push({
        rule: 'mx/target-unresolvable',
        name: domain.name,
        subject: host,
        servers: evidence,
        message: `MX target ${host} of ${domain.name} ${why}, so mail for it cannot be delivered there.`,
        location,
      });
      continue;
    }
    if (managedAddresses === undefined) continue;
    const unmanaged = target.addresses.filter((address) => !managedAddresses.has(address));
    if (unmanaged.length === 0) continue;
    const pointing = (target.byServer ?? []).filter((entry) => entry.addresses.some((address) => unmanaged.includes(address)));
    findings.push({
      rule: 'mx/target-address',
      name: domain.name,
      subject: host,
      servers: pointing.length > 0 ? labels(pointing.map((entry) => entry.server)) : evidence,
      message: `MX target ${host} of ${domain.name} resolves to ${listForSentence(unmanaged)}${pointing.length > 0 && pointing.length < target.byServer.length ? ` on ${serversForSentence(pointing.map((entry) => entry.server))}` : ''}, not listed under mail-servers.`,
      location,
    });
  }
  return findings;
}
