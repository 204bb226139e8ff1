/**
 * The DNS wire format, on dns-packet. Everything a server sends is untrusted: decoding failures of
 * any type are caught, the decoded length is checked (dns-packet can "decode" truncated RDATA
 * without throwing), and record data is validated before anything else sees it.
 */
import { randomInt } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import dnsPacket from 'dns-packet';
import { printable } from '../untrusted-text.js';
import type { DomainName } from '../dns-name.js';
import { isSubdomain, wireName } from '../dns-name.js';
import type { IpAddress } from '../ip-address.js';
import { parseIpAddress } from '../ip-address.js';

/** The EDNS0 buffer size recommended by DNS Flag Day 2020: avoids IP fragmentation. */
export const EDNS_UDP_SIZE_BYTES = 1232;

export type QueryType = 'A' | 'AAAA' | 'NS' | 'SOA' | 'MX' | 'CNAME' | 'TXT' | 'DNSKEY' | 'DS' | 'TLSA' | 'AXFR';

export type RecordData =
  | { readonly type: 'A' | 'AAAA'; readonly address: IpAddress }
  | { readonly type: 'NS' | 'CNAME'; readonly target: DomainName }
  | { readonly type: 'MX'; readonly preference: number; readonly host: DomainName }
  | { readonly type: 'SOA'; readonly serial: number; readonly primary: DomainName }
  /** A TXT record's strings joined (RFC 8461 §3.1 reads them as one), bounded, control characters escaped. */
  | { readonly type: 'TXT'; readonly text: string }
  | { readonly type: 'other'; readonly typeName: string };

export interface WireRecord {
  readonly name: DomainName;
  readonly data: RecordData;
}

export interface DnsMessage {
  readonly id: number;
  readonly isResponse: boolean;
  readonly opcode: string;
  /** The full rcode: the header's four bits extended by the OPT record's eight (RFC 6891 §6.1.3). */
  readonly rcode: string;
  /** The reply's OPT record, when it has one: EDNS was understood. */
  readonly edns: { readonly serverCookie: Buffer | undefined } | undefined;
  readonly authoritative: boolean;
  readonly truncated: boolean;
  readonly question: { readonly name: DomainName; readonly type: string; readonly class: string } | undefined;
  readonly answers: readonly WireRecord[];
  readonly authorities: readonly WireRecord[];
  readonly additionals: readonly WireRecord[];
  /** The message as received: DNSSEC judges signatures over its octets (signed-records.ts). */
  readonly packet: Buffer;
}

export function randomMessageId(): number {
  return randomInt(0x10000);
}

/** RFC 7873's option code for DNS cookies. */
const COOKIE_OPTION = 10;
/** A client cookie is exactly 8 octets; a server cookie 8 to 32 (RFC 7873 §4). */
export const CLIENT_COOKIE_BYTES = 8;
const MIN_SERVER_COOKIE_BYTES = 8;
const MAX_SERVER_COOKIE_BYTES = 32;

/** What a query's OPT record carries: our client cookie, and the server cookie when we have one. */
export interface EdnsQuery {
  readonly clientCookie: Buffer;
  readonly serverCookie: Buffer | undefined;
}

/**
 * A non-recursive query (RD unset: we ask authoritative servers, never a resolver's cache), with
 * EDNS0, the DO bit (so that a signed zone's servers send their RRSIGs, RFC 4035 §3.2.1) and a
 * cookie when `edns` is given, without any OPT record otherwise (for servers that reject EDNS,
 * RFC 6891 §7).
 */
export function encodeQuery(id: number, name: DomainName, type: QueryType, edns: EdnsQuery | undefined): Buffer {
  const cookie = edns && Buffer.concat(edns.serverCookie ? [edns.clientCookie, edns.serverCookie] : [edns.clientCookie]);
  return dnsPacket.encode({
    type: 'query',
    id,
    flags: 0,
    questions: [{ type, name: name === '' ? '.' : presentationToWire(name), class: 'IN' }],
    additionals: cookie
      ? [
          {
            type: 'OPT',
            name: '.',
            udpPayloadSize: EDNS_UDP_SIZE_BYTES,
            extendedRcode: 0,
            ednsVersion: 0,
            flags: dnsPacket.DNSSEC_OK,
            options: [{ code: COOKIE_OPTION, data: cookie }],
          } as unknown as dnsPacket.Answer,
        ]
      : [],
  });
}

/** Extended rcodes (RFC 6891 §6.1.3 and the IANA registry) that a query of ours can meet. */
const EXTENDED_RCODES: Readonly<Record<number, string>> = {
  16: 'BADVERS',
  17: 'BADKEY',
  18: 'BADTIME',
  19: 'BADMODE',
  20: 'BADNAME',
  21: 'BADALG',
  22: 'BADTRUNC',
  23: 'BADCOOKIE',
};

type DecodedOpt = { type: 'OPT'; extendedRcode?: number; options?: { code: number; data?: Buffer }[] };

/** The reply's first OPT record, its full rcode and the server cookie it carries. */
function readEdns(decoded: dnsPacket.DecodedPacket, headerRcode: number): { rcode: string; edns: DnsMessage['edns'] } {
  const opt = (decoded.additionals ?? []).find((record) => record.type === 'OPT') as DecodedOpt | undefined;
  if (opt === undefined) return { rcode: rcodeName(headerRcode), edns: undefined };
  const full = ((opt.extendedRcode ?? 0) << 4) | headerRcode;
  const cookie = opt.options?.find((option) => option.code === COOKIE_OPTION)?.data;
  const serverCookie =
    cookie &&
    cookie.length >= CLIENT_COOKIE_BYTES + MIN_SERVER_COOKIE_BYTES &&
    cookie.length <= CLIENT_COOKIE_BYTES + MAX_SERVER_COOKIE_BYTES
      ? Buffer.from(cookie.subarray(CLIENT_COOKIE_BYTES))
      : undefined;
  return { rcode: rcodeName(full), edns: { serverCookie } };
}

function rcodeName(rcode: number): string {
  return EXTENDED_RCODES[rcode] ?? RCODE_NAMES[rcode] ?? `RCODE${rcode}`;
}

const RCODE_NAMES: readonly string[] = [
  'NOERROR',
  'FORMERR',
  'SERVFAIL',
  'NXDOMAIN',
  'NOTIMP',
  'REFUSED',
  'YXDOMAIN',
  'YXRRSET',
  'NXRRSET',
  'NOTAUTH',
  'NOTZONE',
];

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
  let decoded: dnsPacket.DecodedPacket & { opcode?: string; flags?: number };
  try {
    decoded = dnsPacket.decode(packet);
    if (dnsPacket.decode.bytes > packet.length) return undefined;
  } catch {
    return undefined;
  }
  try {
    const question = decoded.questions?.[0];
    const { rcode, edns } = readEdns(decoded, (decoded.flags ?? 0) & 0xf);
    return {
      id: decoded.id ?? -1,
      isResponse: decoded.type === 'response',
      opcode: decoded.opcode ?? 'QUERY',
      rcode,
      edns,
      authoritative: Boolean(decoded.flag_aa),
      truncated: Boolean(decoded.flag_tc),
      question: question
        ? { name: wireName(String(question.name)), type: String(question.type), class: String(question.class ?? 'IN') }
        : undefined,
      answers: validRecords(decoded.answers),
      authorities: validRecords(decoded.authorities),
      additionals: validRecords(decoded.additionals),
      packet,
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
    case 'TXT': {
      const strings = (Array.isArray(data) ? data : [data]).filter((part) => Buffer.isBuffer(part) || typeof part === 'string');
      const text = strings.map((part) => (Buffer.isBuffer(part) ? part.toString('latin1') : String(part))).join('');
      return { type: 'TXT', text: printable(text.slice(0, MAX_TXT_CHARACTERS)) };
    }
    default:
      return { type: 'other', typeName: String(record.type) };
  }
}

/** A TXT record read is a policy pointer, not a document: more is cut. */
const MAX_TXT_CHARACTERS = 1024;

/** The address of an A or AAAA record, as a list (empty for any other type). */
export function addressOf(record: WireRecord): IpAddress[] {
  return record.data.type === 'A' || record.data.type === 'AAAA' ? [record.data.address] : [];
}

/** Glue for `host` from the additional section, believed only within the answering server's bailiwick. */
export function glueFor(message: DnsMessage, host: DomainName, bailiwick: DomainName): IpAddress[] {
  if (!isSubdomain(host, bailiwick)) return [];
  return message.additionals.flatMap((record) => (record.name === host ? addressOf(record) : []));
}
