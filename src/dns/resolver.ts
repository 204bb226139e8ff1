/**
 * An iterative resolver from the root hints, written here because a stub resolver hides what this
 * tool must see (AA bit, authority section, which server said what) and Node's own sets RD. It
 * follows referrals and CNAME chains, resolves glue-less name servers, caches results, and turns
 * loops into failures: depth, referral, alias and server-attempt counts are all bounded.
 */
import type { DomainName } from '../dns-name.js';
import { isSubdomain, MAX_CNAME_CHAIN, parentName, ROOT_NAME } from '../dns-name.js';
import type { IpAddress } from '../ip-address.js';
import type { ServerRef } from '../observations/model.js';
import type { QueryEngine } from './query-engine.js';
import type { Reachability } from './reachability.js';
import { addressOf, glueFor } from './wire.js';
import type { DnsMessage, QueryType, WireRecord } from './wire.js';

/** What the walk asks the resolver about a zone's own name. */
const APEX_TYPES: readonly QueryType[] = ['NS', 'SOA', 'A', 'AAAA', 'MX'];
/** Nested resolutions (a glue-less name server's address, inside another lookup). */
const MAX_NESTING_DEPTH = 6;
/** Referrals followed for one name: far more than any real delegation chain. */
const MAX_REFERRALS = 16;
/** Server addresses tried for one step before giving up. */
const MAX_ADDRESSES_PER_STEP = 12;

export interface NameServer {
  readonly name: DomainName;
  readonly addresses: readonly IpAddress[];
}

export interface Delegation {
  readonly zone: DomainName;
  readonly servers: readonly NameServer[];
}

export type Lookup =
  | {
      readonly status: 'answer' | 'nodata' | 'nxdomain';
      readonly records: readonly WireRecord[];
      readonly cnameChain: readonly DomainName[];
      readonly answeredBy: ServerRef;
      /** The zone holding the name asked (before any alias), from the SOA or the delegation. */
      readonly zone: DomainName;
    }
  | {
      readonly status: 'failed';
      readonly detail: string;
      readonly delegation: Delegation | undefined;
      /** Aliases followed before the failure (a CNAME loop still proves the name is an alias). */
      readonly cnameChain: readonly DomainName[];
    };

type Step =
  | { kind: 'final'; status: 'answer' | 'nodata' | 'nxdomain'; records: WireRecord[]; answeredBy: ServerRef; zone: DomainName }
  | { kind: 'alias'; target: DomainName; answeredBy: ServerRef; zone: DomainName }
  | { kind: 'failed'; detail: string; delegation: Delegation | undefined };

export interface ResolverOptions {
  readonly rootServers: readonly NameServer[];
  readonly reachability: Reachability;
  /** How long one server may stay silent before the next is asked alongside it (one query timeout). */
  readonly staggerMs: number;
}

export class IterativeResolver {
  private readonly delegations = new Map<DomainName, Delegation>();
  /** Names known to be no zone cut (served by the same servers as their parent). */
  private readonly withoutCut = new Set<DomainName>();
  private readonly cutsBeingLearned = new Map<DomainName, Promise<void>>();
  private readonly lookups = new Map<string, Promise<Lookup>>();
  /** Which lookup waits on which: a new wait that would close a cycle fails instead of deadlocking. */
  private readonly waitsFor = new Map<string, Map<string, number>>();

  constructor(
    private readonly engine: QueryEngine,
    private readonly options: ResolverOptions,
  ) {}

  lookup(name: DomainName, type: QueryType, caller?: string, depth = 0): Promise<Lookup> {
    const key = `${name}/${type}`;
    if (depth > MAX_NESTING_DEPTH) return Promise.resolve(failed(`resolution of ${name} ${type} nested too deep`));
    if (caller !== undefined) {
      if (caller === key || this.reaches(key, caller)) return Promise.resolve(failed(`resolution cycle through ${name} ${type}`));
      this.addWait(caller, key);
    }
    let pending = this.lookups.get(key);
    if (!pending) {
      pending = this.followAliases(name, type, key, depth);
      this.lookups.set(key, pending);
    }
    return caller === undefined ? pending : pending.finally(() => this.removeWait(caller, key));
  }

  /**
   * All A and AAAA addresses of a host, in a stable order; `aliasChain` is non-empty when the
   * host is an alias (the addresses are then its canonical name's).
   */
  async addressesOf(
    name: DomainName,
    caller?: string,
    depth = 0,
  ): Promise<{ addresses: IpAddress[]; detail: string; aliasChain: readonly DomainName[] }> {
    const [a, aaaa] = await Promise.all([this.lookup(name, 'A', caller, depth), this.lookup(name, 'AAAA', caller, depth)]);
    const addresses = [a, aaaa].flatMap((result) => (result.status === 'answer' ? result.records.flatMap(addressOf) : []));
    const detail = uniqueReasons([a, aaaa].map((result) => (result.status === 'failed' ? result.detail : result.status)));
    const aliasChain = a.cnameChain.length > 0 ? a.cnameChain : aaaa.cnameChain;
    return { addresses: [...new Set(addresses)], detail, aliasChain };
  }

  /** The name servers of a zone and their addresses, as the zone itself (or, failing that, its parent) says. */
  async serversOf(zone: DomainName): Promise<NameServer[]> {
    if (zone === ROOT_NAME) return this.primeRoot();
    const answer = await this.lookup(zone, 'NS');
    const referral = this.delegations.get(zone);
    const names =
      answer.status === 'answer' && answer.cnameChain.length === 0
        ? answer.records.flatMap((record) => (record.data.type === 'NS' ? [record.data.target] : []))
        : (referral?.servers.map((server) => server.name) ?? []);
    return Promise.all(
      [...new Set(names)].sort().map(async (name) => {
        const glue = referral?.servers.find((server) => server.name === name)?.addresses ?? [];
        const { addresses } = await this.addressesOf(name);
        return { name, addresses: [...new Set([...addresses, ...glue])] };
      }),
    );
  }

  /**
   * Drops what was learned about a zone's apex once the walk is done with the zone, so that memory
   * does not grow with the number of zones walked. A later question about it learns it again.
   */
  forgetZone(zone: DomainName): void {
    if (zone === ROOT_NAME) return;
    this.delegations.delete(zone);
    for (const type of APEX_TYPES) this.lookups.delete(`${zone}/${type}`);
  }

  /** The deepest delegation learned so far that covers `name`. */
  knownDelegation(name: DomainName): Delegation {
    for (let zone: DomainName | undefined = name; zone !== undefined; zone = parentName(zone)) {
      const delegation = this.delegations.get(zone);
      if (delegation) return delegation;
    }
    return { zone: ROOT_NAME, servers: this.options.rootServers };
  }

  private async primeRoot(): Promise<NameServer[]> {
    const hints = this.options.rootServers;
    for (const hint of hints) {
      for (const address of hint.addresses.filter((candidate) => this.canAsk(candidate))) {
        const exchange = await this.engine.query(address, ROOT_NAME, 'NS');
        this.options.reachability.note(address, exchange);
        if (exchange.kind !== 'response' || exchange.message.rcode !== 'NOERROR' || !exchange.message.authoritative) continue;
        const names = exchange.message.answers.flatMap((record) =>
          record.name === ROOT_NAME && record.data.type === 'NS' ? [record.data.target] : [],
        );
        if (names.length === 0) continue;
        return Promise.all(
          [...new Set(names)].sort().map(async (name) => {
            const glue = glueFor(exchange.message, name, ROOT_NAME);
            const resolved = glue.length > 0 ? glue : (await this.addressesOf(name)).addresses;
            return { name, addresses: resolved };
          }),
        );
      }
    }
    return [...hints];
  }

  private async followAliases(name: DomainName, type: QueryType, key: string, depth: number): Promise<Lookup> {
    const chain: DomainName[] = [];
    let current = name;
    let zoneOfName: DomainName | undefined;
    for (let hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
      const step = await this.resolveStep(current, type, key, depth);
      if (step.kind === 'failed') return { status: 'failed', detail: step.detail, delegation: step.delegation, cnameChain: chain };
      zoneOfName ??= step.zone;
      if (step.kind === 'final') {
        return { status: step.status, records: step.records, cnameChain: chain, answeredBy: step.answeredBy, zone: zoneOfName };
      }
      if (step.target === name || chain.includes(step.target)) {
        return { ...failed(`CNAME loop: ${[name, ...chain, step.target].join(' → ')}`), cnameChain: [...chain, step.target] };
      }
      chain.push(step.target);
      current = step.target;
    }
    return { ...failed(`CNAME chain from ${name} longer than ${MAX_CNAME_CHAIN}`), cnameChain: chain };
  }

  private async resolveStep(name: DomainName, type: QueryType, key: string, depth: number): Promise<Step> {
    let delegation = this.knownDelegation(name);
    for (let referral = 0; referral <= MAX_REFERRALS; referral++) {
      // Thousands of names under one zone cut not yet known would each ask the same servers for
      // the same referral (all of .test's zones asking the root for "test"): learn it once, share it.
      const intermediate = childTowards(delegation.zone, name);
      if (intermediate !== undefined && !this.delegations.has(intermediate) && !this.withoutCut.has(intermediate)) {
        await this.learnCut(intermediate, delegation, key, depth);
        const deeper = this.knownDelegation(name);
        if (deeper.zone !== delegation.zone) {
          delegation = deeper;
          continue;
        }
      }
      const step = await this.askServers(delegation, name, type, key, depth);
      if (!('referral' in step)) return step;
      delegation = step.referral;
      this.delegations.set(delegation.zone, delegation);
    }
    return { kind: 'failed', detail: `more than ${MAX_REFERRALS} referrals for ${name}`, delegation };
  }

  private learnCut(zone: DomainName, delegation: Delegation, key: string, depth: number): Promise<void> {
    let pending = this.cutsBeingLearned.get(zone);
    if (!pending) {
      pending = this.askServers(delegation, zone, 'NS', key, depth).then((step) => {
        if ('referral' in step && step.referral.zone === zone) this.delegations.set(zone, step.referral);
        else this.withoutCut.add(zone);
      });
      this.cutsBeingLearned.set(zone, pending);
    }
    return pending;
  }

  private async askServers(
    delegation: Delegation,
    name: DomainName,
    type: QueryType,
    key: string,
    depth: number,
  ): Promise<Step | { referral: Delegation }> {
    const reasons: string[] = [];
    const budget = { attempts: 0 };
    const withGlue = delegation.servers.filter((server) => server.addresses.length > 0);
    const glueless = delegation.servers.filter((server) => server.addresses.length === 0);
    // Start at a different server for different names, so a large run spreads over a zone's
    // servers instead of loading the first one; the order is still fixed for a given name.
    const start = withGlue.length === 0 ? 0 : spreadIndex(name, withGlue.length);
    const ordered: NameServer[] = [...withGlue.slice(start), ...withGlue.slice(0, start)];
    const answered = await this.race(ordered, delegation, name, type, reasons, budget);
    if (answered !== undefined) return answered;
    for (const unresolved of glueless) {
      const { addresses, detail } = await this.addressesOf(unresolved.name, key, depth + 1);
      if (addresses.length === 0) {
        reasons.push(`${unresolved.name}: no address (${detail})`);
        continue;
      }
      const step = await this.race([{ name: unresolved.name, addresses }], delegation, name, type, reasons, budget);
      if (step !== undefined) return step;
    }
    const detail = reasons.length > 0 ? reasons.join('; ') : `no server of ${delegation.zone || '.'} could be asked`;
    return { kind: 'failed', detail, delegation };
  }

  /**
   * Asks the servers' addresses one after the other, but does not wait out a silent one: when an
   * address has not answered within one query timeout the next is asked alongside it, and a
   * failure moves on at once. A healthy zone costs one question; a zone of silent servers costs
   * about one timeout per address instead of (retries + 1) timeouts each, in turn.
   */
  private race(
    servers: readonly NameServer[],
    delegation: Delegation,
    name: DomainName,
    type: QueryType,
    reasons: string[],
    budget: { attempts: number },
  ): Promise<Step | { referral: Delegation } | undefined> {
    const candidates = servers.flatMap((server) =>
      server.addresses.filter((address) => this.canAsk(address)).map((address) => ({ name: server.name, address })),
    );
    let next = 0;
    let pending = 0;
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result: Step | { referral: Delegation } | undefined) => {
        if (settled) return;
        settled = true;
        resolve(result);
      };
      const launch = () => {
        if (settled) return;
        if (next >= candidates.length || budget.attempts >= MAX_ADDRESSES_PER_STEP) {
          if (pending === 0) finish(undefined);
          return;
        }
        const answeredBy = candidates[next++]!;
        budget.attempts++;
        pending++;
        let movedOn = false;
        const moveOn = () => {
          if (movedOn) return;
          movedOn = true;
          launch();
        };
        const stagger = setTimeout(moveOn, this.options.staggerMs);
        // NS exchanges are offered to the walk, which asks the same servers the same question next.
        void this.engine.query(answeredBy.address, name, type, type === 'NS' ? 'offer' : undefined).then((exchange) => {
          pending--;
          clearTimeout(stagger);
          this.options.reachability.note(answeredBy.address, exchange);
          const label = `${answeredBy.name}/${answeredBy.address}`;
          const step = exchange.kind === 'response' ? interpret(exchange.message, name, type, delegation, answeredBy) : exchange.detail;
          if (typeof step !== 'string') return finish(step);
          reasons.push(`${label}: ${step}`);
          // Not yet moved on: do so now. Already moved on: the next is in flight, unless none was left.
          if (!movedOn) moveOn();
          else if (pending === 0) launch();
        });
      };
      launch();
    });
  }

  private canAsk(address: IpAddress): boolean {
    return this.options.reachability.notAsked(address) === undefined;
  }

  private reaches(from: string, to: string, seen = new Set<string>()): boolean {
    if (from === to) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    for (const next of this.waitsFor.get(from)?.keys() ?? []) if (this.reaches(next, to, seen)) return true;
    return false;
  }

  private addWait(from: string, to: string): void {
    const edges = this.waitsFor.get(from) ?? new Map<string, number>();
    edges.set(to, (edges.get(to) ?? 0) + 1);
    this.waitsFor.set(from, edges);
  }

  private removeWait(from: string, to: string): void {
    const edges = this.waitsFor.get(from);
    const count = edges?.get(to) ?? 0;
    if (count <= 1) edges?.delete(to);
    else edges?.set(to, count - 1);
  }
}

function spreadIndex(name: string, count: number): number {
  let hash = 0;
  for (let index = 0; index < name.length; index++) hash = (hash * 31 + name.charCodeAt(index)) >>> 0;
  return hash % count;
}

/** The name one label below `zone` on the way to `name`, if that is not `name` itself. */
function childTowards(zone: DomainName, name: DomainName): DomainName | undefined {
  if (name === zone || !isSubdomain(name, zone)) return undefined;
  const labels = name.split('.');
  const depth = zone === ROOT_NAME ? 1 : zone.split('.').length + 1;
  const child = labels.slice(labels.length - depth).join('.') as DomainName;
  return child === name ? undefined : child;
}

/**
 * Failures of several lookups as one text that names each server's failure once: A and AAAA
 * usually fail at the same servers for the same reason.
 */
export function uniqueReasons(failures: readonly string[]): string {
  return [...new Set(failures.flatMap((failure) => failure.split('; ')))].join('; ');
}

function failed(detail: string): Lookup & { status: 'failed' } {
  return { status: 'failed', detail, delegation: undefined, cnameChain: [] };
}

/**
 * The zone an authoritative answer about `name` speaks for: the owner of the SOA in its authority
 * section, believed only when it encloses `name` and lies within the zone whose servers were
 * asked. Anything else (a server of evil.example naming victim.example's SOA) is out of
 * bailiwick, and the zone stays the one the delegation led to.
 */
function zoneFromAuthority(message: DnsMessage, name: DomainName, asked: DomainName): DomainName {
  const owner = message.authorities.find((record) => record.data.type === 'SOA')?.name;
  return owner !== undefined && isSubdomain(name, owner) && isSubdomain(owner, asked) ? owner : asked;
}

/** What a server's answer means for an iterative lookup; a string says why the server is unusable. */
function interpret(
  message: DnsMessage,
  name: DomainName,
  type: QueryType,
  delegation: Delegation,
  answeredBy: ServerRef,
): Step | { referral: Delegation } | string {
  if (message.rcode === 'NXDOMAIN') {
    if (!message.authoritative) return 'NXDOMAIN without the AA bit';
    return { kind: 'final', status: 'nxdomain', records: [], answeredBy, zone: zoneFromAuthority(message, name, delegation.zone) };
  }
  if (message.rcode !== 'NOERROR') return message.rcode;
  if (message.authoritative) {
    const records = message.answers.filter((record) => record.name === name && record.data.type === type);
    if (records.length > 0) {
      // An authoritative SOA or NS RRset at the name makes it a zone apex.
      const zone = type === 'SOA' || type === 'NS' ? name : zoneFromAuthority(message, name, delegation.zone);
      return { kind: 'final', status: 'answer', records, answeredBy, zone };
    }
    const alias = message.answers.find((record) => record.name === name && record.data.type === 'CNAME');
    if (alias?.data.type === 'CNAME')
      return { kind: 'alias', target: alias.data.target, answeredBy, zone: zoneFromAuthority(message, name, delegation.zone) };
    return { kind: 'final', status: 'nodata', records: [], answeredBy, zone: zoneFromAuthority(message, name, delegation.zone) };
  }
  const cut = message.authorities.find((record) => record.data.type === 'NS')?.name;
  if (cut === undefined) return 'answered without the AA bit and without a referral';
  if (cut === delegation.zone || !isSubdomain(cut, delegation.zone) || !isSubdomain(name, cut)) {
    return `referral to ${cut || '.'} that does not lead below ${delegation.zone || '.'}`;
  }
  const hosts = [
    ...new Set(message.authorities.flatMap((record) => (record.name === cut && record.data.type === 'NS' ? [record.data.target] : []))),
  ].sort();
  return {
    referral: { zone: cut, servers: hosts.map((host) => ({ name: host, addresses: glueFor(message, host, delegation.zone) })) },
  };
}
