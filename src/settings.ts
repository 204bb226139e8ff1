import type { Severity } from './checks/rules.js';
import type { IpAddress } from './ip-address.js';

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
} as const satisfies Partial<Settings>;
