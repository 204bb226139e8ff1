import { rangeContains } from '../address-range.js';
import { formatEndpoint } from '../ip-address.js';
import type { IpAddress } from '../ip-address.js';
import type { ProbeObservation, ScanObservations } from '../observations/model.js';
import type { Policy, ScanPolicy, SourceLocation } from '../policy/types.js';
import type { RawFinding } from './finding.js';

/** Longest excerpt of a banner quoted in a message; the full text is in the observations. */
const GREETING_EXCERPT_CHARS = 120;

/** smtp/unexpected-listener, smtp/unexpected-open-port, smtp/approved-unreachable, scan/egress-blocked, scan/stale-results. */
/** `startedAt`: when the run observed, against which an imported scan's age is judged. */
export function checkScan(policy: Policy, scan: ScanObservations, startedAt: string): RawFinding[] {
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
  const scannedAt = new Map((scan.imported ?? []).map((file) => [file.file, file]));
  // A result read from another tool's scan says where from and when: the reader can check the file.
  const from = (probe: ProbeObservation) => {
    if (probe.source === undefined) return '';
    const file = scannedAt.get(probe.source);
    return ` (from ${probe.source}${file?.scannedAt ? `, scanned ${file.scannedAt.slice(0, 16).replace('T', ' ')} UTC` : ''})`;
  };
  for (const probe of scan.probes) {
    if (isApproved(probe)) continue;
    const endpoint = formatEndpoint(probe.address, probe.port);
    if (probe.state === 'smtp') {
      findings.push({
        rule: 'smtp/unexpected-listener',
        name: probe.address,
        subject: endpoint,
        servers: [],
        message: `${endpoint} answers SMTP ("${excerpt(probe.greeting)}") but is neither a declared mail server nor in scan.allow${from(probe)}.`,
        location: rangeLocation(scanPolicy, probe.address),
      });
    } else if (probe.state === 'open') {
      const heard = probe.greeting
        ? `; it said "${excerpt(probe.greeting)}"`
        : probe.source === undefined
          ? ' and stays silent'
          : ': the imported scan has no banner for it, so it is a listener that could not be identified';
      findings.push({
        rule: 'smtp/unexpected-open-port',
        name: probe.address,
        subject: endpoint,
        servers: [],
        message: `${endpoint} accepts connections but does not greet with SMTP${heard}${from(probe)}.`,
        location: rangeLocation(scanPolicy, probe.address),
      });
    }
  }
  findings.push(...approvedServers(scanPolicy, scan, mailServerAddresses), ...staleImports(scanPolicy, scan, startedAt));
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
  // Egress is this runner's: imported scans were made elsewhere, so their silence is about the servers.
  if (!anythingAnswered && noneReached && scan.imported === undefined) {
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
      'not-probed': scan.imported === undefined ? 'could not be probed from this runner' : 'is not in the imported scans',
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

/** scan/stale-results: an imported scan older than scan.max-age-days, or one that does not say when it ran, or cut off. */
function staleImports(scanPolicy: ScanPolicy, scan: ScanObservations, startedAt: string): RawFinding[] {
  const now = Date.parse(startedAt);
  return (scan.imported ?? []).flatMap((file) => {
    const ageDays = file.scannedAt === undefined ? undefined : (now - Date.parse(file.scannedAt)) / 86_400_000;
    const problems = [
      ...(ageDays === undefined
        ? ['it does not say when the scan ran']
        : ageDays > scanPolicy.maxAgeDays
          ? [`it ran ${Math.floor(ageDays)} days ago, more than scan.max-age-days (${scanPolicy.maxAgeDays})`]
          : []),
      ...(file.cut ? ['it ends mid-way (the scan was cut off): what it holds counts, the rest is not known'] : []),
    ];
    if (problems.length === 0) return [];
    return [
      {
        rule: 'scan/stale-results' as const,
        name: file.file,
        subject: file.file,
        servers: [],
        message: `The imported scan ${file.file} (${file.format}) may not show today's perimeter: ${problems.join('; ')}.`,
        location: scanPolicy.location,
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
