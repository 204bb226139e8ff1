import type { Finding } from '../checks/finding.js';
import type { Severity } from '../checks/rules.js';
import { SEVERITIES } from '../checks/rules.js';
import { printable } from '../untrusted-text.js';

/** GitHub shows at most this many annotations of each severity per step; the rest only reach the log. */
export const ANNOTATIONS_PER_SEVERITY = 10;
/** Subjects named in an aggregated annotation before "and N more". */
const SUBJECTS_PER_AGGREGATE = 5;

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
 */
export function planAnnotations(findings: readonly Finding[]): Annotation[] {
  // A finding this change fixed stands on the base's lines: it belongs in the summary, not on the diff.
  const current = findings.filter((finding) => finding.change !== 'fixed');
  return SEVERITIES.flatMap((severity) =>
    planForSeverity(
      current.filter((finding) => finding.severity === severity),
      severity,
    ),
  );
}

function planForSeverity(findings: readonly Finding[], severity: Severity): Annotation[] {
  if (findings.length <= ANNOTATIONS_PER_SEVERITY) return findings.map(single);
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  const groups = [...byRule.values()].map((group) => (group.length === 1 ? single(group[0]!) : aggregate(group)));
  if (groups.length <= ANNOTATIONS_PER_SEVERITY) return groups;
  const shown = groups.slice(0, ANNOTATIONS_PER_SEVERITY - 1);
  const hiddenRules = [...byRule.keys()].slice(ANNOTATIONS_PER_SEVERITY - 1);
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
    message: printable(`${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}. First: ${first.message} See the job summary for all.`),
    file: first.location?.file,
    line: first.location?.line,
    column: first.location?.column,
  };
}
