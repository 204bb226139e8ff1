import { rangeContains } from '../address-range.js';
import { formatEndpoint } from '../ip-address.js';
import type { IpAddress } from '../ip-address.js';
import type { ProbeObservation, ScanObservations } from '../observations/model.js';
import type { Policy, ScanPolicy, SourceLocation } from '../policy/types.js';
import type { RawFinding } from './finding.js';

/** Longest excerpt of a banner quoted in a message; the full text is in the observations. */
const GREETING_EXCERPT_CHARS = 120;

/** smtp/unexpected-listener, smtp/unexpected-open-port, smtp/approved-unreachable, scan/egress-blocked. */
export function checkScan(policy: Policy, scan: ScanObservations): RawFinding[] {
  const scanPolicy = policy.scan;
  if (scanPolicy === undefined) return [];
  const mailServerAddresses = new Map<IpAddress, SourceLocation>();
  for (const server of policy.mailServers) {
    for (const address of server.addresses) mailServerAddresses.set(address.value, address.location);
  }
  const isApproved = (probe: ProbeObservation) =>
    mailServerAddresses.has(probe.address) ||
    scanPolicy.allow.some((allowed) => allowed.address === probe.address && (allowed.port === undefined || allowed.port === probe.port));

  const findings: RawFinding[] = [];
  for (const probe of scan.probes) {
    if (isApproved(probe)) continue;
    const endpoint = formatEndpoint(probe.address, probe.port);
    if (probe.state === 'smtp') {
      findings.push({
        rule: 'smtp/unexpected-listener',
        name: probe.address,
        subject: endpoint,
        servers: [],
        message: `${endpoint} answers SMTP ("${excerpt(probe.greeting)}") but is neither a declared mail server nor in scan.allow.`,
        location: rangeLocation(scanPolicy, probe.address),
      });
    } else if (probe.state === 'open') {
      const heard = probe.greeting ? `; it said "${excerpt(probe.greeting)}"` : ' and stays silent';
      findings.push({
        rule: 'smtp/unexpected-open-port',
        name: probe.address,
        subject: endpoint,
        servers: [],
        message: `${endpoint} accepts connections but does not greet with SMTP${heard}.`,
        location: rangeLocation(scanPolicy, probe.address),
      });
    }
  }
  findings.push(...approvedServers(scanPolicy, scan, mailServerAddresses));
  if (!scanPolicy.fromBase) return findings;
  return findings.map((finding) => ({
    ...finding,
    message: `${finding.message} (The scanned ranges are the base branch's: a pull request cannot change them.)`,
  }));
}

function approvedServers(
  scanPolicy: ScanPolicy,
  scan: ScanObservations,
  mailServerAddresses: ReadonlyMap<IpAddress, SourceLocation>,
): RawFinding[] {
  const inRange = [...mailServerAddresses].filter(([address]) => scanPolicy.ranges.some((range) => rangeContains(range.value, address)));
  if (inRange.length === 0) return [];
  const smtpProbes = scan.probes.filter((probe) => probe.port === scan.smtpPort);
  const stateOf = (address: IpAddress) => smtpProbes.find((probe) => probe.address === address)?.state ?? 'not-probed';
  const anythingAnswered = smtpProbes.some((probe) => probe.state === 'open' || probe.state === 'smtp');
  const approvedStates = inRange.map(([address]) => stateOf(address));
  const noneReached = approvedStates.every((state) => state === 'filtered' || state === 'not-probed');
  if (!anythingAnswered && noneReached) {
    return [
      {
        rule: 'scan/egress-blocked',
        name: scanPolicy.ranges.map((range) => range.value.text).join(', '),
        subject: `port ${scan.smtpPort}`,
        servers: [],
        message: `Not even the declared mail servers (${inRange.map(([address]) => address).join(', ')}) answered on port ${scan.smtpPort}: this runner's outbound traffic is blocked, so the scan proves nothing; run it on a self-hosted runner.`,
        location: scanPolicy.location,
      },
    ];
  }
  return inRange.flatMap(([address, location]) => {
    const state = stateOf(address);
    if (state === 'smtp') return [];
    const endpoint = formatEndpoint(address, scan.smtpPort);
    const why = {
      closed: 'refuses connections',
      filtered: 'does not answer connection attempts',
      open: 'accepts connections but does not greet with SMTP',
      'not-probed': 'could not be probed from this runner',
    }[state];
    return [
      {
        rule: 'smtp/approved-unreachable' as const,
        name: address,
        subject: endpoint,
        servers: [],
        message: `Declared mail server address ${endpoint} ${why}.`,
        location,
      },
    ];
  });
}

function rangeLocation(scanPolicy: ScanPolicy, address: IpAddress): SourceLocation {
  return scanPolicy.ranges.find((range) => rangeContains(range.value, address))?.location ?? scanPolicy.location;
}

function excerpt(text: string): string {
  return text.length > GREETING_EXCERPT_CHARS ? `${text.slice(0, GREETING_EXCERPT_CHARS)}…` : text;
}
