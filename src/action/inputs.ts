import * as core from '@actions/core';
import { integer, oneOf, parseAddressList } from '../cli-arguments.js';
import { SEVERITIES } from '../checks/rules.js';
import type { Severity } from '../checks/rules.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import type { Settings } from '../settings.js';

/** Input names, once: action.yml declares the same. */
export const INPUT = {
  policy: 'policy',
  failOn: 'fail-on',
  report: 'report',
  sarif: 'sarif',
  only: 'only',
  rootHints: 'root-hints',
  dnsPort: 'dns-port',
  smtpPort: 'smtp-port',
  timeoutMs: 'timeout-ms',
  greetingTimeoutMs: 'greeting-timeout-ms',
  retries: 'retries',
  concurrency: 'concurrency',
  ipVersion: 'ip-version',
  scanRangesFrom: 'scan-ranges-from',
  observations: 'observations',
  token: 'token',
} as const;

export const OUTPUT = { result: 'result', errors: 'errors', warnings: 'warnings', report: 'report', sarif: 'sarif' } as const;

export interface ActionInputs {
  readonly settings: Settings;
  /** Where the JSON report is written. */
  readonly reportPath: string;
  /** Where SARIF is written; undefined for none. */
  readonly sarifPath: string | undefined;
  /** Which branch's policy supplies `scan` on pull requests. */
  readonly scanRangesFrom: 'base' | 'head';
  /** For reading the base branch's policy through the API when git history lacks it. */
  readonly token: string | undefined;
}

/** Every input read once into one typed object; nothing else reads the environment for inputs. */
export function readInputs(): ActionInputs {
  const text = (name: string) => core.getInput(name).trim();
  const optional = (name: string) => (text(name) === '' ? undefined : text(name));
  const only = optional(INPUT.only) ?? 'all';
  const settings: Settings = {
    policyFile: optional(INPUT.policy) ?? '.github/mail-perimeter.yml',
    failOn: oneOf(INPUT.failOn, optional(INPUT.failOn) ?? DEFAULT_SETTINGS.failOn, [...SEVERITIES, 'never'] as const) as Severity | 'never',
    only: oneOf(INPUT.only, only, ['dns', 'scan', 'all'] as const),
    rootHints: optional(INPUT.rootHints) === undefined ? undefined : parseAddressList(INPUT.rootHints, text(INPUT.rootHints)),
    dnsPort: integer(INPUT.dnsPort, optional(INPUT.dnsPort), DEFAULT_SETTINGS.dnsPort, 1, 65535),
    smtpPort: integer(INPUT.smtpPort, optional(INPUT.smtpPort), DEFAULT_SETTINGS.smtpPort, 1, 65535),
    timeoutMs: integer(INPUT.timeoutMs, optional(INPUT.timeoutMs), DEFAULT_SETTINGS.timeoutMs, 10, 600_000),
    greetingTimeoutMs: integer(INPUT.greetingTimeoutMs, optional(INPUT.greetingTimeoutMs), DEFAULT_SETTINGS.greetingTimeoutMs, 10, 600_000),
    retries: integer(INPUT.retries, optional(INPUT.retries), DEFAULT_SETTINGS.retries, 0, 10),
    concurrency: integer(INPUT.concurrency, optional(INPUT.concurrency), DEFAULT_SETTINGS.concurrency, 1, 4096),
    ipVersion: oneOf(INPUT.ipVersion, optional(INPUT.ipVersion) ?? DEFAULT_SETTINGS.ipVersion, ['auto', '4', '6'] as const),
    observationsFile: optional(INPUT.observations),
    saveObservationsFile: undefined,
    scanPolicySource: undefined,
  };
  return {
    settings,
    reportPath: optional(INPUT.report) ?? 'mail-perimeter-report.json',
    sarifPath: optional(INPUT.sarif),
    scanRangesFrom: oneOf(INPUT.scanRangesFrom, optional(INPUT.scanRangesFrom) ?? 'base', ['base', 'head'] as const),
    token: optional(INPUT.token),
  };
}
