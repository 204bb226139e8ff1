import { parseArgs } from 'node:util';
import { ConfigurationError } from './policy/problem.js';
import { OUTPUT_FORMATS } from './report/render.js';
import type { OutputFormat } from './report/render.js';
import { DEFAULT_SETTINGS, locatePolicy, oneOf, readRunOptions } from './settings.js';
import { commitFiles } from './zone-data/read.js';
import type { Settings } from './settings.js';
import { parseHostName } from './dns-name.js';
import { ZONE_DATA_FORMATS } from './init/init.js';
import type { InitRequest } from './init/init.js';

export const USAGE = `Usage:
  mail-perimeter check --policy FILE [options]      observe live DNS and SMTP, judge against the policy
  mail-perimeter evaluate --policy FILE --observations FILE [options]
                                                   judge a saved run offline
  mail-perimeter check --policy FILE --shard i/n --save-observations FILE
                                                   observe one part of the run (an Actions matrix)
  mail-perimeter merge --policy FILE OBS...         judge every shard's observations as one run
  mail-perimeter init --domains NAME[,NAME...] [--zone-data FORMAT:PATH]... [--output FILE] [--force]
                                                   draft a policy from what every server (and the zone data) says
  mail-perimeter demo [--format F] [--output FILE] the whole check against a built-in loopback world
  mail-perimeter demo --serve                      only serve that world, until Ctrl-C
  mail-perimeter demo --planted                    list, as JSON, the findings the demo world must yield
  mail-perimeter --version

Options:
  --format text|json|sarif     output format (default text)
  --output FILE                write the output there instead of standard output
  --category NAME              SARIF code-scanning category (default: from the policy and the phases that ran)
  --fail-on error|warning|notice|never   (default error)
  --root-hints ADDR[,ADDR...]  root servers to start from (default: the IANA root servers)
  --rdap-bootstrap FILE|URL    RDAP bootstrap file (default IANA's dns.json; none asked with --root-hints unless given)
  --dns-port N                 send every DNS query to this port (default 53)
  --smtp-port N                the port approved mail servers must answer on (default 25)
  --mta-sts-port N             the HTTPS port MTA-STS policies are fetched from (default 443)
  --scan-results FILE          another tool's scan (nmap XML, masscan, ZGrab2) judged instead of scanning; repeatable
  --evidence FILE              received mail (mbox, .eml, Maildir), Postfix or Exim logs, TLS-RPT reports; repeatable
  --timeout-ms N               per DNS query attempt and TCP connect (default ${DEFAULT_SETTINGS.timeoutMs})
  --greeting-timeout-ms N      how long a scanned listener may take to greet (default ${DEFAULT_SETTINGS.greetingTimeoutMs})
  --probe-greeting-timeout-ms N    how long the SMTP probe waits for an MX's greeting (default ${DEFAULT_SETTINGS.probeGreetingTimeoutMs})
  --retries N                  DNS retries after the first attempt (default ${DEFAULT_SETTINGS.retries})
  --concurrency N              queries and probes in flight (default ${DEFAULT_SETTINGS.concurrency})
  --ip-version auto|4|6        which servers to ask (default auto)
  --base-ref REF               mark zone-data findings introduced, fixed or unchanged against this git ref
  --fail-on-unchanged true|false   whether findings already on --base-ref fail the run (default true)
  --deadline-minutes N         end observing after N minutes; the rest is reported unchecked (default ${DEFAULT_SETTINGS.deadlineMinutes})
  --only PHASES                zone-data, dns, registry, probe, scan (comma-separated) or all (default: what the policy configures)
  --domains NAME[,NAME...]     init: the names to draft the policy for
  --zone-data FORMAT:PATH      init: zone data to read too (rfc1035, octodns, dnscontrol, terraform-plan, pulumi-preview); repeatable
  --force                      init: overwrite --output if it exists
  --save-observations FILE     keep what was observed, to evaluate later
  --verbose                    debug output on standard error

Exit codes: 0 nothing at or above --fail-on, 1 policy violated, 2 the run could not be done.`;

export interface CliCommand {
  readonly command: 'check' | 'evaluate' | 'merge' | 'demo' | 'init' | 'help' | 'version';
  readonly settings: Settings;
  readonly format: OutputFormat;
  readonly output: string | undefined;
  /** The SARIF code-scanning category; undefined derives it. */
  readonly category: string | undefined;
  readonly verbose: boolean;
  /** demo only: serve the world without checking it. */
  readonly serve: boolean;
  /** demo only: print the planted findings instead of running. */
  readonly planted: boolean;
  /** init only: what to draft. */
  readonly init: Omit<InitRequest, 'settings' | 'output'> | undefined;
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
        category: { type: 'string' },
        'fail-on': { type: 'string' },
        'root-hints': { type: 'string' },
        'rdap-bootstrap': { type: 'string' },
        'dns-port': { type: 'string' },
        'smtp-port': { type: 'string' },
        'mta-sts-port': { type: 'string' },
        'scan-results': { type: 'string', multiple: true },
        evidence: { type: 'string', multiple: true },
        'timeout-ms': { type: 'string' },
        'greeting-timeout-ms': { type: 'string' },
        'probe-greeting-timeout-ms': { type: 'string' },
        retries: { type: 'string' },
        concurrency: { type: 'string' },
        'ip-version': { type: 'string' },
        'deadline-minutes': { type: 'string' },
        deadline: { type: 'string' },
        'base-ref': { type: 'string' },
        'fail-on-unchanged': { type: 'string' },
        shard: { type: 'string' },
        only: { type: 'string' },
        'save-observations': { type: 'string' },
        verbose: { type: 'boolean', default: false },
        serve: { type: 'boolean', default: false },
        planted: { type: 'boolean', default: false },
        domains: { type: 'string' },
        'zone-data': { type: 'string', multiple: true },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'V', default: false },
      },
    });
  } catch (error) {
    // Node's parser explains at length; the first sentence is the mistake.
    const mistake = (error as Error).message.split(/\. |\.$/)[0]!.replace(/^Unknown option/, 'unknown option');
    throw new ConfigurationError(`${mistake}; see mail-perimeter --help`);
  }
  const { values, positionals } = parsed;
  const command = values.version ? 'version' : values.help ? 'help' : positionals[0];
  if (
    command !== 'check' &&
    command !== 'evaluate' &&
    command !== 'merge' &&
    command !== 'demo' &&
    command !== 'init' &&
    command !== 'help' &&
    command !== 'version'
  ) {
    throw new ConfigurationError(
      `${command === undefined ? 'no command given' : `unknown command "${command}"`}; see mail-perimeter --help`,
    );
  }
  if (positionals.length > 1 && command !== 'merge') throw new ConfigurationError(`unexpected argument "${positionals[1]}"`);
  if (command === 'merge' && positionals.length < 2) throw new ConfigurationError('merge needs the observation files of every shard');
  if ((command === 'check' || command === 'evaluate' || command === 'merge') && values.policy === undefined) {
    throw new ConfigurationError(`${command} needs --policy FILE`);
  }
  if (command === 'evaluate' && values.observations === undefined) throw new ConfigurationError('evaluate needs --observations FILE');
  if (command !== 'evaluate' && values.observations !== undefined) throw new ConfigurationError('--observations is for evaluate');

  const format = oneOf('--format', values.format!, OUTPUT_FORMATS);
  const given = (name: string) => {
    // --deadline is the short spelling of --deadline-minutes.
    const options = values as Record<string, string | string[] | boolean | undefined>;
    const value = name === 'deadline-minutes' ? (options[name] ?? options['deadline']) : options[name];
    if (Array.isArray(value)) return value.length > 0 ? value.join('\n') : undefined;
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };
  const settings: Settings = {
    ...readRunOptions(given, (name) => `--${name}`),
    policyFile: values.policy ?? '',
    ...locatePolicy(values.policy ?? '.'),
    observationsFile: values.observations,
    saveObservationsFile: values['save-observations'],
    scanPolicySource: undefined,
    mergeFiles: command === 'merge' ? positionals.slice(1) : undefined,
    zoneDataBase:
      values['base-ref'] === undefined ? undefined : commitFiles(locatePolicy(values.policy ?? '.').repositoryRoot, values['base-ref']),
  };
  if (values.serve && command !== 'demo') throw new ConfigurationError('--serve is for demo');
  if (command !== 'init' && (values.domains !== undefined || values['zone-data'] !== undefined || values.force)) {
    throw new ConfigurationError('--domains, --zone-data and --force are for init');
  }
  const init =
    command === 'init' ? initRequest(values.domains, values['zone-data'] ?? [], values.force ?? false, settings, argv) : undefined;
  if (values.planted && command !== 'demo') throw new ConfigurationError('--planted is for demo');
  return {
    command,
    settings,
    format,
    output: values.output,
    category: values.category,
    verbose: values.verbose ?? false,
    serve: values.serve ?? false,
    planted: values.planted ?? false,
    init,
  };
}

/** init's own arguments, checked: names, FORMAT:PATH sources, and only the zone-data and dns phases. */
function initRequest(
  domains: string | undefined,
  zoneData: readonly string[],
  force: boolean,
  settings: Settings,
  argv: readonly string[],
): Omit<InitRequest, 'settings' | 'output'> {
  if (settings.policyFile !== '') throw new ConfigurationError('init writes a policy: use --output FILE, not --policy');
  if (settings.only !== 'all' && [...settings.only].some((phase) => phase !== 'zone-data' && phase !== 'dns')) {
    throw new ConfigurationError('init observes zone-data and dns only: --only zone-data or --only dns');
  }
  if (domains === undefined && zoneData.length === 0) throw new ConfigurationError('init needs --domains NAME[,NAME...]');
  const names = (domains ?? '')
    .split(',')
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .map((text) => {
      const name = parseHostName(text);
      if (name === undefined) throw new ConfigurationError(`--domains: "${text}" is not a domain name`);
      return name;
    });
  if (names.length === 0 && zoneData.length === 0) throw new ConfigurationError('init needs --domains NAME[,NAME...]');
  const sources = zoneData.map((text) => {
    const match = /^([a-z0-9-]+):(.+)$/.exec(text);
    if (match === null) throw new ConfigurationError(`--zone-data: "${text}" is not FORMAT:PATH`);
    return { format: oneOf('--zone-data format', match[1]!, ZONE_DATA_FORMATS), path: match[2]! };
  });
  if (settings.only !== 'all' && settings.only.has('zone-data') && sources.length === 0) {
    throw new ConfigurationError('--only zone-data needs --zone-data FORMAT:PATH');
  }
  // --force says how to write the file, not what is in it: a second init writes the same header.
  return {
    domains: [...new Set(names)],
    zoneData: sources,
    force,
    commandLine: ['mail-perimeter', ...argv.filter((word) => word !== '--force')]
      .map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : JSON.stringify(word)))
      .join(' '),
  };
}
