import { renderJson } from './json.js';
import type { RunReport } from './run-report.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export type OutputFormat = 'text' | 'json' | 'sarif';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

/** `sarifCategory`: the code-scanning category; undefined derives it from the policy and the phases that ran. */
export function render(report: RunReport, format: OutputFormat, failed: boolean, sarifCategory?: string): string {
  switch (format) {
    case 'text':
      return renderText(report, failed);
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, sarifCategory);
  }
}
