/**
 * Drafts a policy from what was observed: approved is only what all the evidence agrees on (the
 * parent's delegation for `nameservers`; the MX set every authoritative server and every zone-data
 * source publishes; the root resolution's addresses of each approved MX target), and everything
 * that only part of the evidence shows is a YAML comment beside its entry saying who shows it.
 * Pure: observations in, text out, in a stable order (the same world gives the same bytes).
 */
import { compareText } from '../compare-text.js';
import { appendTo } from '../group.js';
import type { DomainName } from '../dns-name.js';
import { compareAddresses } from '../ip-address.js';
import type { IpAddress } from '../ip-address.js';
import type { DnsObservations, MxRecord, NameObservation, Reply, ZoneDataObservations, ZoneObservation } from '../observations/model.js';
import { serverLabel } from '../observations/model.js';
import { authoritativeServers, mailPath } from '../checks/zones.js';
import { describeFailure, listForSentence } from '../checks/evidence.js';
import { zoneDataAsDns } from '../checks/zone-data.js';
import type { Policy } from '../policy/types.js';

export const SCHEMA_MODELINE =
  '# yaml-language-server: $schema=https://raw.githubusercontent.com/mail-perimeter/mail-perimeter/v1/policy.schema.json';

export interface DraftName {
  readonly name: DomainName;
  /** How a name nobody asked for came in: "the zone transferred from ..." or "the zone data". */
  readonly foundIn?: string;
}

export interface DraftInput {
  /** The synthetic policy the observation ran with (its names, its zone-data sources). */
  readonly policy: Policy;
  /** The given names in the order given, then the discovered ones. */
  readonly names: readonly DraftName[];
  readonly dns: DnsObservations | undefined;
  readonly zoneData: ZoneDataObservations | undefined;
  /** The zone-data sources as the written policy names them (paths relative to it). */
  readonly zoneDataSources: readonly { readonly format: string; readonly path: string }[];
  readonly made: { readonly date: string; readonly commandLine: string };
}

export interface Draft {
  readonly text: string;
  readonly written: number;
  readonly disagreements: number;
  readonly notObserved: readonly { readonly name: DomainName; readonly reason: string }[];
}

/** One source's word on a name: its MX RRset (or NXDOMAIN) and its addresses. A source that gave none is in `silence`. */
interface Word {
  readonly who: string;
  readonly mx: readonly MxRecord[] | 'nxdomain';
  readonly addresses: readonly IpAddress[];
}

interface Evidence {
  readonly words: Word[];
  readonly silence: string[];
  /** Set when the name could not be observed at all. */
  readonly unobserved?: string;
  readonly aliasOf?: DomainName;
}

const mxText = (record: MxRecord) => `${record.preference} ${record.host === '' ? '.' : record.host}`;

function plainName(name: string): string {
  return /^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/.test(name) ? name : JSON.stringify(name);
}

function flowList(items: readonly string[]): string {
  return `[${items.map(plainName).join(', ')}]`;
}

function evidenceAt(observed: NameObservation | undefined, dns: DnsObservations, sourceKind: 'dns' | 'zone-data'): Evidence {
  if (observed === undefined) return { words: [], silence: [], unobserved: 'it was not observed' };
  const { observation } = mailPath(observed);
  const aliasOf = observed.alias === undefined ? undefined : observation?.name;
  if (observation === undefined) return { words: [], silence: [], unobserved: observed.alias?.error ?? 'its alias could not be followed' };
  if (observation.zone === undefined) return { words: [], silence: [], unobserved: observation.error ?? 'no zone holds it' };
  const zone = dns.zones.find((candidate) => candidate.zone === observation.zone);
  const authoritative = zone === undefined ? new Set<string>() : authoritativeServers(zone);
  const words: Word[] = [];
  const silence: string[] = [];
  for (const { server, mx, addresses } of observation.servers) {
    const who = serverLabel(server);
    if (sourceKind === 'dns' && !authoritative.has(who)) continue;
    if (mx.status === 'answer' || mx.status === 'nxdomain') {
      words.push({ who, mx: mx.status === 'nxdomain' ? 'nxdomain' : mx.records, addresses: addressRecords(addresses) });
    } else {
      silence.push(`${who} gave no MX answer (${describeFailure(mx as Reply<unknown>)})`);
    }
  }
  if (words.length === 0) {
    const why =
      silence.length > 0
        ? listForSentence(silence)
        : `no server of ${observation.zone || '.'} answered with authority${zone !== undefined && zone.unresolvedServers.length > 0 ? ` (${listForSentence(zone.unresolvedServers.map(({ name, detail }) => `${name}: ${detail}`))})` : ''}`;
    return { words, silence, unobserved: why };
  }
  return { words, silence, ...(aliasOf === undefined ? {} : { aliasOf }) };
}

function addressRecords(reply: Reply<IpAddress>): readonly IpAddress[] {
  return reply.status === 'answer' ? reply.records : [];
}

/** The items every word holds, and each other item with who holds it. */
function agreement<T>(words: readonly { who: string; items: readonly T[] }[], key: (item: T) => string) {
  const holders = new Map<string, { item: T; who: string[] }>();
  for (const { who, items } of words) {
    for (const item of items) {
      const entry = holders.get(key(item)) ?? { item, who: [] };
      if (!entry.who.includes(who)) entry.who.push(who);
      holders.set(key(item), entry);
    }
  }
  const approved: T[] = [];
  const partial: { item: T; who: string[]; without: string[] }[] = [];
  for (const [, { item, who }] of [...holders].sort(([a], [b]) => compareText(a, b))) {
    if (who.length === words.length) approved.push(item);
    else
      partial.push({
        item,
        who: [...who].sort(compareText),
        without: words.map((word) => word.who).filter((label) => !who.includes(label)),
      });
  }
  return { approved, partial };
}

/** Drafts the policy text. */
export function draftPolicy(input: DraftInput): Draft {
  const dns = input.dns;
  const fromData = input.zoneData === undefined ? undefined : zoneDataAsDns(input.policy, input.zoneData);
  const observedByName = new Map((dns?.names ?? []).map((observed) => [observed.name as string, observed]));
  const dataByName = new Map((fromData?.names ?? []).map((observed) => [observed.name as string, observed]));
  const zones = new Map((dns?.zones ?? []).map((zone) => [zone.zone as string, zone]));
  const approvedTargets = new Set<DomainName>();
  const notObserved: { name: DomainName; reason: string }[] = [];
  let disagreements = 0;
  const entries: string[] = [];

  for (const { name, foundIn } of input.names) {
    const sources: Evidence[] = [
      ...(dns ? [evidenceAt(observedByName.get(name), dns, 'dns')] : []),
      ...(fromData ? [evidenceAt(dataByName.get(name), fromData, 'zone-data')] : []),
    ];
    const unobserved = sources.find((source) => source.unobserved !== undefined);
    const found = foundIn === undefined ? [] : [`  # Found in ${foundIn}; not asked for.`];
    if (unobserved !== undefined) {
      notObserved.push({ name, reason: unobserved.unobserved! });
      entries.push([...found, `  # Not observed: ${unobserved.unobserved}.`, `  # ${plainName(name)}: {}`].join('\n'));
      continue;
    }
    const words = sources.flatMap((source) => source.words);
    const comments: string[] = sources.flatMap((source) => source.silence).map((text) => `Not counted: ${text}.`);
    const aliasOf = sources.find((source) => source.aliasOf !== undefined)?.aliasOf;
    if (aliasOf !== undefined) comments.push(`An alias of ${aliasOf}: its mail goes to ${aliasOf}'s MX, judged here.`);
    const body: string[] = [];

    const observedZone = observedByName.get(name)?.zone;
    const zone = observedZone === name ? zones.get(name) : undefined;
    const dataApex = fromData?.zones.find((candidate) => candidate.zone === name);
    if (zone !== undefined) {
      const ns = nameServerLines(zone, dataApex?.servers.map((server) => ({ who: serverLabel(server.server), ns: server.ns })) ?? []);
      body.push(...ns.lines);
      disagreements += ns.disagreements;
    } else if (dataApex !== undefined && dns === undefined) {
      const { approved, partial } = agreement(
        dataApex.servers.map(({ server, ns }) => ({ who: serverLabel(server), items: ns.status === 'answer' ? ns.records : [] })),
        String,
      );
      if (approved.length > 0) body.push(`    nameservers: ${flowList(approved)}`);
      for (const { item, who } of partial) body.push(`    # Not approved: ${item} is an NS only in ${listForSentence(who)}.`);
      disagreements += partial.length;
    }

    const { approved, partial } = agreement(
      words.map((word) => ({ who: word.who, items: word.mx === 'nxdomain' ? [] : word.mx })),
      mxText,
    );
    const exists = words.some((word) => word.mx !== 'nxdomain');
    const addresses = [...new Set(words.flatMap((word) => word.addresses))].sort(compareAddresses);
    if (!exists) {
      notObserved.push({ name, reason: 'it does not exist (NXDOMAIN)' });
      entries.push(
        [
          ...found,
          `  # Not written: ${name} does not exist (NXDOMAIN at ${listForSentence(words.map((word) => word.who))}).`,
          `  # ${plainName(name)}: {}`,
        ].join('\n'),
      );
      continue;
    }
    const nullMx = approved.length === 1 && approved[0]!.host === '';
    if (nullMx) body.push('    mx: none');
    else if (approved.length > 0) {
      body.push('    mx:');
      for (const record of approved) {
        body.push(`      - "${mxText(record)}"`);
        approvedTargets.add(record.host);
      }
    } else if (partial.length === 0 && addresses.length > 0) {
      comments.push(
        `It publishes no MX but has an address (${addresses.join(', ')}): it receives mail today (implicit MX, RFC 5321 §5.1). mx: none asks for a null MX (RFC 7505); write its MX instead if it should receive mail.`,
      );
      body.push('    mx: none');
    } else if (partial.length === 0) {
      comments.push('It publishes no MX and no address: it receives no mail.');
    }
    for (const { item, who, without } of partial) {
      body.push(`    # Not approved: "${mxText(item)}" is published by ${listForSentence(who)}, not by ${listForSentence(without)}.`);
      disagreements++;
    }
    entries.push(
      [
        ...found,
        ...comments.map((comment) => `  # ${comment}`),
        `  ${plainName(name)}:${body.some((line) => !line.trimStart().startsWith('#')) ? '' : ' {}'}`,
        ...body,
      ].join('\n'),
    );
  }

  const mailServers = mailServerLines(approvedTargets, dns, fromData);
  const written = input.names.length - notObserved.length;
  const text = [
    SCHEMA_MODELINE,
    `# Drafted by mail-perimeter init on ${input.made.date}:`,
    `#   ${input.made.commandLine}`,
    '# Approved below is only what all the evidence agrees on. Each "Not approved" comment is what only',
    '# part of it shows: decide, then add it or fix the servers. Until then `mail-perimeter check` reports it.',
    'version: 1',
    '',
    '# Every SMTP server of the organisation, with every address it has.',
    'mail-servers:' + (mailServers.length === 0 ? ' {}' : ''),
    ...mailServers,
    '',
    'domains:',
    ...entries,
    '',
    ...zoneDataLines(input.zoneDataSources),
    '# Scan the organisation’s address space for SMTP listeners that are not listed above:',
    '# scan:',
    '#   ranges: [192.0.2.0/24]',
    '#   ports: [25, 465, 587]',
    '',
    '# Talk SMTP to every MX (never sending a message): is each as well protected as the primary?',
    '# smtp-probe:',
    '#   checks: [starttls, certificate, unknown-recipient, relay]',
    '',
  ].join('\n');
  return { text, written, disagreements, notObserved };
}

/**
 * `nameservers` from the parent's delegation (what every parent server that answered delegates),
 * with comments for a server only some parent servers name, one only the zone's NS RRset (or the
 * zone data) names, a lame or silent one, and an open zone transfer.
 */
function nameServerLines(
  zone: ZoneObservation,
  zoneData: readonly { who: string; ns: Reply<DomainName> }[],
): { lines: string[]; disagreements: number } {
  const lines: string[] = [];
  let disagreements = 0;
  const delegations = (zone.parent?.delegations ?? []).flatMap(({ server, reply }) =>
    reply.status === 'referral' || reply.status === 'authoritative' ? [{ who: serverLabel(server), items: reply.ns }] : [],
  );
  const { approved, partial } = agreement(delegations, String);
  if (approved.length > 0) lines.push(`    nameservers: ${flowList(approved)}`);
  else lines.push(`    # No nameservers written: no server of the parent zone delegated ${zone.zone || '.'} in a way all agree on.`);
  for (const { item, who, without } of partial) {
    lines.push(`    # Not approved: ${item} is delegated by ${listForSentence(who)}, not by ${listForSentence(without)}.`);
    disagreements++;
  }
  const authoritative = authoritativeServers(zone);
  const rrsets = [
    ...zone.servers.flatMap(({ server, ns }) =>
      authoritative.has(serverLabel(server)) && ns.status === 'answer' ? [{ who: serverLabel(server), ns: ns.records }] : [],
    ),
    ...zoneData.flatMap(({ who, ns }) => (ns.status === 'answer' ? [{ who, ns: ns.records }] : [])),
  ];
  const named = new Map<string, string[]>();
  for (const { who, ns } of rrsets) {
    for (const host of ns) if (!approved.includes(host) && !partial.some((entry) => entry.item === host)) appendTo(named, host, who);
  }
  for (const [host, who] of [...named].sort(([a], [b]) => compareText(a, b))) {
    lines.push(
      `    # Not approved: ${host} is in the NS RRset of ${listForSentence([...new Set(who)].sort(compareText))}, but not delegated by the parent.`,
    );
    disagreements++;
  }
  for (const { server, soa } of zone.servers) {
    if (authoritative.has(serverLabel(server))) continue;
    lines.push(
      `    # Not counted: ${serverLabel(server)} does not answer for ${zone.zone} with authority (${soa.status === 'answer' ? 'no SOA' : describeFailure(soa as Reply<unknown>)}): lame.`,
    );
  }
  for (const { name, detail } of zone.unresolvedServers) lines.push(`    # Not counted: ${name} has no address to ask (${detail}).`);
  for (const transfer of zone.transfers) {
    if (transfer.status === 'transferred')
      lines.push(`    # ${serverLabel(transfer.server)} gives anyone a zone transfer (zone/transfer-open).`);
  }
  return { lines, disagreements };
}

/** Every approved MX target with the addresses resolution from the root gives (the zone data's, without DNS). */
function mailServerLines(
  targets: ReadonlySet<DomainName>,
  dns: DnsObservations | undefined,
  fromData: DnsObservations | undefined,
): string[] {
  const source = dns ?? fromData;
  const byHost = new Map((source?.mxTargets ?? []).map((target) => [target.host as string, target]));
  return [...targets]
    .filter((host) => host !== '')
    .sort(compareText)
    .map((host) => {
      const target = byHost.get(host);
      if (target === undefined || target.addresses.length === 0) {
        return `  # ${plainName(host)}: not written: ${target === undefined ? (dns ? 'it was not resolved' : 'the zone data does not give its addresses') : target.status === 'failed' ? `it could not be resolved (${target.detail})` : `it has no address (${target.status})`}.`;
      }
      return `  ${plainName(host)}: [${[...target.addresses].sort(compareAddresses).join(', ')}]`;
    });
}

function zoneDataLines(sources: readonly { format: string; path: string }[]): string[] {
  if (sources.length === 0) {
    return ['# The repository’s zone data, judged on every pull request:', '# zone-data:', '#   - { format: rfc1035, path: zones/ }', ''];
  }
  return [
    '# The repository’s zone data, judged on every pull request.',
    'zone-data:',
    ...sources.map((source) => `  - { format: ${source.format}, path: ${JSON.stringify(source.path)} }`),
    '',
  ];
}
