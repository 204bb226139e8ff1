/**
 * DNSSEC per authoritative server: for a zone whose parent publishes DS, every server's DNSKEY,
 * SOA, NS and MX answers must be signed with keys the DS leads to, verify, and be within their
 * validity period. A server that fails is named on its own: the copy an unmanaged or forgotten
 * server keeps serving is unsigned, expired, edited after signing, or signed by someone else.
 * Verdicts were made when observed (src/dns/dnssec.ts); this only groups them into findings.
 */
import type { DnsObservations, SignatureVerdict } from '../observations/model.js';
import { serverLabel } from '../observations/model.js';
import type { Policy } from '../policy/types.js';
import type { RawFinding } from './finding.js';
import type { RuleId } from './rules.js';
import { isBelieved, zonesWithPolicy } from './zones.js';

type FailedStatus = 'unsigned' | 'invalid-signature' | 'expired' | 'not-yet-valid' | 'unknown-key';

const RULE_OF: Readonly<Record<FailedStatus, RuleId>> = {
  unsigned: 'dnssec/unsigned-answer',
  'invalid-signature': 'dnssec/invalid-signature',
  expired: 'dnssec/expired',
  'not-yet-valid': 'dnssec/not-yet-valid',
  'unknown-key': 'dnssec/unknown-key',
};

const CONSEQUENCE: Readonly<Record<FailedStatus, string>> = {
  unsigned: 'answers without signatures although the parent publishes DS for the zone: the mark of a stale or rogue copy',
  'invalid-signature': 'serves signatures that do not verify: its copy was changed after signing',
  expired: 'serves signatures that have expired: its copy is no longer re-signed, a stale copy',
  'not-yet-valid': 'serves signatures that are not valid yet: its clock, or its signer’s, is wrong',
  'unknown-key': "signs with keys the parent's DS does not lead to: a copy signed by someone else",
};

export function checkDnssec(policy: Policy, dns: DnsObservations): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const { zone, location, observedNames, authoritative } of zonesWithPolicy(policy, dns)) {
    if (zone.dnssec === undefined || zone.dnssec.ds.length === 0) continue;
    // What each believed server signed badly, by kind: one finding per server and kind.
    const failures = new Map<string, { server: string; status: FailedStatus; details: string[] }>();
    const note = (server: string, verdict: SignatureVerdict) => {
      if (!(verdict.status in RULE_OF)) return;
      const status = verdict.status as FailedStatus;
      const key = `${server}\u0000${status}`;
      const entry = failures.get(key) ?? { server, status, details: [] };
      entry.details.push(verdict.detail);
      failures.set(key, entry);
    };
    for (const { server, dnssec } of zone.servers) {
      if (dnssec === undefined || !isBelieved(authoritative, server)) continue;
      for (const verdict of [dnssec.dnskey, dnssec.soa, dnssec.ns]) note(serverLabel(server), verdict);
    }
    for (const observed of observedNames) {
      if (observed.zone !== zone.zone) continue;
      for (const { server, dnssec } of observed.servers) {
        if (dnssec !== undefined && isBelieved(authoritative, server)) note(serverLabel(server), dnssec.mx);
      }
    }
    for (const { server, status, details } of failures.values()) {
      findings.push({
        rule: RULE_OF[status],
        name: zone.zone,
        subject: server,
        servers: [server],
        message: `${server} ${CONSEQUENCE[status]} (${details.join('; ')}). Validating resolvers reject what it serves for ${zone.zone}.`,
        location,
      });
    }
  }
  return findings;
}
