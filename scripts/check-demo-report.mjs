// Compares a JSON report of a run against the demo world with the world's own list of planted
// problems (`mail-perimeter demo --planted`): exactly those findings, each at its rule's default
// severity, nothing else. The project's workflow runs it on the action's report, so no count of
// the demo's findings is ever typed anywhere.
// Usage: node scripts/check-demo-report.mjs REPORT.json
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const reportFile = process.argv[2];
if (!reportFile) {
  console.error('usage: node scripts/check-demo-report.mjs REPORT.json');
  process.exit(2);
}
const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
const planted = JSON.parse(execFileSync(process.execPath, [cli, 'demo', '--planted'], { encoding: 'utf8' }));
const report = JSON.parse(readFileSync(reportFile, 'utf8'));

const key = (finding) => `${finding.severity} ${finding.rule} ${finding.name} ${finding.subject}`;
const expected = new Set(planted.map(key));
const found = new Set(report.findings.map(key));
const missing = [...expected].filter((entry) => !found.has(entry)).sort();
const unexpected = [...found].filter((entry) => !expected.has(entry)).sort();
for (const entry of missing) console.error(`missing:    ${entry}`);
for (const entry of unexpected) console.error(`unexpected: ${entry}`);
const bySeverity = (severity) => planted.filter((finding) => finding.severity === severity).length;
const summaryMatches =
  report.summary.errors === bySeverity('error') &&
  report.summary.warnings === bySeverity('warning') &&
  report.summary.notices === bySeverity('notice');
if (!summaryMatches) console.error(`summary ${JSON.stringify(report.summary)} does not count the planted findings`);
if (missing.length > 0 || unexpected.length > 0 || !summaryMatches) process.exit(1);
console.log(`the report has exactly the ${planted.length} planted findings`);
