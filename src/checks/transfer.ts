import { appendTo } from '../group.js';
import type { DomainName } from '../dns-name.js';
import type { DnsObservations, ServerRef } from '../observations/model.js';
import type { Policy } from '../policy/types.js';
import { labels, serversForSentence } from './evidence.js';
import type { RawFinding } from './finding.js';
import { zonesWithPolicy } from './zones.js';

/** zone/transfer-open and mx/undeclared-name (names found in transferred zones). */
export function checkZoneTransfers(policy: Policy, dns: DnsObservations): RawFinding[] {
  const findings: RawFinding[] = [];
  const policyNames = new Set(policy.domains.map((domain) => domain.name));
  for (const { zone, location, policyNames: namesInZone } of zonesWithPolicy(policy, dns)) {
    const openByName = new Map<DomainName, ServerRef[]>();
    for (const transfer of zone.transfers) {
      if (transfer.status !== 'transferred') continue;
      appendTo(openByName, transfer.server.name, transfer.server);
    }
    for (const [name, servers] of openByName) {
      findings.push({
        rule: 'zone/transfer-open',
        name: zone.zone,
        subject: name,
        servers: labels(servers),
        message: `${name} allowed a full zone transfer (AXFR) of ${zone.zone} to this runner.`,
        location,
      });
    }

    const discovering = namesInZone.find((domain) => domain.discoverByTransfer);
    if (discovering === undefined) continue;
    const publishers = new Map<DomainName, ServerRef[]>();
    for (const transfer of zone.transfers) {
      for (const { name } of transfer.mxNames) {
        if (policyNames.has(name)) continue;
        appendTo(publishers, name, transfer.server);
      }
    }
    for (const [name, servers] of publishers) {
      findings.push({
        rule: 'mx/undeclared-name',
        name,
        subject: name,
        servers: labels(servers),
        message: `${name} publishes MX records in the ${zone.zone} zone transferred from ${serversForSentence(servers)}, but is not in the policy.`,
        location: discovering.location,
      });
    }
  }
  return findings;
}
