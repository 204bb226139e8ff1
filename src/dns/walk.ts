/**
 * The authoritative walk: for every policy name, find its zone; ask every parent server for the
 * delegation; ask every address of every name server (named by the parent or by any server's own
 * NS RRset, until no new one appears) for SOA, NS, MX and addresses; resolve every MX target;
 * try a zone transfer from each server. Produces observations only; src/checks judges them.
 */
import { appendTo } from '../group.js';
import type { DomainName } from '../dns-name.js';
import { displayName, isSubdomain, MAX_CNAME_CHAIN, parentName, ROOT_NAME } from '../dns-name.js';
import type { IpAddress } from '../ip-address.js';
import { compareAddresses } from '../ip-address.js';
import type { Logger } from '../logger.js';
import type {
  AddressSource,
  DelegationObservation,
  DelegationReply,
  DiscoverySource,
  DnsObservations,
  GlueRecord,
  MxRecord,
  NameObservation,
  NameServerObservation,
  DsRecord,
  Reply,
  ServerRef,
  SignatureVerdict,
  TargetObservation,
  TlsaObservation,
  TransferObservation,
  ZoneServerObservation,
  UnresolvedServer,
  ZoneDnssec,
  ZoneObservation,
} from '../observations/model.js';
import { serverLabel } from '../observations/model.js';
import { authoritativeReply } from './authoritative-reply.js';
import type { QueryEngine } from './query-engine.js';
import type { IterativeResolver } from './resolver.js';
import { uniqueReasons } from './resolver.js';
import { Canonicalizer } from '../observations/canonical.js';
import type { Reachability } from './reachability.js';
import type { Exchange } from './transport.js';
import { addressOf, glueFor } from './wire.js';
import type { DnsMessage, QueryType, RecordData } from './wire.js';
import type { ServerKeys } from './dnssec.js';
import { carriesDnssec, judgeDnsKeys, judgeRrset, parseDs, parseTlsa, rrset } from './dnssec.js';
import type { CanonicalRecord } from './signed-records.js';
import { canonicalSections, TYPE } from './signed-records.js';
import { compareText } from '../compare-text.js';

/** How often a long walk reports its progress. */
const PROGRESS_INTERVAL_MS = 5000;
/** Names whose pipelines run at once, at the least (more with a higher --concurrency). */
const MIN_NAMES_IN_FLIGHT = 64;
/** A zone with more distinct name servers than this is treated as hostile; the rest are not asked. */
const MAX_SERVERS_PER_ZONE = 32;
/** MX targets resolved per name: real names have a handful; more is a zone built to cost us. */
const MAX_MX_TARGETS_PER_NAME = 64;
/** Parent servers tried, one after another, for the DS of a zone that holds an MX target. */
const MAX_PARENT_SERVERS_FOR_DS = 3;
/** Addresses believed for one server name; more is a hostile zone, not a real server. */
const MAX_ADDRESSES_PER_SERVER_NAME = 16;

export interface WalkOptions {
  readonly engine: QueryEngine;
  readonly resolver: IterativeResolver;
  readonly reachability: Reachability;
  readonly logger: Logger;
  /** The run's bound on queries in flight; names in flight are a multiple of it. */
  readonly concurrency: number;
  /** Once aborted, names not yet started are recorded as not checked. */
  readonly deadline?: AbortSignal;
}

export class AuthoritativeWalk {
  private readonly zoneWalks = new Map<DomainName, Promise<ZoneWalk>>();
  private readonly targets = new Map<DomainName, Promise<TargetObservation>>();
  private expectedApexes: ReadonlySet<DomainName> = new Set();
  /** Observations are kept until the report: each repeated piece of them is kept once. */
  private readonly canonicalizer = new Canonicalizer();
  /** Name pipelines now inside each zone: when none is left, the resolver may forget the zone. */
  private readonly pipelinesInZone = new Map<DomainName, number>();
  /** The DNSSEC keys of zones that hold MX targets but are not walked: asked once per zone. */
  private readonly zoneTrusts = new Map<DomainName, Promise<ZoneTrust>>();

  constructor(private readonly options: WalkOptions) {}

  /**
   * `expectedApexes`: names the policy gives `nameservers` for. Such a name that does not exist is
   * a zone that should be delegated and is not: it is walked as its own (empty) zone, so that the
   * parent's missing delegation is reported, rather than as a name inside the parent's zone.
   */
  async run(names: readonly DomainName[], expectedApexes: ReadonlySet<DomainName> = new Set()): Promise<DnsObservations> {
    this.expectedApexes = expectedApexes;
    const started = performance.now();
    // Each name goes through its whole pipeline (zone, servers, questions, MX targets, transfer)
    // on its own, so rounds of different names overlap instead of waiting for the slowest name;
    // a bound on names in flight keeps memory flat however many names the policy has.
    const namesInFlight = Math.max(MIN_NAMES_IN_FLIGHT, this.options.concurrency * 2);
    const nameObservations: NameObservation[] = [];
    let next = 0;
    // A long walk says it is alive (on stderr for the CLI, in the log for the action).
    const progress = setInterval(() => {
      const { queriesSent, timeouts } = this.options.engine.stats;
      this.options.logger.info(
        `dns: ${nameObservations.length}/${names.length} names checked, ${queriesSent} queries, ${timeouts} timeouts`,
      );
    }, PROGRESS_INTERVAL_MS);
    progress.unref();
    // A fixed set of workers, each taking the next name: nothing is held for the names not yet
    // started, so 100,000 names cost no more than 500 until their turn comes.
    const worker = async () => {
      while (next < names.length) {
        const name = names[next++]!;
        const visited: Visited = { names: [], zones: [] };
        const observed = this.options.deadline?.aborted
          ? { name, zone: undefined, servers: [], error: 'the run deadline was reached before this name was checked' }
          : await this.observeName(name, visited);
        nameObservations.push(this.canonicalizer.children(observed));
        this.leave(visited);
      }
    };
    await Promise.all(Array.from({ length: Math.min(namesInFlight, names.length) }, worker)).finally(() => clearInterval(progress));
    const zones = await Promise.all([...this.zoneWalks.values()].map(async (walk) => (await walk).observation));
    const mxTargets = await Promise.all(this.targets.values());
    this.options.logger.debug(
      `dns: ${names.length} names, ${zones.length} zones, ${mxTargets.length} MX targets in ${Math.round(performance.now() - started)} ms`,
    );
    const transports = this.options.engine.serverTransports;
    return {
      ipv6: this.options.reachability.ipv6Status,
      zones: zones.sort((a, b) => compareText(a.zone, b.zone)),
      names: nameObservations.sort((a, b) => compareText(a.name, b.name)),
      mxTargets: mxTargets.sort((a, b) => compareText(a.host, b.host)),
      stats: this.options.engine.stats,
      ...(transports.length > 0 ? { transports } : {}),
    };
  }

  /**
   * What the name's own zone servers say, and, when they say it is an alias, what the canonical
   * name's zone servers say: a sender looking up MX follows the CNAME (RFC 5321 §5.1, RFC 1034
   * §3.6.2), so that is the name's real mail path. The chain is bounded and loops end it.
   */
  private async observeName(name: DomainName, visited: Visited): Promise<NameObservation> {
    const observed = await this.observeOwnRecords(name, visited);
    const first = aliasTarget(observed);
    if (first === undefined) return observed;
    const chain: DomainName[] = [];
    let next: DomainName | undefined = first;
    while (next !== undefined) {
      if (next === name || chain.includes(next)) {
        return {
          ...observed,
          alias: { chain: [...chain, next], target: undefined, error: `CNAME loop: ${[name, ...chain, next].join(' → ')}` },
        };
      }
      chain.push(next);
      if (chain.length > MAX_CNAME_CHAIN) {
        return { ...observed, alias: { chain, target: undefined, error: `CNAME chain from ${name} longer than ${MAX_CNAME_CHAIN}` } };
      }
      const target = await this.observeOwnRecords(next, visited);
      next = aliasTarget(target);
      if (next === undefined) {
        const error = target.zone === undefined ? `the alias target ${target.name} could not be checked: ${target.error}` : undefined;
        return { ...observed, alias: { chain, target: error === undefined ? target : undefined, error } };
      }
    }
    return observed;
  }

  private async observeOwnRecords(name: DomainName, visited: Visited): Promise<NameObservation> {
    visited.names.push(name);
    const zone = await this.zoneOf(name);
    if (zone.zone === undefined) return { name, zone: undefined, servers: [], error: zone.detail };
    visited.zones.push(zone.zone);
    this.pipelinesInZone.set(zone.zone, (this.pipelinesInZone.get(zone.zone) ?? 0) + 1);
    const walk = await this.walkZone(zone.zone);
    const servers = await this.askName(name, walk);
    const hosts = new Set<DomainName>();
    for (const { mx } of servers) {
      if (mx.status !== 'answer') continue;
      for (const { host } of mx.records) if (host !== ROOT_NAME) hosts.add(host);
    }
    // A hostile zone can publish thousands of MX at one name (TCP answers reach 64 KiB): the
    // first ones are resolved, the rest are recorded as not resolved, never silently dropped.
    const targets = [...hosts].map((host, index) => (index < MAX_MX_TARGETS_PER_NAME ? this.target(host) : this.notResolved(host, name)));
    await Promise.all([...targets, walk.observation]);
    return { name, zone: zone.zone, servers, error: undefined };
  }

  /**
   * A name's pipeline is done: what the resolver and the engine hold only for it, and for zones
   * no other pipeline is in, is dropped (the zone's observation stays for the report).
   */
  private leave(visited: Visited): void {
    const { engine, resolver } = this.options;
    for (const name of visited.names) engine.forgetOffers(name);
    for (const zone of visited.zones) {
      const inZone = this.pipelinesInZone.get(zone)! - 1;
      if (inZone > 0) {
        this.pipelinesInZone.set(zone, inZone);
        continue;
      }
      this.pipelinesInZone.delete(zone);
      resolver.forgetZone(zone);
      engine.forgetOffers(zone);
    }
  }

  private notResolved(host: DomainName, name: DomainName): Promise<TargetObservation> {
    if (!this.targets.has(host)) {
      const detail = `not resolved: ${name} publishes more than ${MAX_MX_TARGETS_PER_NAME} MX targets`;
      this.targets.set(
        host,
        Promise.resolve({ host, status: 'failed', addresses: [], cnameChain: [], answeredBy: [], byServer: [], detail }),
      );
    }
    return this.targets.get(host)!;
  }

  private target(host: DomainName): Promise<TargetObservation> {
    let pending = this.targets.get(host);
    if (!pending) {
      pending = this.resolveTarget(host);
      this.targets.set(host, pending);
    }
    return pending;
  }

  private async ask<T>(
    address: IpAddress,
    name: DomainName,
    type: QueryType,
    extract: (data: RecordData) => T | undefined,
    optional = false,
  ): Promise<Reply<T>> {
    return (await this.askWithMessage(address, name, type, extract, optional)).reply;
  }

  /** `ask`, with the message the reply came in (its signatures are judged against the server's keys). */
  private async askWithMessage<T>(
    address: IpAddress,
    name: DomainName,
    type: QueryType,
    extract: (data: RecordData) => T | undefined,
    optional = false,
  ): Promise<{ reply: Reply<T>; message: DnsMessage | undefined }> {
    const asked = await this.exchange(address, name, type, optional);
    if ('notChecked' in asked) return { reply: { status: 'not-checked', reason: asked.notChecked }, message: undefined };
    const message = asked.exchange.kind === 'response' ? asked.exchange.message : undefined;
    return { reply: authoritativeReply(asked.exchange, name, extract), message };
  }

  /**
   * One question to one server, unless this runner may not or cannot reach it. NS questions take
   * the exchange the resolver offered for the same server, if there is one.
   */
  private async exchange(
    address: IpAddress,
    name: DomainName,
    type: QueryType,
    optional = false,
  ): Promise<{ exchange: Exchange } | { notChecked: string }> {
    const { engine, reachability } = this.options;
    const reason = reachability.notAsked(address);
    if (reason !== undefined) return { notChecked: reason };
    const exchange = await engine.query(address, name, type, type === 'NS' ? 'take' : undefined, optional);
    const noRoute = reachability.note(address, exchange);
    return noRoute !== undefined ? { notChecked: noRoute } : { exchange };
  }

  private async zoneOf(name: DomainName): Promise<{ zone: DomainName | undefined; detail: string }> {
    // NS rather than SOA: the referral and the apex answer this lookup collects are the very
    // exchanges the walk needs next (the engine hands them over once instead of asking again).
    const lookup = await this.options.resolver.lookup(name, 'NS');
    if (lookup.status === 'nxdomain' && lookup.zone !== name && this.expectedApexes.has(name)) {
      return { zone: name, detail: `${name} does not exist in ${lookup.zone || '.'}` };
    }
    if (lookup.status !== 'failed') return { zone: lookup.zone, detail: '' };
    // Every server of the zone failed: the deepest delegation toward the name still tells the zone.
    const delegation = lookup.delegation;
    if (delegation && delegation.zone !== ROOT_NAME && isSubdomain(name, delegation.zone)) {
      return { zone: delegation.zone, detail: lookup.detail };
    }
    return { zone: undefined, detail: `no zone found for ${name}: ${lookup.detail}` };
  }

  private walkZone(zone: DomainName): Promise<ZoneWalk> {
    let walk = this.zoneWalks.get(zone);
    if (!walk) {
      walk = this.discoverServers(zone);
      this.zoneWalks.set(zone, walk);
    }
    return walk;
  }

  /**
   * The servers of a zone until closure: every name the parent's servers delegate to and every
   * name any authoritative server lists in its NS RRset; and every address of each name that
   * anyone gives: resolution from the root, the parent's glue, and the in-zone A/AAAA the zone's
   * own servers publish (a server that only one rogue copy names and addresses is still asked).
   */
  private async discoverServers(zone: DomainName): Promise<ZoneWalk> {
    const { resolver } = this.options;
    const { parent, dnssec } = zone === ROOT_NAME ? { parent: undefined, dnssec: undefined } : await this.parentDelegations(zone);
    const signed = dnssec !== undefined && dnssec.ds.length > 0 ? dnssec.ds : undefined;
    const keysByServer = new Map<string, ServerKeys>();
    // An algorithm this program does not verify is said once per zone, not once per answer.
    let unsupportedSaid = false;
    const closure = new ServerClosure(zone);
    const work = new WorkSet();

    const noteName = (name: DomainName, source: DiscoverySource) => {
      if (!closure.noteName(name, source)) return;
      for (const address of closure.addressesOf(name)) work.add(() => askServer({ name, address }));
      work.add(async () => {
        const resolved = await resolver.addressesOf(name);
        closure.resolutionDetail.set(name, resolved.detail);
        if (resolved.aliasChain.length > 0) closure.noteAlias(name, resolved.aliasChain, undefined);
        for (const address of resolved.addresses) noteAddress(name, address, { kind: 'resolution' });
      });
      if (isSubdomain(name, zone)) for (const server of closure.authoritative) askAddressesAt(server, name);
    };
    const noteAddress = (name: DomainName, address: IpAddress, source: AddressSource) => {
      if (closure.noteAddress(name, address, source)) work.add(() => askServer({ name, address }));
    };
    // The zone's own servers are the only ones that can publish an address only they know.
    const askAddressesAt = (server: ServerRef, name: DomainName) => {
      if (!closure.startAddressQuestion(server, name)) return;
      work.add(async () => {
        const [a, aaaa] = await Promise.all(
          (['A', 'AAAA'] as const).map((type) =>
            this.ask(
              server.address,
              name,
              type,
              (data): { address: IpAddress } | { alias: DomainName } | undefined => {
                if (data.type === 'CNAME') return { alias: data.target };
                return (data.type === 'A' || data.type === 'AAAA') && data.type === type ? { address: data.address } : undefined;
              },
              true,
            ),
          ),
        );
        for (const reply of [a!, aaaa!]) {
          if (reply.status !== 'answer') continue;
          for (const record of reply.records) {
            if ('alias' in record) closure.noteAlias(name, [record.alias], server);
            else noteAddress(name, record.address, { kind: 'zone', server });
          }
        }
      });
    };
    const askServer = async (server: ServerRef) => {
      const [soa, ns, keys] = await Promise.all([
        this.askWithMessage(server.address, zone, 'SOA', (data) =>
          data.type === 'SOA' ? { serial: data.serial, primary: data.primary } : undefined,
        ),
        this.askZoneNs(server.address, zone),
        signed && this.askKeys(server.address, zone, signed),
      ]);
      let verdicts: ZoneServerEntry['dnssec'];
      if (signed && keys) {
        keysByServer.set(serverLabel(server), keys);
        verdicts = {
          dnskey: keys.verdict,
          soa: signatureVerdict(soa, zone, TYPE.SOA, zone, keys, `SOA at ${displayName(zone)}`),
          ns: signatureVerdict(ns, zone, TYPE.NS, zone, keys, `NS at ${displayName(zone)}`),
        };
      }
      const unsupported = verdicts && Object.values(verdicts).find((verdict) => verdict.status === 'unsupported-algorithm');
      if (unsupported !== undefined && !unsupportedSaid) {
        unsupportedSaid = true;
        this.options.logger.warning(`dnssec: ${displayName(zone)} is not judged: ${unsupported.detail}`);
      }
      closure.servers.push({ server, soa: soa.reply, ns: ns.reply, ...(verdicts ? { dnssec: verdicts } : {}) });
      // Only a server that answers for the zone with authority is believed about its contents.
      if (soa.reply.status !== 'answer' || soa.reply.records.length === 0 || ns.reply.status !== 'answer') return;
      closure.authoritative.push(server);
      for (const glue of ns.addresses) {
        closure.startAddressQuestion(server, glue.name);
        noteAddress(glue.name, glue.address, { kind: 'zone', server });
      }
      ns.reply.records.forEach((host) => noteName(host, 'zone'));
      for (const name of closure.names()) if (isSubdomain(name, zone)) askAddressesAt(server, name);
    };

    for (const { server, reply } of parent?.delegations ?? []) {
      if (reply.status !== 'referral' && reply.status !== 'authoritative') continue;
      reply.ns.forEach((name) => noteName(name, 'delegation'));
      for (const glue of reply.glue) noteAddress(glue.name, glue.address, { kind: 'glue', server });
    }
    if (closure.names().length === 0) {
      // The parent told us nothing usable: start from whatever the resolver knows of the zone.
      for (const server of await resolver.serversOf(zone)) noteName(server.name, 'zone');
    }
    await work.settled();

    const asked = this.canonicalizer.canonical(closure.servers.map(({ server }) => server).sort(compareServers));
    const observation = this.transfers(zone, asked).then((transfers) =>
      this.canonicalizer.children(closure.observation(parent, transfers, dnssec)),
    );
    return { zone, asked, signed: signed !== undefined, keysByServer, observation };
  }

  /** The zone's NS RRset from one server, with the in-zone addresses its additional section gives. */
  private async askZoneNs(
    address: IpAddress,
    zone: DomainName,
  ): Promise<{ reply: Reply<DomainName>; message: DnsMessage | undefined; addresses: GlueRecord[] }> {
    const asked = await this.exchange(address, zone, 'NS');
    if ('notChecked' in asked) return { reply: { status: 'not-checked', reason: asked.notChecked }, message: undefined, addresses: [] };
    const reply = authoritativeReply(asked.exchange, zone, (data) => (data.type === 'NS' ? data.target : undefined));
    if (reply.status !== 'answer' || asked.exchange.kind !== 'response') return { reply, message: undefined, addresses: [] };
    const message = asked.exchange.message;
    const addresses = reply.records.flatMap((host) => glueFor(message, host, zone).map((glue) => ({ name: host, address: glue })));
    return { reply, message, addresses };
  }

  /**
   * What every server of the parent zone says of the zone: its delegation, and the DS RRset that
   * makes the zone signed in the parent's word (the union of what each server publishes).
   */
  private async parentDelegations(
    zone: DomainName,
  ): Promise<{ parent: NonNullable<ZoneObservation['parent']>; dnssec: ZoneDnssec | undefined }> {
    const { parentZone, parentServers } = await this.parentServersOf(zone);
    const asked = await Promise.all(
      parentServers.map(async (server) => {
        const { reply, ds } = await this.askDelegation(server.address, zone, parentZone);
        return { delegation: { server, reply } satisfies DelegationObservation, fromReferral: ds };
      }),
    );
    const delegations = asked.map((entry) => entry.delegation).sort((a, b) => compareServers(a.server, b.server));
    const dnssec = asked.length === 0 ? undefined : await this.parentDs(zone, asked);
    return { parent: { zone: parentZone, delegations }, dnssec };
  }

  /** The zone above this one, and every address of every one of its servers. */
  private async parentServersOf(zone: DomainName): Promise<{ parentZone: DomainName; parentServers: ServerRef[] }> {
    const above = parentName(zone) ?? ROOT_NAME;
    const parentZone = above === ROOT_NAME ? ROOT_NAME : ((await this.zoneOf(above)).zone ?? ROOT_NAME);
    return { parentZone, parentServers: serverRefs(await this.options.resolver.serversOf(parentZone)) };
  }

  /** One server's DNSKEY answer, judged against the parent's DS (`optional`: for a zone outside the policy). */
  private async askKeys(address: IpAddress, zone: DomainName, ds: readonly DsRecord[], optional = false): Promise<ServerKeys> {
    const { reply, message } = await this.askWithMessage(address, zone, 'DNSKEY', (data) => data.type, optional);
    return serverKeys(reply, message, zone, ds);
  }

  /**
   * The DS RRset the parent publishes for the zone: the union of the referrals that carry DNSSEC
   * material; when none does (an unsigned parent, or servers that answer for the child too), one
   * parent server that answered is asked directly, the next only if it fails: an extra question
   * per zone, not per parent server.
   */
  private async parentDs(
    zone: DomainName,
    asked: readonly { delegation: DelegationObservation; fromReferral: DsRecord[] | undefined }[],
  ): Promise<ZoneDnssec> {
    if (asked.some((entry) => entry.fromReferral !== undefined)) {
      return { ds: uniqueDs(asked.flatMap((entry) => entry.fromReferral ?? [])), detail: '' };
    }
    const failures: string[] = [];
    const answered = asked.filter(({ delegation }) => delegation.reply.status !== 'failed' && delegation.reply.status !== 'not-checked');
    for (const { delegation } of answered.slice(0, MAX_PARENT_SERVERS_FOR_DS)) {
      const ds = await this.dsFrom(delegation.server, zone, undefined);
      if (typeof ds !== 'string') return { ds: uniqueDs(ds), detail: '' };
      failures.push(`${serverLabel(delegation.server)}: ${ds}`);
    }
    return { ds: [], detail: failures.length > 0 ? failures.join('; ') : 'no parent server answered the delegation' };
  }

  /**
   * One parent server's DS RRset for the zone: from its referral when that carries DNSSEC
   * material (a signed parent's always does, RFC 4035 §3.1.4), else asked of it directly.
   * A string says why it could not be had.
   */
  private async dsFrom(server: ServerRef, zone: DomainName, fromReferral: DsRecord[] | undefined): Promise<DsRecord[] | string> {
    if (fromReferral !== undefined) return fromReferral;
    const { reply, message } = await this.askWithMessage(
      server.address,
      zone,
      'DS',
      (data) => (data.type === 'other' ? data.typeName : undefined),
      true,
    );
    if (reply.status === 'nxdomain') return [];
    if (reply.status === 'failed') return `${reply.failure}${reply.detail ? ` (${reply.detail})` : ''}`;
    if (reply.status === 'not-checked') return reply.reason;
    const answers = message && canonicalSections(message.packet)?.answers;
    if (answers === undefined) return 'its DS answer could not be read';
    return dsRecords(answers, zone);
  }

  private async askDelegation(
    address: IpAddress,
    zone: DomainName,
    parentZone: DomainName,
  ): Promise<{ reply: DelegationReply; ds: DsRecord[] | undefined }> {
    const asked = await this.exchange(address, zone, 'NS');
    if ('notChecked' in asked) return { reply: { status: 'not-checked', reason: asked.notChecked }, ds: undefined };
    const { exchange } = asked;
    if (exchange.kind === 'response' && exchange.message.rcode === 'NOERROR') {
      const message = exchange.message;
      const section = message.authoritative ? message.answers : message.authorities;
      const ns = [
        ...new Set(section.flatMap((record) => (record.name === zone && record.data.type === 'NS' ? [record.data.target] : []))),
      ].sort();
      if (ns.length > 0) {
        const glue: GlueRecord[] = ns.flatMap((host) => glueFor(message, host, parentZone).map((address) => ({ name: host, address })));
        const signed = !message.authoritative && carriesDnssec(message.authorities);
        const authorities = signed ? canonicalSections(message.packet)?.authorities : undefined;
        const ds = authorities && dsRecords(authorities, zone);
        return { reply: { status: message.authoritative ? 'authoritative' : 'referral', ns, glue }, ds };
      }
    }
    const reply = authoritativeReply(exchange, zone, () => undefined);
    // An authoritative answer without NS at the name: the parent says there is no delegation.
    if (reply.status === 'answer') return { reply: { status: 'authoritative', ns: [], glue: [] }, ds: undefined };
    return { reply, ds: reply.status === 'nxdomain' ? [] : undefined };
  }

  private async askName(name: DomainName, walk: ZoneWalk): Promise<NameServerObservation[]> {
    return Promise.all(
      walk.asked.map(async (server) => {
        const asked = await this.askWithMessage(server.address, name, 'MX', (data): MxRecord | { alias: DomainName } | undefined =>
          data.type === 'MX'
            ? { preference: data.preference, host: data.host }
            : data.type === 'CNAME'
              ? { alias: data.target }
              : undefined,
        );
        const reply = asked.reply;
        const alias = reply.status === 'answer' ? reply.records.find((record) => 'alias' in record)?.alias : undefined;
        const mx: Reply<MxRecord> =
          reply.status === 'answer'
            ? { status: 'answer', records: reply.records.flatMap((record) => ('alias' in record ? [] : [record])) }
            : reply;
        if (alias !== undefined) {
          // The name holds nothing but the alias: its mail path is the target's (observeName).
          return { server, mx, addresses: { status: 'not-checked', reason: `alias of ${alias}` } as const, alias };
        }
        // Addresses at the name matter only where they become an implicit MX: when this server
        // publishes no MX there. Skipping them otherwise spares a third of the questions.
        const keys = walk.keysByServer.get(serverLabel(server));
        const dnssec = keys && {
          mx: signatureVerdict({ reply: mx, message: asked.message }, name, TYPE.MX, walk.zone, keys, `MX at ${name}`),
        };
        if (mx.status === 'answer' && mx.records.length > 0) {
          const mtaSts = await this.askMtaSts(server.address, name);
          return {
            server,
            mx,
            addresses: { status: 'not-checked', reason: 'not needed: MX published' } as const,
            mtaSts,
            ...(dnssec ? { dnssec } : {}),
          };
        }
        const [a, aaaa] = await Promise.all([
          this.ask(server.address, name, 'A', (data) => (data.type === 'A' ? data.address : undefined)),
          this.ask(server.address, name, 'AAAA', (data) => (data.type === 'AAAA' ? data.address : undefined)),
        ]);
        return { server, mx, addresses: combineAddresses(a, aaaa) };
      }),
    );
  }

  /**
   * The server's MTA-STS record for a name that receives mail (RFC 8461 §3.1): its TXT records at
   * `_mta-sts.<name>` that begin `v=STSv1`. A low-priority question: MX and NS come first.
   */
  private async askMtaSts(address: IpAddress, name: DomainName): Promise<Reply<string>> {
    const reply = await this.ask(
      address,
      `_mta-sts.${name}` as DomainName,
      'TXT',
      (data): string | { alias: DomainName } | undefined =>
        data.type === 'TXT'
          ? /^v=STSv1(;|$)/i.test(data.text.trim())
            ? data.text
            : undefined
          : data.type === 'CNAME'
            ? { alias: data.target }
            : undefined,
      true,
    );
    if (reply.status !== 'answer') return reply;
    const alias = reply.records.find((record): record is { alias: DomainName } => typeof record !== 'string');
    if (alias !== undefined) return { status: 'not-checked', reason: `_mta-sts.${name} is an alias of ${alias.alias}` };
    return { status: 'answer', records: reply.records.filter((record): record is string => typeof record === 'string') };
  }

  private async resolveTarget(host: DomainName): Promise<TargetObservation> {
    const { resolver } = this.options;
    const lookups = await Promise.all((['A', 'AAAA'] as const).map((type) => resolver.lookup(host, type)));
    const answered = lookups.flatMap((lookup) => (lookup.status === 'failed' ? [] : [lookup]));
    const addresses = answered.flatMap((lookup) => lookup.records.flatMap(addressOf));
    const failures = lookups.flatMap((lookup) => (lookup.status === 'failed' ? [lookup.detail] : []));
    const cnameChain = lookups.find((lookup) => lookup.cnameChain.length > 0)?.cnameChain ?? [];
    const [byServer, tlsa] = await Promise.all([
      this.askEveryServerOfPolicyZone(host, answered[0]?.zone),
      cnameChain.length > 0
        ? notCheckedTlsa(host, undefined, `${host} is an alias: its TLSA is not followed`)
        : this.tlsaOf(host, answered[0]?.zone),
    ]);
    addresses.push(...byServer.flatMap((entry) => entry.addresses));
    const status: TargetObservation['status'] =
      addresses.length > 0
        ? 'resolved'
        : failures.length > 0
          ? 'failed'
          : answered.every((lookup) => lookup.status === 'nxdomain')
            ? 'nxdomain'
            : 'nodata';
    return {
      host,
      status,
      addresses: [...new Set(addresses)].sort(compareAddresses),
      cnameChain,
      answeredBy: uniqueServers(answered.map((lookup) => lookup.answeredBy)),
      byServer,
      detail: uniqueReasons(failures),
      tlsa,
    };
  }

  /**
   * The MX target's TLSA RRset (RFC 7672 §2.2) from every server of its zone, each answer judged
   * against that server's keys. A zone without DS is not asked: no TLSA there counts for DANE.
   */
  private async tlsaOf(host: DomainName, zone: DomainName | undefined): Promise<TlsaObservation> {
    if (zone === undefined) return notCheckedTlsa(host, zone, `the zone of ${host} was not found`);
    const name = `_25._tcp.${host}` as DomainName;
    const trust = await this.trustOf(zone);
    if (!trust.signed) return { name, zone, status: 'insecure', records: [], byServer: [], detail: trust.detail };
    const byServer = await Promise.all(
      trust.servers.map(async (server) => {
        const keys = trust.keysByServer.get(serverLabel(server)) ?? { verdict: { status: 'not-checked', detail: '' }, keys: [] };
        const asked = await this.askWithMessage(server.address, name, 'TLSA', (data) => data.type, true);
        const answers = asked.reply.status === 'answer' && asked.message ? canonicalSections(asked.message.packet)?.answers : undefined;
        const records = (answers ? rrset(answers, name, TYPE.TLSA) : []).flatMap((record) => parseTlsa(record.rdata) ?? []);
        const verdict = signatureVerdict(asked, name, TYPE.TLSA, zone, keys, `TLSA at ${name}`);
        return { server, records, verdict, reply: asked.reply };
      }),
    );
    if (byServer.some(({ reply }) => reply.status === 'answer' && reply.records.includes('CNAME'))) {
      return notCheckedTlsa(host, zone, `${name} is an alias: TLSA through aliases is not followed`);
    }
    const withRecords = byServer.filter((entry) => entry.records.length > 0);
    const records = new Map(withRecords.flatMap((entry) => entry.records.map((record) => [JSON.stringify(record), record] as const)));
    const kept = byServer.map(({ server, records, verdict }) => ({ server, records, verdict }));
    const answered = byServer.filter((entry) => entry.reply.status === 'answer' || entry.reply.status === 'nxdomain');
    if (answered.length === 0) {
      return { name, zone, status: 'not-checked', records: [], byServer: kept, detail: 'no server of the zone answered' };
    }
    if (withRecords.length === 0) return { name, zone, status: 'none', records: [], byServer: kept, detail: '' };
    const failed = withRecords.filter((entry) => entry.verdict.status !== 'secure');
    const undecided = failed.some((entry) => entry.verdict.status === 'unsupported-algorithm' || entry.verdict.status === 'not-checked');
    return {
      name,
      zone,
      status: failed.length === 0 ? 'secure' : undecided ? 'not-checked' : 'bogus',
      records: [...records.values()].sort((a, b) => compareText(JSON.stringify(a), JSON.stringify(b))),
      byServer: kept,
      detail: failed.map((entry) => `${serverLabel(entry.server)}: ${entry.verdict.detail}`).join('; '),
    };
  }

  /**
   * A zone's DS and its servers' keys: the walk's, for a zone it walks; otherwise the DS of the
   * first parent server that gives one, and each server's DNSKEY answer judged against it.
   */
  private trustOf(zone: DomainName): Promise<ZoneTrust> {
    const walk = this.expectedApexes.has(zone) ? this.walkZone(zone) : this.zoneWalks.get(zone);
    if (walk !== undefined) {
      return walk.then((walked) => ({
        signed: walked.signed,
        servers: walked.asked,
        keysByServer: walked.keysByServer,
        detail: walked.signed ? '' : `${zone} has no DS at its parent: no TLSA in it counts`,
      }));
    }
    let trust = this.zoneTrusts.get(zone);
    if (trust === undefined) {
      trust = this.discoverTrust(zone);
      this.zoneTrusts.set(zone, trust);
    }
    return trust;
  }

  private async discoverTrust(zone: DomainName): Promise<ZoneTrust> {
    const { parentZone, parentServers } = await this.parentServersOf(zone);
    // The first parent servers are enough here: this zone's delegation is not judged.
    const asked = [];
    for (const server of parentServers.slice(0, MAX_PARENT_SERVERS_FOR_DS)) {
      const { reply, ds: fromReferral } = await this.askDelegation(server.address, zone, parentZone);
      asked.push({ delegation: { server, reply }, fromReferral });
      if (reply.status !== 'failed' && reply.status !== 'not-checked') break;
    }
    const { ds, detail } = await this.parentDs(zone, asked);
    if (ds.length === 0) {
      const why = detail === '' ? `${zone} has no DS at its parent: no TLSA in it counts` : `the DS of ${zone} could not be had: ${detail}`;
      return { signed: false, servers: [], keysByServer: new Map(), detail: why };
    }
    const servers = serverRefs(await this.options.resolver.serversOf(zone));
    const keysByServer = new Map<string, ServerKeys>();
    await Promise.all(
      servers.map(async (server) => keysByServer.set(serverLabel(server), await this.askKeys(server.address, zone, ds, true))),
    );
    return { signed: true, servers: servers.sort(compareServers), keysByServer, detail: '' };
  }

  /**
   * When the target lives in a zone this run walks (a policy zone), every one of its servers is
   * asked for the target's addresses: one server alone may point the MX somewhere else. Zones
   * outside the policy are not walked (no transfer attempts on a mail provider's servers).
   */
  private async askEveryServerOfPolicyZone(host: DomainName, zone: DomainName | undefined): Promise<TargetObservation['byServer']> {
    // A zone the policy declares is walked for its MX targets even when none of the names this run
    // observes lies in it (a shard's names using the organisation's MX hosts).
    const walk = zone === undefined ? undefined : this.expectedApexes.has(zone) ? this.walkZone(zone) : this.zoneWalks.get(zone);
    if (walk === undefined) return [];
    const { asked } = await walk;
    const replies = await Promise.all(
      asked.map(async (server) => {
        const [a, aaaa] = await Promise.all([
          this.ask(server.address, host, 'A', (data) => (data.type === 'A' ? data.address : undefined)),
          this.ask(server.address, host, 'AAAA', (data) => (data.type === 'AAAA' ? data.address : undefined)),
        ]);
        const addresses = [a, aaaa].flatMap((reply) => (reply.status === 'answer' ? reply.records : []));
        return { server, addresses: [...new Set(addresses)].sort(compareAddresses) };
      }),
    );
    return replies;
  }

  private async transfers(zone: DomainName, servers: readonly ServerRef[]): Promise<TransferObservation[]> {
    return Promise.all(
      servers.map(async (server): Promise<TransferObservation> => {
        const reason = this.options.reachability.notAsked(server.address);
        if (reason !== undefined) return { server, status: 'not-checked', detail: reason, recordCount: 0, mxNames: [] };
        const result = await this.options.engine.transfer(server.address, zone);
        if (result.status !== 'transferred') return { server, status: result.status, detail: result.detail, recordCount: 0, mxNames: [] };
        const mxByName = new Map<DomainName, MxRecord[]>();
        for (const record of result.records) {
          if (record.data.type !== 'MX' || !isSubdomain(record.name, zone)) continue;
          appendTo(mxByName, record.name, { preference: record.data.preference, host: record.data.host });
        }
        const mxNames = [...mxByName].sort(([a], [b]) => compareText(a, b)).map(([name, mx]) => ({ name, mx }));
        return { server, status: 'transferred', detail: '', recordCount: result.records.length, mxNames };
      }),
    );
  }
}

/**
 * What the closure over one zone's servers has learned so far: names, who named them, every
 * address with who gave it, what each address answered. Bounded so that a hostile zone cannot
 * make the walk ask without end.
 */
type ZoneServerEntry = Pick<ZoneServerObservation, 'server' | 'soa' | 'ns' | 'dnssec'>;

class ServerClosure {
  readonly servers: ZoneServerEntry[] = [];
  /** Servers that answered the zone's SOA and NS with authority: the ones believed about addresses. */
  readonly authoritative: ServerRef[] = [];
  readonly resolutionDetail = new Map<DomainName, string>();
  private readonly foundVia = new Map<DomainName, Set<DiscoverySource>>();
  private readonly addresses = new Map<DomainName, Map<IpAddress, AddressSource[]>>();
  private readonly aliases = new Map<DomainName, { chain: readonly DomainName[]; publishedBy: ServerRef[] }>();
  private readonly addressQuestions = new Set<string>();

  constructor(private readonly zone: DomainName) {}

  names(): DomainName[] {
    return [...this.foundVia.keys()];
  }

  addressesOf(name: DomainName): IpAddress[] {
    return [...(this.addresses.get(name)?.keys() ?? [])];
  }

  /** True when the name is new (and within the bound): its addresses must be found. */
  noteName(name: DomainName, source: DiscoverySource): boolean {
    const sources = this.foundVia.get(name);
    if (sources) {
      sources.add(source);
      return false;
    }
    if (this.foundVia.size >= MAX_SERVERS_PER_ZONE) return false;
    this.foundVia.set(name, new Set([source]));
    return true;
  }

  /** True when the address is new for the name (and within the bound): it must be asked. */
  noteAddress(name: DomainName, address: IpAddress, source: AddressSource): boolean {
    let known = this.addresses.get(name);
    if (!known) {
      known = new Map();
      this.addresses.set(name, known);
    }
    const sources = known.get(address);
    if (sources) {
      if (!sources.some((existing) => compareSources(existing, source) === 0)) sources.push(source);
      return false;
    }
    if (known.size >= MAX_ADDRESSES_PER_SERVER_NAME) return false;
    known.set(address, [source]);
    return this.foundVia.has(name);
  }

  /** True the first time this server is to be asked for this name's addresses. */
  startAddressQuestion(server: ServerRef, name: DomainName): boolean {
    const key = `${server.name}/${server.address}|${name}`;
    if (this.addressQuestions.has(key)) return false;
    this.addressQuestions.add(key);
    return true;
  }

  noteAlias(name: DomainName, chain: readonly DomainName[], server: ServerRef | undefined): void {
    const entry = this.aliases.get(name) ?? { chain, publishedBy: [] };
    if (server) entry.publishedBy.push(server);
    this.aliases.set(name, entry);
  }

  observation(parent: ZoneObservation['parent'], transfers: TransferObservation[], dnssec: ZoneDnssec | undefined): ZoneObservation {
    const sourcesOf = (name: DomainName) => [...(this.foundVia.get(name) ?? [])].sort();
    const unresolved = this.names().filter((name) => (this.addresses.get(name)?.size ?? 0) === 0);
    return {
      zone: this.zone,
      parent,
      servers: [...this.servers]
        .sort((a, b) => compareServers(a.server, b.server))
        .map((entry) => ({
          server: entry.server,
          foundVia: sourcesOf(entry.server.name),
          addressFoundVia: [...(this.addresses.get(entry.server.name)?.get(entry.server.address) ?? [])].sort(compareSources),
          soa: entry.soa,
          ns: entry.ns,
          ...(entry.dnssec ? { dnssec: entry.dnssec } : {}),
        })),
      unresolvedServers: unresolved
        .map((name): UnresolvedServer => ({ name, foundVia: sourcesOf(name), detail: this.resolutionDetail.get(name) ?? '' }))
        .sort((a, b) => compareText(a.name, b.name)),
      aliasedServers: [...this.aliases]
        .map(([name, { chain, publishedBy }]) => ({ name, chain, publishedBy: uniqueServers(publishedBy) }))
        .sort((a, b) => compareText(a.name, b.name)),
      transfers,
      ...(dnssec ? { dnssec } : {}),
    };
  }
}

function compareSources(a: AddressSource, b: AddressSource): number {
  return compareText(a.kind, b.kind) || (a.kind !== 'resolution' && b.kind !== 'resolution' ? compareServers(a.server, b.server) : 0);
}

/** Tasks that may add more tasks; `settled` waits until none is left. */
class WorkSet {
  private readonly pending: Promise<void>[] = [];

  add(task: () => Promise<void>): void {
    this.pending.push(task());
  }

  async settled(): Promise<void> {
    while (this.pending.length > 0) await Promise.all(this.pending.splice(0));
  }
}

/** The alias target the name's servers publish, if any does. */
function aliasTarget(observed: NameObservation): DomainName | undefined {
  return observed.servers.find((entry) => entry.alias !== undefined)?.alias;
}

/** The names one pipeline observed (its own and its alias chain's) and the zones they lie in. */
interface Visited {
  readonly names: DomainName[];
  readonly zones: DomainName[];
}

/** What a zone's DNSSEC lets us judge of the answers its servers give. */
interface ZoneTrust {
  readonly signed: boolean;
  readonly servers: readonly ServerRef[];
  readonly keysByServer: ReadonlyMap<string, ServerKeys>;
  /** Why the zone counts as unsigned, when it does. */
  readonly detail: string;
}

interface ZoneWalk {
  readonly zone: DomainName;
  /** Whether the parent publishes DS for the zone. */
  readonly signed: boolean;
  /** Every server address asked for the zone: the ones to ask about names inside it. */
  readonly asked: readonly ServerRef[];
  /** For a zone whose parent publishes DS: each server's keys, by server label. */
  readonly keysByServer: ReadonlyMap<string, ServerKeys>;
  readonly observation: Promise<ZoneObservation>;
}

function combineAddresses(a: Reply<IpAddress>, aaaa: Reply<IpAddress>): Reply<IpAddress> {
  if (a.status === 'answer' && aaaa.status === 'answer') return { status: 'answer', records: [...a.records, ...aaaa.records] };
  if (a.status === 'answer' && a.records.length > 0) return a;
  if (aaaa.status === 'answer' && aaaa.records.length > 0) return aaaa;
  if (a.status === 'failed' || a.status === 'not-checked') return a;
  if (aaaa.status === 'failed' || aaaa.status === 'not-checked') return aaaa;
  return a.status === 'nxdomain' ? a : aaaa;
}

function uniqueServers(servers: readonly ServerRef[]): ServerRef[] {
  const byLabel = new Map(servers.map((server) => [`${server.name}/${server.address}`, server]));
  return [...byLabel.values()].sort(compareServers);
}

function compareServers(a: ServerRef, b: ServerRef): number {
  return compareText(a.name, b.name) || compareAddresses(a.address, b.address);
}

function uniqueDs(records: readonly DsRecord[]): DsRecord[] {
  return [...new Map(records.map((record) => [JSON.stringify(record), record])).values()].sort(compareDs);
}

function compareDs(a: DsRecord, b: DsRecord): number {
  return a.keyTag - b.keyTag || a.algorithm - b.algorithm || a.digestType - b.digestType || compareText(a.digest, b.digest);
}

/** The DS RRset at the zone's name in a section read for signatures. */
function dsRecords(records: readonly CanonicalRecord[], zone: DomainName): DsRecord[] {
  return rrset(records, zone, TYPE.DS).flatMap((record) => parseDs(record.rdata) ?? []);
}

/** A server's DNSKEY answer judged against the parent's DS; no answer to read is its verdict. */
function serverKeys(reply: Reply<unknown>, message: DnsMessage | undefined, zone: DomainName, ds: readonly DsRecord[]): ServerKeys {
  const answers = reply.status === 'answer' && message ? canonicalSections(message.packet)?.answers : undefined;
  if (answers === undefined) return { verdict: notJudged(reply, `DNSKEY at ${displayName(zone)}`), keys: [] };
  return judgeDnsKeys(answers, zone, ds, nowSeconds());
}

/**
 * One answer's signatures against the server's keys. A server that answers without EDNS cannot
 * send signatures at all: its answers are unsigned, and the verdict says why.
 */
function signatureVerdict(
  asked: { reply: Reply<unknown>; message: DnsMessage | undefined },
  name: DomainName,
  type: number,
  zone: DomainName,
  keys: ServerKeys,
  label: string,
): SignatureVerdict {
  const { reply, message } = asked;
  // Without the server's keys nothing it signed can be judged: never "unknown key" for want of them.
  if (keys.verdict.status === 'not-checked' || keys.verdict.status === 'unsupported-algorithm') {
    return { status: keys.verdict.status, detail: `${label}: not judged (${keys.verdict.detail})` };
  }
  const answers = reply.status === 'answer' && reply.records.length > 0 && message ? canonicalSections(message.packet)?.answers : undefined;
  if (answers === undefined) return notJudged(reply, label);
  const verdict = judgeRrset(answers, name, type, { zone, keys: keys.keys, nowSeconds: nowSeconds(), label });
  return verdict.status === 'unsigned' && message?.edns === undefined
    ? { status: 'unsigned', detail: `${verdict.detail}: the server answers without EDNS, so it cannot send signatures` }
    : verdict;
}

function notJudged(reply: Reply<unknown>, label: string): SignatureVerdict {
  const why =
    reply.status === 'answer'
      ? reply.records.length === 0
        ? 'no records (a denial of existence is not judged)'
        : 'the answer could not be read for signatures'
      : reply.status === 'nxdomain'
        ? 'NXDOMAIN (a denial of existence is not judged)'
        : reply.status === 'failed'
          ? `no answer (${reply.failure})`
          : reply.reason;
  return { status: 'not-checked', detail: `${label}: ${why}` };
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function notCheckedTlsa(host: DomainName, zone: DomainName | undefined, detail: string): Promise<TlsaObservation> {
  return Promise.resolve({ name: `_25._tcp.${host}` as DomainName, zone, status: 'not-checked', records: [], byServer: [], detail });
}

/** One reference per address of each name server. */
function serverRefs(servers: readonly { name: DomainName; addresses: readonly IpAddress[] }[]): ServerRef[] {
  return servers.flatMap((server) => server.addresses.map((address) => ({ name: server.name, address })));
}
