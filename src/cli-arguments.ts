import { parseArgs } from 'node:util';
import { SEVERITIES } from './checks/rules.js';
import type { Severity } from './checks/rules.js';
import { parseIpAddress } from './ip-address.js';
import type { IpAddress } from './ip-address.js';
import { ConfigurationError } from './policy/problem.js';
import { OUTPUT_FORMATS } from './report/render.js';
import type { OutputFormat } from './report/render.js';
import { DEFAULT_SETTINGS } from './settings.js';
import type { Settings } from './settings.js';

export const USAGE = `Usage:
  mail-perimeter check --policy FILE [options]      observe live DNS and SMTP, judge against the policy
  mail-perimeter evaluate --policy FILE --observations FILE [options]
                                                   judge a saved run offline
  mail-perimeter demo [--format F] [--output FILE] the whole check against a built-in loopback world
  mail-perimeter demo --serve                      only serve that world, until Ctrl-C

Options:
  --format text|json|sarif     output format (default text)
  --output FILE                write the output there instead of standard output
  --fail-on error|warning|notice|never   (default error)
  --root-hints ADDR[,ADDR...]  root servers to start from (default: the IANA root servers)
  --dns-port N                 send every DNS query to this port (default 53)
  --smtp-port N                the port approved mail servers must answer on (default 25)
  --timeout-ms N               per DNS query attempt and TCP connect (default ${DEFAULT_SETTINGS.timeoutMs})
  --greeting-timeout-ms N      how long a listener may take to greet (default ${DEFAULT_SETTINGS.greetingTimeoutMs})
  --retries N                  DNS retries after the first attempt (default ${DEFAULT_SETTINGS.retries})
  --concurrency N              queries and probes in flight (default ${DEFAULT_SETTINGS.concurrency})
  --ip-version auto|4|6        which servers to ask (default auto)
  --only dns|scan              run one engine only
  --save-observations FILE     keep what was observed, to evaluate later
  --verbose                    debug output on standard error

Exit codes: 0 nothing at or above --fail-on, 1 policy violated, 2 the run could not be done.`;

export interface CliCommand {
  readonly command: 'check' | 'evaluate' | 'demo' | 'help';
  readonly settings: Settings;
  readonly format: OutputFormat;
  readonly output: string | undefined;
  readonly verbose: boolean;
  /** demo only: serve the world without checking it. */
  readonly serve: boolean;
}

/** Turns argv into a command and typed settings; every mistake is a ConfigurationError (exit 2). */
export function parseCli(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: 'string' },
        observations: { type: 'string' },
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        'fail-on': { type: 'string', default: DEFAULT_SETTINGS.failOn },
        'root-hints': { type: 'string' },
        'dns-port': { type: 'string' },
        'smtp-port': { type: 'string' },
        'timeout-ms': { type: 'string' },
        'greeting-timeout-ms': { type: 'string' },
        retries: { type: 'string' },
        concurrency: { type: 'string' },
        'ip-version': { type: 'string', default: DEFAULT_SETTINGS.ipVersion },
        only: { type: 'string' },
        'save-observations': { type: 'string' },
        verbose: { type: 'boolean', default: false },
        serve: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new ConfigurationError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const command = values.help ? 'help' : positionals[0];
  if (command !== 'check' && command !== 'evaluate' && command !== 'demo' && command !== 'help') {
    throw new ConfigurationError(`${command === undefined ? 'no command given' : `unknown command "${command}"`}\n\n${USAGE}`);
  }
  if (positionals.length > 1) throw new ConfigurationError(`unexpected argument "${positionals[1]}"`);
  if ((command === 'check' || command === 'evaluate') && values.policy === undefined) {
    throw new ConfigurationError(`${command} needs --policy FILE`);
  }
  if (command === 'evaluate' && values.observations === undefined) throw new ConfigurationError('evaluate needs --observations FILE');
  if (command !== 'evaluate' && values.observations !== undefined) throw new ConfigurationError('--observations is for evaluate');

  const format = oneOf('--format', values.format!, OUTPUT_FORMATS);
  const settings: Settings = {
    policyFile: values.policy ?? '',
    failOn: oneOf('--fail-on', values['fail-on']!, [...SEVERITIES, 'never'] as const) as Severity | 'never',
    only: values.only === undefined ? 'all' : oneOf('--only', values.only, ['dns', 'scan'] as const),
    rootHints: values['root-hints'] === undefined ? undefined : parseAddressList('--root-hints', values['root-hints']),
    dnsPort: integer('--dns-port', values['dns-port'], DEFAULT_SETTINGS.dnsPort, 1, 65535),
    smtpPort: integer('--smtp-port', values['smtp-port'], DEFAULT_SETTINGS.smtpPort, 1, 65535),
    timeoutMs: integer('--timeout-ms', values['timeout-ms'], DEFAULT_SETTINGS.timeoutMs, 10, 600_000),
    greetingTimeoutMs: integer('--greeting-timeout-ms', values['greeting-timeout-ms'], DEFAULT_SETTINGS.greetingTimeoutMs, 10, 600_000),
    retries: integer('--retries', values.retries, DEFAULT_SETTINGS.retries, 0, 10),
    concurrency: integer('--concurrency', values.concurrency, DEFAULT_SETTINGS.concurrency, 1, 4096),
    ipVersion: oneOf('--ip-version', values['ip-version']!, ['auto', '4', '6'] as const),
    observationsFile: values.observations,
    saveObservationsFile: values['save-observations'],
    scanPolicySource: undefined,
  };
  if (values.serve && command !== 'demo') throw new ConfigurationError('--serve is for demo');
  return { command, settings, format, output: values.output, verbose: values.verbose ?? false, serve: values.serve ?? false };
}

export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}

export function integer(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < min || number > max) {
    throw new ConfigurationError(`${flag} must be a whole number from ${min} to ${max}; got "${value}"`);
  }
  return number;
}

export function parseAddressList(flag: string, value: string): IpAddress[] {
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
