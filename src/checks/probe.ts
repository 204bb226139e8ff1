/**
 * What the SMTP probe proves: smtp/no-starttls, smtp/certificate-invalid,
 * smtp/accepts-unknown-recipient, smtp/open-relay, smtp/probe-unreachable, and the seed threat,
 * mx/weaker-than-primary: an MX of a name lacks a protection that the name's most-preferred MX
 * has. A temporary 4xx reply (greylisting) decides nothing, either way.
 */
import { appendTo } from '../group.js';
import type { DomainName } from '../dns-name.js';
import type { ProbeCertificate, ProbeConversation, ProbeObservations, SmtpReply } from '../observations/model.js';
import type { DomainPolicy, Policy, SourceLocation } from '../policy/types.js';
import { nameCovers } from '../certificate-name.js';
import { listForSentence } from './evidence.js';
import type { RawFinding } from './finding.js';

type Check = ProbeObservations['checks'][number];

/** Whether a conversation shows a protection: true, false, or undefined (not decided). */
const PROTECTION: Record<Check, { has: (conversation: ProbeConversation) => boolean | undefined; lacks: string }> = {
  starttls: { has: (conversation) => usableStartTls(conversation), lacks: 'offers no usable STARTTLS' },
  certificate: {
    has: (conversation) => (conversation.certificate === undefined ? undefined : certificateValid(conversation)),
    lacks: 'shows no valid certificate for its name',
  },
  'unknown-recipient': {
    has: (conversation) => recipientVerdict(conversation.unknownRecipient, 'unknown').refuses,
    lacks: 'accepts unknown recipients',
  },
  relay: { has: (conversation) => recipientVerdict(conversation.foreignRecipient, 'foreign').refuses, lacks: 'relays for anyone' },
};

/** STARTTLS offered, accepted and completed; undefined when the conversation never got to EHLO. */
function usableStartTls(conversation: ProbeConversation): boolean | undefined {
  if (conversation.startTlsOffered === undefined) return undefined;
  if (!conversation.startTlsOffered) return false;
  if (conversation.tlsFailure !== undefined) return false;
  if (conversation.startTls === undefined) return undefined;
  return conversation.startTls.code === 220;
}

/** Trusted, and valid for this conversation's MX name: judged from the subjectAltName DNS names when the file has them. */
export function certificateValid(conversation: ProbeConversation): boolean {
  const certificate = conversation.certificate!;
  const nameMatches = certificate.names ? certificate.names.some((name) => nameCovers(name, conversation.host)) : certificate.nameMatches;
  return certificate.trusted && nameMatches;
}

/** The enhanced status code of a reply (RFC 3463), as [class, subject, detail]. */
function enhancedStatus(reply: SmtpReply): [number, number, number] | undefined {
  const match = /^\d{3}[ -]([245])\.(\d{1,3})\.(\d{1,3})\b/.exec(reply.text) ?? /\(#([245])\.(\d{1,3})\.(\d{1,3})\)/.exec(reply.text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/**
 * What a reply to RCPT TO proves, classified by its code and enhanced status code: 2xx accepts;
 * a 5xx refusal of the recipient protects (5.1.x for an unknown local recipient, 5.7.x "relaying
 * denied" for a foreign one); a refusal of the sender (5.1.7, 5.1.8), of this client by policy
 * where a recipient was tested, or of the foreign domain itself (5.1.x: it does not resolve, it
 * takes no mail) decides nothing, nor does a 4xx, a reply out of its place or a missing reply.
 */
export function recipientVerdict(
  reply: SmtpReply | undefined,
  kind: 'unknown' | 'foreign',
): { refuses: boolean | undefined; undecided: string | undefined } {
  const undecided = (why: string) => ({ refuses: undefined, undecided: why });
  if (reply === undefined) return undecided('not reached');
  const first = reply.text.split('\n')[0]!;
  if (reply.undecided !== undefined) return undecided(`${reply.undecided}; reply "${first}"`);
  if (reply.code >= 200 && reply.code < 300) return { refuses: false, undecided: undefined };
  if (reply.code >= 400 && reply.code < 500) return undecided(`temporary reply "${first}"`);
  if (reply.code < 500 || reply.code >= 600) return undecided(`reply "${first}" does not answer RCPT TO`);
  const status = enhancedStatus(reply);
  if ((status && status[1] === 1 && (status[2] === 7 || status[2] === 8)) || /sender address rejected/i.test(first)) {
    return undecided(`the sender was refused: "${first}"`);
  }
  if (kind === 'unknown' && status && status[1] === 7) return undecided(`refused by policy, not for the recipient: "${first}"`);
  if (kind === 'foreign' && status && status[1] === 1)
    return undecided(`the foreign recipient's address was refused, not the relaying: "${first}"`);
  if (status && status[1] === 5) return undecided(`a protocol error: "${first}"`);
  return { refuses: true, undecided: undefined };
}

/** Why a certificate is not trusted, in words, from the verifier's code (OpenSSL's names, as Node reports them). */
function trustProblem(certificate: ProbeCertificate): string {
  const code = certificate.problem.split('; ')[0] || 'not trusted';
  switch (code) {
    case 'CERT_HAS_EXPIRED':
      return `it expired on ${certificate.validTo}`;
    case 'CERT_NOT_YET_VALID':
      return `it is not valid before ${certificate.validFrom}`;
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
      return 'it is self-signed';
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return 'its chain ends in a self-signed certificate that no authority vouches for';
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
      return `its issuer "${certificate.issuer}" is not a trusted authority, or the server does not send the intermediate certificate that leads to one`;
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return 'its chain leads to no trusted authority';
    default:
      return `not trusted (${code})`;
  }
}

function label(conversation: ProbeConversation): string {
  return `${conversation.host}/${conversation.address}`;
}

export function checkProbe(policy: Policy, probe: ProbeObservations): RawFinding[] {
  const section = policy.smtpProbe?.location ?? policy.location;
  const domains = new Map(policy.domains.map((domain) => [domain.name as string, domain]));
  const findings: RawFinding[] = [];
  const checks = new Set(probe.checks);
  for (const conversation of probe.conversations) {
    const where = label(conversation);
    const domain = domains.get(conversation.name);
    if (conversation.failure !== undefined) {
      findings.push({
        rule: 'smtp/probe-unreachable',
        name: conversation.address,
        subject: `${conversation.address}:${conversation.port}`,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address}:${conversation.port} could not be probed (${conversation.failure}): its protections are not known.`,
        location: section,
      });
      continue;
    }
    if (checks.has('starttls') && conversation.startTlsOffered === false) {
      findings.push({
        rule: 'smtp/no-starttls',
        name: conversation.host,
        subject: where,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address} offers no STARTTLS${conversation.helo ? ' (it refuses EHLO, so it can offer no extension)' : ''}: mail to it travels in clear text.`,
        location: section,
      });
    }
    const unusable =
      conversation.tlsFailure !== undefined
        ? `the TLS handshake fails (${conversation.tlsFailure})`
        : conversation.startTls !== undefined && conversation.startTls.code !== 220
          ? `STARTTLS is answered "${conversation.startTls.text.split('\n')[0]}"`
          : undefined;
    if ((checks.has('starttls') || checks.has('certificate')) && unusable !== undefined) {
      findings.push({
        rule: 'smtp/starttls-unusable',
        name: conversation.host,
        subject: where,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address} offers STARTTLS but ${unusable}: senders fall back to clear text.`,
        location: section,
      });
    }
    const certificate = conversation.certificate;
    if (checks.has('certificate') && certificate !== undefined && !certificateValid(conversation)) {
      const names = certificate.names ?? [];
      const problem = [
        certificate.trusted ? undefined : trustProblem(certificate),
        certificate.names === undefined || names.some((name) => nameCovers(name, conversation.host))
          ? undefined
          : names.length === 0
            ? 'it names no host in subjectAltName (a name only in the subject CN does not count, RFC 9525)'
            : `${conversation.host} is not among its names (${names.join(', ')})`,
      ].filter(Boolean);
      findings.push({
        rule: 'smtp/certificate-invalid',
        name: conversation.host,
        subject: where,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address} shows a certificate for "${certificate.subject}" issued by "${certificate.issuer}" that is not valid for it: ${problem.length > 0 ? problem.join('; ') : certificate.problem}.`,
        location: section,
      });
    }
    const unknown = recipientVerdict(conversation.unknownRecipient, 'unknown');
    if (checks.has('unknown-recipient') && unknown.refuses === false) {
      findings.push({
        rule: 'smtp/accepts-unknown-recipient',
        name: conversation.name,
        subject: where,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address} accepts mail for a recipient of ${conversation.name} that cannot exist ("${conversation.unknownRecipient!.text.split('\n')[0]}"): it will take spam and bounce it (backscatter).`,
        location: domain ? mxLocation(domain) : section,
      });
    }
    const relay = recipientVerdict(conversation.foreignRecipient, 'foreign');
    if (checks.has('relay') && relay.refuses === false) {
      findings.push({
        rule: 'smtp/open-relay',
        name: conversation.host,
        subject: where,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address} accepts mail for a foreign domain ("${conversation.foreignRecipient!.text.split('\n')[0]}"): it is an open relay.`,
        location: section,
      });
    }
    const undecided = [
      ...(checks.has('unknown-recipient') && unknown.undecided !== undefined ? [`unknown recipients: ${unknown.undecided}`] : []),
      ...(checks.has('relay') && relay.undecided !== undefined ? [`relaying: ${relay.undecided}`] : []),
    ];
    if (undecided.length > 0) {
      findings.push({
        rule: 'smtp/probe-undecided',
        name: conversation.host,
        subject: where,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address}: ${conversation.interrupted ? `the conversation broke off (${conversation.interrupted}); ` : ''}${conversation.retriedAfter ? `held twice (the first time answered ${conversation.retriedAfter}); ` : ''}not decided: ${undecided.join('; ')}.`,
        location: section,
      });
    }
  }
  findings.push(...weakerThanPrimary(probe, domains, checks));
  return findings;
}

export function mxLocation(domain: DomainPolicy): SourceLocation {
  return domain.mx?.location ?? domain.location;
}

/** Per name: each MX host that lacks a protection the most-preferred host has. */
function weakerThanPrimary(probe: ProbeObservations, domains: ReadonlyMap<string, DomainPolicy>, checks: ReadonlySet<Check>): RawFinding[] {
  const byName = new Map<DomainName, ProbeConversation[]>();
  for (const conversation of probe.conversations) {
    if (conversation.failure !== undefined) continue;
    appendTo(byName, conversation.name, conversation);
  }
  const findings: RawFinding[] = [];
  for (const [name, conversations] of byName) {
    const primaryPreference = Math.min(...conversations.map((conversation) => conversation.preference));
    const primary = conversations.filter((conversation) => conversation.preference === primaryPreference);
    const primaryHosts = [...new Set(primary.map((conversation) => conversation.host))].sort();
    // The primary has a protection when every one of its addresses that decided shows it.
    const primaryHas = (check: Check) => {
      const decided = primary.map((conversation) => PROTECTION[check].has(conversation)).filter((value) => value !== undefined);
      return decided.length > 0 && decided.every(Boolean);
    };
    const others = new Map<DomainName, ProbeConversation[]>();
    for (const conversation of conversations) {
      if (conversation.preference === primaryPreference) continue;
      appendTo(others, conversation.host, conversation);
    }
    for (const [host, hostConversations] of others) {
      const lacking = [...checks].filter(
        (check) => primaryHas(check) && hostConversations.some((conversation) => PROTECTION[check].has(conversation) === false),
      );
      if (lacking.length === 0) continue;
      const weakAt = hostConversations.filter((conversation) => lacking.some((check) => PROTECTION[check].has(conversation) === false));
      const domain = domains.get(name);
      findings.push({
        rule: 'mx/weaker-than-primary',
        name,
        subject: host,
        servers: [],
        message: `${host} ${listForSentence(lacking.map((check) => PROTECTION[check].lacks))} (at ${listForSentence(weakAt.map((conversation) => conversation.address))}), ${listForSentence(primaryHosts)} ${primaryHosts.length === 1 ? 'does' : 'do'} not: spammers will deliver to ${host}, the least protected way into ${name}.`,
        location: domain ? mxLocation(domain) : undefined,
      });
    }
  }
  return findings;
}
