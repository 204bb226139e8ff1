import type { DnsObservations, ServerRef } from '../observations/model.js';
import type { Policy } from '../policy/types.js';
import { labels, listForSentence } from './evidence.js';
import type { RawFinding } from './finding.js';
import { zonesWithPolicy } from './zones.js';

/**
 * soa/serial-inconsistent: each server behind the newest serial is named, because that server is
 * the one not receiving updates. "Newest" follows serial arithmetic (RFC 1982).
 */
export function checkSoaSerials(policy: Policy, dns: DnsObservations): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const { zone, location } of zonesWithPolicy(policy, dns)) {
    const answers = zone.servers.flatMap(({ server, soa }) => {
      const serial = soa.status === 'answer' ? soa.records[0]?.serial : undefined;
      return serial === undefined ? [] : [{ server, serial }];
    });
    const serials = [...new Set(answers.map(({ serial }) => serial))];
    if (serials.length <= 1) continue;
    const newest = serials.reduce(newerSerial);
    const current = [...new Set(answers.filter(({ serial }) => serial === newest).map(({ server }) => server.name))].sort();
    const behind = new Map<string, { serial: number; servers: ServerRef[] }>();
    for (const { server, serial } of answers) {
      if (serial === newest) continue;
      const key = `${server.name} ${serial}`;
      const entry = behind.get(key) ?? { serial, servers: [] };
      entry.servers.push(server);
      behind.set(key, entry);
    }
    for (const { serial, servers } of behind.values()) {
      const name = servers[0]!.name;
      findings.push({
        rule: 'soa/serial-inconsistent',
        name: zone.zone,
        subject: name,
        servers: labels(servers),
        message: `${name} serves ${zone.zone} with SOA serial ${serial}, behind serial ${newest} served by ${listForSentence(current)}.`,
        location,
      });
    }
  }
  return findings;
}

/** The newer of two serials under RFC 1982 serial number arithmetic on 32 bits. */
export function newerSerial(a: number, b: number): number {
  const difference = (b - a + 2 ** 32) % 2 ** 32;
  return difference !== 0 && difference < 2 ** 31 ? b : a;
}
