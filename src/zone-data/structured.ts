/**
 * Readers for the two structured DNS-as-code formats: octoDNS's YamlProvider files and the JSON
 * that `dnscontrol print-ir` writes. Both are read as YAML nodes (JSON is YAML) so that every
 * record keeps the line it is written on; aliases are refused, as in policies, so a file in a
 * pull request cannot expand without bound.
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { DomainName } from '../dns-name.js';
import { parseIpAddress } from '../ip-address.js';
import type { ZoneDataRecord, ZoneDataValue } from '../observations/model.js';
import { ZoneDataError } from './error.js';
import { parseName } from './rfc1035.js';

/** octoDNS's default TTL, and DNSControl's. */
const DEFAULT_TTL_SECONDS = 3600;
const DNSCONTROL_DEFAULT_TTL_SECONDS = 300;

interface Source {
  readonly file: string;
  readonly text: string;
}

function parse(source: Source, version: '1.1' | '1.2' = '1.2'): { root: Node | null; lineOf: (node: Node | null | undefined) => number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: false, version });
  const lineOf = (node: Node | null | undefined) => lineCounter.linePos(node?.range?.[0] ?? 0).line;
  const error = doc.errors[0];
  if (error) throw new ZoneDataError(source.file, lineCounter.linePos(error.pos[0]).line, error.message.split('\n')[0]!);
  return { root: doc.contents as Node | null, lineOf };
}

function refuseAlias(source: Source, node: Node | null | undefined, lineOf: (node: Node | null | undefined) => number): void {
  if (node && isAlias(node)) throw new ZoneDataError(source.file, lineOf(node), 'YAML aliases are not accepted in zone data');
}

function child(node: Node | null | undefined, key: string): Node | undefined {
  return isMap(node) ? (node.get(key, true) as Node | undefined) : undefined;
}

function scalar(node: Node | null | undefined): unknown {
  return isScalar(node) ? node.value : undefined;
}

/** One record's value from octoDNS or DNSControl fields; a type this tool does not read is kept as `other`. */
function valueOf(
  type: string,
  fields: { target?: unknown; preference?: unknown; address?: unknown },
  origin: DomainName,
  fail: (message: string) => never,
): ZoneDataValue {
  const name = (value: unknown, what: string) =>
    typeof value === 'string' && value !== '' ? parseName(value, origin, fail) : fail(`${type} record without ${what}`);
  switch (type) {
    case 'A':
    case 'AAAA': {
      const address = typeof fields.address === 'string' ? parseIpAddress(fields.address) : undefined;
      if (address === undefined || (type === 'A') === address.includes(':')) fail(`"${String(fields.address)}" is not an ${type} address`);
      return { type, address: address! };
    }
    case 'NS':
    case 'CNAME':
      return { type, target: name(fields.target, 'a target') };
    case 'MX': {
      // octoDNS accepts a preference written as a string ('10') and converts it.
      const preference =
        typeof fields.preference === 'string' && /^\d+$/.test(fields.preference) ? Number(fields.preference) : fields.preference;
      if (typeof preference !== 'number' || !Number.isInteger(preference) || preference < 0 || preference > 0xffff) {
        fail(`MX preference ${String(preference)} is not a number from 0 to 65535`);
      }
      return { type, preference: preference as number, host: name(fields.target, 'an exchange') };
    }
    default:
      return { type: 'other', typeName: type, text: JSON.stringify(fields.target ?? fields.address ?? '') };
  }
}

/**
 * octoDNS YamlProvider: top-level keys are names relative to the zone ("" is the apex), each a
 * record or a list of records `{type, ttl, value | values}`; MX values are `{exchange,
 * preference}` or the older `{value, priority}`.
 */
export function readOctodns(
  source: Source,
  zone: DomainName,
): { records: ZoneDataRecord[]; ignored: { name: DomainName; type: string; line: number }[] } {
  // octoDNS loads its files with PyYAML, which reads YAML 1.1: `yes`, `on`, `null` are no strings there.
  const { root, lineOf } = parse(source, '1.1');
  const ignored: { name: DomainName; type: string; line: number }[] = [];
  // An empty document ("---" alone) is an empty zone, as octoDNS loads it.
  if (root === null || (isScalar(root) && root.value === null)) return { records: [], ignored };
  if (!isMap(root)) throw new ZoneDataError(source.file, lineOf(root), 'an octoDNS zone file is a map of names to records');
  const records: ZoneDataRecord[] = [];
  for (const pair of root.items as Pair<Node, Node>[]) {
    refuseAlias(source, pair.key, lineOf);
    const fail = (message: string, node: Node | null | undefined = pair.key): never => {
      throw new ZoneDataError(source.file, lineOf(node), message);
    };
    const rawKey = scalar(pair.key);
    // octoDNS names a record str(key): a plain decimal number is the name it looks like.
    const key = typeof rawKey === 'number' && isScalar(pair.key) && pair.key.source === String(rawKey) ? String(rawKey) : rawKey;
    if (typeof key !== 'string') {
      // Not the apex: octoDNS writes the apex as ''. A YAML 1.1 null, boolean or number is no name.
      fail(
        `the key ${JSON.stringify(isScalar(pair.key) ? (pair.key.source ?? String(key)) : key)} is read by octoDNS (YAML 1.1) as ${key === null ? 'null' : typeof key}, not as a name: quote it (the apex is '')`,
      );
    }
    const label = key as string;
    const owner = label === '' ? zone : parseName(label, zone, fail);
    refuseAlias(source, pair.value, lineOf);
    const entries = isSeq(pair.value) ? (pair.value.items as Node[]) : [pair.value];
    for (const entry of entries) {
      refuseAlias(source, entry, lineOf);
      if (!isMap(entry)) fail(`records of "${label}" must be maps with a type`, entry);
      const type = String(scalar(child(entry, 'type')) ?? '').toUpperCase();
      if (type === '') fail(`a record of "${label}" has no type`, entry);
      // octodns: {ignored: true}: managed elsewhere, never applied by octoDNS; the file says nothing of this RRset.
      if (scalar(child(child(entry, 'octodns'), 'ignored')) === true) {
        ignored.push({ name: owner, type, line: lineOf(entry) });
        continue;
      }
      const ttlValue = scalar(child(entry, 'ttl'));
      const ttl = typeof ttlValue === 'number' ? ttlValue : DEFAULT_TTL_SECONDS;
      const valuesNode = child(entry, 'values') ?? child(entry, 'value');
      refuseAlias(source, valuesNode, lineOf);
      const values = isSeq(valuesNode) ? (valuesNode.items as Node[]) : valuesNode === undefined ? [] : [valuesNode];
      for (const valueNode of values) {
        refuseAlias(source, valueNode, lineOf);
        const failHere = (message: string): never => fail(message, valueNode);
        const fields = isMap(valueNode)
          ? {
              target: scalar(child(valueNode, 'exchange')) ?? scalar(child(valueNode, 'value')),
              preference: scalar(child(valueNode, 'preference')) ?? scalar(child(valueNode, 'priority')),
            }
          : { target: scalar(valueNode), address: scalar(valueNode) };
        records.push({ name: owner, ttl, value: valueOf(type, fields, zone, failHere), file: source.file, line: lineOf(valueNode) });
      }
    }
  }
  return { records, ignored };
}

/**
 * `dnscontrol print-ir`: `{domains: [{name, records: [{type, name, target, ttl, mxpreference}],
 * nameservers: [{name}]}]}` with record names relative to the domain ("@" the apex). The
 * domain's `nameservers` count as its apex NS RRset when the records hold none. A domain with a
 * split-horizon tag is one view of its zone.
 */
export function readDnscontrol(source: Source): { zone: DomainName; view: string | undefined; records: ZoneDataRecord[] }[] {
  const { root, lineOf } = parse(source);
  const domains = child(root, 'domains');
  if (!isSeq(domains)) throw new ZoneDataError(source.file, lineOf(root), 'no "domains" list: is this the output of dnscontrol print-ir?');
  return (domains.items as Node[]).map((domain) => {
    refuseAlias(source, domain, lineOf);
    const fail = (message: string, node: Node | null | undefined = domain): never => {
      throw new ZoneDataError(source.file, lineOf(node), message);
    };
    const nameText = scalar(child(domain, 'name'));
    if (typeof nameText !== 'string') fail('a domain without a name');
    const zone = parseName(`${(nameText as string).replace(/\.$/, '')}.`, '' as DomainName, fail);
    // Split horizon: D("example.com!inside") is its own zone, its tag in `tag` (DNSControl 3.7 and later).
    const tag = scalar(child(domain, 'tag')) ?? scalar(child(child(domain, 'meta'), 'dnscontrol_tag'));
    const view = typeof tag === 'string' && tag !== '' ? tag : undefined;
    const records: ZoneDataRecord[] = [];
    const recordNodes = child(domain, 'records');
    for (const record of isSeq(recordNodes) ? (recordNodes.items as Node[]) : []) {
      refuseAlias(source, record, lineOf);
      const failHere = (message: string): never => fail(message, record);
      const type = String(scalar(child(record, 'type')) ?? '').toUpperCase();
      const label = String(scalar(child(record, 'name')) ?? '@');
      const owner = label === '@' || label === '' ? zone : parseName(label, zone, failHere);
      const target = scalar(child(record, 'target'));
      const ttlValue = scalar(child(record, 'ttl'));
      const value = valueOf(
        type,
        { target, address: target, preference: scalar(child(record, 'mxpreference')) ?? (type === 'MX' ? 0 : undefined) },
        zone,
        failHere,
      );
      records.push({
        name: owner,
        ttl: typeof ttlValue === 'number' ? ttlValue : DNSCONTROL_DEFAULT_TTL_SECONDS,
        value,
        file: source.file,
        line: lineOf(record),
      });
    }
    if (!records.some((record) => record.name === zone && record.value.type === 'NS')) {
      const nameservers = child(domain, 'nameservers');
      for (const server of isSeq(nameservers) ? (nameservers.items as Node[]) : []) {
        const serverName = scalar(child(server, 'name')) ?? scalar(server);
        if (typeof serverName !== 'string') continue;
        const target = parseName(serverName.endsWith('.') ? serverName : `${serverName}.`, zone, fail);
        records.push({
          name: zone,
          ttl: DNSCONTROL_DEFAULT_TTL_SECONDS,
          value: { type: 'NS', target },
          file: source.file,
          line: lineOf(server),
        });
      }
    }
    return { zone, view, records };
  });
}
