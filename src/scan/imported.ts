/**
 * Other tools' scans as scan evidence: nmap XML (`-oX`, with `banner`, `smtp-commands` and
 * `ssl-cert` script output), masscan (`-oX`, whose XML says `ipv4` even for IPv6 addresses; `-oJ`;
 * `-oD` NDJSON) and ZGrab2 SMTP NDJSON, recognised by content. Read in chunks, never expanding an
 * XML entity (only the five predefined ones and character references are decoded; a DTD is
 * skipped, so an entity bomb stays text), and a file cut off mid-way counts for what was read.
 */
import { open } from 'node:fs/promises';
import { rangeContains } from '../address-range.js';
import type { AddressRange } from '../address-range.js';
import type { IpAddress } from '../ip-address.js';
import { parseIpAddress } from '../ip-address.js';
import type { ImportedScan, ProbeObservation, ProbeState } from '../observations/model.js';
import { printable } from '../untrusted-text.js';

/** Read at a time; a tag or a line may straddle two reads. */
const CHUNK_BYTES = 1024 * 1024;
/** A file larger than this is not a scan this tool reads whole: the rest is said as cut. */
const MAX_FILE_BYTES = 512 * 1024 * 1024;
/** One tag or line longer than this is no scan record (a hostile file): it is skipped. */
const MAX_RECORD_CHARS = 1024 * 1024;
/** Banner text kept per port. */
const MAX_BANNER_CHARS = 512;

type Format = ImportedScan['format'];

interface PortResult {
  readonly address: IpAddress;
  readonly port: number;
  readonly state: ProbeState;
  readonly greeting: string;
  readonly tlsSubject?: string;
}

/** Reads a file in chunks, handing each complete piece (up to and including `separator`) to `each`. */
async function pieces(file: string, separator: string, each: (piece: string) => void): Promise<{ complete: boolean; tail: string }> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let carry = '';
    let read = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      read += bytesRead;
      carry += buffer.toString('utf8', 0, bytesRead);
      const cut = carry.lastIndexOf(separator);
      if (cut >= 0) {
        for (const piece of carry.slice(0, cut + 1).split(separator)) if (piece.length <= MAX_RECORD_CHARS) each(piece);
        carry = carry.slice(cut + 1);
      }
      if (carry.length > MAX_RECORD_CHARS) carry = '';
      if (read >= MAX_FILE_BYTES) return { complete: false, tail: '' };
    }
    return { complete: true, tail: carry };
  } finally {
    await handle.close();
  }
}

/** The five predefined entities and character references; any other `&name;` stays as written. */
function decodeXmlText(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (whole, name: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[name] !== undefined) return named[name];
    const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, double, single] of text.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    found.set(name!, decodeXmlText(double ?? single ?? ''));
  return found;
}

function stateOf(state: string | undefined, banner: string): ProbeState {
  if (state === 'open') return /^(220|554)[ -]/.test(banner) ? 'smtp' : 'open';
  if (state === 'closed') return 'closed';
  return 'filtered';
}

const epochToIso = (seconds: string | undefined) =>
  seconds !== undefined && /^\d{9,11}$/.test(seconds) ? new Date(Number(seconds) * 1000).toISOString() : undefined;

/** nmap's or masscan's XML: hosts, their address, each port's state and banner. */
async function readXml(file: string, results: PortResult[]): Promise<{ format: Format; scannedAt: string | undefined; cut: boolean }> {
  let format: Format = 'nmap-xml';
  let scannedAt: string | undefined;
  let finished = false;
  let address: IpAddress | undefined;
  let port: { port: number; state: string | undefined; banner: string; tls?: string } | undefined;
  const flush = () => {
    if (address === undefined || port === undefined) return;
    results.push({
      address,
      port: port.port,
      state: stateOf(port.state, port.banner),
      greeting: port.banner,
      ...(port.tls === undefined ? {} : { tlsSubject: port.tls }),
    });
    port = undefined;
  };
  const { complete } = await pieces(file, '>', (piece) => {
    const start = piece.lastIndexOf('<');
    if (start < 0) return;
    const tag = piece.slice(start + 1);
    // Comments, the DTD (where entity bombs live) and processing instructions carry no results.
    if (tag.startsWith('!') || tag.startsWith('?')) return;
    const closing = tag.startsWith('/');
    const name = /^\/?([\w:-]+)/.exec(tag)?.[1];
    if (name === undefined) return;
    if (closing) {
      if (name === 'port') flush();
      if (name === 'host') address = undefined;
      if (name === 'nmaprun') finished = true;
      return;
    }
    const attrs = attributes(tag);
    switch (name) {
      case 'nmaprun':
        if (attrs.get('scanner') === 'masscan') format = 'masscan-xml';
        scannedAt = epochToIso(attrs.get('start'));
        break;
      case 'host':
        address = undefined;
        break;
      case 'address': {
        // masscan writes addrtype="ipv4" for IPv6 addresses too: the address says what it is.
        const parsed = parseIpAddress(attrs.get('addr') ?? '');
        if (parsed !== undefined && attrs.get('addrtype') !== 'mac') address = parsed;
        break;
      }
      case 'port': {
        const number = Number(attrs.get('portid'));
        port =
          attrs.get('protocol') === 'tcp' && Number.isInteger(number) && number > 0 && number < 65536
            ? { port: number, state: undefined, banner: '' }
            : undefined;
        if (port !== undefined && tag.endsWith('/')) flush();
        break;
      }
      case 'state':
        if (port) port.state = attrs.get('state');
        break;
      case 'service':
        // masscan puts the banner it grabbed on <service banner="...">.
        if (port && attrs.has('banner') && port.banner === '') port.banner = printable(attrs.get('banner')!).slice(0, MAX_BANNER_CHARS);
        break;
      case 'script': {
        if (!port) break;
        const output = printable(attrs.get('output') ?? '').slice(0, MAX_BANNER_CHARS);
        if (attrs.get('id') === 'banner' && port.banner === '') port.banner = output;
        if (attrs.get('id') === 'smtp-commands' && port.banner === '' && output !== '') port.banner = `220 ${output.split(',')[0]}`;
        if (attrs.get('id') === 'ssl-cert') port.tls = /Subject:\s*([^\n\\]*)/.exec(output)?.[1]?.trim() ?? output.slice(0, 120);
        break;
      }
    }
  });
  return { format, scannedAt, cut: !complete || !finished };
}

/** masscan's -oJ (a JSON array, an object per line) and -oD (NDJSON), and ZGrab2's NDJSON. */
async function readJsonLines(
  file: string,
  results: PortResult[],
): Promise<{ format: Format; scannedAt: string | undefined; cut: boolean }> {
  let format: Format | undefined;
  let scannedAt: string | undefined;
  let broken = false;
  let closed = false;
  const banners = new Map<string, string>();
  const states = new Map<string, { address: IpAddress; port: number; state: string }>();
  const earliest = (iso: string | undefined) => {
    if (iso !== undefined && (scannedAt === undefined || iso < scannedAt)) scannedAt = iso;
  };
  const { tail } = await pieces(file, '\n', (rawLine) => {
    const line = rawLine.trim().replace(/,$/, '');
    if (line === '' || line === '[') return;
    if (line === ']') {
      closed = true;
      return;
    }
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      broken = true;
      return;
    }
    broken = false;
    const address = parseIpAddress(String(record.ip ?? ''));
    if (address === undefined) return;
    const data = (record.data ?? {}) as Record<string, unknown>;
    if (typeof data.smtp === 'object' && data.smtp !== null) {
      format = 'zgrab2';
      const smtp = data.smtp as { status?: string; result?: { banner?: string }; timestamp?: string };
      earliest(
        typeof smtp.timestamp === 'string' && !Number.isNaN(Date.parse(smtp.timestamp))
          ? new Date(smtp.timestamp).toISOString()
          : undefined,
      );
      const banner = printable(String(smtp.result?.banner ?? ''))
        .replace(/\\r\\n$/, '')
        .slice(0, MAX_BANNER_CHARS);
      const port = typeof record.port === 'number' ? record.port : 25;
      const state =
        smtp.status === 'success' || banner !== '' ? stateOf('open', banner) : smtp.status === 'connection-refused' ? 'closed' : 'filtered';
      results.push({ address, port, state, greeting: banner });
      return;
    }
    earliest(epochToIso(String(record.timestamp ?? '')));
    if (Array.isArray(record.ports)) {
      format = 'masscan-json';
      for (const entry of record.ports as Record<string, unknown>[]) {
        if (entry.proto !== 'tcp' || typeof entry.port !== 'number') continue;
        const key = `${address}|${entry.port}`;
        const service = entry.service as { banner?: string } | undefined;
        if (typeof service?.banner === 'string') banners.set(key, printable(service.banner).slice(0, MAX_BANNER_CHARS));
        if (typeof entry.status === 'string') states.set(key, { address, port: entry.port, state: entry.status });
      }
      return;
    }
    if (typeof record.port === 'number' && record.proto === 'tcp') {
      format = 'masscan-ndjson';
      const key = `${address}|${record.port}`;
      if (record.rec_type === 'banner' && typeof data.banner === 'string')
        banners.set(key, printable(data.banner).slice(0, MAX_BANNER_CHARS));
      else if (typeof data.status === 'string') states.set(key, { address, port: record.port, state: data.status });
    }
  });
  for (const [key, { address, port, state }] of states) {
    const banner = banners.get(key) ?? '';
    results.push({ address, port, state: stateOf(state, banner), greeting: banner });
  }
  const cut = tail.trim() !== '' || broken || (format === 'masscan-json' && !closed);
  return { format: format ?? 'masscan-ndjson', scannedAt, cut };
}

/** Reads one file of another tool's scan, recognised by its content; probes outside the ranges are counted and dropped. */
export async function readImportedScan(
  file: string,
  ranges: readonly AddressRange[],
): Promise<{ scan: ImportedScan; probes: ProbeObservation[] }> {
  const handle = await open(file, 'r');
  const head = Buffer.alloc(512);
  const { bytesRead } = await handle.read(head, 0, 512, 0);
  await handle.close();
  const start = head.toString('utf8', 0, bytesRead).trimStart();
  const results: PortResult[] = [];
  const read = start.startsWith('<') ? await readXml(file, results) : await readJsonLines(file, results);
  const inside = results.filter((result) => ranges.some((range) => rangeContains(range, result.address)));
  const probes = inside.map((result): ProbeObservation => ({
    address: result.address,
    port: result.port,
    state: result.state,
    greeting: result.greeting,
    tls: result.tlsSubject === undefined ? undefined : { subject: printable(result.tlsSubject), issuer: '' },
    startTls: undefined,
    detail:
      result.state === 'open' && result.greeting === ''
        ? 'open in the imported scan, with no banner: not identified'
        : 'from an imported scan',
    source: file,
  }));
  return {
    scan: {
      file,
      format: read.format,
      scannedAt: read.scannedAt,
      inside: inside.length,
      outside: results.length - inside.length,
      cut: read.cut,
    },
    probes,
  };
}
