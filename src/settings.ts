import { SEVERITIES } from './checks/rules.js';
import type { Severity } from './checks/rules.js';
import { parseIpAddress } from './ip-address.js';
import type { IpAddress } from './ip-address.js';
import { ConfigurationError } from './policy/problem.js';

/** Everything a run needs, read once from action inputs or CLI flags; the engine never reads the environment. */
export interface Settings {
  /** Path of the policy file, as shown in annotations and SARIF (repository-relative in the action). */
  readonly policyFile: string;
  /** Findings at or above this severity fail the run. */
  readonly failOn: Severity | 'never';
  /** Which engines observe. */
  readonly only: 'dns' | 'scan' | 'all';
  /** Replaces the IANA root servers (private roots, labs). */
  readonly rootHints: readonly IpAddress[] | undefined;
  /** Every DNS query goes to this port (53 outside labs). */
  readonly dnsPort: number;
  /** The port that means SMTP for approved-server checks (25 outside labs). */
  readonly smtpPort: number;
  readonly timeoutMs: number;
  /** How long a scanned listener may take to greet (tarpits greet slowly on purpose). */
  readonly greetingTimeoutMs: number;
  /** Retries after the first attempt of each query. */
  readonly retries: number;
  /** Queries (and scan probes) in flight at once. */
  readonly concurrency: number;
  readonly ipVersion: 'auto' | '4' | '6';
  /**
   * The whole observation must end within this many minutes: what is left then is reported
   * (dns/unchecked names, probes counted not probed), never silently dropped.
   */
  readonly deadlineMinutes: number;
  /** Judge this saved observations file instead of observing live. */
  readonly observationsFile: string | undefined;
  readonly saveObservationsFile: string | undefined;
  /**
   * The policy whose `scan` section is used instead of the checked one (pull requests: the base
   * branch's); `text` undefined means that policy does not exist yet, so nothing is scanned.
   */
  readonly scanPolicySource: { readonly file: string; readonly text: string | undefined } | undefined;
}

export const DEFAULT_SETTINGS = {
  failOn: 'error',
  only: 'all',
  dnsPort: 53,
  smtpPort: 25,
  timeoutMs: 2000,
  greetingTimeoutMs: 10_000,
  retries: 2,
  concurrency: 64,
  ipVersion: 'auto',
  // Well under GitHub's 6-hour job limit, so the report is still written and uploaded.
  deadlineMinutes: 240,
} as const satisfies Partial<Settings>;

/** The settings both surfaces share, under the same kebab-case names (action inputs, CLI flags). */
export type RunOptions = Omit<Settings, 'policyFile' | 'observationsFile' | 'saveObservationsFile' | 'scanPolicySource'>;

/**
 * Reads the shared options once, for the action and the CLI alike. `option` returns a value or
 * undefined when unset; `label` names an option in error messages ("--dns-port", "dns-port").
 */
export function readRunOptions(option: (name: string) => string | undefined, label: (name: string) => string): RunOptions {
  const rootHints = option('root-hints');
  return {
    failOn: oneOf(label('fail-on'), option('fail-on') ?? DEFAULT_SETTINGS.failOn, [...SEVERITIES, 'never'] as const),
    only: oneOf(label('only'), option('only') ?? DEFAULT_SETTINGS.only, ['dns', 'scan', 'all'] as const),
    rootHints: rootHints === undefined ? undefined : parseAddressList(label('root-hints'), rootHints),
    dnsPort: integer(label('dns-port'), option('dns-port'), DEFAULT_SETTINGS.dnsPort, 1, 65535),
    smtpPort: integer(label('smtp-port'), option('smtp-port'), DEFAULT_SETTINGS.smtpPort, 1, 65535),
    timeoutMs: integer(label('timeout-ms'), option('timeout-ms'), DEFAULT_SETTINGS.timeoutMs, 10, 600_000),
    greetingTimeoutMs: integer(
      label('greeting-timeout-ms'),
      option('greeting-timeout-ms'),
      DEFAULT_SETTINGS.greetingTimeoutMs,
      10,
      600_000,
    ),
    retries: integer(label('retries'), option('retries'), DEFAULT_SETTINGS.retries, 0, 10),
    concurrency: integer(label('concurrency'), option('concurrency'), DEFAULT_SETTINGS.concurrency, 1, 4096),
    ipVersion: oneOf(label('ip-version'), option('ip-version') ?? DEFAULT_SETTINGS.ipVersion, ['auto', '4', '6'] as const),
    deadlineMinutes: integer(label('deadline-minutes'), option('deadline-minutes'), DEFAULT_SETTINGS.deadlineMinutes, 1, 24 * 60),
  };
}

export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}

function integer(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < min || number > max) {
    throw new ConfigurationError(`${flag} must be a whole number from ${min} to ${max}; got "${value}"`);
  }
  return number;
}

function parseAddressList(flag: string, value: string): IpAddress[] {
  const addresses = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const address = parseIpAddress(part);
      if (address === undefined) throw new ConfigurationError(`${flag}: "${part}" is not an IP address`);
      return address;
    });
  if (addresses.length === 0) throw new ConfigurationError(`${flag} needs at least one address`);
  return addresses;
}
