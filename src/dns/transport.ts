/**
 * Sends one DNS question to one server and returns the first answer that passes validation.
 * Retries, concurrency and TCP fallback live in query-engine.ts; this file only moves packets.
 */
import dgram from 'node:dgram';
import net from 'node:net';
import type { DomainName } from '../dns-name.js';
import type { IpAddress } from '../ip-address.js';
import { isIpv6 } from '../ip-address.js';
import type { DnsMessage, EdnsQuery, QueryType, WireRecord } from './wire.js';
import { decodeMessage, encodeQuery, frameForTcp, randomMessageId } from './wire.js';

/** Asked of the kernel for each UDP socket; a burst of answers must not overflow the queue. */
const UDP_RECEIVE_BUFFER_BYTES = 4 * 1024 * 1024;
/** A zone transfer is refused beyond these, so a hostile server cannot exhaust memory or time. */
const MAX_TRANSFER_RECORDS = 500_000;
const MAX_TCP_SESSION_BYTES = 128 * 1024 * 1024;
/** A zone transfer may take this many query timeouts in all. */
const TRANSFER_TIMEOUT_FACTOR = 10;

/** Errors that mean the network cannot carry the packet at all (no route, no IPv6). */
const UNREACHABLE_CODES = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL', 'EAFNOSUPPORT', 'ENONET']);

export type Exchange =
  | { readonly kind: 'response'; readonly message: DnsMessage; readonly viaTcp: boolean }
  /**
   * Nothing valid arrived in time; `malformed` if something from the server failed to decode,
   * `invalid` if anything from it failed validation (a wrong id or question included).
   */
  | { readonly kind: 'timeout'; readonly malformed: boolean; readonly detail: string; readonly invalid?: boolean }
  | { readonly kind: 'unreachable'; readonly detail: string }
  /** The host answered that nothing listens there (ICMP port unreachable, TCP RST): a definite "not served here". */
  | { readonly kind: 'refused'; readonly detail: string }
  /**
   * The UDP answer was truncated and the same question over TCP got no answer: the server's word
   * on this question is unknown. A truncated answer's records are never evidence (they may be a
   * part of the RRset, or none of it).
   */
  | { readonly kind: 'truncated'; readonly detail: string };

/** What a socket error means: nothing listens there, no route, or (anything else) no answer. */
function exchangeForError(code: string, malformed: boolean, transport: 'TCP ' | ''): Exchange {
  if (code === 'ECONNREFUSED') return { kind: 'refused', detail: `${transport}port unreachable: nothing serves DNS there` };
  if (UNREACHABLE_CODES.has(code)) return { kind: 'unreachable', detail: `${transport}${code}` };
  return { kind: 'timeout', malformed, detail: `${transport}${code}` };
}

export type TransferResult =
  | { readonly status: 'transferred'; readonly records: readonly WireRecord[] }
  | { readonly status: 'refused' | 'failed'; readonly detail: string };

export interface TransportCounters {
  sent: number;
  accepted: number;
  dropped: number;
}

/** Idle UDP sockets kept for reuse, in all: a run over thousands of servers keeps few descriptors. */
const MAX_IDLE_UDP_SOCKETS = 256;
/** Idle TCP connections kept for the next zone transfer to the same server, in all. */
const MAX_IDLE_TCP_CONNECTIONS = 64;

/**
 * Connections (UDP sockets, TCP streams) kept between exchanges, by the server they are connected
 * to; past `capacity` the oldest idle one is closed. Never handed out for another address. An idle
 * connection never keeps the process alive, whoever forgets to close the transport.
 */
class IdlePool<C extends { readonly address: IpAddress; readonly socket: { ref(): unknown; unref(): unknown } }> {
  private readonly byServer = new Map<IpAddress, C[]>();
  private readonly oldestFirst = new Set<C>();

  constructor(
    private readonly capacity: number,
    private readonly close: (channel: C) => void,
  ) {}

  take(address: IpAddress): C | undefined {
    const idle = this.byServer.get(address);
    const channel = idle?.pop();
    if (channel === undefined) return undefined;
    if (idle!.length === 0) this.byServer.delete(address);
    this.oldestFirst.delete(channel);
    channel.socket.ref();
    return channel;
  }

  put(channel: C): void {
    channel.socket.unref();
    const idle = this.byServer.get(channel.address);
    if (idle) idle.push(channel);
    else this.byServer.set(channel.address, [channel]);
    this.oldestFirst.add(channel);
    if (this.oldestFirst.size > this.capacity) {
      const oldest = this.oldestFirst.values().next().value!;
      this.remove(oldest);
      this.close(oldest);
    }
  }

  /** Takes a channel out of the pool (it was closed, or misbehaved while idle). */
  remove(channel: C): void {
    if (!this.oldestFirst.delete(channel)) return;
    const siblings = this.byServer.get(channel.address)!;
    siblings.splice(siblings.indexOf(channel), 1);
    if (siblings.length === 0) this.byServer.delete(channel.address);
  }

  closeAll(): void {
    for (const channel of this.oldestFirst) this.close(channel);
    this.oldestFirst.clear();
    this.byServer.clear();
  }
}

/** A UDP socket connected to one server, and the attempt (if any) now waiting on it. */
interface UdpChannel {
  readonly socket: dgram.Socket;
  readonly address: IpAddress;
  onMessage: ((reply: Buffer) => void) | undefined;
  onError: ((error: NodeJS.ErrnoException) => void) | undefined;
}

const EMPTY = Buffer.alloc(0);

/** A TCP connection to one server, and the exchange (if any) now using it. */
interface TcpChannel {
  readonly socket: net.Socket;
  readonly address: IpAddress;
  /** Bytes received and not yet a whole message. */
  buffered: Buffer;
  session: { data(chunk: Buffer): void; error(code: string): void; closed(): void } | undefined;
}

export class DnsTransport {
  readonly counters: TransportCounters = { sent: 0, accepted: 0, dropped: 0 };
  /** Each UDP attempt in flight, with the function that ends it. */
  private readonly openUdp = new Map<UdpChannel, (exchange: Exchange) => void>();
  private readonly idleUdp = new IdlePool<UdpChannel>(MAX_IDLE_UDP_SOCKETS, (channel) => channel.socket.close());
  private readonly idleTcp = new IdlePool<TcpChannel>(MAX_IDLE_TCP_CONNECTIONS, (channel) => this.destroyTcp(channel));
  private readonly openTcp = new Set<net.Socket>();

  constructor(
    private readonly port: number,
    private readonly timeoutMs: number,
  ) {}

  /**
   * One UDP attempt (with EDNS0 and a cookie unless `edns` is undefined), from a socket connected to this server alone. Its source port is
   * random (the kernel's ephemeral pick) and only ever shown to this server: a socket is reused
   * for later questions to the same address after a clean answer, never for another address, so
   * a server that saw earlier queries still cannot aim forged answers at another server's
   * question (RFC 5452), and the server itself can only misstate its own word. Reuse saves the
   * create, bind, connect and close of a socket per question, the largest cost of a large walk.
   */
  udp(address: IpAddress, name: DomainName, type: QueryType, edns: EdnsQuery | undefined): Promise<Exchange> {
    const id = randomMessageId();
    const packet = encodeQuery(id, name, type, edns);
    return new Promise<Exchange>((resolve) => {
      let malformed = false;
      let invalid = false;
      let settled = false;
      let channel: UdpChannel | undefined;
      const finish = (exchange: Exchange) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (channel) {
          this.openUdp.delete(channel);
          channel.onMessage = undefined;
          channel.onError = undefined;
          // A late answer to an abandoned question must not reach the next one: only a clean exchange keeps the socket.
          if (exchange.kind === 'response') this.idleUdp.put(channel);
          else channel.socket.close();
        }
        resolve(exchange);
      };
      const timer = setTimeout(
        () => finish({ kind: 'timeout', malformed, invalid, detail: `no answer within ${this.timeoutMs} ms` }),
        this.timeoutMs,
      );
      const ask = (ready: UdpChannel) => {
        channel = ready;
        this.openUdp.set(ready, finish);
        ready.onError = (error) => {
          const exchange = exchangeForError(error.code ?? error.message, malformed, '');
          // Any other error on a receive is transient: the timer still decides.
          if (exchange.kind !== 'timeout') finish(exchange);
        };
        ready.onMessage = (reply) => {
          const message = decodeMessage(reply);
          if (!message || !answersQuestion(message, id, name, type)) {
            this.counters.dropped++;
            malformed ||= message === undefined;
            invalid = true;
            return;
          }
          this.counters.accepted++;
          finish({ kind: 'response', message, viaTcp: false });
        };
        this.counters.sent++;
        ready.socket.send(packet, (sendError) => {
          if (sendError) finish(exchangeForError((sendError as NodeJS.ErrnoException).code ?? sendError.message, malformed, ''));
        });
      };
      const idle = this.idleUdp.take(address);
      if (idle) return ask(idle);
      this.openChannel(address).then(ask, (error: NodeJS.ErrnoException) => {
        finish({ kind: 'unreachable', detail: error.code ?? error.message });
      });
    });
  }

  /** A new socket connected to `address`; rejects when the host cannot reach it (no IPv6, no route). */
  private openChannel(address: IpAddress): Promise<UdpChannel> {
    return new Promise((resolve, reject) => {
      let socket: dgram.Socket;
      try {
        socket = dgram.createSocket({ type: isIpv6(address) ? 'udp6' : 'udp4', recvBufferSize: UDP_RECEIVE_BUFFER_BYTES });
      } catch (error) {
        // A socket that cannot be created for this family (no IPv6 on this host) throws.
        return reject(error as NodeJS.ErrnoException);
      }
      const channel: UdpChannel = { socket, address, onMessage: undefined, onError: undefined };
      socket.on('message', (reply: Buffer, remote: dgram.RemoteInfo) => {
        if (channel.onMessage === undefined || remote.address !== address || remote.port !== this.port) {
          this.counters.dropped++;
          return;
        }
        channel.onMessage(reply);
      });
      socket.on('error', (error: NodeJS.ErrnoException) => channel.onError?.(error));
      try {
        // connect() makes the kernel drop datagrams from any other source and report ICMP errors.
        socket.connect(this.port, address, (error?: Error) => {
          if (error) {
            socket.close();
            reject(error);
          } else resolve(channel);
        });
      } catch (error) {
        socket.close();
        reject(error as NodeJS.ErrnoException);
      }
    });
  }

  /**
   * One TCP attempt (after a truncated UDP answer, or for servers that only speak TCP), with EDNS
   * when the UDP question that led here had it: a truncated signed answer must come back signed.
   */
  tcp(address: IpAddress, name: DomainName, type: QueryType, edns: EdnsQuery | undefined): Promise<Exchange> {
    const id = randomMessageId();
    let malformed = false;
    return this.tcpSession<Exchange>(address, frameForTcp(encodeQuery(id, name, type, edns)), this.timeoutMs, {
      message: (bytes) => {
        const message = decodeMessage(bytes);
        if (message && answersQuestion(message, id, name, type)) {
          this.counters.accepted++;
          return { kind: 'response', message, viaTcp: true };
        }
        this.counters.dropped++;
        malformed ||= message === undefined;
        return undefined;
      },
      timeout: () => ({ kind: 'timeout', malformed, detail: `no answer over TCP within ${this.timeoutMs} ms` }),
      error: (code) => exchangeForError(code, malformed, 'TCP '),
      closed: () => ({ kind: 'timeout', malformed, detail: 'TCP connection closed without an answer' }),
    });
  }

  /** A full zone transfer (AXFR) over TCP: every message until the closing SOA. */
  transfer(address: IpAddress, zone: DomainName): Promise<TransferResult> {
    const id = randomMessageId();
    const records: WireRecord[] = [];
    let soaCount = 0;
    const timeoutMs = this.timeoutMs * TRANSFER_TIMEOUT_FACTOR;
    return this.tcpSession<TransferResult>(
      address,
      frameForTcp(encodeQuery(id, zone, 'AXFR', undefined)),
      timeoutMs,
      {
        message: (bytes) => {
          const message = decodeMessage(bytes);
          if (!message || message.id !== id || !message.isResponse) {
            this.counters.dropped++;
            return { status: 'failed', detail: 'malformed or unmatched transfer message' };
          }
          this.counters.accepted++;
          if (message.rcode !== 'NOERROR') return { status: 'refused', detail: message.rcode };
          for (const record of message.answers) {
            records.push(record);
            if (record.data.type === 'SOA') soaCount++;
          }
          if (records.length === 0) return { status: 'refused', detail: 'empty answer' };
          if (records.length > MAX_TRANSFER_RECORDS) return { status: 'failed', detail: 'too many records' };
          return soaCount >= 2 ? { status: 'transferred', records } : undefined;
        },
        timeout: () => ({ status: 'failed', detail: `transfer not complete within ${timeoutMs} ms` }),
        error: (code) => ({ status: 'failed', detail: `TCP ${code}` }),
        closed: () =>
          records.length === 0 ? { status: 'refused', detail: 'connection closed' } : { status: 'failed', detail: 'transfer cut short' },
      },
      // A run asks each server for the transfer of every zone it serves: one connection per server, not per zone.
      (result) => result.status !== 'failed',
    );
  }

  /**
   * Sends one length-prefixed request and hands each length-prefixed reply to `handlers.message`
   * until it returns a result. With `reusable`, a connection left clean by the exchange (the
   * result says so and nothing more arrived) is kept for the next exchange with the same server;
   * a kept connection the server closed meanwhile is replaced by a new one once. Any other
   * connection is destroyed on every path.
   */
  private tcpSession<T>(
    address: IpAddress,
    request: Buffer,
    timeoutMs: number,
    handlers: { message(bytes: Buffer): T | undefined; timeout(): T; error(code: string): T; closed(): T },
    reusable?: (result: T) => boolean,
  ): Promise<T> {
    return new Promise<T>((resolve) => {
      let settled = false;
      let channel: TcpChannel;
      let received = 0;
      const finish = (result: T, fromMessage = false) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        channel.session = undefined;
        if (fromMessage && reusable?.(result) && channel.buffered.length === 0 && !channel.socket.destroyed) {
          this.idleTcp.put(channel);
        } else this.destroyTcp(channel);
        resolve(result);
      };
      const timer = setTimeout(() => finish(handlers.timeout()), timeoutMs);
      const send = () => {
        this.counters.sent++;
        channel.socket.write(request);
      };
      const use = (next: TcpChannel, kept: boolean) => {
        channel = next;
        const replaceOnce = () => {
          this.destroyTcp(next);
          use(this.openTcpChannel(address, send), false);
        };
        next.session = {
          data: (chunk) => {
            received += chunk.length;
            if (received > MAX_TCP_SESSION_BYTES) return finish(handlers.error('size limit exceeded'));
            next.buffered = next.buffered.length === 0 ? chunk : Buffer.concat([next.buffered, chunk]);
            while (!settled && next.buffered.length >= 2 && next.buffered.length >= 2 + next.buffered.readUInt16BE(0)) {
              const length = next.buffered.readUInt16BE(0);
              const bytes = next.buffered.subarray(2, 2 + length);
              next.buffered = next.buffered.subarray(2 + length);
              const result = handlers.message(bytes);
              if (result !== undefined) finish(result, true);
            }
          },
          // A kept connection that ends before any byte of the answer was closed by the server while idle.
          error: (code) => (kept && received === 0 ? replaceOnce() : finish(handlers.error(code))),
          closed: () => (kept && received === 0 ? replaceOnce() : finish(handlers.closed())),
        };
        if (kept) send();
      };
      const kept = reusable ? this.idleTcp.take(address) : undefined;
      if (kept) use(kept, true);
      else use(this.openTcpChannel(address, send), false);
    });
  }

  close(): void {
    for (const socket of this.openTcp) socket.destroy();
    for (const finish of this.openUdp.values()) finish({ kind: 'timeout', malformed: false, detail: 'run ended' });
    this.idleUdp.closeAll();
    this.idleTcp.closeAll();
  }

  /** A new connection to `address`; `connected` sends the request once it is up. */
  private openTcpChannel(address: IpAddress, connected: () => void): TcpChannel {
    const socket = net.createConnection({ host: address, port: this.port });
    this.openTcp.add(socket);
    const channel: TcpChannel = { socket, address, buffered: EMPTY, session: undefined };
    socket.once('connect', connected);
    // Bytes on an idle connection answer nothing we asked: the connection is not trusted again.
    socket.on('data', (chunk: Buffer) => (channel.session ? channel.session.data(chunk) : this.destroyTcp(channel)));
    socket.on('error', (error: NodeJS.ErrnoException) => channel.session?.error(error.code ?? error.message));
    socket.on('close', () => {
      this.idleTcp.remove(channel);
      this.openTcp.delete(socket);
      channel.session?.closed();
    });
    return channel;
  }

  private destroyTcp(channel: TcpChannel): void {
    channel.session = undefined;
    this.idleTcp.remove(channel);
    this.openTcp.delete(channel.socket);
    channel.socket.destroy();
  }
}

/**
 * Is this message the answer to our question? Anything else is dropped, never believed: a reply
 * without the question echoed (even an error) could answer any pending query with that id.
 */
export function answersQuestion(message: DnsMessage, id: number, name: DomainName, type: QueryType): boolean {
  if (message.id !== id || !message.isResponse || message.opcode !== 'QUERY') return false;
  if (message.question === undefined) return false;
  return message.question.name === name && message.question.type === type && message.question.class === 'IN';
}
