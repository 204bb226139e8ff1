import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../checks/finding.js';
import type { Severity } from '../checks/rules.js';
import { RULE_IDS, RULES } from '../checks/rules.js';
import type { RunReport } from './run-report.js';
import { MAX_FINDING_ROWS } from './summary.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/mail-perimeter/mail-perimeter';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/** GitHub code scanning rejects a run with more results than this. */
export const MAX_SARIF_RESULTS = 25_000;
const README_RULES = `${INFORMATION_URI}#rules`;
/** The threats this tool exists for rank highest in code scanning (GitHub's 0.1–10 scale). */
const SEED_THREATS = new Set([
  'mx/target-unregistered',
  'ns/unregistered',
  'mx/unexpected',
  'mx/target-address',
  'ns/undeclared-server',
  'smtp/unexpected-listener',
  'zone/drift',
  'mx/implicit',
]);
const SECURITY_SEVERITY: Record<Severity, string> = { error: '7.5', warning: '5.0', notice: '3.0' };

/**
 * The category of a run's results: code scanning replaces the previous upload of the same
 * category, so a pull request's zone-data upload must not replace the nightly DNS and scan one.
 * Derived from the policy and the phases that ran, unless the workflow names one.
 */
export function sarifCategory(report: RunReport): string {
  const observations = report.observations;
  const phases = [
    observations?.zoneData && 'zone-data',
    observations?.dns && 'dns',
    observations?.probe && 'probe',
    observations?.scan && 'scan',
  ].filter(Boolean);
  // A policy outside the repository (the demo's temporary copy) is named by its file alone: a
  // category must stay the same from one run to the next.
  const policy = path.isAbsolute(report.policy) ? path.basename(report.policy) : repositoryRelative(report.policy);
  return `mail-perimeter/${policy}:${phases.length > 0 ? phases.join('+') : 'policy'}`;
}

/** SARIF 2.1.0 as GitHub code scanning accepts it; results point at the lines to change. */
export function renderSarif(report: RunReport, category = sarifCategory(report)): string {
  const current = report.findings.filter((finding) => finding.change !== 'fixed');
  const kept = current.slice(0, current.length > MAX_SARIF_RESULTS ? MAX_SARIF_RESULTS - 1 : MAX_SARIF_RESULTS);
  const leftOut = current.length - kept.length;
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: [
              ...RULE_IDS.map((id) => ({
                id,
                name: id.replace(/[/-](\w)/g, (_, letter: string) => letter.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
                shortDescription: { text: RULES[id].summary },
                fullDescription: { text: `${RULES[id].summary} ${RULES[id].help}` },
                help: {
                  text: RULES[id].help,
                  markdown: `**${id}** (${RULES[id].defaultSeverity} by default): ${RULES[id].summary}\n\n${RULES[id].help}\n\nSee [the rule table](${README_RULES}) for what each rule does when a server is lame or a name was not checked.`,
                },
                helpUri: README_RULES,
                defaultConfiguration: { level: LEVEL[RULES[id].defaultSeverity] },
                properties: {
                  'security-severity': SEED_THREATS.has(id) ? '8.5' : SECURITY_SEVERITY[RULES[id].defaultSeverity],
                  tags: ['security', 'email', 'dns'],
                },
              })),
              ...(leftOut > 0 ? [leftOutRule] : []),
            ],
          },
        },
        automationDetails: { id: `${category}/` },
        results: [
          ...kept.map((finding) => result(finding, report.policy)),
          ...(leftOut > 0 ? [leftOutResult(leftOut, report.policy, RULE_IDS.length)] : []),
        ],
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function result(finding: Finding, policyFile: string) {
  const location = finding.location;
  return {
    ruleId: finding.rule,
    ruleIndex: RULE_IDS.indexOf(finding.rule),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: repositoryRelative(location?.file ?? policyFile) },
          region: { startLine: location?.line ?? 1, startColumn: location?.column ?? 1 },
        },
      },
    ],
    // Code scanning tracks an alert across runs by this; line numbers move when a file is edited.
    // The file is part of it: the same problem in the zone data and on the live servers is two alerts.
    partialFingerprints: {
      'mailPerimeterFinding/v1': createHash('sha256')
        .update(
          `${finding.rule}\u0000${finding.name}\u0000${finding.subject}${finding.policyLocation ? `\u0000${location?.file ?? ''}` : ''}`,
        )
        .digest('hex'),
    },
    properties: { name: finding.name, subject: finding.subject, servers: finding.servers },
  };
}

/**
 * Code scanning wants a path relative to the repository root, with forward slashes; run() passes
 * one for every file in the repository. A file outside it (the demo's temporary policy) is an
 * absolute file URI, as SARIF requires of a location without a base (SARIF1004).
 */
function repositoryRelative(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.replaceAll('\\', '/').replace(/^\.\//, '');
}

const LEFT_OUT_RULE = 'sarif/results-left-out';

/** Described only in a file that needed it: the rule of the one result that says how many are missing. */
const leftOutRule = {
  id: LEFT_OUT_RULE,
  name: 'ResultsLeftOut',
  shortDescription: { text: 'More findings than code scanning accepts in one run.' },
  fullDescription: {
    text: `Code scanning takes at most ${MAX_SARIF_RESULTS} results per run; the rest are in the JSON report, and counted per rule in the job summary.`,
  },
  help: {
    text: 'Read the JSON report or the job summary for every finding.',
    markdown: 'Read the JSON report or the job summary for every finding.',
  },
  defaultConfiguration: { level: 'note' as const },
};

/** The last result of a run cut at GitHub's limit: how many findings it leaves out, and where they are. */
function leftOutResult(count: number, policyFile: string, ruleIndex: number) {
  return {
    ruleId: LEFT_OUT_RULE,
    ruleIndex,
    level: 'note' as const,
    message: {
      text: `${count} more findings are not in this SARIF file (code scanning takes at most ${MAX_SARIF_RESULTS} results per run): the JSON report lists them all; the job summary counts them per rule and its table shows at most ${MAX_FINDING_ROWS}, every rule represented.`,
    },
    locations: [
      { physicalLocation: { artifactLocation: { uri: repositoryRelative(policyFile) }, region: { startLine: 1, startColumn: 1 } } },
    ],
    partialFingerprints: { 'mailPerimeterFinding/v1': LEFT_OUT_RULE },
  };
}
