import { groupBy } from '../group.js';
import type { DnsObservations } from '../observations/model.js';
import type { Policy } from '../policy/types.js';
import { labels, listForSentence } from './evidence.js';
import type { RawFinding } from './finding.js';
import { zonesWithPolicy } from './zones.js';

/** Unanswered questions quoted in one message; the rest are counted. */
const MAX_QUESTIONS_QUOTED = 4;

/**
 * dns/no-edns and dns/question-unanswered: how a server of a policy zone had to be asked, and
 * which of its questions got no usable answer, so that a person sees why its word is partial.
 * Its other answers count like any server's: a quirk is not lameness.
 */
export function checkServerTransports(policy: Policy, dns: DnsObservations): RawFinding[] {
  if (!dns.transports?.length) return [];
  const byAddress = new Map(dns.transports.map((transport) => [transport.address as string, transport]));
  const findings: RawFinding[] = [];
  for (const { zone, location } of zonesWithPolicy(policy, dns)) {
    const asked = zone.servers.flatMap(({ server }) => {
      const transport = byAddress.get(server.address);
      return transport === undefined ? [] : [{ server, transport }];
    });
    for (const [name, entries] of groupBy(asked, ({ server }) => server.name)) {
      const withoutEdns = entries.filter(({ transport }) => transport.edns === 'not-used');
      if (withoutEdns.length > 0) {
        const reasons = [...new Set(withoutEdns.map(({ transport }) => `${transport.address}: ${transport.ednsDetail}`))];
        findings.push({
          rule: 'dns/no-edns',
          name: zone.zone,
          subject: name,
          servers: labels(withoutEdns.map(({ server }) => server)),
          message: `${name} (a server of ${zone.zone}) does not take EDNS (${listForSentence(reasons)}): it was asked again without EDNS, and its answers count, but it cannot serve DNSSEC or answers larger than 512 bytes over UDP (RFC 6891).`,
          location,
        });
      }
      const silent = entries.filter(({ transport }) => transport.unansweredCount > 0);
      if (silent.length > 0) {
        const questions = silent.flatMap(({ transport }) =>
          transport.unanswered.map((question) => `${question.type} ${question.name || '.'} at ${transport.address} (${question.detail})`),
        );
        const total = silent.reduce((sum, { transport }) => sum + transport.unansweredCount, 0);
        const quoted = [...new Set(questions)].slice(0, MAX_QUESTIONS_QUOTED);
        const more = total - quoted.length;
        findings.push({
          rule: 'dns/question-unanswered',
          name: zone.zone,
          subject: name,
          servers: labels(silent.map(({ server }) => server)),
          message: `${name} (a server of ${zone.zone}) answered other questions but not ${listForSentence(more > 0 ? [...quoted, `${more} more`] : quoted)}: its word on those is not checked.`,
          location,
        });
      }
    }
  }
  return findings;
}
