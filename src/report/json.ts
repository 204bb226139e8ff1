import type { RunReport } from './run-report.js';

/** Keys in insertion order, which the report builders keep fixed; findings are already sorted. */
export function renderJson(report: RunReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
