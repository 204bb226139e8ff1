import { groupBy } from '../group.js';
import type { RunReport } from './run-report.js';
import { verdictLine } from './run-report.js';
import { printable } from '../untrusted-text.js';
import { compareAddresses, parseIpAddress } from '../ip-address.js';
import { compareText } from '../compare-text.js';

/** DNS names first, alphabetically; then scanned addresses, in address order. */
function compareGroups(a: string, b: string): number {
  const aIsAddress = parseIpAddress(a) !== undefined;
  const bIsAddress = parseIpAddress(b) !== undefined;
  if (aIsAddress !== bIsAddress) return aIsAddress ? 1 : -1;
  if (aIsAddress) return compareAddresses(a, b);
  return compareText(a, b);
}

/** The CLI's terminal output: one block per finding, grouped by name, then the verdict. */
export function renderText(report: RunReport, failed: boolean): string {
  const lines: string[] = [];
  const byName = groupBy(report.findings, (finding): string => finding.name);
  for (const [name, findings] of [...byName].sort(([a], [b]) => compareGroups(a, b))) {
    lines.push(printable(name));
    for (const finding of findings) {
      const where = finding.location ? `${finding.location.file}:${finding.location.line}:${finding.location.column}` : '';
      const change = finding.change ? ` [${finding.change}]` : '';
      lines.push(`  ${finding.severity.padEnd(7)} ${finding.rule}${change}  ${printable(finding.subject)}${where ? `  (${where})` : ''}`);
      lines.push(`          ${printable(finding.message)}`);
      if (finding.servers.length > 0) lines.push(`          servers: ${finding.servers.map(printable).join(', ')}`);
    }
    lines.push('');
  }
  const stats = report.observations?.dns?.stats;
  if (stats) {
    lines.push(
      `DNS: ${stats.queriesSent} queries, ${stats.answersAccepted} answers accepted, ${stats.answersDropped} dropped as invalid, ${stats.timeouts} timeouts`,
    );
  }
  const scan = report.observations?.scan;
  if (scan) {
    const { counts } = scan;
    lines.push(
      `Scan: ${counts.smtp} SMTP, ${counts.open} open, ${counts.closed} closed, ${counts.filtered} filtered, ${counts['not-probed']} not probed`,
    );
  }
  lines.push(`${verdictLine(report, failed)} in ${(report.durationMs / 1000).toFixed(1)} s`);
  return `${lines.join('\n')}\n`;
}
