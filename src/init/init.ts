/**
 * `mail-perimeter init`: observes the given names exactly as `check` does (the same observe(), the
 * same walk and zone-data readers, through a policy that declares only the names) and drafts a
 * policy from what was seen (draft.ts). Names with MX that the zone data or an open zone transfer
 * shows are added and walked too, in one more round.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compareText } from '../compare-text.js';
import type { DomainName } from '../dns-name.js';
import type { Logger } from '../logger.js';
import type { DnsObservations, Observations, ZoneDataObservations } from '../observations/model.js';
import { serverLabel } from '../observations/model.js';
import { observe } from '../observe.js';
import { loadPolicy } from '../policy/load.js';
import { ConfigurationError } from '../policy/problem.js';
import type { Policy } from '../policy/types.js';
import { locatePolicy } from '../settings.js';
import type { Settings } from '../settings.js';
import { draftPolicy } from './draft.js';
import type { DraftName } from './draft.js';

export const ZONE_DATA_FORMATS = ['rfc1035', 'octodns', 'dnscontrol', 'terraform-plan', 'pulumi-preview'] as const;

export interface InitRequest {
  readonly domains: readonly DomainName[];
  /** As given on the command line: FORMAT:PATH, the path relative to the working directory. */
  readonly zoneData: readonly { readonly format: string; readonly path: string }[];
  readonly output: string | undefined;
  readonly force: boolean;
  readonly commandLine: string;
  /** The observation settings (`only` limited to zone-data and dns); the policy fields are set here. */
  readonly settings: Settings;
}

/** The policy text it wrote and the exit code: 0 when a policy was written, 2 when no name could be observed. */
export async function runInit(request: InitRequest, logger: Logger, now = new Date()): Promise<{ text: string; exitCode: number }> {
  if (request.output !== undefined && existsSync(request.output) && !request.force) {
    throw new ConfigurationError(`${request.output} exists; init never overwrites a file without --force`);
  }
  // Zone-data paths are written relative to the policy, as the zone-data section wants them.
  const policyFile = path.resolve(request.output ?? 'mail-perimeter.yml');
  const sources = request.zoneData.map((source) => ({
    format: source.format,
    path: relativeTo(path.dirname(policyFile), source.path),
  }));
  // A draft needs the walk and the zone data only: no registry is asked, nothing is probed or scanned.
  const only =
    request.settings.only === 'all'
      ? new Set(request.zoneData.length > 0 ? (['zone-data', 'dns'] as const) : (['dns'] as const))
      : request.settings.only;
  const settings: Settings = { ...request.settings, only, policyFile, ...locatePolicy(policyFile) };
  const given: DraftName[] = request.domains.map((name) => ({ name }));

  let names = given;
  let observations = await observeNames(names, sources, policyFile, settings, logger);
  const fromZoneData = discoveredInZoneData(observations.zoneData, names);
  const fromTransfers = discoveredInTransfers(observations.dns, [...names, ...fromZoneData]);
  if (fromZoneData.length > 0 || fromTransfers.length > 0) {
    names = [...names, ...[...fromZoneData, ...fromTransfers].sort((a, b) => compareText(a.name, b.name))];
    logger.info(`init: ${names.length - given.length} more names found with MX; observing them too`);
    observations = await observeNames(names, sources, policyFile, settings, logger);
  }
  const draft = draftPolicy({
    policy: syntheticPolicy(names, sources, policyFile),
    names,
    dns: observations.dns,
    zoneData: observations.zoneData,
    zoneDataSources: sources,
    made: { date: now.toISOString().replace(/\.\d{3}Z$/, 'Z'), commandLine: request.commandLine },
  });
  logger.info(
    `init: ${draft.written} names written, ${draft.disagreements} disagreements left as comments, ${draft.notObserved.length} names not observed`,
  );
  for (const { name, reason } of draft.notObserved) logger.warning(`init: ${name} not written: ${reason}`);
  if (draft.written === 0) return { text: draft.text, exitCode: 2 };
  if (request.output === undefined) process.stdout.write(draft.text);
  else await writeFile(request.output, draft.text);
  return { text: draft.text, exitCode: 0 };
}

function relativeTo(directory: string, file: string): string {
  const relative = path.relative(directory, path.resolve(file)).split(path.sep).join('/');
  const trailing = /[/\\]$/.test(file) ? '/' : '';
  return `${relative === '' ? '.' : relative}${trailing && !relative.endsWith('/') ? trailing : ''}`;
}

/** A policy that declares the names and the zone data and nothing else: what observe() needs. */
function syntheticPolicy(names: readonly DraftName[], sources: readonly { format: string; path: string }[], policyFile: string): Policy {
  const text = [
    'version: 1',
    'domains:',
    ...names.map(({ name }) => `  ${JSON.stringify(name)}: {}`),
    ...(sources.length > 0 ? ['zone-data:', ...sources.map((source) => `  - ${JSON.stringify(source)}`)] : []),
  ].join('\n');
  const loaded = loadPolicy(path.basename(policyFile), `${text}\n`);
  if (!loaded.ok) throw new ConfigurationError(loaded.problems.map((problem) => problem.message).join('; '));
  return loaded.policy;
}

function observeNames(
  names: readonly DraftName[],
  sources: readonly { format: string; path: string }[],
  policyFile: string,
  settings: Settings,
  logger: Logger,
): Promise<Observations> {
  return observe(syntheticPolicy(names, sources, policyFile), settings, logger, new Date());
}

/** Names with MX in the zone data that were not given. */
function discoveredInZoneData(zoneData: ZoneDataObservations | undefined, known: readonly DraftName[]): DraftName[] {
  const seen = new Set(known.map(({ name }) => name as string));
  const found: DraftName[] = [];
  for (const zone of zoneData?.zones ?? []) {
    for (const record of zone.records) {
      if (record.value.type !== 'MX' || seen.has(record.name)) continue;
      seen.add(record.name);
      found.push({ name: record.name, foundIn: `the zone data (${record.file}:${record.line})` });
    }
  }
  return found;
}

/** Names with MX that an open zone transfer shows and that were not given. */
function discoveredInTransfers(dns: DnsObservations | undefined, known: readonly DraftName[]): DraftName[] {
  const seen = new Set(known.map(({ name }) => name as string));
  const found: DraftName[] = [];
  for (const zone of dns?.zones ?? []) {
    for (const transfer of zone.transfers) {
      for (const { name } of transfer.mxNames) {
        if (seen.has(name)) continue;
        seen.add(name);
        found.push({
          name,
          foundIn: `the zone ${zone.zone} transferred from ${serverLabel(transfer.server)} (an open zone transfer)`,
        });
      }
    }
  }
  return found;
}
