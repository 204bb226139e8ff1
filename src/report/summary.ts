import { groupBy } from '../group.js';
import { nameCovers } from '../certificate-name.js';
import { certificateValid, recipientVerdict } from '../checks/probe.js';
import { daneVerdict, secureTlsa } from '../checks/dane.js';
import { displayName } from '../dns-name.js';
import type { Finding } from '../checks/finding.js';
import type { DomainName } from '../dns-name.js';
import type {
  NameObservation,
  ProbeConversation,
  ProbeObservations,
  Reply,
  ServerRef,
  EvidenceObservations,
  MtaStsPolicyObservation,
  RegistrationObservation,
  RegistryObservations,
  ServerTransportObservation,
  SmtpReply,
  TargetObservation,
  ZoneObservation,
} from '../observations/model.js';
import { serverLabel } from '../observations/model.js';
import { formatEndpoint } from '../ip-address.js';
import type { RunReport } from './run-report.js';
import { verdictLine } from './run-report.js';
import { html, htmlCell } from '../untrusted-text.js';
import { compareText } from '../compare-text.js';

/** GitHub rejects a step summary over 1 MiB; stop adding detail well before. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;
const DIVERGENT_MARK = '⚠️ ';

/** Rows of the findings table at most: the JSON report has them all. */
export const MAX_FINDING_ROWS = 1000;

/** Where a finding stands, as a link into the repository at the checked commit (the action knows it). */
export type SourceLink = (file: string, line: number) => string | undefined;

/**
 * The job summary (GitHub-flavoured Markdown with HTML tables), in order of importance: the
 * verdict, the count of findings per rule, the findings (introduced first), then what each server
 * said per name (names with findings before clean ones), then the scan. When the budget runs out,
 * clean names go first and the summary says what it left out.
 */
export function renderSummary(report: RunReport, failed: boolean, link: SourceLink = () => undefined): string {
  const head = [
    `## ${failed ? '❌' : '✅'} mail-perimeter\n\n**${html(verdictLine(report, failed))}**\n`,
    ruleCounts(report.findings),
    findingsTable(report.findings, link),
  ];
  const dns = report.observations?.dns;
  const zonesByName = new Map((dns?.zones ?? []).map((zone) => [zone.zone as string, zone]));
  const targets = new Map((dns?.mxTargets ?? []).map((target) => [target.host as string, target]));
  const withFindings = new Set(report.findings.map((finding) => finding.name));
  const names = [...(dns?.names ?? [])].sort((a, b) => Number(withFindings.has(b.name)) - Number(withFindings.has(a.name)));
  const tail = [
    ...(dns?.transports?.length ? [transportSection(dns.transports)] : []),
    ...(report.observations?.registry || dns?.registrations?.length
      ? [registrySection(report.observations?.registry, dns?.registrations ?? [])]
      : []),
    ...(report.observations?.probe ? [probeSection(report.observations.probe, targets)] : []),
    ...(report.observations?.scan ? [scanSection(report)] : []),
    ...(report.observations?.evidence?.arrivals.length ? [evidenceSection(report.observations.evidence)] : []),
  ];

  let output = '';
  // Counted as it grows: measuring the whole output again for each of thousands of names is quadratic.
  let bytes = 0;
  const add = (section: string) => {
    const size = Buffer.byteLength(section) + 1;
    if (bytes + size > SUMMARY_BUDGET_BYTES) return false;
    output += `${section}\n`;
    bytes += size;
    return true;
  };
  for (const section of head) add(section);
  // The scan table is kept whole if it fits: it is one table, and a listener nobody declared is the point.
  const scanFits = tail.every((section) => bytes + Buffer.byteLength(section) + 1 <= SUMMARY_BUDGET_BYTES);
  if (scanFits) for (const section of tail) add(section);
  let shown = 0;
  for (const name of names) {
    const zone = name.zone === undefined ? undefined : zonesByName.get(name.zone);
    if (!add(nameSection(name, zone, targets))) break;
    shown++;
  }
  const left = names.slice(shown);
  if (left.length > 0) {
    const leftWithFindings = left.filter((name) => withFindings.has(name.name)).length;
    output += `\n_${left.length} more names are not shown here (${leftWithFindings} of them with findings, ${left.length - leftWithFindings} clean): the summary is limited to 1 MiB; the JSON report has every server's answers._\n`;
  }
  if (!scanFits) output += '\n_The scan table is too large for the summary: see the JSON report._\n';
  return output;
}

function ruleCounts(findings: readonly Finding[]): string {
  const current = findings.filter((finding) => finding.change !== 'fixed');
  if (current.length === 0) return '';
  const byRule = new Map<string, Record<Finding['severity'], number>>();
  for (const finding of current) {
    const counts = byRule.get(finding.rule) ?? { error: 0, warning: 0, notice: 0 };
    counts[finding.severity]++;
    byRule.set(finding.rule, counts);
  }
  const rows = [...byRule]
    .sort(([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || y.notice - x.notice || compareText(a, b))
    .map(
      ([rule, counts]) =>
        `<tr><td><code>${rule}</code></td><td>${counts.error}</td><td>${counts.warning}</td><td>${counts.notice}</td></tr>`,
    );
  return `<table><tr><th>Rule</th><th>${SEVERITY_ICON.error} errors</th><th>${SEVERITY_ICON.warning} warnings</th><th>${SEVERITY_ICON.notice} notices</th></tr>\n${rows.join('\n')}\n</table>\n`;
}

/**
 * Findings a rule shows before any rule shows more: with thousands of findings, the table's rows
 * go first to every rule (and so every severity), a page each, then to second pages, and so on.
 */
const FINDING_ROWS_PER_RULE_PAGE = 10;

/**
 * The findings table, two columns wide so that it fits GitHub's page (about 950 px): what and
 * where (severity, rule, the policy or zone-data line as a link), then the name, subject and
 * message. At most MAX_FINDING_ROWS rows, shared out among the rules a page at a time.
 */
function findingsTable(findings: readonly Finding[], link: SourceLink): string {
  if (findings.length === 0) return 'No findings: every server that can receive mail matches the policy.\n';
  // What a change introduces first, then what was there already, then what it fixed.
  const order = { introduced: 0, undefined: 1, unchanged: 1, fixed: 2 } as const;
  const changeOrder = (finding: Finding) => order[`${finding.change}` as keyof typeof order];
  const shown = shareRows(findings, MAX_FINDING_ROWS);
  const rank = new Map(findings.map((finding, index) => [finding, index]));
  const sorted = [...shown].sort((a, b) => changeOrder(a) - changeOrder(b) || rank.get(a)! - rank.get(b)!);
  const where = (finding: Finding) => {
    const location = finding.location;
    if (location === undefined) return '';
    const text = htmlCell(`${location.file}:${location.line}`);
    const url = link(location.file, location.line);
    return `<br>${url === undefined ? text : `<a href="${html(url)}">${text}</a>`}`;
  };
  const rows = sorted.map((finding) => {
    const subject =
      finding.subject === finding.name ? htmlCell(finding.subject) : `${htmlCell(finding.subject)} (${htmlCell(finding.name)})`;
    return `<tr><td>${SEVERITY_ICON[finding.severity]} <code>${finding.rule}</code>${finding.change ? ` (${finding.change})` : ''}${where(finding)}</td><td><b>${subject}</b><br>${htmlCell(finding.message)}</td></tr>`;
  });
  const more = findings.length - rows.length;
  const note =
    more > 0
      ? `\n_${more} more findings are in the JSON report and in code scanning: this table shows ${rows.length}, up to ${FINDING_ROWS_PER_RULE_PAGE} of every rule before more of any; the counts per rule above are complete._\n`
      : '';
  return `### Findings\n\n<table><tr><th>Finding</th><th>Subject and message</th></tr>\n${rows.join('\n')}\n</table>\n${note}`;
}

/** Up to `limit` findings: each rule's first page, then each rule's second page, and so on. */
function shareRows(findings: readonly Finding[], limit: number): Finding[] {
  if (findings.length <= limit) return [...findings];
  const byRule = [...groupBy(findings, (finding) => `${SEVERITY_RANK[finding.severity]}\u0000${finding.rule}`)].sort(([a], [b]) =>
    compareText(a, b),
  );
  const shown: Finding[] = [];
  for (let page = 0; shown.length < limit; page++) {
    let added = false;
    for (const [, group] of byRule) {
      const slice = group.slice(page * FINDING_ROWS_PER_RULE_PAGE, (page + 1) * FINDING_ROWS_PER_RULE_PAGE);
      for (const finding of slice) {
        if (shown.length === limit) break;
        shown.push(finding);
        added = true;
      }
    }
    if (!added) break;
  }
  return shown;
}

const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 } as const;

/** Servers whose word came some other way than UDP with EDNS, or is partial: why a server was not fully checked. */
function transportSection(transports: readonly ServerTransportObservation[]): string {
  const rows = transports.map((transport) => {
    const unanswered = transport.unanswered.map((question) => `${question.type} ${displayName(question.name)}`);
    const more = transport.unansweredCount - unanswered.length;
    return `<tr><td>${html(transport.address)}</td><td>${transport.edns === 'used' ? 'yes' : htmlCell(`no: ${transport.ednsDetail}`)}</td><td>${transport.tcpAnswers}</td><td>${transport.cookieRetries}</td><td>${htmlCell([...unanswered, ...(more > 0 ? [`${more} more`] : [])].join(', ') || '—')}</td></tr>`;
  });
  return `<h3>Servers asked another way</h3>

<table><tr><th>Address</th><th>EDNS</th><th>Answers over TCP</th><th>Cookie retries</th><th>Questions left unanswered</th></tr>
${rows.join('\n')}
</table>
`;
}

/** Per registrable domain: whether its parent delegates it, and what its registry says (name servers, expiry). */
function registrySection(registry: RegistryObservations | undefined, registrations: readonly RegistrationObservation[]): string {
  const records = new Map((registry?.domains ?? []).map((record) => [record.domain as string, record]));
  const domains = [...new Set([...registrations.map((registration) => registration.domain as string), ...records.keys()])].sort();
  const standing = new Map(registrations.map((registration) => [registration.domain as string, registration]));
  const rows = domains.map((domain) => {
    const delegated = standing.get(domain);
    const record = records.get(domain);
    const registryText =
      record === undefined
        ? 'not asked'
        : record.status === 'found'
          ? (record.nameservers ?? []).join(', ') || '—'
          : `${record.status}: ${record.detail}`;
    const delegationText =
      delegated === undefined ? '' : delegated.status === 'not-delegated' ? '**not delegated: anyone may register it**' : delegated.status;
    return `<tr><td>${html(domain)}</td><td>${delegationText}</td><td>${htmlCell(registryText)}</td><td>${html(record?.expiration?.slice(0, 10) ?? '')}</td></tr>`;
  });
  return `<h3>Registrations: who holds the domains the perimeter depends on</h3>

<table><tr><th>Domain</th><th>Parent's delegation</th><th>Registry's name servers (RDAP)</th><th>Expires</th></tr>
${rows.join('\n')}
</table>
`;
}

/** Per host that handed mail to a managed server: how many messages, when, how many spam (trace facts only). */
function evidenceSection(evidence: EvidenceObservations): string {
  const rows = [...groupBy(evidence.arrivals, (arrival) => arrival.address as string)].map(([address, arrivals]) => {
    const dates = arrivals.flatMap((arrival) => (arrival.date === undefined ? [] : [arrival.date.slice(0, 10)])).sort();
    const spam = arrivals.filter((arrival) => arrival.spam).length;
    return `<tr><td>${html(address)}</td><td>${htmlCell(arrivals[0]!.reverse ?? '')}</td><td>${htmlCell([...new Set(arrivals.map((arrival) => arrival.by))].join(', '))}</td><td>${arrivals.length}</td><td>${html(dates[0] ?? '')} – ${html(dates.at(-1) ?? '')}</td><td>${spam}</td></tr>`;
  });
  return `<h3>Evidence: who handed mail to the managed servers</h3>

<table><tr><th>Address</th><th>Reverse name</th><th>Received by</th><th>Messages</th><th>Dates</th><th>Marked spam</th></tr>
${rows.join('\n')}
</table>
`;
}

function replyText<T>(reply: Reply<T> | undefined, format: (records: readonly T[]) => string): string {
  if (reply === undefined) return '';
  switch (reply.status) {
    case 'answer':
      return reply.records.length === 0 ? '(no records)' : format(reply.records);
    case 'nxdomain':
      return 'NXDOMAIN';
    case 'failed':
      return `${reply.failure}${reply.detail ? ` (${reply.detail})` : ''}`;
    case 'not-checked':
      return `not checked: ${reply.reason}`;
  }
}

/** The value most servers gave; cells that differ from it are marked. */
function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return counts.size > 1 ? best : undefined;
}

function nameSection(name: NameObservation, zone: ZoneObservation | undefined, targets: ReadonlyMap<string, TargetObservation>): string {
  // DNS-derived text goes into HTML blocks, never into Markdown: a label such as
  // "[click](https://…)" or "www.example.test" must not become a link.
  const heading = `<h3>${html(displayName(name.name))}${name.zone !== undefined ? ` (zone ${html(displayName(name.zone))})` : ''}</h3>\n\n`;
  if (name.error) return `${heading}<p>Could not be checked: ${html(name.error)}</p>\n`;
  const rows = (zone?.servers ?? []).map((server) => {
    const atName = name.servers.find((candidate) => serverLabel(candidate.server) === serverLabel(server.server));
    return {
      label: serverLabel(server.server),
      ns: replyText(server.ns, (records) => [...records].sort().join(' ')),
      serial: replyText(server.soa, (records) => String(records[0]?.serial ?? '')),
      mx: replyText(atName?.mx, (records) =>
        [...records]
          .sort((a, b) => a.preference - b.preference || (a.host < b.host ? -1 : 1))
          .map((record) => `${record.preference} ${displayName(record.host)}${targetAddresses(record.host, server.server, targets)}`)
          .join(', '),
      ),
      addresses: replyText(atName?.addresses, (records) => [...records].join(' ')),
    };
  });
  const common = {
    ns: mostCommon(rows.map((row) => row.ns)),
    serial: mostCommon(rows.map((row) => row.serial)),
    mx: mostCommon(rows.map((row) => row.mx)),
    addresses: mostCommon(rows.map((row) => row.addresses)),
  };
  const cell = (value: string, usual: string | undefined) =>
    usual !== undefined && value !== usual
      ? `<td><strong>${DIVERGENT_MARK}${htmlCell(value)}</strong></td>`
      : `<td>${htmlCell(value)}</td>`;
  const serverRows = rows.map(
    (row) =>
      `<tr><td>${htmlCell(row.label)}</td>${cell(row.ns, common.ns)}${cell(row.serial, common.serial)}${cell(row.mx, common.mx)}${cell(row.addresses, common.addresses)}</tr>`,
  );
  const delegations = (zone?.parent?.delegations ?? []).map(({ server, reply }) => {
    const text =
      reply.status === 'referral' || reply.status === 'authoritative'
        ? [...reply.ns].sort().join(' ')
        : replyText(reply as Reply<never>, () => '');
    return `<tr><td>${htmlCell(serverLabel(server))}</td><td colspan="4">delegation from ${html(displayName(zone!.parent!.zone))}: ${htmlCell(text)}</td></tr>`;
  });
  return `${heading}<table><tr><th>Server</th><th>NS</th><th>SOA serial</th><th>MX at ${html(displayName(name.name))} (→ target addresses)</th><th>A/AAAA at ${html(displayName(name.name))}</th></tr>\n${[...delegations, ...serverRows].join('\n')}\n</table>\n`;
}

const PROBE_COLUMNS: {
  check: ProbeObservations['checks'][number];
  title: string;
  cell: (conversation: ProbeConversation) => { text: string; weak: boolean };
}[] = [
  {
    check: 'starttls',
    title: 'STARTTLS',
    cell: (c) =>
      c.startTlsOffered === undefined
        ? { text: '?', weak: false }
        : c.tlsFailure !== undefined
          ? { text: `offered, unusable: ${c.tlsFailure}`, weak: true }
          : { text: c.startTlsOffered ? 'yes' : 'no', weak: !c.startTlsOffered },
  },
  {
    check: 'certificate',
    title: 'Certificate',
    cell: (c) =>
      c.certificate === undefined
        ? { text: '', weak: false }
        : certificateValid(c)
          ? { text: 'valid', weak: false }
          : { text: c.certificate.problem || 'invalid', weak: true },
  },
  { check: 'unknown-recipient', title: 'Unknown recipient', cell: (c) => verdictCell(c.unknownRecipient, 'unknown') },
  { check: 'relay', title: 'Relay', cell: (c) => verdictCell(c.foreignRecipient, 'foreign') },
];

/** A RCPT reply as a cell: accepted (weak), refused, or "undecided: <why>" so a person sees what could not be proven. */
function verdictCell(reply: SmtpReply | undefined, kind: 'unknown' | 'foreign'): { text: string; weak: boolean } {
  if (reply === undefined) return { text: '', weak: false };
  const verdict = recipientVerdict(reply, kind);
  if (verdict.refuses === undefined) return { text: `undecided: ${verdict.undecided}`, weak: false };
  return { text: `${reply.code} ${verdict.refuses ? 'refused' : 'accepted'}`, weak: !verdict.refuses };
}

/** Per name, its MX hosts by preference with one column per check: the weaker cells stand out. */
/** The MTA-STS cell of an MX: whether the name's policy lets senders use it (blank when the name publishes none). */
function mtaStsCell(policy: MtaStsPolicyObservation | undefined, host: string): { text: string; weak: boolean } | undefined {
  if (policy === undefined) return undefined;
  if (policy.status === 'failed' || policy.policy === undefined) return { text: `policy not usable: ${policy.detail}`, weak: true };
  if (policy.policy.mode === 'none') return { text: 'mode none', weak: false };
  const covered = policy.policy.mx.some((pattern) => nameCovers(pattern, host));
  return covered ? { text: `${policy.policy.mode}: listed`, weak: false } : { text: `${policy.policy.mode}: not listed`, weak: true };
}

/** The DNSSEC cell of an MX: whether the zone its TLSA would live in is signed, and proven so. */
function dnssecCell(target: TargetObservation | undefined): { text: string; weak: boolean } {
  const tlsa = target?.tlsa;
  if (tlsa === undefined) return { text: '', weak: false };
  switch (tlsa.status) {
    case 'insecure':
      return { text: 'not signed', weak: false };
    case 'bogus':
      return { text: `signatures fail: ${tlsa.detail}`, weak: true };
    case 'not-checked':
      return { text: `not checked: ${tlsa.detail}`, weak: false };
    default:
      return { text: 'signed', weak: false };
  }
}

/** The DANE cell of an MX: its signed TLSA and whether the certificate it presented matches. */
function daneCell(
  conversation: ProbeConversation,
  target: TargetObservation | undefined,
  primaryPinned: boolean,
): { text: string; weak: boolean } {
  const records = secureTlsa(target);
  if (records.length === 0) {
    const status = target?.tlsa?.status;
    if (status === 'none' || status === 'insecure') return { text: 'no TLSA', weak: primaryPinned };
    return { text: status === 'secure' ? 'no usable TLSA' : '', weak: false };
  }
  const verdict = daneVerdict(conversation, records);
  if (verdict === undefined) return { text: 'TLSA published', weak: false };
  return verdict.matches ? { text: 'TLSA matches', weak: false } : { text: `mismatch: ${verdict.why}`, weak: true };
}

function cell({ text, weak }: { text: string; weak: boolean }): string {
  return weak ? `<td><strong>${DIVERGENT_MARK}${htmlCell(text)}</strong></td>` : `<td>${htmlCell(text)}</td>`;
}

function probeSection(probe: ProbeObservations, targets: ReadonlyMap<string, TargetObservation>): string {
  const columns = PROBE_COLUMNS.filter((column) => probe.checks.includes(column.check));
  const byName = groupBy(probe.conversations, (conversation): string => conversation.name);
  const policies = new Map((probe.mtaSts ?? []).map((policy) => [policy.name as string, policy]));
  const tables = [...byName].map(([name, conversations]) => {
    const policy = policies.get(name);
    // DNSSEC and DANE columns when some MX of the name lies in a signed zone: only then can they differ.
    const signedColumns = conversations.some((conversation) => {
      const status = targets.get(conversation.host)?.tlsa?.status;
      return status !== undefined && status !== 'insecure' && status !== 'not-checked';
    });
    const primaryPreference = Math.min(...conversations.map((conversation) => conversation.preference));
    const primaryPinned = conversations
      .filter((conversation) => conversation.preference === primaryPreference)
      .every((conversation) => secureTlsa(targets.get(conversation.host)).length > 0);
    const rows = conversations.map((conversation) => {
      const sts = mtaStsCell(policy, conversation.host);
      const stsCell = sts === undefined ? '' : cell(sts);
      const target = targets.get(conversation.host);
      const signedCells = signedColumns ? cell(dnssecCell(target)) + cell(daneCell(conversation, target, primaryPinned)) : '';
      const cells =
        conversation.failure !== undefined
          ? `<td colspan="${columns.length}">could not be probed: ${htmlCell(conversation.failure)}</td>`
          : columns.map((column) => cell(column.cell(conversation))).join('');
      return `<tr><td>${conversation.preference}</td><td>${htmlCell(conversation.host)}</td><td>${htmlCell(conversation.address)}</td>${cells}${signedCells}${stsCell}</tr>`;
    });
    return `<h4>${html(name)}</h4>\n\n<table><tr><th>Preference</th><th>MX</th><th>Address</th>${columns.map((column) => `<th>${column.title}</th>`).join('')}${signedColumns ? '<th>DNSSEC</th><th>DANE</th>' : ''}${policy === undefined ? '' : '<th>MTA-STS</th>'}</tr>\n${rows.join('\n')}\n</table>\n`;
  });
  return `<h3>SMTP probe: is every MX as well protected as the primary?</h3>\n\n${tables.join('\n')}`;
}

/** " → 192.0.2.10": what this server (or, for targets outside the policy's zones, resolution) says the target's addresses are. */
function targetAddresses(host: DomainName, server: ServerRef, targets: ReadonlyMap<string, TargetObservation>): string {
  const target = targets.get(host);
  if (target === undefined) return '';
  const fromServer = target.byServer.find((entry) => serverLabel(entry.server) === serverLabel(server));
  const addresses = fromServer?.addresses ?? target.addresses;
  return addresses.length > 0 ? ` → ${addresses.join(' ')}` : ` → ${target.status === 'resolved' ? 'no address' : target.status}`;
}

function scanSection(report: RunReport): string {
  const scan = report.observations!.scan!;
  const { counts } = scan;
  const interesting = scan.probes.filter((probe) => probe.state !== 'closed');
  const rows = interesting.map(
    (probe) =>
      `<tr><td>${htmlCell(formatEndpoint(probe.address, probe.port))}</td><td>${probe.state}</td><td>${htmlCell(probe.greeting)}</td><td>${htmlCell(probe.tls?.subject ?? '')}</td></tr>`,
  );
  const provenance = (scan.imported ?? []).map(
    (file) =>
      `From ${htmlCell(file.file)} (${file.format}, ${file.scannedAt === undefined ? 'undated' : `scanned ${html(file.scannedAt.slice(0, 16).replace('T', ' '))} UTC`}${file.cut ? ', cut off' : ''}): ${file.inside} results inside the ranges, ${file.outside} outside, ignored.`,
  );
  return `<h3>Scan of ${html(scan.ranges.join(', '))} (ports ${html(compactPorts(scan.ports))})</h3>\n\n${provenance.length > 0 ? `${provenance.join('<br>\n')}\n\n` : ''}${counts.smtp} SMTP, ${counts.open} open, ${counts.closed} closed, ${counts.filtered} filtered, ${counts['not-probed']} not probed.\n\n<table><tr><th>Address:port</th><th>State</th><th>Greeting</th><th>TLS certificate</th></tr>\n${rows.join('\n')}\n</table>\n`;
}

/** "25, 465, 587" or "1-65535". */
function compactPorts(ports: readonly number[]): string {
  const parts: string[] = [];
  let start = ports[0];
  for (let i = 0; i < ports.length; i++) {
    const port = ports[i]!;
    const next = ports[i + 1];
    if (next === port + 1) continue;
    parts.push(start === port ? String(port) : `${start}-${port}`);
    start = next;
  }
  return parts.join(', ');
}
