import type { DomainName } from '../dns-name.js';
import type { FailureKind, Reply } from '../observations/model.js';
import type { Exchange } from './transport.js';
import type { RecordData, WireRecord } from './wire.js';

/**
 * What one server's answer to a direct question means for the checks: an authoritative answer
 * (possibly empty), NXDOMAIN, or the precise way it failed. Nothing here resolves further.
 */
export function authoritativeReply<T>(exchange: Exchange, name: DomainName, extract: (data: RecordData) => T | undefined): Reply<T> {
  if (exchange.kind === 'timeout') return failure(exchange.malformed ? 'malformed' : 'timeout', exchange.detail);
  if (exchange.kind === 'unreachable') return failure('unreachable', exchange.detail);
  if (exchange.kind === 'refused') return failure('port-unreachable', '');
  // The server's word on this question is unknown: never an empty answer, never a failure of the server.
  if (exchange.kind === 'truncated') return { status: 'not-checked', reason: exchange.detail };
  const message = exchange.message;
  switch (message.rcode) {
    case 'NOERROR':
      break;
    case 'NXDOMAIN':
      return message.authoritative ? { status: 'nxdomain' } : failure('not-authoritative', 'NXDOMAIN without AA');
    case 'REFUSED':
      return failure('refused', '');
    case 'SERVFAIL':
      return failure('servfail', '');
    default:
      return failure('rcode', message.rcode);
  }
  if (!message.authoritative) {
    const cut = message.authorities.find((record) => record.data.type === 'NS')?.name;
    return cut === undefined ? failure('not-authoritative', '') : failure('referral', `to ${cut || '.'}`);
  }
  const records = message.answers.flatMap((record: WireRecord) => {
    if (record.name !== name) return [];
    const value = extract(record.data);
    return value === undefined ? [] : [value];
  });
  return { status: 'answer', records: dedupe(records) };
}

function failure(kind: FailureKind, detail: string): Reply<never> {
  return { status: 'failed', failure: kind, detail };
}

function dedupe<T>(records: T[]): T[] {
  const seen = new Set<string>();
  return records.filter((record) => {
    const key = JSON.stringify(record);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
