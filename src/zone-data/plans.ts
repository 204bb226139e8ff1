/**
 * Readers for infrastructure-as-code plans as zone data: the JSON `terraform show -json PLANFILE`
 * writes (format 0.x and 1.x) and the JSON `pulumi preview --json` writes. The state judged is the
 * planned one: created, updated, replaced and unchanged records count with their new values,
 * deleted ones do not. The records of Route 53, Cloudflare (v4 and v5), Google Cloud DNS and Azure
 * DNS are read; their zones come from the zone resources and data sources in the plan, joined by
 * id, by the configuration's references, or by a fully qualified record name.
 *
 * A plan holds secrets in clear text (`terraform show -json` prints sensitive values): nothing but
 * the DNS records read here may leave this module, so no message ever quotes the plan, and a JSON
 * syntax error is said by its line alone.
 */
import path from 'node:path';
import { compareText } from '../compare-text.js';
import type { DomainName } from '../dns-name.js';
import { isSubdomain } from '../dns-name.js';
import type { UnknownUntilApply, ZoneDataRecord, ZoneDataValue, ZoneDataZone } from '../observations/model.js';
import { ZoneDataError } from './error.js';
import { parseName, parseRecordData } from './rfc1035.js';

/** The files of the repository, as the zone-data observer reads them. */
export interface PlanFiles {
  read(file: string): string;
  list(directory: string): string[] | undefined;
}

export interface PlanReading {
  readonly zones: ZoneDataZone[];
  readonly unplaced: UnknownUntilApply[];
}

type Values = Record<string, unknown>;

/** One resource of the plan, provider-neutral: its Terraform type (Pulumi's mapped), values and what is unknown. */
interface PlannedResource {
  readonly address: string;
  readonly type: string;
  readonly data: boolean;
  readonly values: Values;
  readonly unknown: (key: string) => boolean;
  /** Addresses the configuration says an attribute refers to (Terraform only). */
  readonly references: (key: string) => string[];
  readonly where: { readonly file: string; readonly line: number };
}

/** Pulumi's placeholder for a value known only after the update. */
const PULUMI_UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';

const ZONE_TYPES: Readonly<Record<string, { name: (values: Values) => unknown; ids: readonly string[] }>> = {
  aws_route53_zone: { name: (values) => values.name, ids: ['zone_id', 'id'] },
  cloudflare_zone: { name: (values) => values.zone ?? values.name, ids: ['id', 'zone_id'] },
  google_dns_managed_zone: { name: (values) => values.dns_name, ids: ['name'] },
  azurerm_dns_zone: { name: (values) => values.name, ids: [] },
};

const RECORD_TYPES = new Set([
  'aws_route53_record',
  'cloudflare_record',
  'cloudflare_dns_record',
  'google_dns_record_set',
  'azurerm_dns_mx_record',
  'azurerm_dns_ns_record',
  'azurerm_dns_a_record',
  'azurerm_dns_aaaa_record',
  'azurerm_dns_cname_record',
]);

const PULUMI_TYPES: Readonly<Record<string, string>> = {
  'aws:route53/record:Record': 'aws_route53_record',
  'aws:route53/zone:Zone': 'aws_route53_zone',
  'cloudflare:index/record:Record': 'cloudflare_record',
  'cloudflare:index/dnsRecord:DnsRecord': 'cloudflare_dns_record',
  'cloudflare:index/zone:Zone': 'cloudflare_zone',
  'gcp:dns/recordSet:RecordSet': 'google_dns_record_set',
  'gcp:dns/managedZone:ManagedZone': 'google_dns_managed_zone',
  'azure:dns/zone:Zone': 'azurerm_dns_zone',
  'azure:dns/mxRecord:MxRecord': 'azurerm_dns_mx_record',
  'azure:dns/nsRecord:NsRecord': 'azurerm_dns_ns_record',
  'azure:dns/aRecord:ARecord': 'azurerm_dns_a_record',
  'azure:dns/aaaaRecord:AaaaRecord': 'azurerm_dns_aaaa_record',
  'azure:dns/cNameRecord:CNameRecord': 'azurerm_dns_cname_record',
};

const AZURE_RECORD_TYPES: Readonly<Record<string, string>> = {
  azurerm_dns_mx_record: 'MX',
  azurerm_dns_ns_record: 'NS',
  azurerm_dns_a_record: 'A',
  azurerm_dns_aaaa_record: 'AAAA',
  azurerm_dns_cname_record: 'CNAME',
};

/** Parses plan JSON; a syntax error is its line, never the text around it (which may be a secret). */
function parsePlan(file: string, text: string): Values {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ZoneDataError(file, 1, 'not a JSON object');
    return parsed as Values;
  } catch (error) {
    if (error instanceof ZoneDataError) throw error;
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position === undefined ? 1 : text.slice(0, Number(position)).split('\n').length;
    throw new ZoneDataError(file, line, 'not valid JSON');
  }
}

const object = (value: unknown): Values => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Values) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The line of a text's first occurrence in the file (1 when absent): where a resource stands in the plan itself. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** Whether Terraform's after_unknown marks the attribute (or anything inside it) unknown. */
function markedUnknown(mark: unknown): boolean {
  if (mark === true) return true;
  if (Array.isArray(mark)) return mark.some(markedUnknown);
  if (typeof mark === 'object' && mark !== null) return Object.values(mark).some(markedUnknown);
  return false;
}

function holdsPulumiUnknown(value: unknown): boolean {
  if (value === PULUMI_UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(holdsPulumiUnknown);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(holdsPulumiUnknown);
  return false;
}

/**
 * Where each resource block is written: `resource "TYPE" "NAME"` in the .tf files of its module's
 * directory (local module sources followed from the root module's directory).
 */
class TerraformLocator {
  private readonly blocks = new Map<string, Map<string, { file: string; line: number }>>();

  constructor(
    private readonly files: PlanFiles,
    private readonly rootDirectory: string,
    private readonly configuration: Values,
  ) {}

  locate(moduleAddress: string, type: string, name: string): { file: string; line: number } | undefined {
    const directory = this.moduleDirectory(moduleAddress);
    if (directory === undefined) return undefined;
    return this.blocksIn(directory).get(`${type}.${name}`);
  }

  private moduleDirectory(moduleAddress: string): string | undefined {
    let directory = this.rootDirectory;
    let module = object(this.configuration.root_module);
    for (const [, call] of moduleAddress.matchAll(/module\.([^.[\]]+)(?:\[[^\]]*\])?/g)) {
      const entry = object(object(module.module_calls)[call!]);
      const source = entry.source;
      if (typeof source !== 'string' || !/^\.\.?\//.test(source)) return undefined;
      directory = path.posix.normalize(path.posix.join(directory, source));
      module = object(entry.module);
    }
    return directory;
  }

  private blocksIn(directory: string): Map<string, { file: string; line: number }> {
    const cached = this.blocks.get(directory);
    if (cached !== undefined) return cached;
    const found = new Map<string, { file: string; line: number }>();
    for (const entry of this.files.list(directory) ?? []) {
      if (!entry.endsWith('.tf')) continue;
      const file = path.posix.join(directory, entry);
      let text: string;
      try {
        text = this.files.read(file);
      } catch {
        continue;
      }
      text.split('\n').forEach((line, index) => {
        const block = /^\s*resource\s+"([^"]+)"\s+"([^"]+)"/.exec(line);
        if (block && !found.has(`${block[1]}.${block[2]}`)) found.set(`${block[1]}.${block[2]}`, { file, line: index + 1 });
      });
    }
    this.blocks.set(directory, found);
    return found;
  }
}

/**
 * The configuration's references of one attribute of a resource (addressed without module and
 * index), as addresses in the plan; a module variable is followed to what its caller passes.
 */
function configurationReferences(configuration: Values, moduleAddress: string, resourceAddress: string, key: string): string[] {
  const segments = [...moduleAddress.matchAll(/module\.([^.[\]]+)(?:\[[^\]]*\])?/g)];
  const modules: Values[] = [object(configuration.root_module)];
  for (const [, call] of segments) modules.push(object(object(object(modules.at(-1)!.module_calls)[call!]).module));
  const referencesOf = (expression: unknown) =>
    list(object(expression).references).filter((reference): reference is string => typeof reference === 'string');
  const resource = list(modules.at(-1)!.resources)
    .map(object)
    .find((candidate) => candidate.address === resourceAddress);
  let references = referencesOf(object(resource?.expressions)[key]);
  let depth = segments.length;
  while (depth > 0 && references.some((reference) => reference.startsWith('var.'))) {
    const call = object(object(modules[depth - 1]!.module_calls)[segments[depth - 1]![1]!]);
    references = references.flatMap((reference) =>
      reference.startsWith('var.') ? referencesOf(object(call.expressions)[reference.slice(4).split('.')[0]!]) : [reference],
    );
    depth--;
  }
  const prefix = segments
    .slice(0, depth)
    .map((segment) => segment[0])
    .join('.');
  return references.map((reference) => (prefix === '' ? reference : `${prefix}.${reference}`));
}

/** Every resource of a Terraform plan worth reading: records from the changes (deleted ones dropped), zones from everywhere. */
function terraformResources(file: string, text: string, plan: Values, files: PlanFiles, config: string): PlannedResource[] {
  const version = String(plan.format_version ?? '');
  if (!/^[01]\./.test(version)) {
    throw new ZoneDataError(
      file,
      lineOf(text, '"format_version"'),
      `plan format_version "${version.slice(0, 16)}" is not one this tool reads (0.x, 1.x)`,
    );
  }
  const configuration = object(plan.configuration);
  const locator = new TerraformLocator(files, config, configuration);
  const resources: PlannedResource[] = [];
  const seen = new Set<string>();
  const planLine = (address: string) => Math.max(lineOf(text, `"address": "${address}"`), lineOf(text, `"address":"${address}"`));
  const add = (raw: Values, values: Values, unknownMarks: Values, moduleAddress: string) => {
    const type = String(raw.type ?? '');
    const address = String(raw.address ?? '');
    if ((!RECORD_TYPES.has(type) && ZONE_TYPES[type] === undefined) || seen.has(address)) return;
    seen.add(address);
    const data = raw.mode === 'data';
    const name = String(raw.name ?? '');
    const resourceAddress = `${data ? 'data.' : ''}${type}.${name}`;
    resources.push({
      address,
      type,
      data,
      values,
      unknown: (key) => markedUnknown(unknownMarks[key]),
      references: (key) => configurationReferences(configuration, moduleAddress, resourceAddress, key),
      where: (data ? undefined : locator.locate(moduleAddress, type, name)) ?? { file, line: planLine(address) },
    });
  };
  for (const change of list(plan.resource_changes).map(object)) {
    const details = object(change.change);
    const actions = list(details.actions);
    if (actions.length === 1 && actions[0] === 'delete') {
      seen.add(String(change.address ?? ''));
      continue;
    }
    add(
      change,
      object(details.after),
      object(details.after_unknown),
      typeof change.module_address === 'string' ? change.module_address : '',
    );
  }
  const walk = (module: Values, moduleAddress: string) => {
    for (const resource of list(module.resources).map(object)) add(resource, object(resource.values), {}, moduleAddress);
    for (const child of list(module.child_modules).map(object))
      walk(child, typeof child.address === 'string' ? child.address : moduleAddress);
  };
  walk(object(object(plan.planned_values).root_module), '');
  walk(object(object(object(plan.prior_state).values).root_module), '');
  return resources;
}

/** Every resource of a Pulumi preview's new state worth reading (deleted ones dropped), as Terraform types. */
function pulumiResources(file: string, text: string, preview: Values): PlannedResource[] {
  const steps = list(preview.steps).map(object);
  if (!Array.isArray(preview.steps)) throw new ZoneDataError(file, 1, 'no "steps" list: is this the output of pulumi preview --json?');
  const resources: PlannedResource[] = [];
  for (const step of steps) {
    const op = String(step.op ?? '');
    if (op === 'delete' || op === 'delete-replaced' || op === 'discard' || op === 'discard-replaced' || op === 'remove-pending-replace')
      continue;
    const state = object(step.newState);
    const type = PULUMI_TYPES[String(state.type ?? '')];
    if (type === undefined) continue;
    const values = Object.fromEntries(
      Object.entries({ ...object(state.outputs), ...object(state.inputs) }).map(([key, value]) => [
        key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
        value,
      ]),
    );
    if (type === 'aws_route53_record' && values.aliases !== undefined) values.alias = values.aliases;
    if (type === 'azurerm_dns_mx_record' && values.record === undefined) values.record = values.records;
    if (type === 'aws_route53_zone' && typeof state.id === 'string' && values.zone_id === undefined) values.zone_id = state.id;
    if (type === 'cloudflare_zone' && typeof state.id === 'string') values.id = state.id;
    const urn = String(step.urn ?? state.urn ?? '');
    resources.push({
      address: urn,
      type,
      data: false,
      values,
      unknown: (key) => holdsPulumiUnknown(values[key]),
      references: () => [],
      where: { file, line: lineOf(text, urn) },
    });
  }
  return resources;
}

/** The zones a plan knows: by domain name, by id (and managed-zone name), by address. */
class ZoneRegistry {
  readonly names = new Set<string>();
  private readonly byId = new Map<string, string>();
  private readonly byAddress = new Map<string, string>();

  constructor(resources: readonly PlannedResource[]) {
    for (const resource of resources) {
      const kind = ZONE_TYPES[resource.type];
      if (kind === undefined) continue;
      const name = kind.name(resource.values);
      if (typeof name !== 'string' || resource.unknown('name') || name === PULUMI_UNKNOWN) continue;
      const zone = name.toLowerCase().replace(/\.$/, '');
      this.names.add(zone);
      this.byAddress.set(resource.address.replace(/\[[^\]]*\]$/, ''), zone);
      for (const key of kind.ids) {
        const id = resource.values[key];
        if (typeof id === 'string' && id !== '' && id !== PULUMI_UNKNOWN && !resource.unknown(key)) this.byId.set(id, zone);
      }
    }
  }

  /** The zone an attribute refers to: by its value when known, else by what the configuration says it refers to. */
  resolve(resource: PlannedResource, key: string): string | undefined {
    const value = resource.values[key];
    if (typeof value === 'string' && !resource.unknown(key) && value !== PULUMI_UNKNOWN) {
      const byId = this.byId.get(value);
      if (byId !== undefined) return byId;
    }
    for (const reference of resource.references(key)) {
      const zone = this.byAddress.get(reference) ?? this.byAddress.get(reference.replace(/\.[^.]+$/, ''));
      if (zone !== undefined) return zone;
    }
    return undefined;
  }

  /** The deepest known zone holding a fully qualified name. */
  holding(fqdn: string): string | undefined {
    let best: string | undefined;
    for (const zone of this.names) {
      if (isSubdomain(fqdn as DomainName, zone as DomainName) && (best === undefined || zone.length > best.length)) best = zone;
    }
    return best;
  }
}

/** A record resource made provider-neutral: owner as written, type, zone, RDATA in presentation form. */
interface RecordShape {
  readonly name: unknown;
  readonly nameUnknown: boolean;
  readonly type: unknown;
  readonly typeUnknown: boolean;
  readonly zone: string | undefined;
  readonly rdata: readonly string[] | undefined;
  readonly rdataUnknown: boolean;
  readonly alias: string | undefined;
  readonly ttl: number;
}

const absolute = (host: unknown) => {
  const text = String(host ?? '').trim();
  return text.endsWith('.') ? text : `${text}.`;
};

function shapeOf(resource: PlannedResource, zones: ZoneRegistry): RecordShape {
  const values = resource.values;
  const ttl = typeof values.ttl === 'number' ? values.ttl : 300;
  // What every provider's record has alike: the owner, the type and the zone.
  const owned = (zone: string | undefined) => ({
    name: values.name,
    nameUnknown: resource.unknown('name'),
    type: values.type,
    typeUnknown: resource.unknown('type'),
    zone,
    alias: undefined,
    ttl,
  });
  switch (resource.type) {
    case 'aws_route53_record': {
      const alias = object(list(values.alias)[0]);
      return {
        ...owned(zones.resolve(resource, 'zone_id')),
        rdata: list(values.records).map(String),
        rdataUnknown: resource.unknown('records') || resource.unknown('alias'),
        alias: typeof alias.name === 'string' ? alias.name : undefined,
      };
    }
    case 'cloudflare_record':
    case 'cloudflare_dns_record': {
      const type = String(values.type ?? '').toUpperCase();
      const content = values.content ?? values.value;
      return {
        ...owned(zones.resolve(resource, 'zone_id')),
        rdata: content === undefined ? [] : [type === 'MX' ? `${String(values.priority ?? '')} ${absolute(content)}` : String(content)],
        rdataUnknown: resource.unknown('content') || resource.unknown('value') || (type === 'MX' && resource.unknown('priority')),
        // Cloudflare's TTL 1 is "automatic" (300 s).
        ttl: ttl === 1 ? 300 : ttl,
      };
    }
    case 'google_dns_record_set':
      return {
        ...owned(zones.resolve(resource, 'managed_zone')),
        rdata: list(values.rrdatas).map(String),
        rdataUnknown: resource.unknown('rrdatas'),
      };
    default: {
      const type = AZURE_RECORD_TYPES[resource.type]!;
      const zoneName = values.zone_name;
      const zone =
        typeof zoneName === 'string' && !resource.unknown('zone_name') && zoneName !== PULUMI_UNKNOWN
          ? zoneName.toLowerCase().replace(/\.$/, '')
          : zones.resolve(resource, 'zone_name');
      const rdata =
        type === 'MX'
          ? list(values.record).map((entry) => `${String(object(entry).preference ?? '')} ${absolute(object(entry).exchange)}`)
          : type === 'CNAME'
            ? [String(values.record ?? '')]
            : list(values.records).map(String);
      return {
        ...owned(zone),
        type,
        typeUnknown: false,
        rdata,
        rdataUnknown: resource.unknown(type === 'MX' || type === 'CNAME' ? 'record' : 'records'),
      };
    }
  }
}

/** The owner's name: "@" and "" are the apex, a name ending in the zone (or a dot) is absolute, others are relative. */
function ownerName(written: string, zone: string): string {
  const name = written.trim().toLowerCase();
  if (name === '@' || name === '' || name === `${zone}.`) return zone;
  if (name.endsWith('.')) return name.slice(0, -1);
  if (name === zone || name.endsWith(`.${zone}`)) return name;
  return `${name}.${zone}`;
}

/** MX, NS and CNAME targets are fully qualified in every provider's RDATA, with or without the final dot. */
function qualified(type: string, text: string): string {
  if (type === 'NS' || type === 'CNAME') return absolute(text);
  if (type === 'MX') {
    const [preference, host] = text.trim().split(/\s+/);
    return host === undefined ? text : `${preference} ${absolute(host)}`;
  }
  return text;
}

/** Reads a plan into zones of records, each located on its resource block; what is unknown until apply is said. */
export function readPlan(
  format: 'terraform-plan' | 'pulumi-preview',
  file: string,
  text: string,
  files: PlanFiles,
  config: string,
): PlanReading {
  const plan = parsePlan(file, text);
  const resources = format === 'terraform-plan' ? terraformResources(file, text, plan, files, config) : pulumiResources(file, text, plan);
  const zones = new ZoneRegistry(resources);
  const byZone = new Map<string, { records: ZoneDataRecord[]; unknown: UnknownUntilApply[] }>();
  const zoneEntry = (zone: string) => {
    let entry = byZone.get(zone);
    if (entry === undefined) {
      entry = { records: [], unknown: [] };
      byZone.set(zone, entry);
    }
    return entry;
  };
  for (const zone of zones.names) zoneEntry(zone);
  const unplaced: UnknownUntilApply[] = [];
  for (const resource of resources) {
    if (!RECORD_TYPES.has(resource.type) || resource.data) continue;
    const shape = shapeOf(resource, zones);
    const { file: where, line } = resource.where;
    const fail = (message: string): never => {
      throw new ZoneDataError(where, line, `${resource.address}: ${message}`);
    };
    const type = typeof shape.type === 'string' && !shape.typeUnknown ? shape.type.toUpperCase() : undefined;
    const written = typeof shape.name === 'string' && !shape.nameUnknown && shape.name !== PULUMI_UNKNOWN ? shape.name : undefined;
    const fqdnZone =
      written !== undefined && (written.endsWith('.') || written.includes('.'))
        ? zones.holding(written.toLowerCase().replace(/\.$/, ''))
        : undefined;
    // A zone the plan cannot tell yet is the deepest known zone that holds a fully qualified name.
    const zone = shape.zone ?? fqdnZone;
    const name =
      written === undefined || zone === undefined
        ? undefined
        : (parseName(`${ownerName(written, zone)}.`, '' as DomainName, fail) as DomainName);
    const unknownParts = [
      ...(written === undefined ? ['its name'] : []),
      ...(type === undefined ? ['its type'] : []),
      ...(zone === undefined ? ['its zone'] : []),
      ...(shape.rdataUnknown || holdsPulumiUnknown(shape.rdata) ? ['its data'] : []),
    ];
    if (unknownParts.length > 0) {
      const unknown: UnknownUntilApply = {
        address: resource.address,
        ...(name === undefined ? {} : { name }),
        ...(type === undefined ? {} : { type }),
        what: listOf(unknownParts),
        file: where,
        line,
      };
      if (zone === undefined) unplaced.push(unknown);
      else zoneEntry(zone).unknown.push(unknown);
      continue;
    }
    const origin = zone as DomainName;
    const values: ZoneDataValue[] =
      shape.alias !== undefined
        ? [{ type: 'other', typeName: 'ALIAS', text: shape.alias.toLowerCase().replace(/\.$/, '') }]
        : shape.rdata!.map((data) => parseRecordData(type!, qualified(type!, data), origin, fail));
    for (const value of values) zoneEntry(zone!).records.push({ name: name!, ttl: shape.ttl, value, file: where, line });
  }
  return {
    zones: [...byZone]
      .sort(([a], [b]) => compareText(a, b))
      .map(([zone, { records, unknown }]) => ({
        zone: zone as DomainName,
        format,
        file,
        records,
        ...(unknown.length > 0 ? { unknownUntilApply: unknown } : {}),
      })),
    unplaced,
  };
}

function listOf(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
