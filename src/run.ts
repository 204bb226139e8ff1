import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import packageJson from '../package.json' with { type: 'json' };
import { evaluate, evaluateZoneData, markChanges, namesChecked, policyProblemsAsFindings } from './checks/evaluate.js';
import type { Finding } from './checks/finding.js';
import { meetsThreshold } from './checks/finding.js';
import type { Logger } from './logger.js';
import { observe } from './observe.js';
import type { Observations, ZoneDataObservations } from './observations/model.js';
import { readZoneData } from './zone-data/read.js';
import { mergeShards, policyDigest, policyForShard } from './shard.js';
import { parseObservations, writeObservationsFile } from './observations/file.js';
import { loadPolicy } from './policy/load.js';
import { releaseParseGarbage } from './memory.js';
import { Canonicalizer, shareRepeatedPieces } from './observations/canonical.js';
import type { PolicyLoad } from './policy/load.js';
import { ConfigurationError } from './policy/problem.js';
import type { Policy, ScanPolicy } from './policy/types.js';
import { countBySeverity, REPORT_FORMAT_VERSION } from './report/run-report.js';
import type { RunReport } from './report/run-report.js';
import type { Settings } from './settings.js';

export const TOOL = { name: packageJson.name, version: packageJson.version } as const;

/** A policy of 100,000 names is about 4 MiB; anything far larger is not a policy. */
export const MAX_POLICY_BYTES = 16 * 1024 * 1024;
/** Observations of 100,000 zones with every server's answers fit; a JavaScript string holds at most about 512 MiB. */
export const MAX_OBSERVATIONS_BYTES = 256 * 1024 * 1024;

export interface RunResult {
  readonly report: RunReport;
  /** Some finding is at or above the fail threshold. */
  readonly failed: boolean;
  /** 0 pass, 1 policy violated, 2 the run itself could not be done. */
  readonly exitCode: 0 | 1 | 2;
  /** Set when the policy (or the base branch's scan section) is invalid. */
  readonly policyInvalid: boolean;
}

/** The whole job: load → observe (or read saved observations) → evaluate. Shared by the action and the CLI. */
export async function run(settings: Settings, logger: Logger, clock: () => Date = () => new Date()): Promise<RunResult> {
  const startedAt = clock();
  const { loaded, text: policyText } = await readPolicy(settings);
  if (!loaded.ok) {
    const findings = policyProblemsAsFindings(loaded.problems);
    const report = buildReport(settings, startedAt, clock(), findings, true, undefined, undefined);
    return { report, failed: true, exitCode: 2, policyInvalid: true };
  }
  const policy = loaded.policy;

  const digest = policyDigest(policyText);
  let observations: Observations;
  if (settings.mergeFiles !== undefined) {
    // One file after the other, each kept as shared pieces once parsed: a merge of four large
    // shards holds little more than one shard's text at a time.
    const canonicalizer = new Canonicalizer();
    const shards: { file: string; observations: Observations }[] = [];
    for (const file of settings.mergeFiles) shards.push({ file, observations: await readObservations(file, canonicalizer) });
    observations = mergeShards(shards, digest);
  } else if (settings.observationsFile !== undefined) {
    observations = await readObservations(settings.observationsFile);
  } else if (settings.shard !== undefined) {
    const { index, count } = settings.shard;
    const part = await observe(policyForShard(policy, settings.shard), settings, logger, startedAt);
    observations = { ...part, shard: { index, count, policy: digest } };
  } else {
    observations = await observe(policy, settings, logger, startedAt);
  }
  if (settings.shard !== undefined) {
    // A shard is one part of a run: its observations are written for `merge`, never judged alone.
    const file = settings.saveObservationsFile ?? `mail-perimeter-observations-${settings.shard.index}-of-${settings.shard.count}.json`;
    await writeObservationsFile(file, observations);
    logger.info(
      `shard ${settings.shard.index}/${settings.shard.count}: observations written to ${file}; judge every shard together with merge`,
    );
    const report = buildReport(settings, startedAt, clock(), [], false, undefined, observations);
    return { report, failed: false, exitCode: 0, policyInvalid: false };
  }
  if (settings.saveObservationsFile !== undefined) {
    await writeObservationsFile(settings.saveObservationsFile, observations);
  }

  const findings = compareWithBase(policy, settings, observations, evaluate(policy, observations), logger);
  const failed = findings.some((finding) => countsTowardFailure(finding, settings) && meetsThreshold(finding.severity, settings.failOn));
  const report = buildReport(settings, startedAt, clock(), findings, failed, policy, observations);
  return { report, failed, exitCode: failed ? 1 : 0, policyInvalid: false };
}

/** A fixed finding never fails a run; an unchanged one only when fail-on-unchanged is on. */
function countsTowardFailure(finding: Finding, settings: Settings): boolean {
  if (finding.change === 'fixed') return false;
  return settings.failOnUnchanged || finding.change !== 'unchanged';
}

/** On a change with a base (pull requests, --base-ref): the zone data's findings marked against the base's. */
function compareWithBase(policy: Policy, settings: Settings, observations: Observations, findings: Finding[], logger: Logger): Finding[] {
  if (settings.zoneDataBase === undefined || observations.zoneData === undefined) return findings;
  let base: ZoneDataObservations;
  try {
    base = readZoneData(policy.zoneData, settings.policyInRepository, settings.zoneDataBase);
  } catch (error) {
    // The base may predate the zone data, or hold a file this version cannot read: compare with nothing.
    logger.warning(`the base's zone data could not be read (${(error as Error).message}): every zone-data finding counts as introduced`);
    base = { zones: [] };
  }
  const onHead = evaluateZoneData(policy, observations.zoneData, observations.dns);
  const onBase = evaluateZoneData(policy, base, observations.dns);
  return markChanges(findings, onHead, onBase);
}

/** What the system's error codes mean to a person who named a file. */
const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

/**
 * Reads a policy or observations file: regular files only (a FIFO would block forever, a device
 * such as /dev/urandom never ends), and no larger than its documented limit.
 */
async function readInput(file: string, what: string, maxBytes: number): Promise<string> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await handle.stat();
    if (!stats.isFile()) throw new ConfigurationError(`the ${what} ${file} is not a regular file`);
    if (stats.size > maxBytes) {
      throw new ConfigurationError(`the ${what} ${file} is ${stats.size} bytes, more than the limit of ${maxBytes} bytes`);
    }
    return await handle.readFile('utf8');
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(`cannot read the ${what} ${file}: ${(code && FILE_ERRORS[code]) ?? code ?? (error as Error).message}`);
  } finally {
    await handle?.close();
  }
}

async function readPolicy(settings: Settings): Promise<{ loaded: PolicyLoad; text: string }> {
  const text = await readInput(settings.policyFile, 'policy', MAX_POLICY_BYTES);
  const loaded = loadPolicyWithScanSource(settings, text);
  releaseParseGarbage(text.length);
  return { loaded, text };
}

/** `canonicalizer`: share the repeated pieces of what is read, before the parse's garbage is collected. */
async function readObservations(file: string, canonicalizer?: Canonicalizer): Promise<Observations> {
  const { observations, chars } = await parseObservationsFile(file, canonicalizer);
  // Collected here, where neither the file's text nor its unshared parse is reachable any more.
  releaseParseGarbage(chars);
  return observations;
}

async function parseObservationsFile(file: string, canonicalizer?: Canonicalizer): Promise<{ observations: Observations; chars: number }> {
  const text = await readInput(file, 'observations file', MAX_OBSERVATIONS_BYTES);
  try {
    const parsed = parseObservations(text, file);
    return { observations: canonicalizer === undefined ? parsed : shareRepeatedPieces(parsed, canonicalizer), chars: text.length };
  } catch (error) {
    throw new ConfigurationError((error as Error).message);
  }
}

/** On pull requests the scan section comes from the base branch, so a PR cannot aim the scanner elsewhere. */
function loadPolicyWithScanSource(settings: Settings, text: string): PolicyLoad {
  const loaded = loadPolicy(settings.policyFile, text);
  const source = settings.scanPolicySource;
  if (!loaded.ok || source === undefined) return loaded;
  if (source.text === undefined) return { ok: true, policy: { ...loaded.policy, scan: undefined } };
  const base = loadPolicy(source.file, source.text);
  if (!base.ok) return base;
  const scan = base.policy.scan;
  if (scan === undefined) return { ok: true, policy: { ...loaded.policy, scan: undefined } };
  // Findings must point at a file of the checkout: the head policy's scan section (or its first
  // line), with the message saying the ranges are the base branch's.
  const at = loaded.policy.scan?.location ?? loaded.policy.location;
  const relocated: ScanPolicy = {
    ...scan,
    fromBase: true,
    location: at,
    ranges: scan.ranges.map((range) => ({ ...range, location: at })),
    allow: scan.allow.map((allowed) => ({ ...allowed, location: at })),
  };
  return { ok: true, policy: { ...loaded.policy, scan: relocated } };
}

function buildReport(
  settings: Settings,
  startedAt: Date,
  finishedAt: Date,
  findings: readonly Finding[],
  failed: boolean,
  policy: Policy | undefined,
  observations: Observations | undefined,
): RunReport {
  return {
    version: REPORT_FORMAT_VERSION,
    tool: TOOL,
    policy: settings.policyFile,
    verdict: failed ? 'fail' : 'pass',
    failOn: settings.failOn,
    startedAt: startedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    summary: countBySeverity(findings, policy && observations ? namesChecked(policy, observations) : undefined),
    findings,
    observations,
  };
}
