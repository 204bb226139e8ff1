import type { Finding } from '../checks/finding.js';
import type { Severity } from '../checks/rules.js';
import type { Observations } from '../observations/model.js';

export const REPORT_FORMAT_VERSION = 1;

/** The JSON report of SPEC.md; every renderer reads this one object. */
export interface RunReport {
  readonly version: typeof REPORT_FORMAT_VERSION;
  readonly tool: { readonly name: string; readonly version: string };
  readonly policy: string;
  /** `fail` when a finding at or above `failOn` counts (fixed ones never do). */
  readonly verdict: 'pass' | 'fail';
  readonly failOn: Severity | 'never';
  readonly startedAt: string;
  readonly durationMs: number;
  readonly summary: {
    readonly errors: number;
    readonly warnings: number;
    readonly notices: number;
    /** Policy names the DNS phase checked, of how many; absent when it did not run. */
    readonly names?: { readonly total: number; readonly checked: number };
  };
  readonly findings: readonly Finding[];
  readonly observations: Observations | undefined;
}

export function countBySeverity(findings: readonly Finding[], names?: RunReport['summary']['names']): RunReport['summary'] {
  // What a change fixed is reported, but no longer counts.
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity && finding.change !== 'fixed').length;
  return { errors: count('error'), warnings: count('warning'), notices: count('notice'), ...(names ? { names } : {}) };
}

export function verdictLine(report: RunReport, failed: boolean): string {
  const shard = report.observations?.shard;
  if (shard !== undefined)
    return `SHARD ${shard.index}/${shard.count}: observed, not judged (merge every shard to judge the run) (policy ${report.policy})`;
  const { errors, warnings, notices } = report.summary;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${notices} notice${notices === 1 ? '' : 's'}`;
  const names = report.summary.names;
  const checked = names ? `; ${names.checked} of ${names.total} name${names.total === 1 ? '' : 's'} checked` : '';
  const introduced = report.findings.filter((finding) => finding.change === 'introduced').length;
  const fixed = report.findings.filter((finding) => finding.change === 'fixed').length;
  const change = report.findings.some((finding) => finding.change !== undefined)
    ? `; this change introduces ${introduced} and fixes ${fixed}`
    : '';
  return `${failed ? 'FAIL' : 'PASS'}: ${counts}${checked}${change} (policy ${report.policy})`;
}
