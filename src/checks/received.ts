/**
 * What received mail proves (the seed's "show, via RFC 822 message headers or log entries, that
 * spam came through a server controlled by a different team"): evidence/unmanaged-relay, mail for
 * the policy's names that a managed server received from a host that is not managed but belongs
 * to the organisation's perimeter (inside scan.ranges, an MX target's address, or a reverse name
 * under a policy name); and evidence/tls-rpt-unknown-mx, a TLS-RPT report naming a receiving MX
 * outside every policy MX set.
 */
import { rangeContains } from '../address-range.js';
import { groupBy } from '../group.js';
import { isSubdomain } from '../dns-name.js';
import type { DomainName } from '../dns-name.js';
import type { DnsObservations, EvidenceObservations } from '../observations/model.js';
import type { Policy } from '../policy/types.js';
import type { RawFinding } from './finding.js';

export function checkReceived(policy: Policy, evidence: EvidenceObservations, dns: DnsObservations | undefined): RawFinding[] {
  const findings: RawFinding[] = [];
  const names = policy.domains.map((domain) => domain.name as string);
  const mxAddresses = new Set((dns?.mxTargets ?? []).flatMap((target) => target.addresses as readonly string[]));
  const ours = (arrival: EvidenceObservations['arrivals'][number]) =>
    (policy.scan?.ranges.some((range) => rangeContains(range.value, arrival.address)) ?? false) ||
    mxAddresses.has(arrival.address) ||
    (arrival.reverse !== undefined && names.some((name) => isSubdomain(arrival.reverse as DomainName, name as DomainName)));
  const relevant = evidence.arrivals.filter((arrival) => ours(arrival));
  for (const [address, arrivals] of groupBy(relevant, (arrival) => arrival.address as string)) {
    const dates = arrivals.flatMap((arrival) => (arrival.date === undefined ? [] : [arrival.date])).sort();
    const spam = arrivals.filter((arrival) => arrival.spam).length;
    const first = arrivals[0]!;
    const forNames = [...new Set(arrivals.flatMap((arrival) => (arrival.policyName === undefined ? [] : [arrival.policyName])))].sort();
    const helos = [...new Set(arrivals.flatMap((arrival) => (arrival.helo === undefined ? [] : [arrival.helo])))].slice(0, 3);
    const receivers = [...new Set(arrivals.map((arrival) => arrival.by))].sort();
    findings.push({
      rule: 'evidence/unmanaged-relay',
      name: (forNames[0] ?? names[0] ?? address) as DomainName,
      subject: address,
      servers: receivers,
      message: `${arrivals.length} message${arrivals.length === 1 ? '' : 's'}${forNames.length > 0 ? ` for ${forNames.join(', ')}` : ''} reached ${receivers.join(', ')} through ${address}${first.reverse === undefined ? '' : ` (${first.reverse})`}${helos.length > 0 ? `, which said HELO ${helos.map((helo) => `"${helo}"`).join(', ')}` : ''}${dates.length > 0 ? `, from ${dates[0]!.slice(0, 10)} to ${dates.at(-1)!.slice(0, 10)}` : ''}; ${spam} marked as spam. It is not a managed server, yet it takes mail for the organisation: the way in that spammers use (${receivers.join(', ')} wrote this in its own Received: field or log).`,
      location: { file: first.file, line: first.line, column: 1 },
    });
  }
  const declared = new Set(
    policy.domains.flatMap((domain) => (domain.mx?.kind === 'hosts' ? domain.mx.hosts.map((host) => host.host as string) : [])),
  );
  for (const failures of groupBy(evidence.tlsRpt, (failure) => `${failure.policyDomain}|${failure.mxHost}`).values()) {
    const { policyDomain, mxHost, file } = failures[0]!;
    if (declared.has(mxHost)) continue;
    const sessions = failures.reduce((total, failure) => total + failure.sessions, 0);
    findings.push({
      rule: 'evidence/tls-rpt-unknown-mx',
      name: policyDomain as DomainName,
      subject: mxHost,
      servers: [file],
      message: `A TLS-RPT report (${file}) says senders tried to deliver mail for ${policyDomain} to ${mxHost} (${sessions} failed session${sessions === 1 ? '' : 's'}, ${[...new Set(failures.map((failure) => failure.resultType))].join(', ')}), which is in no MX set of the policy: some resolver sees an MX the policy does not list.`,
      location: policy.domains.find((domain) => domain.name === policyDomain)?.location ?? policy.location,
    });
  }
  return findings;
}
