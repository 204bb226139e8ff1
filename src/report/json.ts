import { writeJsonFile } from '../json-stream.js';
import type { RunReport } from './run-report.js';

/** Keys in insertion order, which the report builders keep fixed; findings are already sorted. */
export function renderJson(report: RunReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The same JSON, streamed to a file: a report that carries a large run's observations is never one string. */
export async function writeJsonReport(file: string, report: RunReport): Promise<void> {
  await writeJsonFile(file, report);
}
