/**
 * What the SMTP probe proves: smtp/no-starttls, smtp/certificate-invalid,
 * smtp/accepts-unknown-recipient, smtp/open-relay, smtp/probe-unreachable, and the seed threat,
 * mx/weaker-than-primary: an MX of a name lacks a protection that the name's most-preferred MX
 * has. A temporary 4xx reply (greylisting) decides nothing, either way.
 */
import { appendTo } from '../group.js';
import type { DomainName } from '../dns-name.js';
import type { ProbeConversation, ProbeObservations, SmtpReply } from '../observations/model.js';
import type { DomainPolicy, Policy, SourceLocation } from '../policy/types.js';
import { listForSentence } from './evidence.js';
import type { RawFinding } from './finding.js';

type Check = ProbeObservations['checks'][number];

/** Whether a conversation shows a protection: true, false, or undefined (not decided). */
const PROTECTION: Record<Check, { has: (conversation: ProbeConversation) => boolean | undefined; lacks: string }> = {
  starttls: { has: (conversation) => conversation.startTlsOffered, lacks: 'offers no STARTTLS' },
  certificate: {
    has: (conversation) =>
      conversation.certificate === undefined ? undefined : conversation.certificate.trusted && conversation.certificate.nameMatches,
    lacks: 'shows no valid certificate for its name',
  },
  'unknown-recipient': {
    has: (conversation) => refuses(conversation.unknownRecipient),
    lacks: 'accepts unknown recipients',
  },
  relay: { has: (conversation) => refuses(conversation.foreignRecipient), lacks: 'relays for anyone' },
};

/** 5xx refuses, 2xx accepts; 4xx (greylisting, a busy server) and no reply decide nothing. */
function refuses(reply: SmtpReply | undefined): boolean | undefined {
  if (reply === undefined || (reply.code >= 400 && reply.code < 500)) return undefined;
  if (reply.code >= 500) return true;
  return reply.code >= 200 && reply.code < 300 ? false : undefined;
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
        message: `MX ${conversation.host} at ${conversation.address} offers no STARTTLS: mail to it travels in clear text.`,
        location: section,
      });
    }
    const certificate = conversation.certificate;
    if (checks.has('certificate') && certificate !== undefined && !(certificate.trusted && certificate.nameMatches)) {
      findings.push({
        rule: 'smtp/certificate-invalid',
        name: conversation.host,
        subject: where,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address} shows a certificate for "${certificate.subject}" issued by "${certificate.issuer}" that is not valid for it: ${certificate.problem}.`,
        location: section,
      });
    }
    if (checks.has('unknown-recipient') && refuses(conversation.unknownRecipient) === false) {
      findings.push({
        rule: 'smtp/accepts-unknown-recipient',
        name: conversation.name,
        subject: where,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address} accepts mail for a recipient of ${conversation.name} that cannot exist ("${conversation.unknownRecipient!.text.split('\n')[0]}"): it will take spam and bounce it (backscatter).`,
        location: domain ? mxLocation(domain) : section,
      });
    }
    if (checks.has('relay') && refuses(conversation.foreignRecipient) === false) {
      findings.push({
        rule: 'smtp/open-relay',
        name: conversation.host,
        subject: where,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address} accepts mail for a foreign domain ("${conversation.foreignRecipient!.text.split('\n')[0]}"): it is an open relay.`,
        location: section,
      });
    }
  }
  findings.push(...weakerThanPrimary(probe, domains, checks));
  return findings;
}

function mxLocation(domain: DomainPolicy): SourceLocation {
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
