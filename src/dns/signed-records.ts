/**
 * Records as DNSSEC signs them (RFC 4034 §6): read straight off the wire, because a signature covers
 * octets, not the text dns-packet decodes them to (which lower-cases nothing, folds octets above
 * 127 into UTF-8 and loses the order of the wire). Owner names and the names inside NS, CNAME, SOA
 * and MX RDATA are decompressed and lower-cased (RFC 4034 §6.2, RFC 6840 §5.1); every other RDATA
 * is kept as sent. Only what a DNS message can hold is read: the packet is at most 64 KiB and every
 * compression pointer must point backwards, so a hostile packet cannot make the reader loop.
 */
import type { DomainName } from '../dns-name.js';

export const TYPE = { NS: 2, CNAME: 5, SOA: 6, MX: 15, TXT: 16, DS: 43, RRSIG: 46, NSEC: 47, DNSKEY: 48, NSEC3: 50, TLSA: 52 } as const;

export interface CanonicalRecord {
  /** The owner in canonical wire form: uncompressed, ASCII lower-cased. */
  readonly owner: Buffer;
  /** The owner as the rest of the program names things (lower case, \DDD for other octets). */
  readonly name: DomainName;
  readonly type: number;
  readonly class: number;
  readonly ttl: number;
  /** RDATA in canonical form. */
  readonly rdata: Buffer;
}

export interface CanonicalSections {
  readonly answers: readonly CanonicalRecord[];
  readonly authorities: readonly CanonicalRecord[];
}

const HEADER_BYTES = 12;
const MAX_NAME_BYTES = 255;

/** The answer and authority sections in canonical form; undefined when the packet does not parse. */
export function canonicalSections(packet: Buffer): CanonicalSections | undefined {
  try {
    if (packet.length < HEADER_BYTES) return undefined;
    const counts = [4, 6, 8].map((offset) => packet.readUInt16BE(offset));
    let offset = HEADER_BYTES;
    for (let question = 0; question < packet.readUInt16BE(4); question++) offset = readName(packet, offset).end + 4;
    const sections: CanonicalRecord[][] = [];
    for (const count of counts.slice(1)) {
      const records: CanonicalRecord[] = [];
      for (let index = 0; index < count; index++) {
        const { record, end } = readRecord(packet, offset);
        records.push(record);
        offset = end;
      }
      sections.push(records);
    }
    if (offset > packet.length) return undefined;
    return { answers: sections[0]!, authorities: sections[1]! };
  } catch {
    return undefined;
  }
}

function readRecord(packet: Buffer, offset: number): { record: CanonicalRecord; end: number } {
  const owner = readName(packet, offset);
  let at = owner.end;
  const type = packet.readUInt16BE(at);
  const rrClass = packet.readUInt16BE(at + 2);
  const ttl = packet.readUInt32BE(at + 4);
  const length = packet.readUInt16BE(at + 8);
  at += 10;
  const end = at + length;
  if (end > packet.length) throw new RangeError('RDATA beyond the packet');
  return {
    record: { owner: owner.wire, name: presentation(owner.wire), type, class: rrClass, ttl, rdata: canonicalRdata(packet, type, at, end) },
    end,
  };
}

function canonicalRdata(packet: Buffer, type: number, start: number, end: number): Buffer {
  const name = (at: number) => readName(packet, at);
  switch (type) {
    case TYPE.NS:
    case TYPE.CNAME: {
      const target = name(start);
      if (target.end !== end) throw new RangeError('RDATA length');
      return target.wire;
    }
    case TYPE.MX: {
      const exchange = name(start + 2);
      if (exchange.end !== end) throw new RangeError('RDATA length');
      return Buffer.concat([packet.subarray(start, start + 2), exchange.wire]);
    }
    case TYPE.SOA: {
      const primary = name(start);
      const mailbox = name(primary.end);
      if (mailbox.end + 20 !== end) throw new RangeError('RDATA length');
      return Buffer.concat([primary.wire, mailbox.wire, packet.subarray(mailbox.end, end)]);
    }
    default:
      return Buffer.from(packet.subarray(start, end));
  }
}

/** A name at `offset`, decompressed and lower-cased, and where the name's own octets end. */
export function readName(packet: Buffer, offset: number): { wire: Buffer; end: number } {
  const labels: Buffer[] = [];
  let at = offset;
  let end: number | undefined;
  let length = 0;
  for (;;) {
    const size = packet.readUInt8(at);
    if ((size & 0xc0) === 0xc0) {
      const target = ((size & 0x3f) << 8) | packet.readUInt8(at + 1);
      // Only backwards: every jump makes progress toward the start, so the loop ends.
      if (target >= at) throw new RangeError('forward compression pointer');
      end ??= at + 2;
      at = target;
      continue;
    }
    if (size & 0xc0) throw new RangeError('unknown label type');
    const label = Buffer.from(packet.subarray(at, at + 1 + size));
    if (label.length !== size + 1) throw new RangeError('label beyond the packet');
    length += label.length;
    if (length > MAX_NAME_BYTES) throw new RangeError('name too long');
    labels.push(label);
    at += 1 + size;
    if (size === 0) break;
  }
  const wire = Buffer.concat(labels);
  for (let index = 0; index < wire.length; index++) {
    const octet = wire[index]!;
    // Length octets are below 64, so they never fall in the A–Z range.
    if (octet >= 0x41 && octet <= 0x5a) wire[index] = octet + 0x20;
  }
  return { wire, end: end ?? at };
}

/** The canonical wire form of a name as the program writes it (the inverse of `presentation`). */
export function nameToWire(name: DomainName): Buffer {
  const labels = name === '' ? [] : name.split('.');
  const parts = labels.map((label) => {
    const octets = Buffer.from(
      label.replace(/\\(\d{3})/g, (_, digits: string) => String.fromCharCode(Number(digits))),
      'latin1',
    );
    return Buffer.concat([Buffer.from([octets.length]), octets]);
  });
  return Buffer.concat([...parts, Buffer.from([0])]);
}

/** Wire labels as the program names things: printable ASCII but dot and backslash kept, the rest \DDD. */
function presentation(wire: Buffer): DomainName {
  const labels: string[] = [];
  for (let at = 0; wire[at]! > 0; at += 1 + wire[at]!) {
    let label = '';
    for (const octet of wire.subarray(at + 1, at + 1 + wire[at]!)) {
      label +=
        octet > 0x20 && octet < 0x7f && octet !== 0x5c && octet !== 0x2e
          ? String.fromCharCode(octet)
          : `\\${String(octet).padStart(3, '0')}`;
    }
    labels.push(label);
  }
  return labels.join('.') as DomainName;
}

/** How many labels a wire name has, the root's empty one not counted (RRSIG's Labels field). */
export function labelCount(wire: Buffer): number {
  let count = 0;
  for (let at = 0; wire[at]! > 0; at += 1 + wire[at]!) count++;
  return count;
}
