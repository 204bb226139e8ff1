/**
 * TCP connect scan (no root needed) with a greeting read on every open port. Concurrency, rate and
 * per-host pacing are bounded; every socket is destroyed on every path; a probe the runner could
 * not make (out of file descriptors, buffers or ports) is "not probed", never "closed".
 */
import { readFileSync } from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';
import type { IpAddress } from '../ip-address.js';
import type { Logger } from '../logger.js';
import type { ProbeObservation, ProbeState } from '../observations/model.js';
import { Semaphore } from '../semaphore.js';
import { converse } from './greeting.js';
import type { ProbeTarget, ScanScope } from './targets.js';

/** Implicit TLS (RFC 8314): the greeting comes after the handshake. */
const IMPLICIT_TLS_PORTS = new Set([465]);
const TLS_FAILED = 'TLS handshake failed';
/** Local resource exhaustion: the probe was not made, so nothing is known about the port. */
const NOT_PROBED_CODES = new Set(['EMFILE', 'ENFILE', 'ENOBUFS', 'EADDRNOTAVAIL', 'ENOMEM', 'EAGAIN']);
/** Answers from the network that the port is unreachable rather than refused. */
const FILTERED_CODES = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EACCES', 'EPERM']);
/** File descriptors kept free for everything else the process does. */
const RESERVED_FILE_DESCRIPTORS = 64;
const PROGRESS_INTERVAL_MS = 5000;

export interface ScannerOptions {
  readonly concurrency: number;
  readonly probesPerSecond: number;
  readonly perHostConcurrency: number;
  readonly connectTimeoutMs: number;
  readonly greetingTimeoutMs: number;
  readonly logger: Logger;
}

export interface ScannerCounters {
  socketsOpened: number;
  socketsClosed: number;
  inFlight: number;
  peakInFlight: number;
}

export class Scanner {
  readonly counters: ScannerCounters = { socketsOpened: 0, socketsClosed: 0, inFlight: 0, peakInFlight: 0 };
  private readonly slots: Semaphore;
  private readonly hosts = new Map<IpAddress, Semaphore>();
  private nextStartAt = 0;

  constructor(
    private readonly scope: ScanScope,
    private readonly options: ScannerOptions,
  ) {
    this.slots = new Semaphore(Math.max(1, Math.min(options.concurrency, fileDescriptorBudget())));
  }

  /**
   * Probes every target; keeps the observations `keep` selects (a /8 of closed ports is counted,
   * not held in memory). Once `deadline` is aborted no new probe starts: every target left is
   * counted as not probed, never dropped.
   */
  async scan(
    targets: Iterable<ProbeTarget>,
    total: number,
    keep: (result: ProbeObservation) => boolean = () => true,
    deadline?: AbortSignal,
  ): Promise<{ kept: ProbeObservation[]; counts: Record<ProbeState, number> }> {
    const kept: ProbeObservation[] = [];
    const counts: Record<ProbeState, number> = { closed: 0, filtered: 0, open: 0, smtp: 0, 'not-probed': 0 };
    let done = 0;
    let admitted = 0;
    const progress = setInterval(() => this.options.logger.info(`scan: ${done}/${total} probes done`), PROGRESS_INTERVAL_MS);
    progress.unref();
    try {
      // Admission is bounded here too, so a /16 × all ports never becomes millions of pending
      // promises; a counter and one waiter keep admission O(1) per probe.
      const admissionLimit = this.slots.capacity * 2;
      let active = 0;
      let wake: (() => void) | undefined;
      const settle = () => {
        active--;
        const waiter = wake;
        wake = undefined;
        waiter?.();
      };
      for (const target of targets) {
        if (deadline?.aborted) break;
        this.scope.assertInScope(target.address);
        while (active >= admissionLimit) await new Promise<void>((resolve) => (wake = resolve));
        if (deadline?.aborted) break;
        active++;
        admitted++;
        void this.probeWithRetry(target).then((result) => {
          counts[result.state]++;
          if (keep(result)) kept.push(result);
          done++;
          settle();
        });
      }
      while (active > 0) await new Promise<void>((resolve) => (wake = resolve));
    } finally {
      clearInterval(progress);
    }
    if (deadline?.aborted && admitted < total) {
      counts['not-probed'] += total - admitted;
      this.options.logger.warning(
        `scan: the run deadline was reached; ${total - admitted} probes were not made and are counted as not probed`,
      );
    }
    return { kept, counts };
  }

  private async probeWithRetry(target: ProbeTarget): Promise<ProbeObservation> {
    const first = await this.paced(target, IMPLICIT_TLS_PORTS.has(target.port));
    if (first.state === 'open' && first.detail.startsWith(TLS_FAILED)) {
      // Plain SMTP on an implicit-TLS port is still an SMTP server: ask again without TLS.
      const plain = await this.paced(target, false);
      return plain.state === 'smtp' ? plain : first;
    }
    if (first.state !== 'not-probed') return first;
    await new Promise((resolve) => setTimeout(resolve, this.options.connectTimeoutMs / 4));
    return this.paced(target, IMPLICIT_TLS_PORTS.has(target.port));
  }

  private paced(target: ProbeTarget, implicitTls: boolean): Promise<ProbeObservation> {
    let host = this.hosts.get(target.address);
    if (!host) {
      host = new Semaphore(this.options.perHostConcurrency);
      this.hosts.set(target.address, host);
    }
    return host.use(() =>
      this.slots.use(async () => {
        await this.waitForRate();
        return this.probe(target, implicitTls);
      }),
    );
  }

  private async waitForRate(): Promise<void> {
    const interval = 1000 / this.options.probesPerSecond;
    const now = performance.now();
    const startAt = Math.max(now, this.nextStartAt);
    this.nextStartAt = startAt + interval;
    // Sleeping for less than a millisecond costs more than it paces.
    if (startAt - now >= 1) await new Promise((resolve) => setTimeout(resolve, startAt - now));
  }

  private probe(target: ProbeTarget, implicitTls: boolean): Promise<ProbeObservation> {
    this.scope.assertInScope(target.address);
    const counters = this.counters;
    counters.inFlight++;
    counters.peakInFlight = Math.max(counters.peakInFlight, counters.inFlight);
    return new Promise<ProbeObservation>((resolve) => {
      let result: ProbeObservation | undefined;
      let socket: net.Socket;
      try {
        socket = net.createConnection({ host: target.address, port: target.port });
      } catch (error) {
        counters.inFlight--;
        resolve(observation(target, 'not-probed', (error as Error).message));
        return;
      }
      counters.socketsOpened++;
      let secured: tls.TLSSocket | undefined;
      // The probe ends when its socket is closed, not merely asked to close: the bound on open
      // sockets is then a bound on file descriptors.
      let closed = false;
      const finish = (outcome: ProbeObservation) => {
        if (result !== undefined) return;
        result = outcome;
        clearTimeout(connectTimer);
        secured?.destroy();
        socket.destroy();
        if (closed) resolve(result);
      };
      socket.once('close', () => {
        closed = true;
        counters.socketsClosed++;
        counters.inFlight--;
        if (result !== undefined) resolve(result);
      });
      const connectTimer = setTimeout(() => finish(observation(target, 'filtered', 'no answer to connect')), this.options.connectTimeoutMs);
      // Kept for the socket's whole life: an unhandled 'error' event would crash the run.
      socket.on('error', (error: NodeJS.ErrnoException) => {
        const code = error.code ?? error.message;
        if (code === 'ECONNREFUSED') finish(observation(target, 'closed', ''));
        else if (NOT_PROBED_CODES.has(code)) finish(observation(target, 'not-probed', code));
        else if (FILTERED_CODES.has(code)) finish(observation(target, 'filtered', code));
        else finish(observation(target, 'open', `connection failed after connect: ${code}`));
      });
      socket.once('connect', () => {
        clearTimeout(connectTimer);
        void this.greet(target, socket, implicitTls, (tlsSocket) => (secured = tlsSocket)).then(finish);
      });
    });
  }

  private async greet(
    target: ProbeTarget,
    socket: net.Socket,
    implicitTls: boolean,
    onTls: (socket: tls.TLSSocket) => void,
  ): Promise<ProbeObservation> {
    let stream: net.Socket | tls.TLSSocket = socket;
    let certificate: ProbeObservation['tls'];
    if (implicitTls) {
      const handshake = await this.handshake(socket, onTls);
      if (handshake.socket === undefined) return observation(target, 'open', `${TLS_FAILED}: ${handshake.detail}`);
      stream = handshake.socket;
      certificate = handshake.certificate;
    }
    const conversation = await converse(stream, this.options.greetingTimeoutMs);
    return {
      address: target.address,
      port: target.port,
      state: conversation.smtp ? 'smtp' : 'open',
      greeting: conversation.greeting,
      tls: certificate,
      startTls: conversation.startTls,
      detail: conversation.smtp || conversation.greeting ? '' : 'silent',
    };
  }

  private handshake(
    socket: net.Socket,
    onTls: (socket: tls.TLSSocket) => void,
  ): Promise<{ socket: tls.TLSSocket | undefined; certificate: ProbeObservation['tls']; detail: string }> {
    return new Promise((resolve) => {
      // We record who the certificate names; trusting it is not the question a scan asks.
      const secured = tls.connect({ socket, rejectUnauthorized: false });
      onTls(secured);
      const timer = setTimeout(
        () => resolve({ socket: undefined, certificate: undefined, detail: 'timeout' }),
        this.options.greetingTimeoutMs,
      );
      secured.once('secureConnect', () => {
        clearTimeout(timer);
        const peer = secured.getPeerCertificate();
        const subject = peer.subject
          ? Object.entries(peer.subject)
              .map(([key, value]) => `${key}=${String(value)}`)
              .join(', ')
          : '';
        const issuer = peer.issuer
          ? Object.entries(peer.issuer)
              .map(([key, value]) => `${key}=${String(value)}`)
              .join(', ')
          : '';
        resolve({ socket: secured, certificate: { subject, issuer }, detail: '' });
      });
      secured.on('error', (error: Error) => {
        clearTimeout(timer);
        resolve({ socket: undefined, certificate: undefined, detail: error.message });
      });
    });
  }
}

function observation(target: ProbeTarget, state: ProbeState, detail: string): ProbeObservation {
  return { address: target.address, port: target.port, state, greeting: '', tls: undefined, startTls: undefined, detail };
}

/** Concurrent sockets this process can afford: half the descriptor limit, less a reserve. */
function fileDescriptorBudget(): number {
  try {
    const limits = readFileSync('/proc/self/limits', 'utf8');
    const soft = /^Max open files\s+(\d+)/m.exec(limits)?.[1];
    if (soft !== undefined) return Math.max(1, Math.floor((Number(soft) - RESERVED_FILE_DESCRIPTORS) / 2));
  } catch {
    // Not Linux: rely on the configured concurrency alone.
  }
  return Number.MAX_SAFE_INTEGER;
}
