import type { IpAddress } from '../ip-address.js';
import { isIpv6 } from '../ip-address.js';
import type { DnsObservations } from '../observations/model.js';
import type { Exchange } from './transport.js';

/**
 * Which addresses this runner may and can ask. GitHub-hosted runners have no IPv6 route: once the
 * network says so, IPv6 servers are "not checked" rather than lame.
 */
export class Reachability {
  private ipv6Unreachable = false;
  private ipv6Answered = false;
  private ipv6Seen = false;

  constructor(private readonly ipVersion: 'auto' | '4' | '6') {}

  /** Why an address is not asked, or undefined when it is. */
  notAsked(address: IpAddress): string | undefined {
    const v6 = isIpv6(address);
    if (v6) this.ipv6Seen = true;
    if (v6 && this.ipVersion === '4') return 'IPv6 disabled by ip-version 4';
    if (!v6 && this.ipVersion === '6') return 'IPv4 disabled by ip-version 6';
    if (v6 && this.ipv6Unreachable && !this.ipv6Answered) return 'no IPv6 route from this runner';
    return undefined;
  }

  /** Records what an exchange says about IPv6; returns the "not checked" reason when it had no route. */
  note(address: IpAddress, exchange: Exchange): string | undefined {
    if (!isIpv6(address)) return undefined;
    if (exchange.kind === 'response') this.ipv6Answered = true;
    if (exchange.kind === 'unreachable' && !this.ipv6Answered) {
      this.ipv6Unreachable = true;
      return `no IPv6 route from this runner (${exchange.detail})`;
    }
    return undefined;
  }

  get ipv6Status(): DnsObservations['ipv6'] {
    if (this.ipVersion === '4') return 'disabled';
    if (this.ipv6Answered) return 'reachable';
    if (this.ipv6Unreachable) return 'unreachable';
    return this.ipv6Seen ? 'reachable' : 'unused';
  }
}
