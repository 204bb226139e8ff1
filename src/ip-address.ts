import ipaddr from 'ipaddr.js';

/** An IP address in canonical text form (IPv6 compressed, lower case). */
export type IpAddress = string & { readonly __brand: 'IpAddress' };

export function parseIpAddress(text: string): IpAddress | undefined {
  const trimmed = text.trim();
  if (!ipaddr.isValid(trimmed)) return undefined;
  // ipaddr.js accepts legacy forms ("1", "0x7f.1") that nobody means in a policy.
  if (!ipaddr.IPv4.isValidFourPartDecimal(trimmed) && !ipaddr.IPv6.isValid(trimmed)) return undefined;
  return ipaddr.parse(trimmed).toString() as IpAddress;
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
  const bytesA = ipaddr.isValid(a) ? ipaddr.parse(a).toByteArray() : [];
  const bytesB = ipaddr.isValid(b) ? ipaddr.parse(b).toByteArray() : [];
  if (bytesA.length !== bytesB.length) return bytesA.length - bytesB.length;
  for (let i = 0; i < bytesA.length; i++) {
    const diff = (bytesA[i] ?? 0) - (bytesB[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
