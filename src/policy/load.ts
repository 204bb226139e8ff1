import { LineCounter, isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { isRuleId } from '../checks/rules.js';
import type { RuleId, Severity } from '../checks/rules.js';
import { parseHostName } from '../dns-name.js';
import type { DomainName } from '../dns-name.js';
import { parseIpAddress } from '../ip-address.js';
import type { IpAddress } from '../ip-address.js';
import { distinctAddressCount, parseAddressRange } from '../address-range.js';
import type { AddressRange } from '../address-range.js';
import type { PolicyProblem } from './problem.js';
import { validateAgainstSchema } from './schema-validation.js';
import { parsePolicyDocument } from './yaml-chunks.js';
import type {
  AllowedListener,
  DomainPolicy,
  ExpectedMx,
  Located,
  MailServer,
  MxPolicy,
  Policy,
  ScanPolicy,
  SmtpProbePolicy,
  SourceLocation,
  ZoneDataSource,
} from './types.js';

export const DEFAULT_MAX_ADDRESSES = 4096;
/** `.invalid` can never deliver (RFC 2606): a relay test that cannot send anything anywhere. */
/**
 * The relay test's recipient: a domain that resolves and takes mail (a relaying server that checks
 * recipient domains accepts it, where a .invalid domain gets "domain not found" and decides
 * nothing), and that no probed server is its MX. Nothing ever reaches it: the probe never sends DATA.
 */
export const DEFAULT_FOREIGN_RECIPIENT = 'postmaster@iana.org';
/** The ceiling of scan.max-addresses (a /8): larger scans belong to tools made for them. */
export const MAX_MAX_ADDRESSES = 16_777_216;
export const DEFAULT_SCAN_PORTS = [25] as const;
const ALL_PORTS = Array.from({ length: 65535 }, (_, i) => i + 1);

const YAML_DUPLICATE = 'duplicate key: every name, server and rule may appear only once';
const YAML_ALIAS = 'YAML aliases (*name, <<: *name) are not accepted in a policy: write the value out';

export type PolicyLoad = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

/**
 * Parses and validates a policy (YAML, or JSON, which is YAML). Every problem found is returned at
 * once, each at the node it concerns, so a user fixes the file in one pass.
 */
export function loadPolicy(file: string, text: string, options: { entriesPerSlice?: number } = {}): PolicyLoad {
  const lineCounter = new LineCounter();
  // yaml's own duplicate-key check compares every key with every other (quadratic: 40,000 names
  // took 14 s); toPlainData finds duplicates in one pass instead.
  const doc = parsePolicyDocument(text, lineCounter, options.entriesPerSlice).document;
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const problems: PolicyProblem[] = [];
  for (const error of doc.errors) problems.push({ message: error.message.split('\n')[0]!, location: at(error.pos[0]) });
  if (doc.errors.length > 0) return { ok: false, problems };

  const structural: { message: string; node: Node }[] = [];
  // The plain data is only for the schema: not kept in a variable, it is garbage while the policy is built.
  const schemaErrors = validateAgainstSchema(toPlainData(doc.contents as Node | null, structural));
  for (const { message, node } of structural) problems.push({ message, location: at(node.range?.[0] ?? 0) });
  // An alias is refused rather than expanded: expanding is how billion-laughs and merge-key bombs
  // and self-referencing anchors exhaust memory, and a policy gains nothing from them.
  if (structural.some(({ message }) => message === YAML_ALIAS)) return { ok: false, problems: sortAndDedupe(problems) };
  const schemaProblems: PolicyProblem[] = [];
  for (const schemaError of schemaErrors) {
    const place = nodeAt(doc.contents as Node | null, schemaError.pointer);
    const keyNode = schemaError.key === undefined ? undefined : findKey(place?.node, schemaError.key);
    const offset = keyNode?.range?.[0] ?? place?.node.range?.[0] ?? 0;
    const where = place?.path ? `${place.path}: ` : '';
    schemaProblems.push({ message: `${where}${schemaError.message}`, location: at(offset) });
  }

  const builder = new PolicyBuilder(file, doc, at, problems);
  const policy = builder.build();
  // Where the loader says what is wrong with a value, the schema's more general words add nothing.
  const placeOf = (problem: PolicyProblem) => `${problem.location.line}:${problem.location.column}`;
  const explained = new Set(problems.map(placeOf));
  problems.push(...schemaProblems.filter((problem) => !explained.has(placeOf(problem))));
  if (problems.length > 0) return { ok: false, problems: sortAndDedupe(problems) };
  return { ok: true, policy };
}

/**
 * The document as plain data for the schema. A duplicated key (already reported) gets a distinct
 * name, so the schema still checks its value and its errors still point at its own lines.
 */
function toPlainData(node: Node | null | undefined, structural: { message: string; node: Node }[]): unknown {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) {
    structural.push({ message: YAML_ALIAS, node });
    return null;
  }
  if (isMap(node)) {
    const result: Record<string, unknown> = {};
    const pairs = node.items as Pair<Node, Node>[];
    uniqueKeys(pairs).forEach(({ name, unique }, index) => {
      const pair = pairs[index]!;
      if (isAlias(pair.key)) structural.push({ message: YAML_ALIAS, node: pair.key });
      else if (unique !== name && pair.key) structural.push({ message: YAML_DUPLICATE, node: pair.key });
      result[unique] = toPlainData(pair.value, structural);
    });
    return result;
  }
  if (isSeq(node)) return (node.items as Node[]).map((item) => toPlainData(item, structural));
  return isScalar(node) ? node.toJSON() : null;
}

/** Each key's text and the distinct name the plain data gives it ("name (copy 2)" for a repeat). */
function uniqueKeys(pairs: readonly Pair<Node, Node>[]): { name: string; unique: string }[] {
  const used = new Set<string>();
  return pairs.map((pair) => {
    const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    let unique = name;
    for (let copy = 2; used.has(unique); copy++) unique = `${name} (copy ${copy})`;
    used.add(unique);
    return { name, unique };
  });
}

/**
 * The node a schema error's JSON pointer names, found by walking the document again: only for
 * the errors there are, rather than an index of every node kept for the errors there might be
 * (a third of a 100,000-domain policy's memory).
 */
function nodeAt(root: Node | null, pointer: string): { node: Node; key: Node | undefined; path: string } | undefined {
  let place: { node: Node; key: Node | undefined; path: string } | undefined = root ? { node: root, key: undefined, path: '' } : undefined;
  for (const segment of pointer.split('/').slice(1)) {
    if (place === undefined) return undefined;
    const step = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    const { node, path } = place;
    if (isMap(node)) {
      const pairs = node.items as Pair<Node, Node>[];
      const keys = uniqueKeys(pairs);
      const index = keys.findIndex(({ unique }) => unique === step);
      const pair = pairs[index];
      place = pair?.value
        ? { node: pair.value, key: pair.key, path: path ? `${path}.${keys[index]!.name}` : keys[index]!.name }
        : undefined;
    } else if (isSeq(node)) {
      const item = (node.items as Node[])[Number(step)];
      place = item ? { node: item, key: undefined, path: `${path}[${step}]` } : undefined;
    } else return undefined;
  }
  return place;
}

function findKey(node: Node | undefined, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return pair?.key as Node | undefined;
}

function sortAndDedupe(problems: PolicyProblem[]): PolicyProblem[] {
  const seen = new Set<string>();
  const place = (problem: PolicyProblem) => `${problem.location.line}:${problem.location.column}`;
  // The builder's duplicate messages say more (they see normalised names) than the YAML parser's.
  const explainedDuplicates = new Set(
    problems.filter((problem) => problem.message.startsWith('duplicate ') && problem.message !== YAML_DUPLICATE).map(place),
  );
  return problems
    .filter((problem) => !(problem.message === YAML_DUPLICATE && explainedDuplicates.has(place(problem))))
    .filter((problem) => {
      const id = `${problem.location.line}:${problem.location.column}:${problem.message}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
}

/**
 * Walks the YAML nodes (not the plain object) so that every value keeps its position. Values of the
 * wrong type are skipped here: the schema has already reported them.
 */
class PolicyBuilder {
  constructor(
    private readonly file: string,
    private readonly doc: Document,
    private readonly at: (offset: number) => SourceLocation,
    private readonly problems: PolicyProblem[],
  ) {}

  build(): Policy {
    const root = this.doc.contents;
    const rootLocation = this.locate(root as Node | null);
    const mailServers = this.mailServers(this.child(root, 'mail-servers'));
    const domains = this.domains(this.child(root, 'domains'));
    return {
      file: this.file,
      mailServers,
      domains,
      zoneData: this.zoneData(this.child(root, 'zone-data')),
      smtpProbe: this.smtpProbe(this.child(root, 'smtp-probe')),
      scan: this.scan(this.child(root, 'scan')),
      ...this.registry(this.child(root, 'registry')),
      severityOverrides: this.rules(this.child(root, 'rules')),
      location: rootLocation,
    };
  }

  private locate(node: Node | null | undefined): SourceLocation {
    return this.at(node?.range?.[0] ?? 0);
  }

  private problem(node: Node | null | undefined, message: string): void {
    this.problems.push({ message, location: this.locate(node) });
  }

  private child(node: unknown, key: string): Node | undefined {
    if (!isMap(node)) return undefined;
    return node.get(key, true) as Node | undefined;
  }

  private pairs(node: Node | undefined): Pair<Node, Node>[] {
    return isMap(node) ? ((node as YAMLMap<Node, Node>).items as Pair<Node, Node>[]) : [];
  }

  private strings(node: Node | undefined): { text: string; node: Node }[] {
    if (!isSeq(node)) return [];
    return node.items.flatMap((item) =>
      isScalar(item) && typeof item.value === 'string' ? [{ text: item.value, node: item as Node }] : [],
    );
  }

  /** Normalises a host name, reporting IP literals and bad syntax; `seen` catches duplicates. */
  private hostName(text: string, node: Node, what: string, seen?: Map<DomainName, Node>): DomainName | undefined {
    if (parseIpAddress(text) !== undefined) {
      this.problem(node, `${what} "${text}" is an IP address; name the host instead`);
      return undefined;
    }
    const name = parseHostName(text);
    if (name === undefined) {
      this.problem(node, `${what} "${text}" is not a valid host name`);
      return undefined;
    }
    if (seen) {
      if (seen.has(name)) {
        this.problem(node, `duplicate ${what} "${text}" (names compare case-insensitively, with or without the final dot)`);
        return undefined;
      }
      seen.set(name, node);
    }
    return name;
  }

  private mailServers(node: Node | undefined): MailServer[] {
    const seenHosts = new Map<DomainName, Node>();
    const servers: MailServer[] = [];
    for (const pair of this.pairs(node)) {
      if (!isScalar(pair.key)) continue;
      const host = this.hostName(String(pair.key.value), pair.key, 'mail server', seenHosts);
      const addresses: Located<IpAddress>[] = [];
      // One server known by several names (one per customer domain, a certificate with many
      // names) lists the same address under each: normal, and judged as one server.
      const seenAddresses = new Set<IpAddress>();
      for (const { text, node: addressNode } of this.strings(pair.value ?? undefined)) {
        const address = parseIpAddress(text);
        if (address === undefined) {
          this.problem(addressNode, `"${text}" is not an IP address`);
          continue;
        }
        if (seenAddresses.has(address)) {
          this.problem(addressNode, `address ${address} is listed twice for this server`);
          continue;
        }
        seenAddresses.add(address);
        addresses.push({ value: address, location: this.locate(addressNode) });
      }
      if (host !== undefined) servers.push({ host, addresses, location: this.locate(pair.key) });
    }
    return servers;
  }

  private domains(node: Node | undefined): DomainPolicy[] {
    const seen = new Map<DomainName, Node>();
    const domains: DomainPolicy[] = [];
    for (const pair of this.pairs(node)) {
      if (!isScalar(pair.key)) continue;
      const name = this.hostName(String(pair.key.value), pair.key, 'domain', seen);
      const body = pair.value ?? undefined;
      const nameserversNode = this.child(body, 'nameservers');
      const seenServers = new Map<DomainName, Node>();
      const nameserverHosts = this.strings(nameserversNode).flatMap(({ text, node: hostNode }) => {
        const host = this.hostName(text, hostNode, 'name server', seenServers);
        return host === undefined ? [] : [{ value: host, location: this.locate(hostNode) }];
      });
      const discover = this.child(body, 'discover');
      const mx = this.mx(this.child(body, 'mx'));
      // A duplicate's contents are still checked above, so every mistake is reported in one pass.
      if (name === undefined) continue;
      domains.push({
        name,
        location: this.locate(pair.key),
        nameservers: isSeq(nameserversNode) ? { hosts: nameserverHosts, location: this.locate(nameserversNode) } : undefined,
        mx,
        discoverByTransfer: isScalar(discover) && discover.value === 'axfr',
      });
    }
    return domains;
  }

  private mx(node: Node | undefined): MxPolicy | undefined {
    if (node === undefined) return undefined;
    if (isScalar(node)) return node.value === 'none' ? { kind: 'none', location: this.locate(node) } : undefined;
    if (!isSeq(node)) return undefined;
    const seen = new Map<DomainName, Node>();
    const hosts: ExpectedMx[] = [];
    for (const item of node.items as Node[]) {
      let hostText: string | undefined;
      let hostNode: Node = item;
      let preference: number | undefined;
      if (isScalar(item) && typeof item.value === 'string') {
        const match = /^\s*(?:(\d+)\s+)?(\S+)\s*$/.exec(item.value);
        if (!match) {
          this.problem(item, `MX "${item.value}" is not of the form "PREFERENCE HOST"`);
          continue;
        }
        if (match[1] !== undefined) {
          preference = Number(match[1]);
          if (preference > 65535) {
            this.problem(item, `MX preference ${match[1]} is out of range (0-65535)`);
            continue;
          }
        }
        hostText = match[2];
      } else if (isMap(item)) {
        const hostValue = this.child(item, 'host');
        const preferenceValue = this.child(item, 'preference');
        if (isScalar(hostValue) && typeof hostValue.value === 'string') {
          hostText = hostValue.value;
          hostNode = hostValue;
        }
        if (isScalar(preferenceValue) && typeof preferenceValue.value === 'number') preference = preferenceValue.value;
      }
      if (hostText === undefined) continue;
      if (hostText === '.') {
        this.problem(hostNode, 'a null MX is written `mx: none`, not as a host');
        continue;
      }
      const host = this.hostName(hostText, hostNode, 'MX host', seen);
      if (host !== undefined) hosts.push({ host, preference, location: this.locate(item) });
    }
    return { kind: 'hosts', hosts, location: this.locate(node) };
  }

  private smtpProbe(node: Node | undefined): SmtpProbePolicy | undefined {
    if (!isMap(node)) return undefined;
    const checks = this.strings(this.child(node, 'checks')).map(({ text }) => text) as SmtpProbePolicy['checks'][number][];
    const from = this.child(node, 'from');
    const foreign = this.child(node, 'foreign-recipient');
    return {
      checks: checks.length > 0 ? checks : ['starttls', 'certificate', 'unknown-recipient', 'relay'],
      from: isScalar(from) && typeof from.value === 'string' ? from.value : '',
      foreignRecipient: isScalar(foreign) && typeof foreign.value === 'string' ? foreign.value : DEFAULT_FOREIGN_RECIPIENT,
      location: this.locate(node),
    };
  }

  private zoneData(node: Node | undefined): ZoneDataSource[] {
    if (!isSeq(node)) return [];
    return (node.items as Node[]).flatMap((item): ZoneDataSource[] => {
      const format = this.child(item, 'format');
      const pathNode = this.child(item, 'path');
      const zoneNode = this.child(item, 'zone');
      if (!isScalar(format) || !isScalar(pathNode) || typeof pathNode.value !== 'string') return [];
      const sourcePath = pathNode.value;
      if (/^(\/|[A-Za-z]:)/.test(sourcePath)) {
        this.problem(pathNode, `zone-data path "${sourcePath}" must be relative to the policy file`);
        return [];
      }
      const zone = isScalar(zoneNode) && typeof zoneNode.value === 'string' ? this.hostName(zoneNode.value, zoneNode, 'zone') : undefined;
      const plan = format.value === 'terraform-plan' || format.value === 'pulumi-preview';
      if (zoneNode !== undefined && (format.value === 'dnscontrol' || plan))
        this.problem(zoneNode, `${String(format.value)} data names its zones itself: zone is not used`);
      const configNode = this.child(item, 'config');
      const config = isScalar(configNode) && typeof configNode.value === 'string' ? configNode.value : undefined;
      if (configNode !== undefined && format.value !== 'terraform-plan') this.problem(configNode, 'config is for terraform-plan only');
      if (config !== undefined && /^(\/|[A-Za-z]:)/.test(config)) {
        this.problem(configNode!, `zone-data config "${config}" must be relative to the policy file`);
        return [];
      }
      return [
        {
          format: format.value as ZoneDataSource['format'],
          path: sourcePath,
          zone,
          ...(config === undefined ? {} : { config }),
          location: this.locate(item),
        },
      ];
    });
  }

  private registry(node: Node | undefined): Pick<Policy, 'registry'> {
    if (!isMap(node)) return {};
    const days = this.child(node, 'expiry-days');
    return { registry: { expiryDays: isScalar(days) && typeof days.value === 'number' ? days.value : 30, location: this.locate(node) } };
  }

  private scan(node: Node | undefined): ScanPolicy | undefined {
    if (!isMap(node)) return undefined;
    const ranges: Located<AddressRange>[] = [];
    for (const { text, node: rangeNode } of this.strings(this.child(node, 'ranges'))) {
      const parsed = parseAddressRange(text);
      if (!parsed.ok) this.problem(rangeNode, parsed.reason);
      else ranges.push({ value: parsed.range, location: this.locate(rangeNode) });
    }

    const portsNode = this.child(node, 'ports');
    const maxNode = this.child(node, 'max-addresses');
    // A value the schema refused (1e400, 2.5, beyond the ceiling) is reported there; it must not reach BigInt.
    const maxAddresses =
      isScalar(maxNode) && Number.isSafeInteger(maxNode.value) && (maxNode.value as number) <= MAX_MAX_ADDRESSES
        ? (maxNode.value as number)
        : DEFAULT_MAX_ADDRESSES;
    let ports: readonly number[] = DEFAULT_SCAN_PORTS;
    if (isScalar(portsNode) && portsNode.value === 'all') {
      ports = ALL_PORTS;
      if (maxNode === undefined) {
        this.problem(portsNode, 'ports: all probes 65,535 ports per address; set scan.max-addresses explicitly to confirm the budget');
      }
    } else if (isSeq(portsNode)) {
      const seen = new Set<number>();
      const list: number[] = [];
      for (const item of portsNode.items as Node[]) {
        if (!isScalar(item) || typeof item.value !== 'number') continue;
        const port = item.value;
        if (!Number.isInteger(port) || port < 1 || port > 65535) this.problem(item, `port ${port} is out of range (1-65535)`);
        else if (seen.has(port)) this.problem(item, `port ${port} is listed twice`);
        else {
          seen.add(port);
          list.push(port);
        }
      }
      ports = list;
    }

    const totalAddresses = distinctAddressCount(ranges.map((range) => range.value));
    if (totalAddresses > BigInt(maxAddresses)) {
      this.problem(
        maxNode ?? this.child(node, 'ranges'),
        `scan.ranges cover ${totalAddresses} addresses, more than max-addresses (${maxAddresses}); raise max-addresses to confirm`,
      );
    }

    const allow: AllowedListener[] = [];
    for (const { text, node: allowNode } of this.strings(this.child(node, 'allow'))) {
      const listener = parseListener(text);
      if (listener === undefined) {
        this.problem(allowNode, `"${text}" is not ADDRESS, ADDRESS:PORT or [IPv6]:PORT with a port 1-65535`);
        continue;
      }
      allow.push({ ...listener, location: this.locate(allowNode) });
    }
    const maxAgeNode = this.child(node, 'max-age-days');
    const maxAgeDays = isScalar(maxAgeNode) && typeof maxAgeNode.value === 'number' ? maxAgeNode.value : 7;
    return { ranges, ports, allow, maxAddresses, maxAgeDays, location: this.locate(node) };
  }

  private rules(node: Node | undefined): Map<RuleId, Severity | 'off'> {
    const overrides = new Map<RuleId, Severity | 'off'>();
    for (const pair of this.pairs(node)) {
      if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
      const id = String(pair.key.value);
      if (!isRuleId(id)) {
        this.problem(pair.key, `unknown rule id "${id}"`);
        continue;
      }
      if (id === 'policy/invalid') {
        this.problem(pair.key, 'policy/invalid cannot be overridden: an invalid policy is never checked');
        continue;
      }
      overrides.set(id, pair.value.value as Severity | 'off');
    }
    return overrides;
  }
}

/** "192.0.2.5", "192.0.2.5:587", "[2001:db8::5]:587", "2001:db8::5". */
export function parseListener(text: string): { address: IpAddress; port: number | undefined } | undefined {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text.trim());
  const ipv4WithPort = /^([\d.]+):(\d+)$/.exec(text.trim());
  const match = bracketed ?? ipv4WithPort;
  const addressText = match ? match[1]! : text.trim();
  const portText = match ? match[2] : undefined;
  const address = parseIpAddress(addressText);
  if (address === undefined) return undefined;
  if (portText === undefined) return { address, port: undefined };
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return undefined;
  return { address, port };
}
