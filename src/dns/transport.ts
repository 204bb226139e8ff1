/**
 * Sends one DNS question to one server and returns the first answer that passes validation.
 * Retries, concurrency and TCP fallback live in query-engine.ts; this file only moves packets.
 */
import dgram from 'node:dgram';
import net from 'node:net';
import type { DomainName } from '../dns-name.js';
import type { IpAddress } from '../ip-address.js';
import { isIpv6 } from '../ip-address.js';
import type { DnsMessage, QueryType, WireRecord } from './wire.js';
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
  /** Nothing valid arrived in time; `malformed` if something from the server failed to decode. */
  | { readonly kind: 'timeout'; readonly malformed: boolean; readonly detail: string }
  | { readonly kind: 'unreachable'; readonly detail: string }
  /** The host answered that nothing listens there (ICMP port unreachable, TCP RST): a definite "not served here". */
  | { readonly kind: 'refused'; readonly detail: string };

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

/** A UDP socket connected to one server, and the attempt (if any) now waiting on it. */
interface UdpChannel {
  readonly socket: dgram.Socket;
  readonly address: IpAddress;
  onMessage: ((reply: Buffer) => void) | undefined;
  onError: ((error: NodeJS.ErrnoException) => void) | undefined;
}

export class DnsTransport {
  readonly counters: TransportCounters = { sent: 0, accepted: 0, dropped: 0 };
  /** Each UDP attempt in flight, with the function that ends it. */
  private readonly openUdp = new Map<UdpChannel, (exchange: Exchange) => void>();
  /** Idle channels by server, and all of them oldest first (the first to close when there are too many). */
  private readonly idleByServer = new Map<IpAddress, UdpChannel[]>();
  private readonly idleOldestFirst = new Set<UdpChannel>();
  private readonly openTcp = new Set<net.Socket>();

  constructor(
    private readonly port: number,
    private readonly timeoutMs: number,
  ) {}

  /**
   * One UDP attempt with EDNS0, from a socket connected to this server alone. Its source port is
   * random (the kernel's ephemeral pick) and only ever shown to this server: a socket is reused
   * for later questions to the same address after a clean answer, never for another address, so
   * a server that saw earlier queries still cannot aim forged answers at another server's
   * question (RFC 5452), and the server itself can only misstate its own word. Reuse saves the
   * create, bind, connect and close of a socket per question, the largest cost of a large walk.
   */
  udp(address: IpAddress, name: DomainName, type: QueryType): Promise<Exchange> {
    const id = randomMessageId();
    const packet = encodeQuery(id, name, type, true);
    return new Promise<Exchange>((resolve) => {
      let malformed = false;
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
          if (exchange.kind === 'response') this.release(channel);
          else channel.socket.close();
        }
        resolve(exchange);
      };
      const timer = setTimeout(
        () => finish({ kind: 'timeout', malformed, detail: `no answer within ${this.timeoutMs} ms` }),
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
      const idle = this.takeIdle(address);
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

  private takeIdle(address: IpAddress): UdpChannel | undefined {
    const idle = this.idleByServer.get(address);
    const channel = idle?.pop();
    if (channel === undefined) return undefined;
    if (idle!.length === 0) this.idleByServer.delete(address);
    this.idleOldestFirst.delete(channel);
    channel.socket.ref();
    return channel;
  }

  private release(channel: UdpChannel): void {
    // Idle sockets never keep the process alive, whoever forgets to close the transport.
    channel.socket.unref();
    const idle = this.idleByServer.get(channel.address);
    if (idle) idle.push(channel);
    else this.idleByServer.set(channel.address, [channel]);
    this.idleOldestFirst.add(channel);
    if (this.idleOldestFirst.size > MAX_IDLE_UDP_SOCKETS) {
      const oldest = this.idleOldestFirst.values().next().value!;
      this.idleOldestFirst.delete(oldest);
      const siblings = this.idleByServer.get(oldest.address)!;
      siblings.splice(siblings.indexOf(oldest), 1);
      if (siblings.length === 0) this.idleByServer.delete(oldest.address);
      oldest.socket.close();
    }
  }

  /** One TCP attempt (after a truncated UDP answer, or for servers that only speak TCP). */
  tcp(address: IpAddress, name: DomainName, type: QueryType): Promise<Exchange> {
    const id = randomMessageId();
    let malformed = false;
    return this.tcpSession<Exchange>(address, frameForTcp(encodeQuery(id, name, type, false)), this.timeoutMs, {
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
    return this.tcpSession<TransferResult>(address, frameForTcp(encodeQuery(id, zone, 'AXFR', false)), timeoutMs, {
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
    });
  }

  /**
   * Sends one length-prefixed request on a new connection and hands each length-prefixed reply to
   * `handlers.message` until it returns a result; the socket is destroyed on every path.
   */
  private tcpSession<T>(
    address: IpAddress,
    request: Buffer,
    timeoutMs: number,
    handlers: { message(bytes: Buffer): T | undefined; timeout(): T; error(code: string): T; closed(): T },
  ): Promise<T> {
    return new Promise<T>((resolve) => {
      let buffered = Buffer.alloc(0);
      let totalBytes = 0;
      let settled = false;
      const socket = this.connect(address);
      const finish = (result: T) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        this.openTcp.delete(socket);
        resolve(result);
      };
      const timer = setTimeout(() => finish(handlers.timeout()), timeoutMs);
      socket.on('connect', () => {
        this.counters.sent++;
        socket.write(request);
      });
      socket.on('data', (chunk: Buffer) => {
        totalBytes += chunk.length;
        if (totalBytes > MAX_TCP_SESSION_BYTES) return finish(handlers.error('size limit exceeded'));
        buffered = Buffer.concat([buffered, chunk]);
        while (!settled && buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
          const length = buffered.readUInt16BE(0);
          const result = handlers.message(buffered.subarray(2, 2 + length));
          buffered = buffered.subarray(2 + length);
          if (result !== undefined) finish(result);
        }
      });
      socket.on('error', (error: NodeJS.ErrnoException) => finish(handlers.error(error.code ?? error.message)));
      socket.on('close', () => finish(handlers.closed()));
    });
  }

  close(): void {
    for (const socket of this.openTcp) socket.destroy();
    for (const finish of this.openUdp.values()) finish({ kind: 'timeout', malformed: false, detail: 'run ended' });
    for (const channel of this.idleOldestFirst) channel.socket.close();
    this.idleOldestFirst.clear();
    this.idleByServer.clear();
  }

  private connect(address: IpAddress): net.Socket {
    const socket = net.createConnection({ host: address, port: this.port });
    this.openTcp.add(socket);
    return socket;
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
