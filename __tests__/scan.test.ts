import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAddressRange } from '../src/address-range.js';
import type { IpAddress } from '../src/ip-address.js';
import { LabTcpListener } from '../src/lab/tcp-listener.js';
import { silentLogger } from '../src/logger.js';
import { scanRanges } from '../src/scan/scan-ranges.js';
import { Scanner } from '../src/scan/scanner.js';
import { probeTargets, ScanScope } from '../src/scan/targets.js';
import { policy } from './support/literal.js';

const PORTS = [25, 465, 587, 2525];
const CONCURRENCY = 256;

function range(text: string) {
  const parsed = parseAddressRange(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.range;
}

/** A scanner for a handful of probes: small bounds, quiet logger. */
function smallScanner(
  scope: ScanScope,
  timeouts: { connectTimeoutMs: number; greetingTimeoutMs: number },
  perHostConcurrency = 2,
): Scanner {
  return new Scanner(scope, { concurrency: 4, probesPerSecond: 1000, perHostConcurrency, logger: silentLogger, ...timeouts });
}

describe('the scan scope', () => {
  it('is the one gate: an address outside the ranges is refused before any socket exists', async () => {
    const scope = new ScanScope([range('127.30.0.0/30')]);
    expect(() => scope.assertInScope('127.30.0.4' as IpAddress)).toThrow(/outside scan.ranges/);
    const scanner = smallScanner(scope, { connectTimeoutMs: 200, greetingTimeoutMs: 200 }, 1);
    await expect(scanner.scan([{ address: '127.31.9.9' as IpAddress, port: 25 }], 1)).rejects.toThrow(/refusing to probe 127.31.9.9/);
    expect(scanner.counters.socketsOpened).toBe(0);
  });

  it('expands overlapping ranges once, in address order, and adds approved servers only when in scope', () => {
    const scope = new ScanScope([range('127.30.0.1'), range('127.30.0.0/31')]);
    expect(scope.size).toBe(2n);
    const targets = [
      ...probeTargets(
        scope,
        [25, 587],
        [
          { address: '127.30.0.1' as IpAddress, port: 2525 },
          { address: '127.99.0.1' as IpAddress, port: 2525 },
        ],
      ),
    ];
    expect(targets.map((target) => `${target.address}:${target.port}`)).toEqual([
      '127.30.0.0:25',
      '127.30.0.1:25',
      '127.30.0.0:587',
      '127.30.0.1:587',
      '127.30.0.1:2525',
    ]);
  });
});

describe('a /20 of loopback on four ports', () => {
  const listeners = [
    new LabTcpListener({ address: '127.30.3.7', port: 2525, kind: 'smtp', banner: '220 rogue.example ESMTP' }),
    new LabTcpListener({ address: '127.30.9.1', port: 587, kind: 'banner', banner: 'SSH-2.0-OpenSSH_9.2' }),
    new LabTcpListener({ address: '127.30.15.255', port: 25, kind: 'smtp', banner: '554 no service' }),
  ];
  beforeAll(() => Promise.all(listeners.map((listener) => listener.start())));
  afterAll(() => Promise.all(listeners.map((listener) => listener.stop())));

  it('probes every address:port once, with bounded sockets, no leaks and nothing unprobed', async () => {
    const scanPolicy = policy(`version: 1
domains: { example.test: {} }
scan:
  ranges: [127.30.0.0/20]
  ports: [${PORTS.join(', ')}]
`);
    const { observations, counters } = await scanRanges(
      scanPolicy,
      scanPolicy.scan!,
      { smtpPort: 25, concurrency: CONCURRENCY, connectTimeoutMs: 1000, greetingTimeoutMs: 1000, probesPerSecond: 100_000 },
      silentLogger,
    );
    const total = 4096 * PORTS.length;
    const { counts } = observations;
    expect(counts.closed + counts.open + counts.smtp + counts.filtered + counts['not-probed']).toBe(total);
    expect(counts['not-probed']).toBe(0);
    expect(counts.filtered).toBe(0);
    expect(counters.socketsOpened).toBe(total);
    expect(counters.socketsClosed).toBe(counters.socketsOpened);
    expect(counters.inFlight).toBe(0);
    expect(counters.peakInFlight).toBeLessThanOrEqual(CONCURRENCY);
    expect(observations.probes.map((probe) => `${probe.address}:${probe.port} ${probe.state} ${probe.greeting}`)).toEqual([
      '127.30.3.7:2525 smtp 220 rogue.example ESMTP',
      '127.30.9.1:587 open SSH-2.0-OpenSSH_9.2',
      '127.30.15.255:25 smtp 554 no service',
    ]);
  });
});

describe('greetings', () => {
  let tlsServer: tls.Server;
  let tarpit: net.Server;
  let plainOn465: LabTcpListener;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=smtps.example.test',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    tlsServer = tls.createServer(
      { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) },
      (socket) => {
        socket.on('error', () => {});
        socket.write('220 smtps.example.test ESMTP\r\n');
        socket.on('data', (data: Buffer) => {
          if (data.toString().startsWith('EHLO')) socket.write('250-smtps.example.test\r\n250 STARTTLS\r\n');
          else socket.end('221 bye\r\n');
        });
      },
    );
    await new Promise<void>((resolve) => tlsServer.listen(465, '127.32.0.1', resolve));
    // A multi-line greeting, sent slowly in pieces, as tarpits do.
    tarpit = net.createServer((socket) => {
      socket.on('error', () => {});
      setTimeout(() => socket.write('220-slow.example.test wait\r\n'), 300);
      setTimeout(() => socket.write('220 slow.example.test ESMTP\r\n'), 700);
      socket.on('data', () => socket.end('221 bye\r\n'));
    });
    await new Promise<void>((resolve) => tarpit.listen(2525, '127.32.0.2', resolve));
    plainOn465 = new LabTcpListener({ address: '127.32.0.3', port: 465, kind: 'smtp', banner: '220 plain.example.test ESMTP' });
    await plainOn465.start();
  });
  afterAll(async () => {
    await new Promise((resolve) => tlsServer.close(resolve));
    await new Promise((resolve) => tarpit.close(resolve));
    await plainOn465.stop();
  });

  it('plain SMTP on the implicit-TLS port is still found as SMTP', async () => {
    const scope = new ScanScope([range('127.32.0.0/30')]);
    const scanner = smallScanner(scope, { connectTimeoutMs: 1000, greetingTimeoutMs: 2000 });
    const {
      kept: [result],
    } = await scanner.scan([{ address: '127.32.0.3' as IpAddress, port: 465 }], 1);
    expect(result).toMatchObject({ state: 'smtp', greeting: '220 plain.example.test ESMTP', tls: undefined });
    expect(scanner.counters.socketsClosed).toBe(2);
  });

  it('implicit TLS on 465: handshake, greeting, certificate subject, STARTTLS advertised', async () => {
    const scope = new ScanScope([range('127.32.0.0/30')]);
    const scanner = smallScanner(scope, { connectTimeoutMs: 1000, greetingTimeoutMs: 3000 });
    const {
      kept: [smtps, slow],
    } = await scanner.scan(
      [
        { address: '127.32.0.1' as IpAddress, port: 465 },
        { address: '127.32.0.2' as IpAddress, port: 2525 },
      ],
      2,
    );
    const byAddress = [smtps, slow].sort((a, b) => (a!.address < b!.address ? -1 : 1));
    expect(byAddress[0]).toMatchObject({
      state: 'smtp',
      greeting: '220 smtps.example.test ESMTP',
      startTls: true,
      tls: { subject: 'CN=smtps.example.test' },
    });
    expect(byAddress[1]).toMatchObject({ state: 'smtp', greeting: '220-slow.example.test wait\n220 slow.example.test ESMTP' });
    expect(scanner.counters.socketsClosed).toBe(scanner.counters.socketsOpened);
  });
});

describe('bounds', () => {
  it('4,096 single-address ranges: the scope is checked by binary search and walked without expansion', () => {
    const ranges = Array.from({ length: 4096 }, (_, index) => range(`127.40.${index >> 8}.${index & 0xff}`));
    const scope = new ScanScope([...ranges].reverse());
    expect(scope.size).toBe(4096n);
    expect(scope.contains('127.40.15.255' as IpAddress)).toBe(true);
    expect(scope.contains('127.40.16.0' as IpAddress)).toBe(false);
    expect(scope.contains('::1' as IpAddress)).toBe(false);
    const first = scope.addresses().next().value;
    expect(first).toBe('127.40.0.0');
  });

  it('past the run deadline no probe starts: every target left is counted as not probed', async () => {
    const scope = new ScanScope([range('127.30.0.0/30')]);
    const scanner = smallScanner(scope, { connectTimeoutMs: 200, greetingTimeoutMs: 200 });
    const targets = [...probeTargets(scope, [25, 587], [])];
    const { kept, counts } = await scanner.scan(targets, targets.length, () => true, AbortSignal.abort());
    expect(kept).toEqual([]);
    expect(counts['not-probed']).toBe(8);
    expect(scanner.counters.socketsOpened).toBe(0);
  });
});
