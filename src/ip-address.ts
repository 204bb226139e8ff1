import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { compareText } from './compare-text.js';

/** An IP address in canonical text form (IPv6 compressed, lower case). */
export type IpAddress = string & { readonly __brand: 'IpAddress' };

export function parseIpAddress(text: string): IpAddress | undefined {
  const trimmed = text.trim();
  // A zone index (fe80::1%lo) names an interface of this machine, not an address of a server.
  if (trimmed.includes('%')) return undefined;
  // node:net's check is native and strict (no legacy "0x7f.1" forms); it runs for every host name
  // of a policy and every address record read off the wire, so it goes first.
  switch (isIP(trimmed)) {
    case 4:
      return trimmed.split('.').map(Number).join('.') as IpAddress;
    case 6:
      return ipaddr.parse(trimmed).toString() as IpAddress;
    default:
      return undefined;
  }
}

export function isIpv6(address: IpAddress): boolean {
  return address.includes(':');
}

/** "192.0.2.1:25" or "[2001:db8::1]:25". */
export function formatEndpoint(address: IpAddress, port: number): string {
  return isIpv6(address) ? `[${address}]:${port}` : `${address}:${port}`;
}

/** Sorts addresses numerically, IPv4 before IPv6, so reports read in address order. */
export function compareAddresses(a: string, b: string): number {
  const bytesA = addressBytes(a);
  const bytesB = addressBytes(b);
  if (bytesA.length !== bytesB.length) return bytesA.length - bytesB.length;
  for (let i = 0; i < bytesA.length; i++) {
    const diff = (bytesA[i] ?? 0) - (bytesB[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return compareText(a, b);
}

function addressBytes(address: string): number[] {
  switch (isIP(address)) {
    case 4:
      return address.split('.').map(Number);
    case 6:
      return ipaddr.parse(address).toByteArray();
    default:
      return [];
  }
}
