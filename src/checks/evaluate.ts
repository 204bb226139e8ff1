import type { Observations, ZoneDataObservations } from '../observations/model.js';
import type { Policy } from '../policy/types.js';
import type { PolicyProblem } from '../policy/problem.js';
import { compareFindings } from './finding.js';
import type { Finding, RawFinding } from './finding.js';
import { checkCoverage, uncheckedNames } from './coverage.js';
import { checkMx } from './mx.js';
import { checkNameServers } from './ns.js';
import { checkProbe } from './probe.js';
import { RULES } from './rules.js';
import { checkScan } from './smtp.js';
import { checkSoaSerials } from './soa.js';
import { checkZoneTransfers } from './transfer.js';
import { checkRegistrations } from './registration.js';
import { checkRegistry } from './registry.js';
import { checkMtaSts } from './mta-sts.js';
import { checkDnssec } from './dnssec.js';
import { checkDane } from './dane.js';
import { checkReceived } from './received.js';
import { checkServerTransports } from './transport.js';
import { checkZoneData, zoneDataAsDns } from './zone-data.js';

/**
 * Judges observations against the policy. Pure: no I/O, no clock. The result is deduplicated on
 * (rule, name, subject) and sorted, so two runs over the same facts print the same report.
 */
export function evaluate(policy: Policy, observations: Observations): Finding[] {
  const raw: RawFinding[] = [];
  if (observations.dns) {
    raw.push(
      ...checkCoverage(policy, observations.dns),
      ...checkNameServers(policy, observations.dns),
      ...checkSoaSerials(policy, observations.dns),
      ...checkDnssec(policy, observations.dns),
      ...checkZoneTransfers(policy, observations.dns),
      ...checkMx(policy, observations.dns),
      ...checkServerTransports(policy, observations.dns),
      ...checkRegistrations(policy, observations.dns, observations.registry),
    );
  }
  if (observations.registry) raw.push(...checkRegistry(policy, observations.dns, observations.registry, observations.startedAt));
  if (observations.dns || observations.probe) raw.push(...checkMtaSts(policy, observations.dns, observations.probe));
  if (observations.dns) raw.push(...checkDane(policy, observations.dns, observations.probe));
  if (observations.evidence) raw.push(...checkReceived(policy, observations.evidence, observations.dns));
  if (observations.zoneData) raw.push(...checkZoneData(policy, observations.zoneData, observations.dns));
  if (observations.probe) raw.push(...checkProbe(policy, observations.probe));
  if (observations.scan) raw.push(...checkScan(policy, observations.scan, observations.startedAt));
  return applySeverities(policy, raw);
}

function applySeverities(policy: Policy, raw: readonly RawFinding[]): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const finding of raw) {
    const override = policy.severityOverrides.get(finding.rule);
    if (override === 'off') continue;
    // The same problem in the zone data and on the live servers is two findings, one per file.
    const id = `${finding.rule}\u0000${finding.name}\u0000${finding.subject}\u0000${finding.location?.file ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push({ ...finding, severity: override ?? RULES[finding.rule].defaultSeverity });
  }
  return findings.sort(compareFindings);
}

/** A policy that could not be loaded, as findings, so every renderer can show it. */
export function policyProblemsAsFindings(problems: readonly PolicyProblem[]): Finding[] {
  return problems.map((problem) => ({
    rule: 'policy/invalid',
    severity: 'error',
    name: problem.location.file,
    subject: `line ${problem.location.line}, column ${problem.location.column}`,
    servers: [],
    message: problem.message,
    location: problem.location,
  }));
}

/**
 * How many policy names were checked: by the live walk when it ran, else by the repository's
 * zone data; undefined when neither ran (a scan-only run).
 */
export function namesChecked(policy: Policy, observations: Observations): { total: number; checked: number } | undefined {
  const evidence = observations.dns ?? (observations.zoneData ? zoneDataAsDns(policy, observations.zoneData) : undefined);
  if (evidence === undefined) return undefined;
  const total = policy.domains.length;
  return { total, checked: total - uncheckedNames(policy, evidence).length };
}

/** The findings on zone data alone, severities applied: what a change to the data is compared by. */
export function evaluateZoneData(policy: Policy, zoneData: ZoneDataObservations, live: Observations['dns']): Finding[] {
  return applySeverities(policy, checkZoneData(policy, zoneData, live));
}

/**
 * Marks the findings on zone data against the base's: `introduced` when new in this change,
 * `unchanged` when the base had it too, and the base's findings that are gone come back as
 * `fixed`. Identity is rule, name and subject: lines move when a file is edited.
 */
export function markChanges(findings: readonly Finding[], onHead: readonly Finding[], onBase: readonly Finding[]): Finding[] {
  const identity = (finding: Finding) => `${finding.rule}\u0000${finding.name}\u0000${finding.subject}`;
  const place = (finding: Finding) => `${identity(finding)}\u0000${finding.location?.file ?? ''}\u0000${finding.location?.line ?? 0}`;
  const baseIdentities = new Set(onBase.map(identity));
  const headIdentities = new Set(onHead.map(identity));
  const headPlaces = new Set(onHead.map(place));
  const marked = findings.map((finding): Finding =>
    headPlaces.has(place(finding)) ? { ...finding, change: baseIdentities.has(identity(finding)) ? 'unchanged' : 'introduced' } : finding,
  );
  const fixed = onBase
    .filter((finding) => !headIdentities.has(identity(finding)))
    .map((finding): Finding => ({ ...finding, change: 'fixed' }));
  return [...marked, ...fixed].sort(compareFindings);
}
