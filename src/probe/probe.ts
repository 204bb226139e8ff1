/**
 * The SMTP probe observer: one conversation with every address of every MX target of every
 * policy name (the targets the policy does not approve included: those are the interesting ones),
 * once per address and name, with the scanner's politeness: bounded concurrency and one
 * conversation at a time per address. It needs the DNS walk's observations to know the targets.
 */
import type { DomainName } from '../dns-name.js';
import type { IpAddress } from '../ip-address.js';
import type { Logger } from '../logger.js';
import type { DnsObservations, ProbeConversation, ProbeObservations } from '../observations/model.js';
import type { Policy, SmtpProbePolicy } from '../policy/types.js';
import { Semaphore } from '../semaphore.js';
import type { ConversationTarget } from './conversation.js';
import { converse } from './conversation.js';
import { compareText } from '../compare-text.js';

/** Conversations at once: each holds a connection for several round trips. */
const MAX_CONVERSATIONS_IN_FLIGHT = 16;

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
        pending = host.use(() => slots.use(() => converse(target, options)));
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
