/**
 * Saying it where people look: one sticky comment per pull request and policy (found again by a
 * hidden marker and edited in place), and one drift issue per policy on scheduled runs (opened on
 * errors, its body kept current, a comment only when the set of findings changes, closed when a
 * run is clean). A publisher after rendering: an API failure is reported and never changes the
 * verdict. Retries and rate limits are Octokit's own plugins, not a loop of ours.
 */
import { createHash } from 'node:crypto';
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Finding } from '../checks/finding.js';
import type { Logger } from '../logger.js';
import type { RunResult } from '../run.js';
import { verdictLine } from '../report/run-report.js';
import { markdownText } from '../untrusted-text.js';

/** GitHub refuses comment and issue bodies longer than this. */
const MAX_BODY_CHARS = 65_536;
/** Kept below the limit for the closing lines. */
const BODY_BUDGET_CHARS = 60_000;
/** Findings listed before the rest fold into a <details> block. */
const VISIBLE_FINDINGS = 15;
/** API attempts after the first, for 5xx and rate limits. */
const API_RETRIES = 3;
const LABEL = 'mail-perimeter';
const SCHEDULED_EVENTS = new Set(['schedule', 'workflow_dispatch']);

export interface ConversationSettings {
  readonly comment: 'auto' | 'always' | 'never';
  /** Undefined: the default (on schedule and workflow_dispatch events). */
  readonly driftIssue: boolean | undefined;
  readonly token: string | undefined;
  readonly policyFile: string;
}

type Octokit = ReturnType<typeof github.getOctokit>;

export async function publishConversation(result: RunResult, settings: ConversationSettings, logger: Logger): Promise<void> {
  const context = github.context;
  const pullRequest = context.payload.pull_request as
    { number: number; head?: { sha?: string; repo?: { full_name?: string } }; base?: { repo?: { full_name?: string } } } | undefined;
  const wantComment = settings.comment === 'always' || (settings.comment === 'auto' && pullRequest !== undefined);
  const wantIssue = settings.driftIssue ?? SCHEDULED_EVENTS.has(context.eventName);
  if (!wantComment && !wantIssue) return;
  if (!settings.token) {
    logger.warning('mail-perimeter: no token: cannot comment or keep the drift issue (give the action `token`)');
    return;
  }
  const octokit = github.getOctokit(
    settings.token,
    {
      retry: { retries: API_RETRIES },
      throttle: {
        onRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < API_RETRIES,
        onSecondaryRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < API_RETRIES,
      },
    },
    retry,
    throttling,
  );
  if (wantComment) {
    if (pullRequest === undefined) logger.info('mail-perimeter: comment: always, but this event is not about a pull request');
    else if (settings.comment === 'auto' && isFork(pullRequest)) {
      logger.info(
        'mail-perimeter: a pull request from a fork has a read-only token: no comment (the annotations and the summary have it all)',
      );
    } else
      await attempt('comment on the pull request', logger, () =>
        stickyComment(octokit, pullRequest.number, result, settings, pullRequest.head?.sha),
      );
  }
  if (wantIssue) await attempt('keep the drift issue', logger, () => driftIssue(octokit, result, settings));
}

function isFork(pullRequest: { head?: { repo?: { full_name?: string } }; base?: { repo?: { full_name?: string } } }): boolean {
  const head = pullRequest.head?.repo?.full_name;
  const base = pullRequest.base?.repo?.full_name;
  return head !== undefined && base !== undefined && head !== base;
}

async function attempt(what: string, logger: Logger, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    const status = (error as { status?: number }).status;
    const why =
      status === 403 || status === 404
        ? 'the token may not write here (pull-requests: write and issues: write are needed; fork pull requests get a read-only token)'
        : (error as Error).message;
    logger.warning(`mail-perimeter: could not ${what}: ${why}. The verdict stands.`);
  }
}

function marker(kind: 'comment' | 'drift', policyFile: string): string {
  return `<!-- mail-perimeter:${kind}:${encodeURIComponent(policyFile)} -->`;
}

async function stickyComment(
  octokit: Octokit,
  number: number,
  result: RunResult,
  settings: ConversationSettings,
  headSha: string | undefined,
): Promise<void> {
  const { owner, repo } = github.context.repo;
  const mark = marker('comment', settings.policyFile);
  const body = commentBody(result, mark, (file, line) =>
    headSha ? `${github.context.serverUrl}/${owner}/${repo}/blob/${headSha}/${file}#L${line}` : undefined,
  );
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
  const existing = comments.find((comment) => comment.body?.includes(mark));
  if (existing) await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
  else await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
}

/** The comment: the verdict, what this pull request introduces, what it fixes, how many were already there. */
export function commentBody(result: RunResult, mark: string, link: (file: string, line: number) => string | undefined): string {
  const { report, failed } = result;
  const findings = report.findings;
  const head = `${mark}\n### ${failed ? '❌' : '✅'} mail-perimeter\n\n**${markdownText(verdictLine(report, failed))}**\n`;
  if (findings.length === 0) return `${head}\nNo findings: every server that can receive mail matches the policy.\n`;
  const marked = findings.some((finding) => finding.change !== undefined);
  const sections = marked
    ? [
        list(
          'Introduced by this pull request',
          findings.filter((finding) => finding.change === 'introduced'),
          link,
        ),
        list(
          'Fixed by this pull request',
          findings.filter((finding) => finding.change === 'fixed'),
          link,
        ),
        list(
          'Not from this pull request',
          findings.filter((finding) => finding.change !== 'introduced' && finding.change !== 'fixed'),
          link,
        ),
      ]
    : [list('Findings', findings, link)];
  return fit(`${head}\n${sections.filter(Boolean).join('\n')}`);
}

function list(title: string, findings: readonly Finding[], link: (file: string, line: number) => string | undefined): string {
  if (findings.length === 0) return '';
  const line = (finding: Finding) => {
    const where = finding.location ? `${finding.location.file}:${finding.location.line}` : '';
    const url = finding.location ? link(finding.location.file, finding.location.line) : undefined;
    const place = where === '' ? '' : url ? ` ([${markdownText(where)}](${url}))` : ` (${markdownText(where)})`;
    return `- ${finding.severity === 'error' ? '❌' : finding.severity === 'warning' ? '⚠️' : 'ℹ️'} \`${finding.rule}\` ${markdownText(finding.message)}${place}`;
  };
  const lines = findings.map(line);
  const shown = lines.slice(0, VISIBLE_FINDINGS);
  const folded = lines.slice(VISIBLE_FINDINGS);
  return `#### ${title} (${findings.length})\n\n${shown.join('\n')}\n${folded.length > 0 ? `\n<details><summary>${folded.length} more</summary>\n\n${folded.join('\n')}\n\n</details>\n` : ''}`;
}

/** Under GitHub's limit, saying what was left out. */
function fit(body: string): string {
  if (body.length <= MAX_BODY_CHARS) return body;
  const cut = body.slice(0, BODY_BUDGET_CHARS);
  const lastLine = cut.lastIndexOf('\n- ');
  const kept = cut.slice(0, lastLine > 0 ? lastLine : BODY_BUDGET_CHARS);
  const left = (body.slice(kept.length).match(/\n- /g) ?? []).length;
  const closing = kept.includes('<details>') && !kept.slice(kept.lastIndexOf('<details>')).includes('</details>') ? '\n\n</details>' : '';
  return `${kept}${closing}\n\n_${left} more findings are not listed (GitHub limits a comment to 65,536 characters): see the job summary or the JSON report._\n`;
}

/** The identity of a set of findings: the drift issue comments only when it changes. */
function findingSet(findings: readonly Finding[]): string {
  const ids = findings
    .filter((finding) => finding.change !== 'fixed')
    .map((finding) => `${finding.rule} ${finding.name} ${finding.subject}`)
    .sort();
  return createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16);
}

async function driftIssue(octokit: Octokit, result: RunResult, settings: ConversationSettings): Promise<void> {
  const { owner, repo } = github.context.repo;
  const mark = marker('drift', settings.policyFile);
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: 'open', labels: LABEL, per_page: 100 });
  const existing = issues.find((issue) => issue.body?.includes(mark));
  const run = `${github.context.serverUrl}/${owner}/${repo}/actions/runs/${github.context.runId}`;
  if (!result.failed) {
    if (existing === undefined) return;
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: existing.number,
      body: `✅ Resolved: [this run](${run}) found nothing at or above the fail threshold.`,
    });
    await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
    return;
  }
  const set = findingSet(result.report.findings);
  const body = fit(
    `${mark}\n<!-- mail-perimeter:set:${set} -->\n${commentBody(result, '', () => undefined).trimStart()}\nLast checked by [this run](${run}). This issue is kept up to date by mail-perimeter and closed when a run is clean.\n`,
  );
  if (existing === undefined) {
    await octokit.rest.issues.create({ owner, repo, title: `mail-perimeter: ${settings.policyFile} does not hold`, body, labels: [LABEL] });
    return;
  }
  const previous = /<!-- mail-perimeter:set:([0-9a-f]+) -->/.exec(existing.body ?? '')?.[1];
  await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body });
  if (previous !== set) {
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: existing.number,
      body: `The findings changed ([this run](${run})): ${result.report.summary.errors} errors, ${result.report.summary.warnings} warnings now. The description above is current.`,
    });
  }
}
