import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { locatePolicy, oneOf, readRunOptions } from '../settings.js';
import type { Settings } from '../settings.js';

/** Input names, once: action.yml declares the same. */
export const INPUT = {
  policy: 'policy',
  failOn: 'fail-on',
  report: 'report',
  sarif: 'sarif',
  category: 'category',
  only: 'only',
  rootHints: 'root-hints',
  rdapBootstrap: 'rdap-bootstrap',
  dnsPort: 'dns-port',
  smtpPort: 'smtp-port',
  mtaStsPort: 'mta-sts-port',
  scanResults: 'scan-results',
  evidence: 'evidence',
  timeoutMs: 'timeout-ms',
  greetingTimeoutMs: 'greeting-timeout-ms',
  probeGreetingTimeoutMs: 'probe-greeting-timeout-ms',
  retries: 'retries',
  concurrency: 'concurrency',
  ipVersion: 'ip-version',
  deadlineMinutes: 'deadline-minutes',
  failOnUnchanged: 'fail-on-unchanged',
  scanRangesFrom: 'scan-ranges-from',
  observations: 'observations',
  token: 'token',
  comment: 'comment',
  shard: 'shard',
  merge: 'merge',
  driftIssue: 'drift-issue',
} as const;

export const OUTPUT = {
  result: 'result',
  errors: 'errors',
  warnings: 'warnings',
  notices: 'notices',
  report: 'report',
  sarif: 'sarif',
} as const;

export interface ActionInputs {
  readonly settings: Settings;
  /** Where the JSON report is written. */
  readonly reportPath: string;
  /** Where SARIF is written; undefined for none. */
  readonly sarifPath: string | undefined;
  /** The SARIF code-scanning category; undefined derives it from the policy and the phases that ran. */
  readonly sarifCategory: string | undefined;
  /** Which branch's policy supplies `scan` on pull requests. */
  readonly scanRangesFrom: 'base' | 'head';
  /** For reading the base branch's policy through the API, commenting, and the drift issue. */
  readonly token: string | undefined;
  /** The sticky pull-request comment: auto (pull requests), always, never. */
  readonly comment: 'auto' | 'always' | 'never';
  /** The drift issue; undefined: on schedule and workflow_dispatch events. */
  readonly driftIssue: boolean | undefined;
}

/** Every input read once into one typed object; nothing else reads the environment for inputs. */
export function readInputs(): ActionInputs {
  const text = (name: string) => core.getInput(name).trim();
  const optional = (name: string) => (text(name) === '' ? undefined : text(name));
  const policyFile = repositoryPath(optional(INPUT.policy) ?? '.github/mail-perimeter.yml', process.env['GITHUB_WORKSPACE']);
  const settings: Settings = {
    ...readRunOptions(optional, (name) => name),
    policyFile,
    ...locatePolicy(policyFile, process.env['GITHUB_WORKSPACE']),
    observationsFile: optional(INPUT.observations),
    saveObservationsFile: undefined,
    scanPolicySource: undefined,
    // Set by the action's entry on pull requests, from the base commit.
    zoneDataBase: undefined,
    mergeFiles: optional(INPUT.merge) === undefined ? undefined : expandGlob(optional(INPUT.merge)!),
  };
  return {
    settings,
    reportPath: optional(INPUT.report) ?? 'mail-perimeter-report.json',
    sarifPath: optional(INPUT.sarif),
    sarifCategory: optional(INPUT.category),
    scanRangesFrom: oneOf(INPUT.scanRangesFrom, optional(INPUT.scanRangesFrom) ?? 'base', ['base', 'head'] as const),
    token: optional(INPUT.token),
    comment: oneOf(INPUT.comment, optional(INPUT.comment) ?? 'auto', ['auto', 'always', 'never'] as const),
    driftIssue:
      optional(INPUT.driftIssue) === undefined
        ? undefined
        : oneOf(INPUT.driftIssue, optional(INPUT.driftIssue)!, ['true', 'false'] as const) === 'true',
  };
}

/**
 * Annotations and code scanning need repository-relative paths: an absolute `policy` inside the
 * workspace (the runner's working directory) is made relative to it.
 */
function repositoryPath(policy: string, workspace: string | undefined): string {
  if (!path.isAbsolute(policy) || workspace === undefined || path.resolve(workspace) !== process.cwd()) return policy;
  const relative = path.relative(workspace, policy);
  return relative.startsWith('..') || path.isAbsolute(relative) ? policy : relative.split(path.sep).join('/');
}

/**
 * The files a `merge` input names: a glob whose last path segment may hold `*` (the layout
 * download-artifact leaves: one directory per shard artifact), or a plain path.
 */
export function expandGlob(pattern: string): string[] {
  const segments = pattern.split('/');
  const expand = (base: string, rest: string[]): string[] => {
    if (rest.length === 0) return [base];
    const [head, ...tail] = rest;
    if (!head!.includes('*')) return expand(base === '' ? head! : path.join(base, head!), tail);
    const matcher = new RegExp(
      `^${head!
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*')}$`,
    );
    let entries: string[];
    try {
      entries = readdirSync(base === '' ? '.' : base);
    } catch {
      return [];
    }
    return entries
      .filter((entry) => matcher.test(entry))
      .sort()
      .flatMap((entry) => expand(base === '' ? entry : path.join(base, entry), tail));
  };
  return expand(
    pattern.startsWith('/') ? '/' : '',
    segments.filter((segment) => segment !== ''),
  );
}
