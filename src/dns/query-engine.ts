import type { DomainName } from '../dns-name.js';
import type { IpAddress } from '../ip-address.js';
import { compareAddresses } from '../ip-address.js';
import { randomBytes } from 'node:crypto';
import type { DnsStats, ServerTransportObservation } from '../observations/model.js';
import { Semaphore } from '../semaphore.js';
import type { Exchange, TransferResult } from './transport.js';
import { DnsTransport } from './transport.js';
import type { DnsMessage, QueryType } from './wire.js';
import { CLIENT_COOKIE_BYTES } from './wire.js';

/** Rcodes with which a server says it does not understand a query carrying OPT (RFC 6891 §7). */
const EDNS_REJECTIONS = new Set(['FORMERR', 'NOTIMP', 'BADVERS']);
/** Questions a server left unanswered that the observations name; the rest are counted. */
const MAX_UNANSWERED_KEPT = 20;
/**
 * An address that never answered is given up on once this many different question types went
 * unanswered: one silent type (AAAA, RFC 4074) is a quirk, silence to everything is a dead server.
 */
const SILENT_TYPES_FOR_DEAD_SERVER = 2;

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
  /** What this run learned about each address it asked: EDNS, cookies, silences. */
  private readonly servers = new Map<IpAddress, ServerState>();
  /** Our client cookie (RFC 7873): one per run, shown to every server, tied to nothing else. */
  private readonly clientCookie = randomBytes(CLIENT_COOKIE_BYTES);
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
   * `optional`: asked after every other waiting question to this server.
   */
  query(address: IpAddress, name: DomainName, type: QueryType, sharing?: 'offer' | 'take', optional = false): Promise<Exchange> {
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
    // An optional question (the addresses of in-zone server names) waits behind the policy's own
    // questions to the same server: a server deaf to AAAA must not hold its MX answer back.
    const pending = this.serverSlot(address).use(() => this.global.use(() => this.withRetries(address, name, type)), optional);
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
    const knownDead = this.servers.get(address)?.dead;
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

  /**
   * Every address that answered this run and needed something out of the ordinary (asked without
   * EDNS, TCP after truncation, a cookie exchange) or left questions unanswered while it answered
   * others: why a server was not fully checked, for the observations. Silent addresses are left
   * out (their every reply says so already).
   */
  get serverTransports(): ServerTransportObservation[] {
    const result: ServerTransportObservation[] = [];
    for (const [address, state] of this.servers) {
      if (!state.answered) continue;
      const notable = state.ednsFallback !== undefined || state.tcpAnswers > 0 || state.cookieRetries > 0 || state.unanswered.length > 0;
      if (!notable) continue;
      result.push({
        address,
        edns: state.ednsFallback === undefined ? 'used' : 'not-used',
        ednsDetail: state.ednsFallback ?? '',
        tcpAnswers: state.tcpAnswers,
        cookieRetries: state.cookieRetries,
        unanswered: state.unanswered,
        unansweredCount: state.unansweredCount,
      });
    }
    return result.sort((a, b) => compareAddresses(a.address, b.address));
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

  private stateOf(address: IpAddress): ServerState {
    let state = this.servers.get(address);
    if (!state) {
      state = {
        answered: false,
        ednsConfirmed: false,
        ednsFallback: undefined,
        serverCookie: undefined,
        silentTypes: new Map(),
        dead: undefined,
        tcpAnswers: 0,
        cookieRetries: 0,
        unanswered: [],
        unansweredCount: 0,
      };
      this.servers.set(address, state);
    }
    return state;
  }

  /**
   * One question, bounded: (retries + 1) UDP tries with EDNS, then, if the server never showed it
   * understands EDNS, one more without it and one over TCP at once (a server that drops OPT, or
   * speaks only TCP); FORMERR/NOTIMP/BADVERS to OPT switch the server to queries without it for
   * the rest of the run; BADCOOKIE is answered once with the server's cookie (RFC 7873 §5.3); a
   * truncated answer goes to TCP and, if TCP fails, is "truncated", never an answer. A timeout is
   * remembered per (server, question type): one silent type does not silence the server, but a
   * server that never answered anything is given up on after two silent types.
   */
  private async withRetries(address: IpAddress, name: DomainName, type: QueryType): Promise<Exchange> {
    if (this.options.deadline?.aborted) return { kind: 'timeout', malformed: false, detail: 'not asked: the run deadline was reached' };
    const state = this.stateOf(address);
    if (state.dead !== undefined) return state.dead;
    const silent = state.silentTypes.get(type);
    if (silent !== undefined) return this.unanswered(state, name, type, silent);
    let cookieRetried = false;
    let last: Exchange | undefined;
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      const withEdns = state.ednsFallback === undefined;
      last = await this.transport.udp(
        address,
        name,
        type,
        withEdns ? { clientCookie: this.clientCookie, serverCookie: state.serverCookie } : undefined,
      );
      if (last.kind === 'unreachable') return last;
      if (last.kind === 'refused') {
        // A definite "nothing here": no retries, and no further question to this address.
        state.dead = last;
        return last;
      }
      if (last.kind !== 'response') continue;
      state.answered = true;
      const { message } = last;
      if (withEdns && EDNS_REJECTIONS.has(message.rcode)) {
        state.ednsFallback ??= `it answered ${message.rcode} to a query with EDNS`;
        attempt--;
        continue;
      }
      if (withEdns && message.rcode === 'BADCOOKIE' && !cookieRetried && message.edns?.serverCookie) {
        state.serverCookie = message.edns.serverCookie;
        state.cookieRetries++;
        cookieRetried = true;
        attempt--;
        continue;
      }
      if (withEdns) this.noteEdns(state, message);
      return this.completed(state, address, name, type, last);
    }
    // Garbage or forgeries over UDP are a broken server (or an attack), not a quirk: only
    // silence earns the other transports.
    const malformed = last?.kind === 'timeout' && last.malformed;
    if (!state.ednsConfirmed && !(last?.kind === 'timeout' && last.invalid)) {
      const fallback = await this.lastResort(state, address, name, type);
      if (fallback !== undefined) return fallback;
    }
    this.timeouts++;
    const tries = this.options.retries + 1;
    const detail = `${malformed ? 'only malformed answers' : 'no answer'} after ${tries} ${tries === 1 ? 'try' : 'tries'} of ${this.options.timeoutMs} ms`;
    // The same words every time, so a failure that quotes several lookups names each server once.
    const timedOut: Exchange & { kind: 'timeout' } = { kind: 'timeout', detail, malformed };
    state.silentTypes.set(type, timedOut);
    if (!state.answered && state.silentTypes.size >= SILENT_TYPES_FOR_DEAD_SERVER) state.dead = timedOut;
    return state.answered ? this.unanswered(state, name, type, timedOut) : timedOut;
  }

  /**
   * The server never showed it understands EDNS and every EDNS try went unanswered: ask once
   * without EDNS over UDP and once over TCP together, and believe the first that answers.
   */
  private async lastResort(state: ServerState, address: IpAddress, name: DomainName, type: QueryType): Promise<Exchange | undefined> {
    const plain = state.ednsFallback === undefined ? this.transport.udp(address, name, type, undefined) : undefined;
    const tcp = this.transport.tcp(address, name, type, undefined);
    const answered = await firstResponse(plain ? [plain, tcp] : [tcp]);
    if (answered === undefined) return undefined;
    state.answered = true;
    if (!answered.viaTcp) {
      state.ednsFallback ??= 'it answered only queries without EDNS';
      return this.completed(state, address, name, type, answered);
    }
    state.tcpAnswers++;
    return answered;
  }

  private noteEdns(state: ServerState, message: DnsMessage): void {
    if (message.edns !== undefined) state.ednsConfirmed = true;
    if (message.edns?.serverCookie) state.serverCookie = message.edns.serverCookie;
  }

  /** A UDP answer: itself, or when truncated the TCP answer to the same question, or "truncated". */
  private async completed(
    state: ServerState,
    address: IpAddress,
    name: DomainName,
    type: QueryType,
    answer: Exchange & { kind: 'response' },
  ): Promise<Exchange> {
    if (!answer.message.truncated) return answer;
    this.tcpFallbacks++;
    const edns = state.ednsFallback === undefined ? { clientCookie: this.clientCookie, serverCookie: state.serverCookie } : undefined;
    const overTcp = await this.transport.tcp(address, name, type, edns);
    if (overTcp.kind === 'response') {
      state.tcpAnswers++;
      return overTcp;
    }
    const detail = `its UDP answer was truncated and TCP failed (${overTcp.kind === 'refused' ? 'connection refused' : overTcp.detail})`;
    return this.unanswered(state, name, type, { kind: 'truncated', detail });
  }

  private unanswered(
    state: ServerState,
    name: DomainName,
    type: QueryType,
    exchange: Exchange & { kind: 'timeout' | 'truncated' },
  ): Exchange {
    state.unansweredCount++;
    if (state.unanswered.length < MAX_UNANSWERED_KEPT) state.unanswered.push({ name, type, detail: exchange.detail });
    return exchange;
  }
}

interface ServerState {
  /** Whether any valid answer ever came from this address. */
  answered: boolean;
  /** It answered a query with EDNS with an OPT record of its own: it understands EDNS. */
  ednsConfirmed: boolean;
  /** Why it is asked without EDNS, once it rejected or ignored queries that carry it. */
  ednsFallback: string | undefined;
  /** The cookie it last gave us, sent back with every later query (RFC 7873 §5.3). */
  serverCookie: Buffer | undefined;
  /** Question types it never answered, with the words of that failure. */
  silentTypes: Map<QueryType, Exchange & { kind: 'timeout' }>;
  /** Set once the address is given up on: every later question ends at once with this. */
  dead: (Exchange & { kind: 'timeout' | 'refused' }) | undefined;
  tcpAnswers: number;
  cookieRetries: number;
  unanswered: { name: DomainName; type: string; detail: string }[];
  unansweredCount: number;
}

/** The first of these exchanges that is a response, or undefined once none is. */
function firstResponse(exchanges: readonly Promise<Exchange>[]): Promise<(Exchange & { kind: 'response' }) | undefined> {
  return new Promise((resolve) => {
    let pending = exchanges.length;
    for (const exchange of exchanges) {
      void exchange.then((result) => {
        pending--;
        if (result.kind === 'response' && !result.message.truncated) resolve(result);
        else if (pending === 0) resolve(undefined);
      });
    }
  });
}
