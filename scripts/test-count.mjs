// Prints "N passed, N failed" from vitest's JSON report: the line CI reads.
// A run that died before writing the report counts as one failure, never as a pass.
import { readFileSync } from 'node:fs';

const [reportPath, exitStatus = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numTotalTestSuites > 0 ? 0 : 1);
  if (report.numPendingTests + report.numTodoTests > 0) failed += report.numPendingTests + report.numTodoTests;
} catch {
  failed = 1;
}
if (failed === 0 && exitStatus !== '0') failed = 1;
console.log(`${passed} passed, ${failed} failed`);
