import ipaddr from 'ipaddr.js';
import type { IpAddress } from './ip-address.js';
import { parseIpAddress } from './ip-address.js';

/** Wider IPv6 prefixes are refused: a /112 is already 65,536 addresses. */
const NARROWEST_IPV6_PREFIX = 112;

/** A contiguous block of addresses, as written in `scan.ranges`. */
export interface AddressRange {
  readonly text: string;
  readonly family: 4 | 6;
  /** The first address of the block, as a big integer. */
  readonly first: bigint;
  readonly size: bigint;
}

type RangeParse = { ok: true; range: AddressRange } | { ok: false; reason: string };

export function parseAddressRange(text: string): RangeParse {
  const [addressText = '', prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return { ok: false, reason: `"${text}" is not an address or CIDR prefix` };
  const address = parseIpAddress(addressText);
  if (address === undefined) return { ok: false, reason: `"${addressText}" is not an IP address` };
  const family = address.includes(':') ? 6 : 4;
  const bits = family === 4 ? 32 : 128;
  let prefix = bits;
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) {
      return { ok: false, reason: `"/${prefixText}" is not a valid IPv${family} prefix length (0-${bits})` };
    }
    prefix = Number(prefixText);
  }
  if (family === 6 && prefix < NARROWEST_IPV6_PREFIX) {
    return {
      ok: false,
      reason: `IPv6 prefix /${prefix} is wider than /${NARROWEST_IPV6_PREFIX}; scan narrower blocks where your servers live`,
    };
  }
  const value = addressToBigInt(address);
  const hostBits = BigInt(bits - prefix);
  const first = (value >> hostBits) << hostBits;
  if (first !== value) {
    const network = bigIntToAddress(first, family);
    return { ok: false, reason: `"${text}" has host bits set; the network is ${network}/${prefix}` };
  }
  return { ok: true, range: { text: text.trim(), family, first, size: 1n << hostBits } };
}

export function addressToBigInt(address: IpAddress): bigint {
  let value = 0n;
  for (const byte of ipaddr.parse(address).toByteArray()) value = (value << 8n) | BigInt(byte);
  return value;
}

export function bigIntToAddress(value: bigint, family: 4 | 6): IpAddress {
  const byteCount = family === 4 ? 4 : 16;
  const bytes: number[] = [];
  for (let i = byteCount - 1; i >= 0; i--) bytes.push(Number((value >> BigInt(i * 8)) & 0xffn));
  return ipaddr.fromByteArray(bytes).toString() as IpAddress;
}

export function rangeContains(range: AddressRange, address: IpAddress): boolean {
  if ((address.includes(':') ? 6 : 4) !== range.family) return false;
  const value = addressToBigInt(address);
  return value >= range.first && value < range.first + range.size;
}

/** A block of addresses of one family, [first, end). */
export interface AddressInterval {
  readonly family: 4 | 6;
  readonly first: bigint;
  readonly end: bigint;
}

/** The ranges as sorted, disjoint intervals (IPv4 first): overlaps and neighbours are joined. */
export function mergeRanges(ranges: readonly AddressRange[]): AddressInterval[] {
  const sorted = [...ranges].sort((a, b) => a.family - b.family || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const merged: AddressInterval[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    const end = range.first + range.size;
    if (last !== undefined && last.family === range.family && range.first <= last.end) {
      if (end > last.end) merged[merged.length - 1] = { ...last, end };
    } else {
      merged.push({ family: range.family, first: range.first, end });
    }
  }
  return merged;
}

/** How many distinct addresses the ranges cover: a /32 inside a listed /24 costs nothing. */
export function distinctAddressCount(ranges: readonly AddressRange[]): bigint {
  return mergeRanges(ranges).reduce((total, interval) => total + (interval.end - interval.first), 0n);
}
