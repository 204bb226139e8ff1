import { createHash } from 'node:crypto';
import type { Finding } from '../checks/finding.js';
import type { Severity } from '../checks/rules.js';
import { RULE_IDS, RULES } from '../checks/rules.js';
import type { RunReport } from './run-report.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/mail-perimeter/mail-perimeter';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/** SARIF 2.1.0 as GitHub code scanning accepts it; results point at the policy file's lines. */
export function renderSarif(report: RunReport): string {
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
            rules: RULE_IDS.map((id) => ({
              id,
              name: id.replace(/[/-](\w)/g, (_, letter: string) => letter.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
              shortDescription: { text: RULES[id].summary },
              fullDescription: { text: `${RULES[id].summary} ${RULES[id].help}` },
              help: { text: RULES[id].help },
              defaultConfiguration: { level: LEVEL[RULES[id].defaultSeverity] },
            })),
          },
        },
        automationDetails: { id: 'mail-perimeter/' },
        results: report.findings.filter((finding) => finding.change !== 'fixed').map((finding) => result(finding, report.policy)),
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

/** Code scanning wants a path relative to the repository root, with forward slashes; run() passes one. */
function repositoryRelative(file: string): string {
  return file.replaceAll('\\', '/').replace(/^\.\//, '');
}
