import type { LabServerSpec } from './dns-server.js';
import { LabDnsServer } from './dns-server.js';
import type { LabListenerSpec } from './tcp-listener.js';
import { LabTcpListener } from './tcp-listener.js';

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
