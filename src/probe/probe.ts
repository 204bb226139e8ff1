/**
 * The SMTP probe observer: one conversation with every address of every MX target of every
 * policy name (the targets the policy does not approve included: those are the interesting ones),
 * once per address and name, with the scanner's politeness: bounded concurrency and one
 * conversation at a time per address. A conversation answered with a temporary reply where a
 * decision was wanted is held once more, on a new connection, as a sender retries. It needs the DNS walk's observations to know the targets.
 */
import type { DomainName } from '../dns-name.js';
import type { IpAddress } from '../ip-address.js';
import type { Logger } from '../logger.js';
import type { DnsObservations, ProbeConversation, ProbeObservations } from '../observations/model.js';
import type { Policy, SmtpProbePolicy } from '../policy/types.js';
import { Semaphore } from '../semaphore.js';
import type { ConversationOptions, ConversationTarget } from './conversation.js';
import { converse } from './conversation.js';
import { compareText } from '../compare-text.js';

/** Conversations at once: each holds a connection for several round trips. */
const MAX_CONVERSATIONS_IN_FLIGHT = 16;
/**
 * How long before the one retry of a conversation answered with a temporary reply: postscreen lets
 * a client that passed its tests through on its next connection, at once; greylisting wants
 * minutes, which no check waits, so that stays undecided.
 */
const RETRY_DELAY_MS = 1000;

export interface ProbeSettings {
  readonly port: number;
  readonly concurrency: number;
  readonly connectTimeoutMs: number;
  readonly greetingTimeoutMs: number;
  readonly replyTimeoutMs: number;
}

export async function probeMxTargets(
  policy: Policy,
  probe: SmtpProbePolicy,
  dns: DnsObservations,
  settings: ProbeSettings,
  logger: Logger,
): Promise<ProbeObservations> {
  const names = new Map(dns.names.map((observed) => [observed.name as string, observed]));
  const targetsByHost = new Map(dns.mxTargets.map((target) => [target.host as string, target]));
  const wanted: ConversationTarget[] = [];
  for (const domain of policy.domains) {
    const named = names.get(domain.name);
    // An alias's mail goes to its canonical name's MX; the recipients stay at the policy name.
    const observed = named?.alias?.target ?? named;
    const preferences = new Map<DomainName, number>();
    for (const { mx } of observed?.servers ?? []) {
      if (mx.status !== 'answer') continue;
      for (const { host, preference } of mx.records) {
        if (host !== '') preferences.set(host, Math.min(preference, preferences.get(host) ?? preference));
      }
    }
    for (const [host, preference] of preferences) {
      for (const address of targetsByHost.get(host)?.addresses ?? []) {
        wanted.push({ name: domain.name, host, preference, address, port: settings.port });
      }
    }
  }
  const slots = new Semaphore(Math.max(1, Math.min(settings.concurrency, MAX_CONVERSATIONS_IN_FLIGHT)));
  const perAddress = new Map<IpAddress, Semaphore>();
  const byNameAndAddress = new Map<string, Promise<ProbeConversation>>();
  const options = {
    connectTimeoutMs: settings.connectTimeoutMs,
    greetingTimeoutMs: settings.greetingTimeoutMs,
    replyTimeoutMs: settings.replyTimeoutMs,
    startTls: probe.checks.includes('starttls') || probe.checks.includes('certificate'),
    from: probe.from,
    foreignRecipient: probe.foreignRecipient,
  };
  logger.info(`probe: ${wanted.length} conversations with MX addresses on port ${settings.port}`);
  const conversations = await Promise.all(
    wanted.map(async (target) => {
      // Two hosts at one address, for one name, are one server: one conversation serves both.
      const key = `${target.name}|${target.address}`;
      let pending = byNameAndAddress.get(key);
      if (pending === undefined) {
        let host = perAddress.get(target.address);
        if (host === undefined) {
          host = new Semaphore(1);
          perAddress.set(target.address, host);
        }
        pending = host.use(() => slots.use(() => converseAsSenderRetries(target, options)));
        byNameAndAddress.set(key, pending);
      }
      const conversation = await pending;
      return { ...conversation, host: target.host, preference: target.preference };
    }),
  );
  return {
    checks: probe.checks,
    conversations: conversations.sort(
      (a, b) =>
        compareText(a.name, b.name) || a.preference - b.preference || compareText(a.host, b.host) || compareText(a.address, b.address),
    ),
  };
}

/** The reply that leaves a check to a later attempt: a 4xx where the probe wanted a decision. */
function temporaryReply(conversation: ProbeConversation): string | undefined {
  const steps = [
    ['MAIL FROM', conversation.mailFrom],
    ['RCPT TO', conversation.unknownRecipient],
    ['RCPT TO', conversation.foreignRecipient],
  ] as const;
  for (const [command, reply] of steps) {
    if (reply !== undefined && reply.undecided === undefined && reply.code >= 400 && reply.code < 500) {
      return `"${reply.text.split('\n')[0]}" at ${command}`;
    }
  }
  return undefined;
}

/** One conversation, and once more on a new connection when it was answered with a temporary reply, as a sender retries. */
async function converseAsSenderRetries(target: ConversationTarget, options: ConversationOptions): Promise<ProbeConversation> {
  const first = await converse(target, options);
  const temporary = temporaryReply(first);
  if (temporary === undefined) return first;
  await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
  const second = await converse(target, options);
  // A second attempt that never got as far as the first tells less: the first is kept.
  return second.failure === undefined ? { ...second, retriedAfter: temporary } : first;
}
