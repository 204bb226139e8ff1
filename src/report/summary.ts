import { displayName } from '../dns-name.js';
import type { Finding } from '../checks/finding.js';
import type { Reply, ZoneObservation, NameObservation } from '../observations/model.js';
import { serverLabel } from '../observations/model.js';
import { formatEndpoint } from '../ip-address.js';
import type { RunReport } from './run-report.js';
import { verdictLine } from './run-report.js';
import { html, htmlCell } from '../untrusted-text.js';

/** GitHub rejects a step summary over 1 MiB; stop adding detail well before. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;
const DIVERGENT_MARK = '⚠️ ';

/**
 * The job summary (GitHub-flavoured Markdown with HTML tables). Sections are added in order of
 * importance; when the budget runs out, the rest is replaced by a pointer to the JSON report.
 */
export function renderSummary(report: RunReport, failed: boolean): string {
  const sections: string[] = [`## ${failed ? '❌' : '✅'} mail-perimeter\n\n**${html(verdictLine(report, failed))}**\n`];
  sections.push(findingsTable(report.findings));
  const dns = report.observations?.dns;
  const zonesByName = new Map((dns?.zones ?? []).map((zone) => [zone.zone as string, zone]));
  for (const name of dns?.names ?? []) {
    const zone = name.zone === undefined ? undefined : zonesByName.get(name.zone);
    sections.push(nameSection(name, zone));
  }
  if (report.observations?.scan) sections.push(scanSection(report));

  let output = '';
  for (const section of sections) {
    if (Buffer.byteLength(output) + Buffer.byteLength(section) > SUMMARY_BUDGET_BYTES) {
      output += '\n_The rest of the detail is too large for a job summary: see the JSON report._\n';
      break;
    }
    output += `${section}\n`;
  }
  return output;
}

function findingsTable(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings: every server that can receive mail matches the policy.\n';
  // What a change introduces first, then what was there already, then what it fixed.
  const order = { introduced: 0, undefined: 1, unchanged: 1, fixed: 2 } as const;
  const sorted = [...findings].sort((a, b) => order[`${a.change}` as keyof typeof order] - order[`${b.change}` as keyof typeof order]);
  const rows = sorted.map(
    (finding) =>
      `<tr><td>${SEVERITY_ICON[finding.severity]} ${finding.severity}${finding.change ? ` (${finding.change})` : ''}</td><td><code>${finding.rule}</code></td><td>${htmlCell(finding.name)}</td><td>${htmlCell(finding.subject)}</td><td>${htmlCell(finding.message)}</td><td>${finding.location ? htmlCell(`${finding.location.file}:${finding.location.line}`) : ''}</td></tr>`,
  );
  return `### Findings\n\n<table><tr><th>Severity</th><th>Rule</th><th>Name</th><th>Subject</th><th>Message</th><th>Where</th></tr>\n${rows.join('\n')}\n</table>\n`;
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

function nameSection(name: NameObservation, zone: ZoneObservation | undefined): string {
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
          .map((record) => `${record.preference} ${displayName(record.host)}`)
          .join(', '),
      ),
    };
  });
  const common = {
    ns: mostCommon(rows.map((row) => row.ns)),
    serial: mostCommon(rows.map((row) => row.serial)),
    mx: mostCommon(rows.map((row) => row.mx)),
  };
  const cell = (value: string, usual: string | undefined) =>
    usual !== undefined && value !== usual
      ? `<td><strong>${DIVERGENT_MARK}${htmlCell(value)}</strong></td>`
      : `<td>${htmlCell(value)}</td>`;
  const serverRows = rows.map(
    (row) =>
      `<tr><td>${htmlCell(row.label)}</td>${cell(row.ns, common.ns)}${cell(row.serial, common.serial)}${cell(row.mx, common.mx)}</tr>`,
  );
  const delegations = (zone?.parent?.delegations ?? []).map(({ server, reply }) => {
    const text =
      reply.status === 'referral' || reply.status === 'authoritative'
        ? [...reply.ns].sort().join(' ')
        : replyText(reply as Reply<never>, () => '');
    return `<tr><td>${htmlCell(serverLabel(server))}</td><td colspan="3">delegation from ${html(displayName(zone!.parent!.zone))}: ${htmlCell(text)}</td></tr>`;
  });
  return `${heading}<table><tr><th>Server</th><th>NS</th><th>SOA serial</th><th>MX at ${html(displayName(name.name))}</th></tr>\n${[...delegations, ...serverRows].join('\n')}\n</table>\n`;
}

function scanSection(report: RunReport): string {
  const scan = report.observations!.scan!;
  const { counts } = scan;
  const interesting = scan.probes.filter((probe) => probe.state !== 'closed');
  const rows = interesting.map(
    (probe) =>
      `<tr><td>${htmlCell(formatEndpoint(probe.address, probe.port))}</td><td>${probe.state}</td><td>${htmlCell(probe.greeting)}</td><td>${htmlCell(probe.tls?.subject ?? '')}</td></tr>`,
  );
  return `<h3>Scan of ${html(scan.ranges.join(', '))} (ports ${html(compactPorts(scan.ports))})</h3>\n\n${counts.smtp} SMTP, ${counts.open} open, ${counts.closed} closed, ${counts.filtered} filtered, ${counts['not-probed']} not probed.\n\n<table><tr><th>Address:port</th><th>State</th><th>Greeting</th><th>TLS certificate</th></tr>\n${rows.join('\n')}\n</table>\n`;
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
