import { bigIntToAddress, rangeContains } from '../address-range.js';
import type { AddressRange } from '../address-range.js';
import type { IpAddress } from '../ip-address.js';

export interface ProbeTarget {
  readonly address: IpAddress;
  readonly port: number;
}

/**
 * The only gate between the policy and a socket: every connection the scanner makes is checked
 * here, so no bug elsewhere can make it touch an address outside the declared ranges.
 */
export class ScanScope {
  constructor(readonly ranges: readonly AddressRange[]) {}

  contains(address: IpAddress): boolean {
    return this.ranges.some((range) => rangeContains(range, address));
  }

  /** Throws (a bug, not a finding) for an address outside every declared range. */
  assertInScope(address: IpAddress): void {
    if (!this.contains(address)) throw new Error(`refusing to probe ${address}: outside scan.ranges`);
  }

  /** Every address of the ranges once, in range order, overlapping ranges de-duplicated. */
  *addresses(): Generator<IpAddress> {
    const seen = new Set<string>();
    for (const range of this.ranges) {
      for (let offset = 0n; offset < range.size; offset++) {
        const address = bigIntToAddress(range.first + offset, range.family);
        if (seen.has(address)) continue;
        seen.add(address);
        yield address;
      }
    }
  }
}

/**
 * Address × port, host-interleaved (all addresses on the first port, then the next port), so the
 * probes to one host are spread out in time instead of arriving as a burst.
 */
export function* probeTargets(
  scope: ScanScope,
  addresses: readonly IpAddress[],
  ports: readonly number[],
  extra: readonly ProbeTarget[],
): Generator<ProbeTarget> {
  const covered = new Set<string>();
  for (const port of ports) {
    for (const address of addresses) {
      covered.add(`${address}|${port}`);
      yield { address, port };
    }
  }
  for (const target of extra) {
    if (!covered.has(`${target.address}|${target.port}`) && scope.contains(target.address)) yield target;
  }
}
