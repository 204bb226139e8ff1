import type { DomainName } from '../dns-name.js';
import type { IpAddress } from '../ip-address.js';
import type { DnsStats } from '../observations/model.js';
import { Semaphore } from '../semaphore.js';
import type { Exchange, TransferResult } from './transport.js';
import { DnsTransport } from './transport.js';
import type { QueryType } from './wire.js';

/** So that no single server is hammered, whatever the global concurrency. */
const MIN_PER_SERVER_IN_FLIGHT = 8;

export interface QueryEngineOptions {
  readonly port: number;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly concurrency: number;
  /** Once aborted, no query is sent: each ends at once as unanswered ("run deadline reached"). */
  readonly deadline?: AbortSignal;
}

/**
 * Every DNS question of a run goes through here: a global bound on queries in flight, a small
 * bound per server, bounded retries, TCP after a truncated answer, and a memory of servers that
 * never answered, so that one dead server costs (retries + 1) × timeout once, not per question.
 */
export class QueryEngine {
  private readonly transport: DnsTransport;
  private readonly global: Semaphore;
  private readonly perServer = new Map<IpAddress, Semaphore>();
  private readonly perServerLimit: number;
  /** Offered exchanges by the name asked, then by server and type. */
  private readonly offered = new Map<DomainName, Map<string, Promise<Exchange>>>();
  /** Addresses that never answered or said nothing serves DNS there: asked no more in this run. */
  private readonly unresponsive = new Map<IpAddress, Exchange & { kind: 'timeout' | 'refused' }>();
  private timeouts = 0;
  private tcpFallbacks = 0;

  constructor(private readonly options: QueryEngineOptions) {
    this.transport = new DnsTransport(options.port, options.timeoutMs);
    this.global = new Semaphore(options.concurrency);
    this.perServerLimit = Math.max(MIN_PER_SERVER_IN_FLIGHT, Math.ceil(options.concurrency / 4));
  }

  /**
   * `offer`: keep this exchange for one later `take` of the same question to the same server (the
   * resolver's NS lookups collect the parent's referral and one server's apex NS RRset, which the
   * walk asks next); `take`: use such an offered exchange if there is one, and forget it.
   */
  query(address: IpAddress, name: DomainName, type: QueryType, sharing?: 'offer' | 'take'): Promise<Exchange> {
    const key = `${address}|${type}`;
    if (sharing === 'take') {
      const forName = this.offered.get(name);
      const offered = forName?.get(key);
      if (offered) {
        forName!.delete(key);
        if (forName!.size === 0) this.offered.delete(name);
        return offered;
      }
    }
    const pending = this.serverSlot(address).use(() => this.global.use(() => this.withRetries(address, name, type)));
    if (sharing === 'offer') {
      const forName = this.offered.get(name) ?? new Map<string, Promise<Exchange>>();
      forName.set(key, pending);
      this.offered.set(name, forName);
    }
    return pending;
  }

  /** Offered exchanges about `name` that nobody took: the name is done with, and they would be kept to the end. */
  forgetOffers(name: DomainName): void {
    this.offered.delete(name);
  }

  transfer(address: IpAddress, zone: DomainName): Promise<TransferResult> {
    if (this.options.deadline?.aborted) return Promise.resolve({ status: 'failed', detail: 'not tried: the run deadline was reached' });
    const knownDead = this.unresponsive.get(address);
    if (knownDead !== undefined) return Promise.resolve({ status: 'failed', detail: knownDead.detail });
    return this.serverSlot(address).use(() => this.global.use(() => this.transport.transfer(address, zone)));
  }

  get stats(): DnsStats {
    const { sent, accepted, dropped } = this.transport.counters;
    return {
      queriesSent: sent,
      answersAccepted: accepted,
      answersDropped: dropped,
      timeouts: this.timeouts,
      tcpFallbacks: this.tcpFallbacks,
    };
  }

  close(): void {
    this.transport.close();
  }

  private serverSlot(address: IpAddress): Semaphore {
    let slot = this.perServer.get(address);
    if (!slot) {
      slot = new Semaphore(this.perServerLimit);
      this.perServer.set(address, slot);
    }
    return slot;
  }

  private async withRetries(address: IpAddress, name: DomainName, type: QueryType): Promise<Exchange> {
    if (this.options.deadline?.aborted) return { kind: 'timeout', malformed: false, detail: 'not asked: the run deadline was reached' };
    const knownDead = this.unresponsive.get(address);
    if (knownDead !== undefined) return knownDead;
    let last: Exchange | undefined;
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      last = await this.transport.udp(address, name, type);
      if (last.kind === 'unreachable') return last;
      if (last.kind === 'refused') {
        // A definite "nothing here": no retries, and no further question to this address.
        this.unresponsive.set(address, last);
        return last;
      }
      if (last.kind === 'response') {
        if (!last.message.truncated) return last;
        this.tcpFallbacks++;
        const overTcp = await this.transport.tcp(address, name, type);
        // A truncated UDP answer is still an answer when TCP is unavailable: its header is valid.
        return overTcp.kind === 'response' ? overTcp : last;
      }
    }
    this.timeouts++;
    const tries = this.options.retries + 1;
    const malformed = last?.kind === 'timeout' && last.malformed;
    const detail = `${malformed ? 'only malformed answers' : 'no answer'} after ${tries} ${tries === 1 ? 'try' : 'tries'} of ${this.options.timeoutMs} ms`;
    // One server that never answers costs (retries + 1) × timeout once, not once per question.
    // The same words every time, so a failure that quotes several lookups names each server once.
    this.unresponsive.set(address, { kind: 'timeout', detail, malformed });
    return { kind: 'timeout', malformed, detail };
  }
}
