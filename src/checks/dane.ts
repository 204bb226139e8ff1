/**
 * DANE for SMTP (RFC 7672): an MX whose `_25._tcp` name holds DNSSEC-signed TLSA records must
 * present a certificate chain one usable record matches, or DANE senders defer its mail
 * (dane/mismatch). And the seed threat again: when the most-preferred MX is pinned by TLSA and
 * another MX is not, that other MX is the way in that DANE senders do not protect
 * (mx/weaker-than-primary, subject `_25._tcp.<mx>`).
 */
import { createHash } from 'node:crypto';
import type { DomainName } from '../dns-name.js';
import type {
  ChainCertificate,
  DnsObservations,
  ProbeConversation,
  ProbeObservations,
  TargetObservation,
  TlsaRecord,
} from '../observations/model.js';
import type { Policy } from '../policy/types.js';
import { certificateValid, mxLocation } from './probe.js';
import { listForSentence } from './evidence.js';
import type { RawFinding } from './finding.js';

/** DANE-TA (2) and DANE-EE (3): the only usages SMTP honours (RFC 7672 §3.1.3). */
export function usableTlsa(records: readonly TlsaRecord[]): TlsaRecord[] {
  return records.filter((record) => (record.usage === 2 || record.usage === 3) && record.selector <= 1 && record.matchingType <= 2);
}

/** The usable TLSA records of an MX target whose signatures every server proves; empty otherwise. */
export function secureTlsa(target: TargetObservation | undefined): TlsaRecord[] {
  return target?.tlsa?.status === 'secure' ? usableTlsa(target.tlsa.records) : [];
}

function matchesCertificate(record: TlsaRecord, certificate: ChainCertificate): boolean {
  const whole = record.selector === 0;
  switch (record.matchingType) {
    case 0: {
      // Exact match: the data is the certificate or key itself, compared through its digest.
      const digest = createHash('sha256').update(Buffer.from(record.data, 'hex')).digest('hex');
      return digest === (whole ? certificate.certificateSha256 : certificate.publicKeySha256);
    }
    case 1:
      return record.data === (whole ? certificate.certificateSha256 : certificate.publicKeySha256);
    default:
      return record.data === (whole ? certificate.certificateSha512 : certificate.publicKeySha512);
  }
}

/**
 * Whether the presented chain satisfies one usable record: DANE-EE the leaf itself (no name or
 * date checks, RFC 7672 §3.1.1); DANE-TA a certificate above the leaf that the chain leads to,
 * and the leaf valid for the MX name (RFC 7672 §3.1.2, §3.2.3).
 */
export function chainMatches(record: TlsaRecord, chain: readonly ChainCertificate[], nameMatches: boolean): boolean {
  if (record.usage === 3) return chain[0] !== undefined && matchesCertificate(record, chain[0]);
  if (!nameMatches) return false;
  for (let index = 1; index < chain.length; index++) {
    if (!chain[index - 1]!.issuedByNext) return false;
    if (matchesCertificate(record, chain[index]!)) return true;
  }
  return false;
}

function describe(record: TlsaRecord): string {
  return `${record.usage} ${record.selector} ${record.matchingType} ${record.data.slice(0, 16)}…`;
}

/** Whether a conversation's TLS satisfies the target's TLSA: undefined when DANE does not apply or TLS was not tried. */
export function daneVerdict(
  conversation: ProbeConversation,
  records: readonly TlsaRecord[],
): { matches: boolean; why: string } | undefined {
  if (records.length === 0 || conversation.startTlsOffered === undefined) return undefined;
  if (!conversation.startTlsOffered) return { matches: false, why: 'it offers no STARTTLS' };
  if (conversation.tlsFailure !== undefined) return { matches: false, why: `its TLS fails (${conversation.tlsFailure})` };
  const chain = conversation.certificate?.chain;
  if (chain === undefined) return undefined;
  const nameMatches = certificateValid({ ...conversation, certificate: { ...conversation.certificate!, trusted: true } });
  if (records.some((record) => chainMatches(record, chain, nameMatches))) return { matches: true, why: '' };
  return {
    matches: false,
    why: `its certificate chain matches none of ${listForSentence(records.map(describe))}${records.some((record) => record.usage === 2) && !nameMatches ? ` (and its certificate does not name ${conversation.host}, which DANE-TA requires)` : ''}`,
  };
}

export function checkDane(policy: Policy, dns: DnsObservations | undefined, probe: ProbeObservations | undefined): RawFinding[] {
  if (dns === undefined) return [];
  const findings: RawFinding[] = [];
  const targets = new Map(dns.mxTargets.map((target) => [target.host as string, target]));
  const domains = new Map(policy.domains.map((domain) => [domain.name as string, domain]));
  const locationOf = (name: DomainName) => {
    const domain = domains.get(name);
    return domain ? mxLocation(domain) : policy.location;
  };
  for (const conversation of probe?.conversations ?? []) {
    if (conversation.failure !== undefined) continue;
    const records = secureTlsa(targets.get(conversation.host));
    const verdict = daneVerdict(conversation, records);
    if (verdict === undefined || verdict.matches) continue;
    findings.push({
      rule: 'dane/mismatch',
      name: conversation.host,
      subject: `${conversation.host}/${conversation.address}`,
      servers: [],
      message: `MX ${conversation.host} at ${conversation.address} publishes DNSSEC-signed TLSA at _25._tcp.${conversation.host}, but ${verdict.why}: senders that use DANE will not deliver to it.`,
      location: locationOf(conversation.name),
    });
  }
  for (const observed of dns.names) {
    if (!domains.has(observed.name)) continue;
    const preferences = new Map<DomainName, number>();
    for (const { mx } of observed.servers) {
      if (mx.status !== 'answer') continue;
      for (const { host, preference } of mx.records) {
        if (host !== '') preferences.set(host, Math.min(preference, preferences.get(host) ?? preference));
      }
    }
    if (preferences.size < 2) continue;
    const best = Math.min(...preferences.values());
    const primaries = [...preferences].filter(([, preference]) => preference === best).map(([host]) => host);
    if (!primaries.every((host) => secureTlsa(targets.get(host)).length > 0)) continue;
    for (const [host, preference] of preferences) {
      if (preference === best) continue;
      const tlsa = targets.get(host)?.tlsa;
      if (tlsa === undefined || (tlsa.status !== 'none' && tlsa.status !== 'insecure')) continue;
      findings.push({
        rule: 'mx/weaker-than-primary',
        name: observed.name,
        subject: tlsa.name,
        servers: [],
        message: `${host} has no ${tlsa.status === 'insecure' ? 'DNSSEC-signed ' : ''}TLSA record (${tlsa.status === 'insecure' ? tlsa.detail : `none at ${tlsa.name}`}), ${listForSentence(primaries.sort())} ${primaries.length === 1 ? 'has' : 'have'}: senders that use DANE authenticate the primary and deliver to ${host} unauthenticated, the least protected way into ${observed.name}.`,
        location: locationOf(observed.name),
      });
    }
  }
  return findings;
}
