/**
 * Zone-transfer attempts share one TCP connection per server (RFC 5936 allows several transfers on
 * one connection): a run over thousands of zones on three servers opens a handful of connections,
 * not three per zone. Each server here is a real TCP listener with one way of ending connections.
 */
import net from 'node:net';
import dnsPacket from 'dns-packet';
import { afterAll, describe, expect, it } from 'vitest';
import type { DomainName } from '../src/dns-name.js';
import type { IpAddress } from '../src/ip-address.js';
import { DnsTransport } from '../src/dns/transport.js';

const PORT = 13053;
const TIMEOUT_MS = 500;

/** How each server treats a connection: which requests on it it answers, and what it does after. */
type Manner = 'keeps-open' | 'closes-on-second-request' | 'chatters-when-idle';

interface Listener {
  readonly address: IpAddress;
  connections: number;
  requests: number;
  readonly server: net.Server;
}

const listeners: Listener[] = [];

async function listen(address: string, manner: Manner): Promise<Listener> {
  const listener: Listener = { address: address as IpAddress, connections: 0, requests: 0, server: net.createServer() };
  listener.server.on('connection', (socket) => {
    listener.connections++;
    let requestsHere = 0;
    let buffered = Buffer.alloc(0);
    socket.on('error', () => {});
    socket.on('data', (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
        const query = dnsPacket.decode(buffered.subarray(2, 2 + buffered.readUInt16BE(0)));
        buffered = buffered.subarray(2 + buffered.readUInt16BE(0));
        listener.requests++;
        requestsHere++;
        if (manner === 'closes-on-second-request' && requestsHere > 1) return void socket.destroy();
        const refused = { type: 'response' as const, id: query.id, flags: 5, questions: query.questions };
        socket.write(dnsPacket.streamEncode(refused));
        // An idle connection's stray bytes: a message nobody asked for, after the answer.
        if (manner === 'chatters-when-idle') setTimeout(() => socket.write(dnsPacket.streamEncode({ ...refused, id: 1 })), 20);
      }
    });
  });
  await new Promise<void>((resolve) => listener.server.listen(PORT, address, resolve));
  listeners.push(listener);
  return listener;
}

afterAll(async () => {
  await Promise.all(listeners.map((listener) => new Promise((resolve) => listener.server.close(resolve))));
});

const zones = Array.from({ length: 6 }, (_, index) => `z${index}.test` as DomainName);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('zone-transfer attempts', () => {
  it('to one server, one after the other, share one connection, each answered for itself', async () => {
    const server = await listen('127.67.0.1', 'keeps-open');
    const transport = new DnsTransport(PORT, TIMEOUT_MS);
    for (const zone of zones) expect(await transport.transfer(server.address, zone)).toEqual({ status: 'refused', detail: 'REFUSED' });
    transport.close();
    expect(server.requests).toBe(zones.length);
    expect(server.connections).toBe(1);
  });

  it('at once, take a connection each, and those connections are used again afterwards', async () => {
    const server = await listen('127.67.0.2', 'keeps-open');
    const transport = new DnsTransport(PORT, TIMEOUT_MS);
    const first = await Promise.all(zones.slice(0, 3).map((zone) => transport.transfer(server.address, zone)));
    const again = await Promise.all(zones.slice(3).map((zone) => transport.transfer(server.address, zone)));
    transport.close();
    expect([...first, ...again].every((result) => result.status === 'refused')).toBe(true);
    expect(server.connections).toBe(3);
  });

  it('a kept connection the server ends when asked again is replaced, and the answer still comes', async () => {
    const server = await listen('127.67.0.3', 'closes-on-second-request');
    const transport = new DnsTransport(PORT, TIMEOUT_MS);
    for (const zone of zones.slice(0, 3))
      expect(await transport.transfer(server.address, zone)).toEqual({ status: 'refused', detail: 'REFUSED' });
    transport.close();
    // Each reuse meets the close and is replaced by a new connection: 1 + 2.
    expect(server.connections).toBe(3);
  });

  it('a connection that speaks while idle is not trusted again', async () => {
    const server = await listen('127.67.0.4', 'chatters-when-idle');
    const transport = new DnsTransport(PORT, TIMEOUT_MS);
    for (const zone of zones.slice(0, 3)) {
      expect(await transport.transfer(server.address, zone)).toEqual({ status: 'refused', detail: 'REFUSED' });
      await pause(60);
    }
    transport.close();
    expect(server.connections).toBe(3);
  });
});
