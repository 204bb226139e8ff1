/**
 * The DNS wire format, on dns-packet. Everything a server sends is untrusted: decoding failures of
 * any type are caught, the decoded length is checked (dns-packet can "decode" truncated RDATA
 * without throwing), and record data is validated before anything else sees it.
 */
import { randomInt } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import dnsPacket from 'dns-packet';
import type { DomainName } from '../dns-name.js';
import { isSubdomain, wireName } from '../dns-name.js';
import type { IpAddress } from '../ip-address.js';
import { parseIpAddress } from '../ip-address.js';

/** The EDNS0 buffer size recommended by DNS Flag Day 2020: avoids IP fragmentation. */
export const EDNS_UDP_SIZE_BYTES = 1232;

export type QueryType = 'A' | 'AAAA' | 'NS' | 'SOA' | 'MX' | 'CNAME' | 'AXFR';

export type RecordData =
  | { readonly type: 'A' | 'AAAA'; readonly address: IpAddress }
  | { readonly type: 'NS' | 'CNAME'; readonly target: DomainName }
  | { readonly type: 'MX'; readonly preference: number; readonly host: DomainName }
  | { readonly type: 'SOA'; readonly serial: number; readonly primary: DomainName }
  | { readonly type: 'other'; readonly typeName: string };

export interface WireRecord {
  readonly name: DomainName;
  readonly data: RecordData;
}

export interface DnsMessage {
  readonly id: number;
  readonly isResponse: boolean;
  readonly opcode: string;
  readonly rcode: string;
  readonly authoritative: boolean;
  readonly truncated: boolean;
  readonly question: { readonly name: DomainName; readonly type: string; readonly class: string } | undefined;
  readonly answers: readonly WireRecord[];
  readonly authorities: readonly WireRecord[];
  readonly additionals: readonly WireRecord[];
}

export function randomMessageId(): number {
  return randomInt(0x10000);
}

/** A non-recursive query (RD unset: we ask authoritative servers, never a resolver's cache). */
export function encodeQuery(id: number, name: DomainName, type: QueryType, withEdns: boolean): Buffer {
  return dnsPacket.encode({
    type: 'query',
    id,
    flags: 0,
    questions: [{ type, name: name === '' ? '.' : presentationToWire(name), class: 'IN' }],
    additionals: withEdns ? [{ type: 'OPT', name: '.', udpPayloadSize: EDNS_UDP_SIZE_BYTES, flags: 0 } as dnsPacket.Answer] : [],
  });
}

/**
 * A name read off the wire keeps its unprintable octets as \DDD (wireName); asking about it must
 * send those octets, not the escape's four characters, or the server is asked about another name.
 * A dot or an octet above 127 inside a label cannot be carried by dns-packet's text names: those
 * stay escaped (and the server answers NXDOMAIN, which is the truth for the name as written).
 */
function presentationToWire(name: DomainName): string {
  return name.replace(/\\(\d{3})/g, (escape, digits: string) => {
    const code = Number(digits);
    return code < 0x80 && code !== 0x2e ? String.fromCharCode(code) : escape;
  });
}

/** The same query framed for TCP (two-byte length prefix). */
export function frameForTcp(message: Buffer): Buffer {
  const framed = Buffer.alloc(message.length + 2);
  framed.writeUInt16BE(message.length, 0);
  message.copy(framed, 2);
  return framed;
}

/** Decodes and validates; undefined for anything malformed. Never throws. */
export function decodeMessage(packet: Buffer): DnsMessage | undefined {
  let decoded: dnsPacket.DecodedPacket & { rcode?: string; opcode?: string };
  try {
    decoded = dnsPacket.decode(packet);
    if (dnsPacket.decode.bytes > packet.length) return undefined;
  } catch {
    return undefined;
  }
  try {
    const question = decoded.questions?.[0];
    return {
      id: decoded.id ?? -1,
      isResponse: decoded.type === 'response',
      opcode: decoded.opcode ?? 'QUERY',
      rcode: decoded.rcode ?? 'NOERROR',
      authoritative: Boolean(decoded.flag_aa),
      truncated: Boolean(decoded.flag_tc),
      question: question
        ? { name: wireName(String(question.name)), type: String(question.type), class: String(question.class ?? 'IN') }
        : undefined,
      answers: validRecords(decoded.answers),
      authorities: validRecords(decoded.authorities),
      additionals: validRecords(decoded.additionals),
    };
  } catch {
    return undefined;
  }
}

function validRecords(records: readonly dnsPacket.Answer[] | undefined): WireRecord[] {
  const result: WireRecord[] = [];
  for (const record of records ?? []) {
    // OPT is not data; a record of another class (CH, HS, ...) is no IN data, whatever its type.
    if (record.type === 'OPT' || (record as { class?: string }).class !== 'IN') continue;
    const data = validData(record);
    if (data === undefined) throw new Error(`invalid ${record.type} record data`);
    result.push({ name: wireName(String(record.name)), data });
  }
  return result;
}

function isName(value: unknown): value is string {
  return typeof value === 'string';
}

function isUint(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function validData(record: dnsPacket.Answer): RecordData | undefined {
  const data = (record as { data?: unknown }).data;
  switch (record.type) {
    case 'A':
      return isName(data) && isIPv4(data) ? { type: 'A', address: parseIpAddress(data)! } : undefined;
    case 'AAAA':
      return isName(data) && isIPv6(data) ? { type: 'AAAA', address: parseIpAddress(data)! } : undefined;
    case 'NS':
    case 'CNAME':
      return isName(data) ? { type: record.type, target: wireName(data) } : undefined;
    case 'MX': {
      const mx = data as { preference?: unknown; exchange?: unknown } | undefined;
      return mx && isUint(mx.preference, 0xffff) && isName(mx.exchange)
        ? { type: 'MX', preference: mx.preference, host: wireName(mx.exchange) }
        : undefined;
    }
    case 'SOA': {
      const soa = data as { serial?: unknown; mname?: unknown } | undefined;
      return soa && isUint(soa.serial, 0xffffffff) && isName(soa.mname)
        ? { type: 'SOA', serial: soa.serial, primary: wireName(soa.mname) }
        : undefined;
    }
    default:
      return { type: 'other', typeName: String(record.type) };
  }
}

/** The address of an A or AAAA record, as a list (empty for any other type). */
export function addressOf(record: WireRecord): IpAddress[] {
  return record.data.type === 'A' || record.data.type === 'AAAA' ? [record.data.address] : [];
}

/** Glue for `host` from the additional section, believed only within the answering server's bailiwick. */
export function glueFor(message: DnsMessage, host: DomainName, bailiwick: DomainName): IpAddress[] {
  if (!isSubdomain(host, bailiwick)) return [];
  return message.additionals.flatMap((record) => (record.name === host ? addressOf(record) : []));
}
