import { groupBy } from '../group.js';
import type { Finding } from '../checks/finding.js';
import type { Severity } from '../checks/rules.js';
import { SEVERITIES } from '../checks/rules.js';
import { printable } from '../untrusted-text.js';

/** GitHub shows at most this many annotations of each severity per step; the rest only reach the log. */
export const ANNOTATIONS_PER_SEVERITY = 10;
/** Subjects named in an aggregated annotation before "and N more". */
const SUBJECTS_PER_AGGREGATE = 5;
/** Lines listed per file in an aggregated annotation before "(+N)". */
const LINES_PER_FILE = 20;

export interface Annotation {
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
}

/**
 * One annotation per finding while they fit in GitHub's per-step limit; beyond it, findings are
 * aggregated per rule, and beyond that the last slot points to the job summary, which lists all.
 * When the run fails, the verdict (core.setFailed) is itself an error annotation: one error slot
 * is kept for it, so that it is never the one GitHub leaves out.
 */
export function planAnnotations(findings: readonly Finding[], failed = false): Annotation[] {
  // A finding this change fixed stands on the base's lines: it belongs in the summary, not on the diff.
  const current = findings.filter((finding) => finding.change !== 'fixed');
  return SEVERITIES.flatMap((severity) =>
    planForSeverity(
      current.filter((finding) => finding.severity === severity),
      severity,
      severity === 'error' && failed ? ANNOTATIONS_PER_SEVERITY - 1 : ANNOTATIONS_PER_SEVERITY,
    ),
  );
}

function planForSeverity(findings: readonly Finding[], severity: Severity, slots: number): Annotation[] {
  if (findings.length <= slots) return findings.map(single);
  const byRule = groupBy(findings, (finding) => finding.rule);
  const groups = [...byRule.values()].map((group) => (group.length === 1 ? single(group[0]!) : aggregate(group)));
  if (groups.length <= slots) return groups;
  const shown = groups.slice(0, slots - 1);
  const hiddenRules = [...byRule.keys()].slice(slots - 1);
  const hiddenCount = hiddenRules.reduce((sum, rule) => sum + (byRule.get(rule)?.length ?? 0), 0);
  return [
    ...shown,
    {
      severity,
      title: `mail-perimeter: ${hiddenCount} more ${severity}s`,
      message: `${hiddenCount} more ${severity}s under ${hiddenRules.join(', ')}: see the job summary or the report for the full list.`,
      file: undefined,
      line: undefined,
      column: undefined,
    },
  ];
}

function single(finding: Finding): Annotation {
  const servers = finding.servers.length > 0 ? ` [${finding.servers.join(', ')}]` : '';
  return {
    severity: finding.severity,
    title: printable(`${finding.rule}: ${finding.subject}`),
    message: printable(`${finding.message}${servers}`),
    file: finding.location?.file,
    line: finding.location?.line,
    column: finding.location?.column,
  };
}

function aggregate(group: readonly Finding[]): Annotation {
  const first = group[0]!;
  const named = group.slice(0, SUBJECTS_PER_AGGREGATE).map((finding) => `${finding.name}: ${finding.subject}`);
  const more = group.length - named.length;
  return {
    severity: first.severity,
    title: printable(`${first.rule} (${group.length} findings)`),
    message: printable(
      `${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}. At ${linesOf(group)}. First: ${first.message} See the job summary for all.`,
    ),
    file: first.location?.file,
    line: first.location?.line,
    column: first.location?.column,
  };
}

/** "policy.yml:12, 15 and zones/a.zone:3": where the findings of an aggregated annotation stand. */
function linesOf(group: readonly Finding[]): string {
  const byFile = new Map<string, number[]>();
  for (const { location } of group) {
    if (location === undefined) continue;
    const lines = byFile.get(location.file) ?? [];
    if (!lines.includes(location.line)) lines.push(location.line);
    byFile.set(location.file, lines);
  }
  const places = [...byFile].map(([file, lines]) => {
    const sorted = lines.sort((a, b) => a - b);
    const shown = sorted.slice(0, LINES_PER_FILE);
    return `${file}:${shown.join(', ')}${sorted.length > shown.length ? ` (+${sorted.length - shown.length})` : ''}`;
  });
  return places.length > 0 ? places.join('; ') : 'no line';
}
