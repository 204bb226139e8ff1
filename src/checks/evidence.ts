import type { FailureKind, Reply, ServerRef } from '../observations/model.js';
import { serverLabel } from '../observations/model.js';
import { compareAddresses } from '../ip-address.js';

/** Sorted, de-duplicated "name/address" labels: the `servers` of a finding. */
export function labels(servers: readonly ServerRef[]): string[] {
  const unique = new Map<string, ServerRef>();
  for (const server of servers) unique.set(serverLabel(server), server);
  return [...unique.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : compareAddresses(a.address, b.address)))
    .map(serverLabel);
}

/** "a, b and c" for a sentence. */
export function listForSentence(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function serversForSentence(servers: readonly ServerRef[]): string {
  return listForSentence(labels(servers));
}

const FAILURE_TEXT: Record<FailureKind, string> = {
  timeout: 'did not answer',
  refused: 'answered REFUSED',
  servfail: 'answered SERVFAIL',
  rcode: 'answered with an error',
  'not-authoritative': 'answered without the AA bit (not authoritative)',
  referral: 'answered with a referral (it does not serve the zone)',
  malformed: 'sent only malformed answers',
  unreachable: 'could not be reached',
  'port-unreachable': 'has nothing listening for DNS (port unreachable)',
};

/** A short phrase for what went wrong with a reply, for messages ("answered REFUSED"). */
export function describeFailure(reply: Reply<unknown>): string {
  switch (reply.status) {
    case 'failed':
      return FAILURE_TEXT[reply.failure] + (reply.detail ? ` (${reply.detail})` : '');
    case 'nxdomain':
      return 'answered NXDOMAIN';
    case 'not-checked':
      return `was not checked (${reply.reason})`;
    case 'answer':
      return 'answered';
  }
}

/** Records of an answer; NXDOMAIN counts as the empty set; failures as undefined (no evidence). */
export function recordsOf<T>(reply: Reply<T>): readonly T[] | undefined {
  if (reply.status === 'answer') return reply.records;
  if (reply.status === 'nxdomain') return [];
  return undefined;
}
