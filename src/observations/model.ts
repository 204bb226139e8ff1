/**
 * Observations: plain, JSON-serialisable facts of one run (who said what), produced by the DNS walk
 * and the SMTP scan, judged by src/checks. Nothing here is a verdict. The format is versioned and
 * documented in docs/observations.md; a saved file can be judged again with `evaluate`.
 */
import type { DomainName } from '../dns-name.js';
import type { IpAddress } from '../ip-address.js';

export const OBSERVATIONS_FORMAT_VERSION = 1;

/** One address of one name server; shown as "name/address". */
export interface ServerRef {
  readonly name: DomainName;
  readonly address: IpAddress;
}

/** Why a server gave no usable answer. */
export type FailureKind =
  | 'timeout' // no valid answer after every retry
  | 'refused' // REFUSED
  | 'servfail' // SERVFAIL
  | 'rcode' // another error rcode (see detail)
  | 'not-authoritative' // an answer without the AA bit
  | 'referral' // a referral to other servers: this one does not serve the zone
  | 'malformed' // only undecodable or invalid packets came back
  | 'unreachable' // the network cannot carry the query (no route)
  | 'port-unreachable'; // the host said nothing listens there (ICMP port unreachable, TCP connection refused)

/** What one server said to one question. */
export type Reply<T> =
  /** Authoritative NOERROR; `records` empty means NODATA. */
  | { readonly status: 'answer'; readonly records: readonly T[] }
  /** Authoritative NXDOMAIN. */
  | { readonly status: 'nxdomain' }
  | { readonly status: 'failed'; readonly failure: FailureKind; readonly detail: string }
  /** Not asked: e.g. an IPv6 server while the runner has no IPv6 route. */
  | { readonly status: 'not-checked'; readonly reason: string };

export interface MxRecord {
  readonly preference: number;
  /** "" is the null MX target "." (RFC 7505). */
  readonly host: DomainName;
}

export interface SoaRecord {
  readonly serial: number;
  readonly primary: DomainName;
}

export interface GlueRecord {
  readonly name: DomainName;
  readonly address: IpAddress;
}

/** What one parent server said about the zone's delegation. */
export type DelegationReply =
  /** `authoritative`: the parent server also serves the child and answered its NS with AA. */
  | { readonly status: 'referral' | 'authoritative'; readonly ns: readonly DomainName[]; readonly glue: readonly GlueRecord[] }
  | { readonly status: 'nxdomain' }
  | { readonly status: 'failed'; readonly failure: FailureKind; readonly detail: string }
  | { readonly status: 'not-checked'; readonly reason: string };

export interface DelegationObservation {
  readonly server: ServerRef;
  readonly reply: DelegationReply;
}

/** How a name server came to be asked: named by the parent, or by a server's own NS RRset. */
export type DiscoverySource = 'delegation' | 'zone';

/**
 * Who gave one address of a name server: iterative resolution from the root, a parent server's
 * glue, or a server of the zone itself (an in-zone A/AAAA in an answer or additional section).
 */
export type AddressSource = { readonly kind: 'resolution' } | { readonly kind: 'glue' | 'zone'; readonly server: ServerRef };

export interface ZoneServerObservation {
  readonly server: ServerRef;
  readonly foundVia: readonly DiscoverySource[];
  /** Every source that gave this address for this server name. */
  readonly addressFoundVia: readonly AddressSource[];
  readonly soa: Reply<SoaRecord>;
  readonly ns: Reply<DomainName>;
  /** For a zone whose parent publishes DS: this server's signatures over its own answers. */
  readonly dnssec?: { readonly dnskey: SignatureVerdict; readonly soa: SignatureVerdict; readonly ns: SignatureVerdict };
}

/** A DS record as the parent publishes it (RFC 4034 §5.1); the digest in hex. */
export interface DsRecord {
  readonly keyTag: number;
  readonly algorithm: number;
  readonly digestType: number;
  readonly digest: string;
}

/**
 * What one server's RRSIGs over one of its answers prove, judged when observed against the DNSKEY
 * set that server serves (itself judged against the parent's DS): `secure`, or why not. Empty
 * answers (NODATA, NXDOMAIN) and failed questions are `not-checked`: denial of existence is not judged.
 */
export interface SignatureVerdict {
  readonly status:
    | 'secure'
    | 'unsigned'
    | 'invalid-signature'
    | 'expired'
    | 'not-yet-valid'
    | 'unknown-key'
    | 'unsupported-algorithm'
    | 'not-checked';
  readonly detail: string;
}

/** The parent's DS RRset for a zone: the union of what its servers publish. */
export interface ZoneDnssec {
  readonly ds: readonly DsRecord[];
  /** Parent servers whose DS could not be had, in words; empty when every one answered. */
  readonly detail: string;
}

/** A name in the delegation or an NS RRset that is an alias (RFC 2181 §10.3 forbids it). */
export interface AliasedServer {
  readonly name: DomainName;
  /** The aliases followed from `name`, in order. */
  readonly chain: readonly DomainName[];
  /** Servers of the zone that answered the alias; empty when it came from resolution from the root. */
  readonly publishedBy: readonly ServerRef[];
}

/** A name server whose name gave no address to ask. */
export interface UnresolvedServer {
  readonly name: DomainName;
  readonly foundVia: readonly DiscoverySource[];
  readonly detail: string;
}

export interface TransferObservation {
  readonly server: ServerRef;
  readonly status: 'transferred' | 'refused' | 'failed' | 'not-checked';
  readonly detail: string;
  readonly recordCount: number;
  /** Names in the transferred zone that publish MX, with their MX RRsets. */
  readonly mxNames: readonly { readonly name: DomainName; readonly mx: readonly MxRecord[] }[];
}

export interface ZoneObservation {
  readonly zone: DomainName;
  /** The parent zone and what each of its servers said; undefined for the root. */
  readonly parent: { readonly zone: DomainName; readonly delegations: readonly DelegationObservation[] } | undefined;
  readonly servers: readonly ZoneServerObservation[];
  readonly unresolvedServers: readonly UnresolvedServer[];
  readonly aliasedServers: readonly AliasedServer[];
  readonly transfers: readonly TransferObservation[];
  /** The DS RRset the parent's servers publish for the zone (absent in older files). */
  readonly dnssec?: ZoneDnssec;
}

export interface NameServerObservation {
  readonly server: ServerRef;
  /** An answer holding a CNAME at the name (and so no MX of its own) is an empty `answer` here, with `alias` set. */
  readonly mx: Reply<MxRecord>;
  /** A and AAAA at the name together: what an implicit MX would deliver to. */
  readonly addresses: Reply<IpAddress>;
  /** The CNAME target this server publishes at the name, if the name is an alias there. */
  readonly alias?: DomainName;
  /**
   * This server's `_mta-sts.<name>` TXT records that begin `v=STSv1` (RFC 8461 §3.1), asked when it
   * publishes MX at the name; `not-checked` with the reason when `_mta-sts` is an alias elsewhere.
   */
  readonly mtaSts?: Reply<string>;
  /** In a zone whose parent publishes DS: this server's signatures over its MX answer. */
  readonly dnssec?: { readonly mx: SignatureVerdict };
}

export interface NameObservation {
  readonly name: DomainName;
  /** The zone holding the name, or undefined when no zone could be found (see `error`). */
  readonly zone: DomainName | undefined;
  readonly servers: readonly NameServerObservation[];
  readonly error: string | undefined;
  /**
   * When the name is an alias: the chain followed (the aliases after `name`, in order) and what
   * the canonical name's own zone servers said there, which is where mail for the name really
   * goes (RFC 5321 §5.1); `target` is undefined with `error` when the chain could not be followed.
   */
  readonly alias?: {
    readonly chain: readonly DomainName[];
    readonly target: NameObservation | undefined;
    readonly error: string | undefined;
  };
}

export interface TargetObservation {
  readonly host: DomainName;
  readonly status: 'resolved' | 'nxdomain' | 'nodata' | 'failed';
  readonly addresses: readonly IpAddress[];
  /** Aliases followed from the MX target, in order; empty when the target is canonical. */
  readonly cnameChain: readonly DomainName[];
  readonly answeredBy: readonly ServerRef[];
  /**
   * When the target is in a zone of the policy: what each of that zone's servers says the
   * target's addresses are (servers can disagree). Empty for targets outside the policy's zones.
   */
  readonly byServer: readonly { readonly server: ServerRef; readonly addresses: readonly IpAddress[] }[];
  readonly detail: string;
  /** The target's TLSA records at `_25._tcp.<host>` (RFC 7672), asked of its zone's servers (absent in older files). */
  readonly tlsa?: TlsaObservation;
}

/** A TLSA record (RFC 6698 §2.1); the association data in hex. */
export interface TlsaRecord {
  readonly usage: number;
  readonly selector: number;
  readonly matchingType: number;
  readonly data: string;
}

/**
 * What the servers of an MX target's zone say its TLSA RRset is. `insecure`: the zone has no DS,
 * so no TLSA counts (RFC 7672 §2.2) and none was asked; `none`: signed, and no server publishes
 * TLSA (the denial is not validated); `secure`: records, each server's signatures proven;
 * `bogus`: records whose signatures some server fails; `not-checked`: no server answered.
 */
export interface TlsaObservation {
  readonly name: DomainName;
  readonly zone: DomainName | undefined;
  readonly status: 'secure' | 'bogus' | 'none' | 'insecure' | 'not-checked';
  readonly records: readonly TlsaRecord[];
  readonly byServer: readonly { readonly server: ServerRef; readonly records: readonly TlsaRecord[]; readonly verdict: SignatureVerdict }[];
  readonly detail: string;
}

export interface DnsObservations {
  /** Whether IPv6 servers could be asked from this runner. */
  readonly ipv6: 'reachable' | 'unreachable' | 'disabled' | 'unused';
  readonly zones: readonly ZoneObservation[];
  readonly names: readonly NameObservation[];
  readonly mxTargets: readonly TargetObservation[];
  readonly stats: DnsStats;
  /** Addresses that needed something out of the ordinary or left questions unanswered (absent in older files). */
  readonly transports?: readonly ServerTransportObservation[];
  /** Where each name that publishes an MTA-STS record serves its policy: `mta-sts.<name>` and its addresses. */
  readonly mtaStsHosts?: readonly MtaStsHostObservation[];
  /** Whether each registrable domain the perimeter depends on is delegated by its parent (absent in older files). */
  readonly registrations?: readonly RegistrationObservation[];
}

export interface MtaStsHostObservation {
  readonly name: DomainName;
  readonly host: DomainName;
  readonly addresses: readonly IpAddress[];
  readonly detail: string;
}

/** What `https://mta-sts.<name>/.well-known/mta-sts.txt` served (RFC 8461 §3.3), fetched by the probe phase. */
export interface MtaStsPolicyObservation {
  readonly name: DomainName;
  readonly url: string;
  readonly address: IpAddress | undefined;
  /** `fetched`: an HTTP 200 over TLS; anything else is `failed`, with why in `detail`. */
  readonly status: 'fetched' | 'failed';
  readonly detail: string;
  /** The certificate's trust and subjectAltName DNS names (valid only when trusted and naming the host). */
  readonly certificate?: { readonly trusted: boolean; readonly names: readonly string[]; readonly problem: string };
  readonly contentType?: string;
  /** The policy's fields, when it could be parsed. */
  readonly policy?: {
    readonly version: string;
    readonly mode: string;
    readonly mx: readonly string[];
    readonly maxAge: number | undefined;
  };
}

/**
 * One registrable domain (Public Suffix List) of an NS host or MX target, as its parent zone's
 * servers see it. `not-delegated`: the parent answers NXDOMAIN, nobody holds it; `lame`: it is
 * delegated, but none of its servers answers for it; `unknown`: the question got no answer.
 */
export interface RegistrationObservation {
  readonly domain: DomainName;
  readonly status: 'delegated' | 'not-delegated' | 'lame' | 'unknown';
  /** The zone whose server said NXDOMAIN, and the server. */
  readonly parent?: DomainName;
  readonly answeredBy?: ServerRef;
  readonly detail: string;
}

/**
 * How one server address was talked to, when that was not plain UDP with EDNS for every question:
 * why its word may be incomplete.
 */
export interface ServerTransportObservation {
  readonly address: IpAddress;
  /** `not-used`: it rejected or ignored queries with EDNS, and was asked without (RFC 6891 §7). */
  readonly edns: 'used' | 'not-used';
  readonly ednsDetail: string;
  /** Answers that came over TCP (after truncation, or because UDP went unanswered). */
  readonly tcpAnswers: number;
  /** BADCOOKIE answers, each followed by the same question with the server's cookie (RFC 7873). */
  readonly cookieRetries: number;
  /** Questions it left unanswered while answering others (the first ones; `unansweredCount` in all). */
  readonly unanswered: readonly { readonly name: DomainName; readonly type: string; readonly detail: string }[];
  readonly unansweredCount: number;
}

export interface DnsStats {
  readonly queriesSent: number;
  readonly answersAccepted: number;
  /** Packets dropped because they failed validation (id, source, question, QR, decode). */
  readonly answersDropped: number;
  readonly timeouts: number;
  readonly tcpFallbacks: number;
}

export type ProbeState =
  | 'closed' // connection refused
  | 'filtered' // no answer to the connect within the timeout
  | 'open' // connected, no SMTP greeting
  | 'smtp' // connected and greeted with 220 or 554
  | 'not-probed'; // the runner could not make the attempt (EMFILE, ENOBUFS, EADDRNOTAVAIL, ...)

export interface ProbeObservation {
  readonly address: IpAddress;
  readonly port: number;
  readonly state: ProbeState;
  /** First reply line(s) as received, control characters escaped; empty when none. */
  readonly greeting: string;
  readonly tls: { readonly subject: string; readonly issuer: string } | undefined;
  readonly startTls: boolean | undefined;
  readonly detail: string;
  /** Set when the probe was read from another tool's scan instead of made: that file. */
  readonly source?: string;
}

/** One imported scan file: what it is, when it was made, and how much of it counted. */
export interface ImportedScan {
  readonly file: string;
  readonly format: 'nmap-xml' | 'masscan-xml' | 'masscan-json' | 'masscan-ndjson' | 'zgrab2';
  /** When the scan ran (ISO 8601), from the file; undefined when the file does not say. */
  readonly scannedAt: string | undefined;
  /** Port results read inside the ranges, and outside them (counted, ignored). */
  readonly inside: number;
  readonly outside: number;
  /** The file ends mid-way (a scan cut off): what was read before counts. */
  readonly cut: boolean;
}

export interface ScanObservations {
  readonly ranges: readonly string[];
  readonly ports: readonly number[];
  /** The port that means "SMTP" for approved-server checks (25 outside labs). */
  readonly smtpPort: number;
  /** Every probe not in state closed, and every probe of an approved mail-server address. */
  readonly probes: readonly ProbeObservation[];
  readonly counts: Readonly<Record<ProbeState, number>>;
  readonly durationMs: number;
  /** Set when the probes come from other tools' scans (scan-results) instead of this run's own. */
  readonly imported?: readonly ImportedScan[];
}

/** The data of one record read from the repository, in the same canonical forms as DNS answers. */
export type ZoneDataValue =
  | { readonly type: 'A' | 'AAAA'; readonly address: IpAddress }
  | { readonly type: 'NS' | 'CNAME'; readonly target: DomainName }
  | { readonly type: 'MX'; readonly preference: number; readonly host: DomainName }
  | { readonly type: 'SOA'; readonly serial: number; readonly primary: DomainName }
  | { readonly type: 'other'; readonly typeName: string; readonly text: string };

export interface ZoneDataRecord {
  readonly name: DomainName;
  readonly ttl: number;
  readonly value: ZoneDataValue;
  /** Repository-relative path of the file the record is written in, and its line (1-based). */
  readonly file: string;
  readonly line: number;
}

/** One zone as the repository defines it (DNS-as-code): the evidence of the zone-data phase. */
export interface ZoneDataZone {
  readonly zone: DomainName;
  readonly format: 'rfc1035' | 'octodns' | 'dnscontrol' | 'terraform-plan' | 'pulumi-preview';
  /** The file that defines the zone (its includes appear in the records' `file`). */
  readonly file: string;
  readonly records: readonly ZoneDataRecord[];
  /**
   * Records whose owner is not at or below the zone's origin: ignored, as BIND ignores
   * "out-of-zone data", and never judged as part of the zone (absent when there are none).
   */
  readonly outOfZone?: readonly { readonly name: DomainName; readonly type: string; readonly file: string; readonly line: number }[];
  /**
   * RRsets the file marks as managed elsewhere (octoDNS `octodns: {ignored: true}`: never applied):
   * the file says nothing about them, so they are judged neither as published nor as missing.
   */
  readonly ignored?: readonly { readonly name: DomainName; readonly type: string; readonly line: number }[];
  /**
   * RRsets a plan leaves to be known only after apply (a name, type or data the plan cannot tell):
   * judged neither as published nor as missing. `name`/`type` are absent when even they are unknown.
   */
  readonly unknownUntilApply?: readonly UnknownUntilApply[];
  /** TTLs above 2^31 - 1, read as 0 as BIND and resolvers read them (RFC 2181 §8), with their text. */
  readonly ttlsReadAsZero?: readonly { readonly file: string; readonly line: number; readonly text: string }[];
  /**
   * A split-horizon view (DNSControl's `name!tag`): the same zone as another view, served to other
   * clients, and judged on its own. Absent for a zone with no view.
   */
  readonly view?: string;
}

/** One resource of a plan that cannot be judged before apply: its address, what is unknown, and where it is written. */
export interface UnknownUntilApply {
  readonly address: string;
  readonly name?: DomainName;
  readonly type?: string;
  readonly what: string;
  readonly file: string;
  readonly line: number;
}

export interface ZoneDataObservations {
  readonly zones: readonly ZoneDataZone[];
  /** Plan resources whose zone is itself unknown until apply: they belong to no zone above. */
  readonly unplaced?: readonly UnknownUntilApply[];
}

/** One SMTP reply: its code and its text (all lines, control characters escaped). */
export interface SmtpReply {
  readonly code: number;
  readonly text: string;
  /**
   * Set when this reply cannot be trusted to answer its command: the server had sent a reply
   * unasked before it (every later reply may be shifted by one). Such a reply decides nothing.
   */
  readonly undecided?: string;
}

/** The certificate a server showed after STARTTLS, and whether it is good for the MX host name. */
export interface ProbeCertificate {
  readonly subject: string;
  readonly issuer: string;
  readonly validFrom: string;
  readonly validTo: string;
  /** Chained to a trusted root (Node's store plus NODE_EXTRA_CA_CERTS) and within its dates. */
  readonly trusted: boolean;
  /** Valid for the MX host name the conversation was held for (the rules judge every name from `names`). */
  readonly nameMatches: boolean;
  /** The subjectAltName DNS entries: the only names a certificate is for (RFC 9525); absent in older files. */
  readonly names?: readonly string[];
  /** Why it is not good, when it is not ("certificate has expired", "Host: mx2... is not in the cert's altnames"). */
  readonly problem: string;
  /** The chain as the server sent it, leaf first, as DANE matches it (RFC 6698 §2.1); absent in older files. */
  readonly chain?: readonly ChainCertificate[];
}

/** One certificate of a presented chain: the digests a TLSA record can name, and whether the next one issued it. */
export interface ChainCertificate {
  /** SHA-256 and SHA-512 of the whole certificate (DER) and of its SubjectPublicKeyInfo, in hex. */
  readonly certificateSha256: string;
  readonly certificateSha512: string;
  readonly publicKeySha256: string;
  readonly publicKeySha512: string;
  /** The next certificate in the chain signed this one. */
  readonly issuedByNext: boolean;
}

/**
 * One conversation with one address of one MX target, for one policy name (the domain of the
 * recipients tried). Every step's reply is kept; a step not reached is absent. Never DATA.
 */
export interface ProbeConversation {
  readonly name: DomainName;
  readonly host: DomainName;
  readonly preference: number;
  readonly address: IpAddress;
  readonly port: number;
  /** Why the conversation could not be held (connection refused, timeout, no SMTP greeting). */
  readonly failure: string | undefined;
  readonly greeting: SmtpReply | undefined;
  readonly ehlo: SmtpReply | undefined;
  readonly startTlsOffered: boolean | undefined;
  readonly startTls: SmtpReply | undefined;
  readonly certificate: ProbeCertificate | undefined;
  readonly mailFrom: SmtpReply | undefined;
  /** RCPT TO a random local part at the name: a 2xx accepts mail for anyone. */
  readonly unknownRecipient: SmtpReply | undefined;
  /** RCPT TO the foreign recipient: a 2xx relays for anyone. */
  readonly foreignRecipient: SmtpReply | undefined;
  /** HELO's reply, when EHLO was refused and HELO accepted (no extensions, so no STARTTLS). */
  readonly helo?: SmtpReply;
  /** Why the TLS handshake after STARTTLS failed; the rest of the conversation was held in plain text on a new connection. */
  readonly tlsFailure?: string;
  /** The sender finally used, when the configured one was refused and another accepted. */
  readonly sender?: string;
  /** Replies the server sent unasked, with the command they came before. */
  readonly unsolicited?: readonly string[];
  /** Where and why a conversation that had begun broke off; the steps before it are kept and judged. */
  readonly interrupted?: string;
  /**
   * The temporary reply that made the probe hold this conversation a second time, on a new
   * connection, as a sender retries (postscreen's after-test 450, greylisting): the steps above are
   * the second conversation's.
   */
  readonly retriedAfter?: string;
}

export interface ProbeObservations {
  readonly checks: readonly ('starttls' | 'certificate' | 'unknown-recipient' | 'relay')[];
  readonly conversations: readonly ProbeConversation[];
  /** The MTA-STS policy of every name that publishes one (absent in older files). */
  readonly mtaSts?: readonly MtaStsPolicyObservation[];
}

/** What one registry said of one domain (RDAP, RFC 9083), or why it could not be asked. */
export interface RegistryDomainObservation {
  readonly domain: DomainName;
  /** `found`: the registry's record; `not-found`: a 404, the registry says it does not exist; `unchecked`: see `detail`. */
  readonly status: 'found' | 'not-found' | 'unchecked';
  /** The RDAP server asked (its origin), when one was found in the bootstrap file. */
  readonly server?: string;
  /** The registry's name servers, lower case, without the final dot. */
  readonly nameservers?: readonly DomainName[];
  /** The `expiration` event's date (ISO 8601), when the registry gives one. */
  readonly expiration?: string;
  readonly detail: string;
}

export interface RegistryObservations {
  /** Where the bootstrap file came from. */
  readonly bootstrap: string;
  readonly domains: readonly RegistryDomainObservation[];
}

/** A host that is not managed handing a message to a managed server, as that server wrote it. */
export interface EvidenceArrival {
  readonly file: string;
  readonly line: number;
  readonly address: IpAddress;
  /** The client's name as the managed server looked it up (undefined: "unknown"). */
  readonly reverse: string | undefined;
  /** The name the client gave in HELO/EHLO: a claim. */
  readonly helo: string | undefined;
  /** The managed server that received it. */
  readonly by: string;
  readonly date: string | undefined;
  readonly spam: boolean;
  /** The policy name the mail was for, when a trace field says so (only policy names are kept). */
  readonly policyName: DomainName | undefined;
}

/** One failure line of a TLS-RPT report (RFC 8460): the receiving MX senders tried. */
export interface TlsRptFailure {
  readonly file: string;
  readonly policyDomain: string;
  readonly mxHost: string;
  readonly sessions: number;
  readonly resultType: string;
}

/**
 * Arrivals at a managed server from hosts that are not managed, as the managed server's own
 * `Received:` field or log line says (never a claim a sender could write), and TLS-RPT failures.
 * Nothing of a message but these trace facts is kept.
 */
export interface EvidenceObservations {
  readonly files: readonly { readonly file: string; readonly format: string; readonly items: number }[];
  readonly arrivals: readonly EvidenceArrival[];
  readonly tlsRpt: readonly TlsRptFailure[];
}

/** Set on the observations of one shard of a run: which one, of how many, of which policy. */
export interface ShardMark {
  readonly index: number;
  readonly count: number;
  /** A digest of the policy file's text: shards of different policies are never merged. */
  readonly policy: string;
}

export interface Observations {
  readonly version: typeof OBSERVATIONS_FORMAT_VERSION;
  readonly shard?: ShardMark;
  readonly startedAt: string;
  readonly durationMs: number;
  /** The repository's zone data; absent when the policy has no zone-data section or the phase did not run. */
  readonly zoneData?: ZoneDataObservations;
  readonly dns: DnsObservations | undefined;
  /** What received mail and mail logs show (evidence files); absent when none was given. */
  readonly evidence?: EvidenceObservations;
  /** What the registries said (RDAP); absent when the registry phase did not run. */
  readonly registry?: RegistryObservations;
  /** The opt-in SMTP probe (policy smtp-probe); absent when it did not run. */
  readonly probe?: ProbeObservations;
  readonly scan: ScanObservations | undefined;
}

/** Every name server host a zone's evidence names: the parent's delegations, each server's NS RRset, and the servers found without an address. */
export function nameServerHosts(zone: ZoneObservation): Set<DomainName> {
  const hosts = new Set<DomainName>();
  for (const { reply } of zone.parent?.delegations ?? []) {
    if (reply.status === 'referral' || reply.status === 'authoritative') for (const host of reply.ns) hosts.add(host);
  }
  for (const { ns } of zone.servers) if (ns.status === 'answer') for (const host of ns.records) hosts.add(host);
  for (const { name } of zone.unresolvedServers) hosts.add(name);
  return hosts;
}

export function serverLabel(server: ServerRef): string {
  // Zone data is evidence "served" by a file: its ref has the file as name and no address.
  if (server.address === '') return server.name;
  return `${server.name === '' ? '.' : server.name}/${server.address}`;
}
