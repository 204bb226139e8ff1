import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import * as core from '@actions/core';
import type { RunResult } from '../run.js';
import { planAnnotations } from '../report/annotations.js';
import { writeJsonReport } from '../report/json.js';
import { verdictLine } from '../report/run-report.js';
import { renderSarif } from '../report/sarif.js';
import { renderSummary } from '../report/summary.js';
import type { SourceLink } from '../report/summary.js';
import { renderText } from '../report/text.js';
import type { ActionInputs } from './inputs.js';
import { OUTPUT } from './inputs.js';

/** Everything the runner shows for a run: annotations, log, job summary, files and outputs. */
export async function publish(result: RunResult, inputs: ActionInputs): Promise<void> {
  const { report, failed } = result;
  for (const annotation of planAnnotations(report.findings, failed)) {
    const properties: core.AnnotationProperties = {
      title: annotation.title,
      file: annotation.file,
      startLine: annotation.line,
      startColumn: annotation.column,
    };
    if (annotation.severity === 'error') core.error(annotation.message, properties);
    else if (annotation.severity === 'warning') core.warning(annotation.message, properties);
    else core.notice(annotation.message, properties);
  }

  // DNS data and banners are escaped by the renderer; stop-commands is a second wall, in case a
  // future renderer forgets: nothing between the two markers is executed as a workflow command.
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  core.info(renderText(report, failed));
  core.info(`::${token}::`);

  await writeJsonReport(inputs.reportPath, report);
  core.setOutput(OUTPUT.report, inputs.reportPath);
  if (inputs.sarifPath !== undefined) {
    await writeFile(inputs.sarifPath, renderSarif(report, inputs.sarifCategory));
    core.setOutput(OUTPUT.sarif, inputs.sarifPath);
  } else {
    core.setOutput(OUTPUT.sarif, '');
  }
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(renderSummary(report, failed, sourceLink())).write();
  core.setOutput(OUTPUT.result, failed ? 'fail' : 'pass');
  core.setOutput(OUTPUT.errors, String(report.summary.errors));
  core.setOutput(OUTPUT.warnings, String(report.summary.warnings));
  core.setOutput(OUTPUT.notices, String(report.summary.notices));
  if (failed) core.setFailed(verdictLine(report, failed));
}

/** Links from the summary to the lines findings stand on, in the commit this run checked. */
function sourceLink(): SourceLink {
  const server = process.env['GITHUB_SERVER_URL'];
  const repository = process.env['GITHUB_REPOSITORY'];
  const commit = process.env['GITHUB_SHA'];
  if (!server || !repository || !commit) return () => undefined;
  return (file, line) => `${server}/${repository}/blob/${commit}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}
