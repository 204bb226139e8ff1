/**
 * A reader for RFC 1035 master files (§5.1), as BIND, NSD and Knot load them: $ORIGIN, $TTL,
 * $INCLUDE and BIND's $GENERATE; "@"; relative and absolute names; an omitted owner (the previous one); TTL and class
 * in either order; TTLs with units (1h30m); parentheses across lines; comments; quoted strings;
 * \X and \DDD escapes. Every record keeps its file and line. Written here because no maintained
 * npm package handles all of these (tests compare this reader with named-checkzone -D).
 */
import path from 'node:path';
import type { DomainName } from '../dns-name.js';
import { parseIpAddress } from '../ip-address.js';
import type { ZoneDataRecord, ZoneDataValue } from '../observations/model.js';
import { ZoneDataError } from './error.js';

/** $INCLUDE nesting: real trees use one level; a loop must end. */
const MAX_INCLUDE_DEPTH = 8;
/** Records in one zone (with its includes): more is not a zone this tool is meant to read. */
const MAX_RECORDS = 2_000_000;

export interface ZoneFileSource {
  /** Repository-relative path, as shown in findings. */
  readonly file: string;
  readonly text: string;
}

export interface ZoneFileOptions {
  readonly origin: DomainName;
  /** Reads an $INCLUDE target given as a repository-relative path (the reader checks it stays inside). */
  readonly include: (file: string) => string;
  /** Told of each TTL above 2^31 - 1, read as 0 (RFC 2181 §8) as BIND reads it. */
  readonly ttlReadAsZero?: (where: { file: string; line: number; text: string }) => void;
}

interface Token {
  readonly text: string;
  /** A quoted string: kept as written, quotes included. */
  readonly quoted: boolean;
}

interface LogicalLine {
  readonly line: number;
  readonly tokens: readonly Token[];
  /** The physical line began with a blank: the owner is omitted. */
  readonly ownerOmitted: boolean;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** Reads one zone file (and what it includes) into records with their file and line. */
export function readZoneFile(source: ZoneFileSource, options: ZoneFileOptions): ZoneDataRecord[] {
  const records: ZoneDataRecord[] = [];
  const state = { origin: options.origin, defaultTtl: undefined as number | undefined, lastTtl: undefined as number | undefined };
  readInto(source, options, state, records, 0, undefined);
  // An RRset is a set (RFC 2181 §5): a record written twice is one record, as BIND loads it.
  const seen = new Set<string>();
  return records.filter((record) => {
    const key = `${record.name} ${JSON.stringify(record.value)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function readInto(
  source: ZoneFileSource,
  options: ZoneFileOptions,
  state: { origin: DomainName; defaultTtl: number | undefined; lastTtl: number | undefined },
  records: ZoneDataRecord[],
  depth: number,
  startOwner: DomainName | undefined,
): void {
  let owner = startOwner;
  // $ORIGIN inside an included file does not leak out of it (RFC 1035 §5.1).
  const outerOrigin = state.origin;
  for (const logical of logicalLines(source)) {
    const fail = (message: string): never => {
      throw new ZoneDataError(source.file, logical.line, message);
    };
    const tokens = logical.tokens;
    const first = tokens[0]!;
    if (!logical.ownerOmitted && !first.quoted && first.text.startsWith('$')) {
      const directive = first.text.toUpperCase();
      if (directive === '$ORIGIN') {
        if (tokens.length !== 2) fail('$ORIGIN takes one name');
        state.origin = parseName(tokens[1]!.text, state.origin, fail);
      } else if (directive === '$TTL') {
        if (tokens.length !== 2) fail('$TTL takes one TTL');
        state.defaultTtl = parseTtl(tokens[1]!.text) ?? fail(`"${tokens[1]!.text}" is not a TTL`);
        if (state.defaultTtl === 0 && Number(tokens[1]!.text) > 0)
          options.ttlReadAsZero?.({ file: source.file, line: logical.line, text: tokens[1]!.text });
      } else if (directive === '$INCLUDE') {
        if (tokens.length < 2 || tokens.length > 3) fail('$INCLUDE takes a file and, optionally, an origin');
        if (depth >= MAX_INCLUDE_DEPTH) fail(`$INCLUDE nested deeper than ${MAX_INCLUDE_DEPTH}`);
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(source.file), unquote(tokens[1]!)));
        if (target.startsWith('../') || path.posix.isAbsolute(target)) fail(`$INCLUDE ${tokens[1]!.text} leaves the repository`);
        let text: string;
        try {
          text = options.include(target);
        } catch (error) {
          return fail(`cannot read $INCLUDE ${target}: ${(error as Error).message}`);
        }
        const savedOrigin = state.origin;
        if (tokens[2] !== undefined) state.origin = parseName(tokens[2].text, state.origin, fail);
        readInto({ file: target, text }, options, state, records, depth + 1, owner);
        state.origin = savedOrigin;
      } else if (directive === '$GENERATE') {
        generate(tokens, (generated, fields) => addRecord(generated, fields, logical.line, fail), state.origin, fail);
      } else {
        fail(`unknown directive ${first.text}`);
      }
      continue;
    }
    let index = 0;
    if (!logical.ownerOmitted) {
      owner = parseName(first.text, state.origin, fail);
      index = 1;
    }
    if (owner === undefined) fail('the first record has no owner name');
    addRecord(owner!, tokens.slice(index), logical.line, fail);
  }
  state.origin = outerOrigin;

  /** One record from what follows its owner: [TTL] [class] type RDATA, in either order of TTL and class. */
  function addRecord(owner: DomainName, fields: readonly Token[], line: number, fail: (message: string) => never): void {
    let ttl: number | undefined;
    let recordClass: string | undefined;
    let index = 0;
    for (; index < fields.length; index++) {
      const text = fields[index]!.text;
      const asTtl = ttl === undefined ? parseTtl(text) : undefined;
      if (asTtl !== undefined) {
        ttl = asTtl;
        if (asTtl === 0 && /^\d+$/.test(text) && Number(text) > 0) options.ttlReadAsZero?.({ file: source.file, line, text });
      } else if (recordClass === undefined && /^(IN|CH|HS|CS|CLASS\d+)$/i.test(text)) recordClass = className(text);
      else break;
    }
    const typeToken = fields[index];
    if (typeToken === undefined || typeToken.quoted || !/^[A-Za-z][A-Za-z0-9-]*$/.test(typeToken.text)) fail('a record needs a type');
    if (recordClass !== undefined && recordClass !== 'IN') fail(`class ${recordClass} is not supported (only IN)`);
    const type = typeName(typeToken!.text);
    const rdata = fields.slice(index + 1);
    const value = rdata[0]?.text === '\\#' ? parseGeneric(type, rdata, fail) : parseValue(type, rdata, state.origin, fail);
    // RFC 2308 §4: $TTL, else the last explicit TTL; an SOA's minimum for files that have neither.
    const effectiveTtl =
      ttl ?? state.defaultTtl ?? state.lastTtl ?? (value.type === 'SOA' ? value.minimum : undefined) ?? fail('no TTL: add $TTL');
    if (ttl !== undefined) state.lastTtl = ttl;
    if (value.type === 'SOA' && state.defaultTtl === undefined && ttl === undefined) state.lastTtl = value.minimum;
    if (records.length >= MAX_RECORDS) fail(`more than ${MAX_RECORDS} records`);
    records.push({ name: owner, ttl: effectiveTtl, value: stripMinimum(value), file: source.file, line });
  }
}

/** RFC 3597 §5: TYPEnn and CLASSnn stand for the types and classes that have mnemonics. */
const TYPE_MNEMONICS: Readonly<Record<number, string>> = { 1: 'A', 2: 'NS', 5: 'CNAME', 6: 'SOA', 15: 'MX', 16: 'TXT', 28: 'AAAA' };
const CLASS_MNEMONICS: Readonly<Record<number, string>> = { 1: 'IN', 3: 'CH', 4: 'HS' };

function typeName(text: string): string {
  const generic = /^TYPE(\d+)$/i.exec(text);
  return generic ? (TYPE_MNEMONICS[Number(generic[1])] ?? `TYPE${Number(generic[1])}`) : text.toUpperCase();
}

function className(text: string): string {
  const generic = /^CLASS(\d+)$/i.exec(text);
  return generic ? (CLASS_MNEMONICS[Number(generic[1])] ?? `CLASS${Number(generic[1])}`) : text.toUpperCase();
}

/**
 * RFC 3597 generic data, `\# LENGTH HEX...`: the RDATA's octets, read into the same values as
 * the type's own form for A, AAAA, NS, CNAME and MX (names uncompressed, as §4 requires).
 */
function parseGeneric(type: string, rdata: readonly Token[], fail: (message: string) => never): ParsedValue {
  const length = rdata[1]?.text;
  if (length === undefined || !/^\d+$/.test(length)) fail('generic data (\\#) needs a length');
  const hex = rdata
    .slice(2)
    .map((token) => token.text)
    .join('');
  if (!/^([0-9a-f]{2})*$/i.test(hex) || hex.length / 2 !== Number(length)) fail(`generic data (\\#) is not ${length} octets of hex`);
  const octets = Buffer.from(hex, 'hex');
  const name = (offset: number): { name: DomainName; end: number } => {
    const labels: string[] = [];
    let at = offset;
    for (;;) {
      const size = octets[at];
      if (size === undefined || size > 63) fail('generic data (\\#) holds no valid name');
      if (size === 0) return { name: labels.join('.') as DomainName, end: at + 1 };
      if (at + 1 + size! > octets.length) fail('generic data (\\#) holds no valid name');
      labels.push(canonicalLabel([...octets.subarray(at + 1, at + 1 + size!)]));
      at += 1 + size!;
    }
  };
  switch (type) {
    case 'A':
    case 'AAAA': {
      const size = type === 'A' ? 4 : 16;
      if (octets.length !== size) fail(`${type} generic data must be ${size} octets`);
      const address = type === 'A' ? [...octets].join('.') : (octets.toString('hex').match(/.{4}/g) ?? []).join(':');
      return { type, address: parseIpAddress(address)! };
    }
    case 'NS':
    case 'CNAME': {
      const { name: target, end } = name(0);
      if (end !== octets.length) fail(`${type} generic data has octets after the name`);
      return { type, target };
    }
    case 'MX': {
      if (octets.length < 3) fail('MX generic data is too short');
      const { name: host, end } = name(2);
      if (end !== octets.length) fail('MX generic data has octets after the name');
      return { type, preference: octets.readUInt16BE(0), host };
    }
    case 'SOA':
      return fail('SOA in generic data (\\#) is not read: write it in its own form');
    default:
      return { type: 'other', typeName: type, text: rdata.map((token) => token.text).join(' ') };
  }
}

/** The SOA keeps its minimum while reading: it is the TTL of last resort (RFC 2308). */
type ParsedValue = Exclude<ZoneDataValue, { type: 'SOA' }> | { type: 'SOA'; serial: number; primary: DomainName; minimum: number };

/**
 * One record's data written in presentation form ("10 mx1.example.com.") read as a zone file
 * reads it: for the formats that hold RDATA as text (Terraform and Pulumi plans).
 */
export function parseRecordData(type: string, text: string, origin: DomainName, fail: (message: string) => never): ZoneDataValue {
  const tokens = text
    .trim()
    .split(/\s+/)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, quoted: false }));
  return stripMinimum(parseValue(type.toUpperCase(), tokens, origin, fail));
}

function stripMinimum(value: ParsedValue): ZoneDataValue {
  if (value.type !== 'SOA') return value;
  return { type: 'SOA', serial: value.serial, primary: value.primary };
}

function parseValue(type: string, rdata: readonly Token[], origin: DomainName, fail: (message: string) => never): ParsedValue {
  const count = (expected: number) => {
    if (rdata.length !== expected) fail(`${type} takes ${expected} field${expected === 1 ? '' : 's'}, got ${rdata.length}`);
  };
  switch (type) {
    case 'A':
    case 'AAAA': {
      count(1);
      const address = parseIpAddress(rdata[0]!.text);
      if (address === undefined || (type === 'A') !== !address.includes(':'))
        fail(`"${rdata[0]!.text}" is not an ${type === 'A' ? 'IPv4' : 'IPv6'} address`);
      return { type, address: address! };
    }
    case 'NS':
    case 'CNAME':
      count(1);
      return { type, target: parseName(rdata[0]!.text, origin, fail) };
    case 'MX': {
      count(2);
      return { type, preference: parseUint16(rdata[0]!.text, 'MX preference', fail), host: parseName(rdata[1]!.text, origin, fail) };
    }
    case 'SOA': {
      count(7);
      const numbers = rdata.slice(2).map((token) => parseTtl(token.text));
      const serialText = rdata[2]!.text;
      if (!/^\d+$/.test(serialText) || Number(serialText) > 0xffffffff) fail(`SOA serial "${serialText}" is not a 32-bit number`);
      if (numbers.some((number) => number === undefined)) fail('SOA timers must be numbers or TTLs');
      parseName(rdata[1]!.text, origin, fail);
      return { type, serial: Number(serialText), primary: parseName(rdata[0]!.text, origin, fail), minimum: numbers[4]! };
    }
    default:
      return { type: 'other', typeName: type, text: rdata.map((token) => token.text).join(' ') };
  }
}

function parseUint16(text: string, what: string, fail: (message: string) => never): number {
  if (!/^\d+$/.test(text) || Number(text) > 0xffff) fail(`${what} "${text}" is not a number from 0 to 65535`);
  return Number(text);
}

/**
 * A TTL: seconds, or BIND's units (1w2d3h4m5s); undefined when the text is not one. A 32-bit
 * value above 2^31 - 1 is 0, as BIND reads it (RFC 2181 §8: such a TTL is treated as zero).
 */
export function parseTtl(text: string): number | undefined {
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return seconds <= 0x7fffffff ? seconds : seconds <= 0xffffffff ? 0 : undefined;
  }
  if (!/^(\d+[smhdw])+$/i.test(text)) return undefined;
  let total = 0;
  for (const [, amount, unit] of text.toLowerCase().matchAll(/(\d+)([smhdw])/g)) total += Number(amount) * UNIT_SECONDS[unit!]!;
  return total <= 0x7fffffff ? total : undefined;
}

/**
 * A name as written in a zone file, made canonical: "@" is the origin, a name without the final
 * dot is relative to it, escapes are resolved, and the result is lower case with unprintable
 * octets (and dots or backslashes inside a label) written as \DDD, as names read off the wire are.
 */
export function parseName(text: string, origin: DomainName, fail: (message: string) => never): DomainName {
  if (text === '@') return origin;
  if (text === '.') return '' as DomainName;
  // Labels are octets: \DDD is one octet, a character outside ASCII is its UTF-8 octets (as BIND
  // reads a file's bytes), never a UTF-16 code unit.
  const labels: number[][] = [];
  let label: number[] = [];
  let absolute = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '\\') {
      const digits = /^\d{3}/.exec(text.slice(index + 1))?.[0];
      if (digits !== undefined) {
        if (Number(digits) > 255) fail(`"\\${digits}" in "${text}" is not an octet`);
        label.push(Number(digits));
        index += 3;
      } else if (index + 1 < text.length) {
        label.push(...Buffer.from(text[++index]!, 'utf8'));
      } else {
        fail(`"${text}" ends with a backslash`);
      }
    } else if (char === '.') {
      if (label.length === 0) fail(`"${text}" has an empty label`);
      labels.push(label);
      label = [];
      if (index === text.length - 1) absolute = true;
    } else {
      const code = char.codePointAt(0)!;
      if (code > 0xffff) index++;
      label.push(...Buffer.from(String.fromCodePoint(code), 'utf8'));
    }
  }
  if (label.length > 0) labels.push(label);
  if (labels.some((part) => part.length > 63)) fail(`"${text}" has a label longer than 63 octets`);
  const canonical = labels.map(canonicalLabel).join('.');
  const name = absolute ? canonical : origin === '' ? canonical : `${canonical}.${origin}`;
  if (name.length > 1024) fail(`"${text}" is too long`);
  return name as DomainName;
}

/**
 * A label's octets in canonical presentation form: ASCII letters lower-cased (RFC 4343: case folds
 * for ASCII only), other printable ASCII as is, and every other octet (and a dot or backslash
 * inside the label) as \DDD, as names read off the wire are.
 */
function canonicalLabel(octets: readonly number[]): string {
  let out = '';
  for (const octet of octets) {
    const folded = octet >= 0x41 && octet <= 0x5a ? octet + 0x20 : octet;
    out +=
      folded > 0x20 && folded < 0x7f && folded !== 0x2e && folded !== 0x5c
        ? String.fromCharCode(folded)
        : `\\${String(folded).padStart(3, '0')}`;
  }
  return out;
}

function unquote(token: Token): string {
  return token.quoted ? token.text.slice(1, -1) : token.text;
}

/** Physical lines joined across parentheses, comments removed, split into tokens. */
function* logicalLines(source: ZoneFileSource): Generator<LogicalLine> {
  const text = source.text;
  let line = 1;
  let tokens: Token[] = [];
  let startLine = 1;
  let ownerOmitted = false;
  let depth = 0;
  let openedAt = 1;
  let atLineStart = true;
  let index = 0;
  const fail = (message: string): never => {
    throw new ZoneDataError(source.file, line, message);
  };
  const flush = function* (): Generator<LogicalLine> {
    if (tokens.length > 0) yield { line: startLine, tokens, ownerOmitted };
    tokens = [];
  };
  while (index < text.length) {
    const char = text[index]!;
    if (char === '\n') {
      line++;
      index++;
      if (depth === 0) {
        yield* flush();
        atLineStart = true;
      }
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') {
      if (atLineStart && depth === 0 && tokens.length === 0) ownerOmitted = true;
      atLineStart = false;
      index++;
      continue;
    }
    if (atLineStart) {
      ownerOmitted = false;
      atLineStart = false;
    }
    if (tokens.length === 0 && depth === 0) startLine = line;
    if (char === ';') {
      while (index < text.length && text[index] !== '\n') index++;
      continue;
    }
    if (char === '(') {
      if (depth === 0) openedAt = line;
      depth++;
      index++;
      continue;
    }
    if (char === ')') {
      if (depth === 0) fail('")" without "("');
      depth--;
      index++;
      continue;
    }
    if (char === '"') {
      let end = index + 1;
      while (end < text.length && text[end] !== '"') {
        if (text[end] === '\\') end++;
        if (text[end] === '\n') line++;
        end++;
      }
      if (end >= text.length) fail('a quoted string is not closed');
      tokens.push({ text: text.slice(index, end + 1), quoted: true });
      index = end + 1;
      continue;
    }
    let end = index;
    while (end < text.length && !/[\s;()"]/.test(text[end]!)) end += text[end] === '\\' ? 2 : 1;
    tokens.push({ text: text.slice(index, end), quoted: false });
    index = end;
  }
  if (depth > 0) throw new ZoneDataError(source.file, openedAt, '"(" is not closed');
  yield* flush();
}

/** $GENERATE's iterations at most: each is a record, and the zone's own limit still applies. */
const MAX_GENERATE_ITERATIONS = 65_536;

/**
 * BIND's $GENERATE: `$GENERATE start-stop[/step] lhs [ttl] [class] type rhs`, one record per value
 * of the iterator. In lhs and rhs, `$` is the iterator and `${offset[,width[,base]]}` a modified
 * one (base d, o, x, X, or n/N for nibbles, least significant first, dot-separated); `\$` is a
 * literal dollar. A quoted rhs is the record's RDATA fields (`"10 mx$"` for MX).
 */
function generate(
  tokens: readonly Token[],
  add: (owner: DomainName, fields: readonly Token[]) => void,
  origin: DomainName,
  fail: (message: string) => never,
): void {
  const range = /^(\d+)-(\d+)(?:\/(\d+))?$/.exec(tokens[1]?.text ?? '');
  if (range === null) fail('$GENERATE needs a range start-stop[/step]');
  const [start, stop, step] = [Number(range![1]), Number(range![2]), Number(range![3] ?? 1)];
  if (start > stop || step < 1) fail(`$GENERATE range ${tokens[1]!.text} is empty or its step is 0`);
  if ((stop - start) / step >= MAX_GENERATE_ITERATIONS)
    fail(`$GENERATE range ${tokens[1]!.text} makes more than ${MAX_GENERATE_ITERATIONS} records`);
  const lhs = tokens[2];
  if (lhs === undefined || tokens.length < 5) fail('$GENERATE takes a range, an owner, a type and RDATA');
  const rest = tokens.slice(3);
  for (let value = start; value <= stop; value += step) {
    const fields = rest.flatMap((token): Token[] => {
      const text = substitute(token.quoted ? token.text.slice(1, -1) : token.text, value, fail);
      return token.quoted
        ? text
            .split(/\s+/)
            .filter(Boolean)
            .map((part) => ({ text: part, quoted: false }))
        : [{ text, quoted: false }];
    });
    add(parseName(substitute(lhs!.text, value, fail), origin, fail), fields);
  }
}

function substitute(template: string, value: number, fail: (message: string) => never): string {
  return template.replace(/\\\$|\$(?:\{([^}]*)\})?/g, (match, modifier: string | undefined) => {
    if (match === '\\$') return '$';
    const [offsetText = '0', widthText = '0', base = 'd'] = modifier === undefined ? [] : modifier.split(',');
    if (!/^[+-]?\d+$/.test(offsetText) || !/^\d+$/.test(widthText) || !/^[doxXnN]$/.test(base))
      fail(`"\${${modifier}}" is not a $GENERATE modifier`);
    const shifted = value + Number(offsetText);
    if (shifted < 0) fail(`$GENERATE offset ${offsetText} makes ${value} negative`);
    const width = Number(widthText);
    if (base === 'n' || base === 'N') {
      // As BIND writes nibbles: least significant first, each followed by a dot, zeros after the
      // value's own digits, cut at `width` characters (never shorter than the value's own, without the last dot).
      const digits = [...shifted.toString(16)].reverse();
      const length = Math.max(width, digits.length * 2 - 1);
      let nibbles = '';
      for (let index = 0; nibbles.length < length; index++) nibbles += `${digits[index] ?? '0'}.`;
      nibbles = nibbles.slice(0, length);
      return base === 'N' ? nibbles.toUpperCase() : nibbles;
    }
    const text = base === 'd' ? String(shifted) : base === 'o' ? shifted.toString(8) : shifted.toString(16);
    return (base === 'X' ? text.toUpperCase() : text).padStart(width, '0');
  });
}
