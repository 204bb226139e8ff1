/**
 * On pull requests, the `scan` section is taken from the policy as it is on the base branch: a pull
 * request from anyone must not be able to point this runner's scanner at someone else's network.
 * The base version comes from git history (fetched if the checkout is shallow) or, failing that,
 * from the GitHub API.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import * as github from '@actions/github';
import type { Logger } from '../logger.js';
import { ConfigurationError } from '../policy/problem.js';

const run = promisify(execFile);
/**
 * Events whose checkout is the repository's own trusted content. Every other event may run
 * content from a pull request (pull_request, pull_request_target, pull_request_review,
 * pull_request_review_comment, issue_comment, workflow_run, events added later...), so the list
 * says what is trusted, never what is not.
 */
const TRUSTED_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);

export interface BasePolicy {
  readonly file: string;
  /** Undefined when the policy does not exist on the base branch yet. */
  readonly text: string | undefined;
}

/**
 * The base branch's policy, or undefined on a trusted event (the checked-out policy is used as
 * it is). An untrusted event without a pull request's base commit scans nothing.
 */
export async function readBasePolicy(policyFile: string, token: string | undefined, logger: Logger): Promise<BasePolicy | undefined> {
  const eventName = process.env['GITHUB_EVENT_NAME'] ?? '';
  if (TRUSTED_EVENTS.has(eventName)) return undefined;
  const baseSha = await pullRequestBaseCommit();
  if (!baseSha) {
    logger.warning(
      `the ${eventName || 'unknown'} event may run untrusted content and names no base commit: the scan is skipped (scan-ranges-from: head opts out)`,
    );
    return { file: policyFile, text: undefined };
  }
  const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
  const relative = path.relative(workspace, path.resolve(policyFile)).split(path.sep).join('/');
  const label = `${policyFile} at ${baseSha.slice(0, 12)} (base branch)`;

  const fromGit = await gitShow(workspace, baseSha, relative);
  if (fromGit !== undefined) return { file: label, text: fromGit };
  try {
    await run('git', ['fetch', '--no-tags', '--depth=1', 'origin', baseSha], { cwd: workspace });
    const fetched = await gitShow(workspace, baseSha, relative);
    if (fetched !== undefined) return { file: label, text: fetched };
  } catch {
    logger.debug('git fetch of the base commit failed; trying the GitHub API');
  }
  // The base commit is here and the file is not in it: a policy new in this pull request.
  if (await commitExists(workspace, baseSha)) return noBasePolicy(label, logger);
  if (token) {
    const octokit = github.getOctokit(token);
    try {
      const response = await octokit.rest.repos.getContent({ ...github.context.repo, path: relative, ref: baseSha });
      const data = response.data as { content?: string; encoding?: string };
      if (data.content !== undefined) return { file: label, text: Buffer.from(data.content, 'base64').toString('utf8') };
    } catch (error) {
      if ((error as { status?: number }).status === 404) return noBasePolicy(label, logger);
      logger.debug(`GitHub API: ${(error as Error).message}`);
    }
  }
  throw new ConfigurationError(
    `cannot read ${relative} on the base branch (${baseSha}); check out with fetch-depth: 0, give the action a token, or set scan-ranges-from: head if this repository trusts its pull requests`,
  );
}

/** The base commit of the pull request this event is about, if it is about one. */
export async function pullRequestBaseCommit(): Promise<string | undefined> {
  if (TRUSTED_EVENTS.has(process.env['GITHUB_EVENT_NAME'] ?? '')) return undefined;
  const eventPath = process.env['GITHUB_EVENT_PATH'];
  const event = eventPath ? (JSON.parse(await readFile(eventPath, 'utf8')) as { pull_request?: { base?: { sha?: string } } }) : {};
  return event.pull_request?.base?.sha || undefined;
}

async function gitShow(cwd: string, sha: string, relative: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['show', `${sha}:${relative}`], { cwd, maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch {
    return undefined;
  }
}

async function commitExists(cwd: string, sha: string): Promise<boolean> {
  try {
    await run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd });
    return true;
  } catch {
    return false;
  }
}

/** A policy new in this pull request has no trusted scan section yet: scan nothing. */
function noBasePolicy(label: string, logger: Logger): BasePolicy {
  logger.warning(`${label} does not exist: the scan is skipped until the policy is on the base branch`);
  return { file: label, text: undefined };
}
