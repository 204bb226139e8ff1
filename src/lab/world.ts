import type { LabServerSpec } from './dns-server.js';
import { LabDnsServer } from './dns-server.js';
import type { LabListenerSpec } from './tcp-listener.js';
import { LabTcpListener } from './tcp-listener.js';
import type { LabRecordType } from './zone-data.js';
import { soa, zone } from './zone-data.js';

/** A loopback world: authoritative servers and TCP listeners, described as data. */
export interface LabWorldSpec {
  readonly dnsServers: readonly LabServerSpec[];
  readonly listeners: readonly LabListenerSpec[];
}

export class LabWorld {
  readonly dnsServers: LabDnsServer[];
  readonly listeners: LabTcpListener[];

  constructor(spec: LabWorldSpec, dnsPort: number) {
    this.dnsServers = spec.dnsServers.map((server) => new LabDnsServer(server, dnsPort));
    this.listeners = spec.listeners.map((listener) => new LabTcpListener(listener));
  }

  async start(): Promise<void> {
    try {
      await Promise.all([...this.dnsServers.map((server) => server.start()), ...this.listeners.map((listener) => listener.start())]);
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  async stop(): Promise<void> {
    await Promise.all([...this.dnsServers.map((server) => server.stop()), ...this.listeners.map((listener) => listener.stop())]);
  }
}

/**
 * The top of every lab world: a root at `root` delegating `test` to ns.nic.test at `tld`, whose
 * zone holds `delegations` (rows relative to `test`: "example NS ns1.example.test.", glue ...).
 */
export function rootAndTestTld(
  root: string,
  tld: string,
  delegations: readonly (readonly [string, LabRecordType, string])[],
): LabServerSpec[] {
  return [
    {
      name: 'root',
      address: root,
      behaviour: 'serve',
      zones: [
        zone('', [
          ['@', 'SOA', soa('root', 1)],
          ['@', 'NS', 'root.'],
          ['test', 'NS', 'ns.nic.test.'],
          ['ns.nic.test', 'A', tld],
        ]),
      ],
    },
    {
      name: 'ns.nic.test',
      address: tld,
      behaviour: 'serve',
      zones: [zone('test', [['@', 'SOA', soa('ns.nic.test', 1)], ['@', 'NS', 'ns.nic.test.'], ['ns.nic', 'A', tld], ...delegations])],
    },
  ];
}
