import type { Observations } from '../observations/model.js';
import type { Policy } from '../policy/types.js';
import type { PolicyProblem } from '../policy/problem.js';
import { compareFindings } from './finding.js';
import type { Finding, RawFinding } from './finding.js';
import { checkCoverage } from './coverage.js';
import { checkMx } from './mx.js';
import { checkNameServers } from './ns.js';
import { RULES } from './rules.js';
import { checkScan } from './smtp.js';
import { checkSoaSerials } from './soa.js';
import { checkZoneTransfers } from './transfer.js';

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
      ...checkZoneTransfers(policy, observations.dns),
      ...checkMx(policy, observations.dns),
    );
  }
  if (observations.scan) raw.push(...checkScan(policy, observations.scan));
  return applySeverities(policy, raw);
}

function applySeverities(policy: Policy, raw: readonly RawFinding[]): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const finding of raw) {
    const override = policy.severityOverrides.get(finding.rule);
    if (override === 'off') continue;
    const id = `${finding.rule}\u0000${finding.name}\u0000${finding.subject}`;
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
