/**
 * MTA-STS (RFC 8461) against what the servers publish: mta-sts/id-inconsistent (the authoritative
 * servers disagree on the `_mta-sts` record), mta-sts/invalid-policy (the policy is not served as
 * senders require), mta-sts/mx-not-covered (in enforce or testing, an MX any server publishes that
 * no `mx:` pattern matches: senders will not deliver there, or will in clear text), and
 * mta-sts/pattern-unmatched (a pattern no published MX matches: it may name a hidden MX).
 * A `*.` pattern matches exactly one left-most label (RFC 8461 §4.1).
 */
import { nameCovers } from '../certificate-name.js';
import type { DomainName } from '../dns-name.js';
import type { DnsObservations, ProbeObservations } from '../observations/model.js';
import { serverLabel } from '../observations/model.js';
import type { Policy } from '../policy/types.js';
import { listForSentence } from './evidence.js';
import type { RawFinding } from './finding.js';

export function checkMtaSts(policy: Policy, dns: DnsObservations | undefined, probe: ProbeObservations | undefined): RawFinding[] {
  const findings: RawFinding[] = [];
  const domains = new Map(policy.domains.map((domain) => [domain.name as string, domain]));
  for (const observed of dns?.names ?? []) {
    const domain = domains.get(observed.name);
    if (domain === undefined) continue;
    // What each server says `_mta-sts` is: its id, or none, among those that publish MX there.
    const said = observed.servers.flatMap(({ server, mtaSts }) => {
      if (mtaSts === undefined || mtaSts.status === 'failed' || mtaSts.status === 'not-checked') return [];
      const records = mtaSts.status === 'answer' ? mtaSts.records : [];
      const id =
        records.length === 0
          ? 'none'
          : records.length > 1
            ? 'several records'
            : (/(?:^|;)\s*id=([A-Za-z0-9]{1,32})\s*(?:;|$)/.exec(records[0]!)?.[1] ?? 'no id');
      return [{ server: serverLabel(server), id }];
    });
    const ids = [...new Set(said.map((entry) => entry.id))];
    if (ids.length > 1 || ids.some((id) => id === 'several records' || id === 'no id')) {
      findings.push({
        rule: 'mta-sts/id-inconsistent',
        name: observed.name,
        subject: `_mta-sts.${observed.name}`,
        servers: said.map((entry) => entry.server),
        message: `The servers disagree on _mta-sts.${observed.name}: ${listForSentence(ids.map((id) => `${id === 'none' ? 'no record' : id === 'several records' || id === 'no id' ? id : `id=${id}`} at ${listForSentence(said.filter((entry) => entry.id === id).map((entry) => entry.server))}`))}. Senders that ask one server fetch the policy anew, or never.`,
        location: domain.location,
      });
    }
  }
  const mxHosts = (name: DomainName): DomainName[] => {
    const observed = dns?.names.find((candidate) => candidate.name === name);
    const hosts = new Set<DomainName>();
    for (const { mx } of observed?.servers ?? [])
      if (mx.status === 'answer') for (const { host } of mx.records) if (host !== '') hosts.add(host);
    return [...hosts].sort();
  };
  for (const fetched of probe?.mtaSts ?? []) {
    const domain = domains.get(fetched.name);
    const location = domain?.location ?? policy.location;
    const certificateProblem =
      fetched.certificate === undefined || fetched.certificate.problem === ''
        ? undefined
        : `its certificate is not valid for the name: ${fetched.certificate.problem}`;
    const contentProblem =
      fetched.status === 'fetched' && !/^text\/plain\b/i.test(fetched.contentType ?? '')
        ? `it is served as "${fetched.contentType}", not text/plain`
        : undefined;
    const problems = [fetched.status === 'failed' ? fetched.detail : undefined, certificateProblem, contentProblem].filter(
      (problem) => problem !== undefined,
    );
    if (problems.length > 0) {
      findings.push({
        rule: 'mta-sts/invalid-policy',
        name: fetched.name,
        subject: fetched.url,
        servers: fetched.address === undefined ? [] : [fetched.address],
        message: `${fetched.name} publishes MTA-STS, but its policy at ${fetched.url} is not one senders accept: ${problems.join('; ')}. Senders that hold an older policy keep it; new ones get none.`,
        location,
      });
      continue;
    }
    const sts = fetched.policy!;
    if (sts.mode === 'none') continue;
    const hosts = mxHosts(fetched.name);
    for (const host of hosts) {
      if (sts.mx.some((pattern) => nameCovers(pattern, host))) continue;
      findings.push({
        rule: 'mta-sts/mx-not-covered',
        name: fetched.name,
        subject: host,
        servers: [],
        message: `MX ${host} of ${fetched.name} matches no mx pattern of its MTA-STS policy (mode ${sts.mode}: ${sts.mx.join(', ')}; "*." stands for exactly one label): ${sts.mode === 'enforce' ? 'senders that honour the policy will not deliver to it' : 'senders report every delivery to it as a failure'}.`,
        location: domain?.mx?.location ?? location,
      });
    }
    for (const pattern of sts.mx) {
      if (hosts.some((host) => nameCovers(pattern, host))) continue;
      findings.push({
        rule: 'mta-sts/pattern-unmatched',
        name: fetched.name,
        subject: pattern,
        servers: [],
        message: `The MTA-STS policy of ${fetched.name} allows mx ${pattern}, which no published MX matches: a pattern left from an old MX, or one that names an MX the DNS does not show.`,
        location,
      });
    }
  }
  return findings;
}
