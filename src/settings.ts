import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SEVERITIES } from './checks/rules.js';
import type { Severity } from './checks/rules.js';
import { parseIpAddress } from './ip-address.js';
import type { IpAddress } from './ip-address.js';
import { ConfigurationError } from './policy/problem.js';
import type { RepositoryFiles } from './zone-data/read.js';
import { parseShard } from './shard.js';
import type { Shard } from './shard.js';

/** Everything a run needs, read once from action inputs or CLI flags; the engine never reads the environment. */
export interface Settings {
  /** Path of the policy file, as shown in annotations and SARIF (repository-relative in the action). */
  readonly policyFile: string;
  /** The repository (the checkout): zone-data paths may not leave it, and are shown relative to it. */
  readonly repositoryRoot: string;
  /** The policy's path relative to `repositoryRoot` (zone-data paths are relative to its directory). */
  readonly policyInRepository: string;
  /** Findings at or above this severity fail the run. */
  readonly failOn: Severity | 'never';
  /** The phases to run; `all` is every phase the policy configures. */
  readonly only: 'all' | ReadonlySet<Phase>;
  /** Replaces the IANA root servers (private roots, labs). */
  readonly rootHints: readonly IpAddress[] | undefined;
  /**
   * RDAP's bootstrap (RFC 9224): a file or an http(s) URL. Undefined: IANA's, unless `rootHints`
   * replace the root (a lab or a private root), when no registry is asked at all.
   */
  readonly rdapBootstrap: string | undefined;
  /** Every DNS query goes to this port (53 outside labs). */
  readonly dnsPort: number;
  /** The port that means SMTP for approved-server checks (25 outside labs). */
  readonly smtpPort: number;
  /** Received mail, mail logs and TLS-RPT reports to read as evidence (mbox, .eml, Maildir, Postfix, Exim). */
  readonly evidence: readonly string[];
  /** Other tools' scan files judged instead of this run's own scan (nmap, masscan, ZGrab2). */
  readonly scanResults: readonly string[];
  /** The HTTPS port MTA-STS policies are fetched from (443 outside labs). */
  readonly mtaStsPort: number;
  readonly timeoutMs: number;
  /** How long a scanned listener may take to greet (tarpits greet slowly on purpose). */
  readonly greetingTimeoutMs: number;
  /**
   * How long the SMTP probe waits for an MX's greeting: RFC 5321 §4.5.3.2 gives a sender 5 minutes,
   * and postscreen and tarpits make one wait on purpose; many conversations at once hide the wait.
   */
  readonly probeGreetingTimeoutMs: number;
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
  /**
   * The repository as the change's base has it (pull requests): zone-data findings are marked
   * introduced, fixed or unchanged against it. Undefined: no comparison.
   */
  readonly zoneDataBase: RepositoryFiles | undefined;
  /** Whether findings already present on the base count toward fail-on (false: gate only on what a change introduces). */
  readonly failOnUnchanged: boolean;
  /** Observe only this part of the run, and write its observations instead of judging them. */
  readonly shard: Shard | undefined;
  /** Judge the union of these shard observation files as one run. */
  readonly mergeFiles: readonly string[] | undefined;
}

export const DEFAULT_SETTINGS = {
  failOn: 'error',
  only: 'all',
  dnsPort: 53,
  smtpPort: 25,
  mtaStsPort: 443,
  timeoutMs: 2000,
  greetingTimeoutMs: 10_000,
  probeGreetingTimeoutMs: 60_000,
  retries: 2,
  concurrency: 64,
  ipVersion: 'auto',
  // Well under GitHub's 6-hour job limit, so the report is still written and uploaded.
  deadlineMinutes: 240,
} as const satisfies Partial<Settings>;

/** The settings both surfaces share, under the same kebab-case names (action inputs, CLI flags). */
export type RunOptions = Omit<
  Settings,
  | 'policyFile'
  | 'repositoryRoot'
  | 'policyInRepository'
  | 'observationsFile'
  | 'saveObservationsFile'
  | 'scanPolicySource'
  | 'zoneDataBase'
  | 'mergeFiles'
>;

/**
 * Where the policy stands in its repository: `workspace` (the action's checkout), else the nearest
 * directory above the policy holding `.git`, else the policy's own directory.
 */
export function locatePolicy(policyFile: string, workspace?: string): Pick<Settings, 'repositoryRoot' | 'policyInRepository'> {
  const absolute = path.resolve(policyFile);
  let root = workspace === undefined ? undefined : path.resolve(workspace);
  for (let directory = path.dirname(absolute); root === undefined; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, '.git'))) root = directory;
    else if (path.dirname(directory) === directory) root = path.dirname(absolute);
  }
  return { repositoryRoot: root, policyInRepository: path.relative(root, absolute).split(path.sep).join('/') };
}

/**
 * Reads the shared options once, for the action and the CLI alike. `option` returns a value or
 * undefined when unset; `label` names an option in error messages ("--dns-port", "dns-port").
 */
export function readRunOptions(option: (name: string) => string | undefined, label: (name: string) => string): RunOptions {
  const rootHints = option('root-hints');
  return {
    failOn: oneOf(label('fail-on'), option('fail-on') ?? DEFAULT_SETTINGS.failOn, [...SEVERITIES, 'never'] as const),
    only: parsePhases(label('only'), option('only') ?? DEFAULT_SETTINGS.only),
    rootHints: rootHints === undefined ? undefined : parseAddressList(label('root-hints'), rootHints),
    rdapBootstrap: option('rdap-bootstrap'),
    dnsPort: integer(label('dns-port'), option('dns-port'), DEFAULT_SETTINGS.dnsPort, 1, 65535),
    smtpPort: integer(label('smtp-port'), option('smtp-port'), DEFAULT_SETTINGS.smtpPort, 1, 65535),
    mtaStsPort: integer(label('mta-sts-port'), option('mta-sts-port'), DEFAULT_SETTINGS.mtaStsPort, 1, 65535),
    scanResults: expandFileList(label('scan-results'), option('scan-results')),
    evidence: expandFileList(label('evidence'), option('evidence')),
    timeoutMs: integer(label('timeout-ms'), option('timeout-ms'), DEFAULT_SETTINGS.timeoutMs, 10, 600_000),
    greetingTimeoutMs: integer(
      label('greeting-timeout-ms'),
      option('greeting-timeout-ms'),
      DEFAULT_SETTINGS.greetingTimeoutMs,
      10,
      600_000,
    ),
    probeGreetingTimeoutMs: integer(
      label('probe-greeting-timeout-ms'),
      option('probe-greeting-timeout-ms'),
      DEFAULT_SETTINGS.probeGreetingTimeoutMs,
      10,
      600_000,
    ),
    retries: integer(label('retries'), option('retries'), DEFAULT_SETTINGS.retries, 0, 10),
    concurrency: integer(label('concurrency'), option('concurrency'), DEFAULT_SETTINGS.concurrency, 1, 4096),
    ipVersion: oneOf(label('ip-version'), option('ip-version') ?? DEFAULT_SETTINGS.ipVersion, ['auto', '4', '6'] as const),
    failOnUnchanged: oneOf(label('fail-on-unchanged'), option('fail-on-unchanged') ?? 'true', ['true', 'false'] as const) === 'true',
    shard: option('shard') === undefined ? undefined : parseShard(label('shard'), option('shard')!),
    deadlineMinutes: integer(label('deadline-minutes'), option('deadline-minutes'), DEFAULT_SETTINGS.deadlineMinutes, 1, 24 * 60),
  };
}

/** The phases of a run (SPEC, "Phases and only"). */
export const PHASES = ['zone-data', 'dns', 'registry', 'probe', 'scan'] as const;
export type Phase = (typeof PHASES)[number];

/** "all", or a comma-separated list of phases. */
function parsePhases(flag: string, value: string): 'all' | ReadonlySet<Phase> {
  if (value.trim() === 'all') return 'all';
  const phases = value.split(',').map((part) => part.trim());
  for (const phase of phases) {
    oneOf(flag, phase, [...PHASES, 'all'] as const);
  }
  return phases.includes('all') ? 'all' : new Set(phases as Phase[]);
}

/** Whether a run with these settings runs the phase, given whether the policy configures it. */
export function runsPhase(settings: Pick<Settings, 'only'>, phase: Phase, configured: boolean): boolean {
  return configured && (settings.only === 'all' || settings.only.has(phase));
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

/**
 * Files named one per line (or comma-separated); a `*` in the last part of a path matches within
 * its directory, in name order.
 */
function expandFileList(flag: string, value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(/[\n,]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .flatMap((pattern) => {
      const name = path.basename(pattern);
      if (!name.includes('*')) return [pattern];
      const directory = path.dirname(pattern);
      const matcher = new RegExp(
        `^${name
          .split('*')
          .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      );
      const found = existsSync(directory)
        ? readdirSync(directory)
            .filter((entry) => matcher.test(entry))
            .sort()
        : [];
      if (found.length === 0) throw new ConfigurationError(`${flag}: nothing matches ${pattern}`);
      return found.map((entry) => path.join(directory, entry));
    });
}
