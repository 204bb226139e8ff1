import { addressToBigInt, bigIntToAddress, mergeRanges } from '../address-range.js';
import type { AddressInterval, AddressRange } from '../address-range.js';
import type { IpAddress } from '../ip-address.js';
import { isIpv6 } from '../ip-address.js';

export interface ProbeTarget {
  readonly address: IpAddress;
  readonly port: number;
}

/**
 * The only gate between the policy and a socket: every connection the scanner makes is checked
 * here, so no bug elsewhere can make it touch an address outside the declared ranges. The ranges
 * are merged once into sorted, disjoint intervals: a check is a binary search however many
 * ranges the policy lists, and walking them needs no memory of what was already seen.
 */
export class ScanScope {
  private readonly intervals: readonly AddressInterval[];

  constructor(readonly ranges: readonly AddressRange[]) {
    this.intervals = mergeRanges(ranges);
  }

  /** How many distinct addresses the ranges cover. */
  get size(): bigint {
    return this.intervals.reduce((total, interval) => total + (interval.end - interval.first), 0n);
  }

  contains(address: IpAddress): boolean {
    const family = isIpv6(address) ? 6 : 4;
    const value = addressToBigInt(address);
    let low = 0;
    let high = this.intervals.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const interval = this.intervals[middle]!;
      if (interval.family < family || (interval.family === family && interval.end <= value)) low = middle + 1;
      else if (interval.family > family || interval.first > value) high = middle - 1;
      else return true;
    }
    return false;
  }

  /** Throws (a bug, not a finding) for an address outside every declared range. */
  assertInScope(address: IpAddress): void {
    if (!this.contains(address)) throw new Error(`refusing to probe ${address}: outside scan.ranges`);
  }

  /** Every address of the ranges once, in address order (IPv4 first), generated as it is needed. */
  *addresses(): Generator<IpAddress> {
    for (const interval of this.intervals) {
      for (let value = interval.first; value < interval.end; value++) yield bigIntToAddress(value, interval.family);
    }
  }
}

/**
 * Address × port, host-interleaved (all addresses on the first port, then the next port), so the
 * probes to one host are spread out in time instead of arriving as a burst. Addresses are
 * generated per port, never held in memory.
 */
export function* probeTargets(scope: ScanScope, ports: readonly number[], extra: readonly ProbeTarget[]): Generator<ProbeTarget> {
  for (const port of ports) {
    for (const address of scope.addresses()) yield { address, port };
  }
  const scanned = new Set(ports);
  for (const target of extra) {
    if (!scanned.has(target.port) && scope.contains(target.address)) yield target;
  }
}
