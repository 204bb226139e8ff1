/**
 * Received mail as evidence: which host handed mail for the policy's names to a managed server.
 * Read are mbox files, single messages (.eml), Maildir directories, Postfix and Exim logs and
 * TLS-RPT reports (RFC 8460, gzip or not), recognised by content. Only the header block of a
 * message is read, bounded in size, line length and number of `Received:` fields; only trace
 * fields leave this module: no body, subject, address or other header is kept.
 *
 * What is trusted: a `Received:` field whose `by` is a managed server (a mail-servers name) — the
 * address literal it wrote for the client is what that server saw. Walking down from the top, each
 * managed hop hands the trust to the next field; the first client that is not managed is where the
 * mail came in. Below that, anything is a claim (a sender can write any `Received:` it likes).
 */
import { readdirSync, statSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { IpAddress } from '../ip-address.js';
import { parseIpAddress } from '../ip-address.js';
import type { EvidenceArrival, TlsRptFailure } from '../observations/model.js';
import { printable } from '../untrusted-text.js';

/** A message's header block read at most: past this, the rest is body or abuse. */
const MAX_HEADER_BYTES = 256 * 1024;
/** One header line longer than this is cut (a 1 MB line stays bounded). */
const MAX_LINE_CHARS = 8192;
/** `Received:` fields read per message: a real path has a dozen. */
const MAX_RECEIVED = 64;
/** Messages (or log lines) read per file. */
const MAX_ITEMS_PER_FILE = 1_000_000;
const CHUNK_BYTES = 1024 * 1024;
/** A TLS-RPT report read at most (unpacked): real ones are kilobytes. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/** One arrival as read: the observation's fields, with the recipient's domain still raw (matched to policy names later, never shown). */
export type Arrival = Omit<EvidenceArrival, 'policyName'> & { readonly recipientDomain: string | undefined };

export interface EvidenceReading {
  readonly files: { readonly file: string; readonly format: string; readonly items: number }[];
  readonly arrivals: Arrival[];
  readonly tlsRpt: TlsRptFailure[];
}

export interface Managed {
  readonly names: ReadonlySet<string>;
  readonly addresses: ReadonlySet<string>;
}

const lower = (name: string) => name.toLowerCase().replace(/\.$/, '');

/** The parts of one Received field a managed server writes: `from HELO (REVERSE [IP]) by HOST ...; DATE`. */
export function parseReceived(text: string): {
  helo?: string;
  reverse?: string;
  address?: IpAddress;
  by?: string;
  recipient?: string;
  date?: string;
} {
  const value = text.replace(/\s+/g, ' ').trim();
  const semicolon = value.lastIndexOf(';');
  const clauses = semicolon < 0 ? value : value.slice(0, semicolon);
  const date = semicolon < 0 ? undefined : value.slice(semicolon + 1).trim();
  const from = /^from\s+(\S+)\s*(?:\(([^)]*)\))?/i.exec(clauses);
  const comment = from?.[2] ?? '';
  const literal = /\[(?:IPv6:)?([0-9A-Fa-f:.]+)\]/.exec(comment) ?? /\[(?:IPv6:)?([0-9A-Fa-f:.]+)\]/.exec(from?.[1] ?? '');
  const reverse = /^\s*([A-Za-z0-9.-]+)\s+\[/.exec(comment)?.[1];
  const by = /\sby\s+([A-Za-z0-9.-]+)/i.exec(` ${clauses}`)?.[1];
  const recipient = /\sfor\s+<?[^@\s<>]+@([A-Za-z0-9.-]+)>?/i.exec(clauses)?.[1];
  const parsedDate = date === undefined ? Number.NaN : Date.parse(date.replace(/\s*\([^)]*\)\s*$/, ''));
  return {
    ...(from?.[1] ? { helo: from[1] } : {}),
    ...(reverse && reverse.toLowerCase() !== 'unknown' ? { reverse: lower(reverse) } : {}),
    ...(literal ? { address: parseIpAddress(literal[1]!) } : {}),
    ...(by ? { by: lower(by) } : {}),
    ...(recipient ? { recipient: lower(recipient) } : {}),
    ...(Number.isNaN(parsedDate) ? {} : { date: new Date(parsedDate).toISOString() }),
  };
}

/** One message's header block (unfolded fields with their first line): where it came in, if a managed server says. */
function arrivalOf(fields: readonly { name: string; value: string; line: number }[], file: string, managed: Managed): Arrival | undefined {
  const received = fields.filter((field) => field.name === 'received').slice(0, MAX_RECEIVED);
  const spam = fields.some(
    (field) =>
      (field.name === 'x-spam-flag' && /^\s*yes\b/i.test(field.value)) ||
      (field.name === 'x-spam-status' && /^\s*yes\b/i.test(field.value)),
  );
  const deliveredTo = fields.find((field) => field.name === 'delivered-to' || field.name === 'x-original-to')?.value;
  const deliveredDomain = deliveredTo === undefined ? undefined : /@([A-Za-z0-9.-]+)/.exec(deliveredTo)?.[1];
  for (const field of received) {
    const parsed = parseReceived(field.value);
    // Trust stops at the first field no managed server wrote.
    if (parsed.by === undefined || !managed.names.has(parsed.by)) return undefined;
    if (parsed.address === undefined) return undefined;
    if (managed.addresses.has(parsed.address)) continue;
    return {
      file,
      line: field.line,
      address: parsed.address,
      reverse: parsed.reverse === undefined ? undefined : printable(parsed.reverse).slice(0, 255),
      helo: parsed.helo === undefined ? undefined : printable(parsed.helo).slice(0, 255),
      by: parsed.by,
      date: parsed.date,
      spam,
      recipientDomain: parsed.recipient ?? (deliveredDomain === undefined ? undefined : lower(deliveredDomain)),
    };
  }
  return undefined;
}

/** Reads lines in chunks; each line is cut at MAX_LINE_CHARS. */
async function eachLine(file: string, each: (line: string, number: number) => boolean | void): Promise<void> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let carry = '';
    let number = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      carry += buffer.toString('latin1', 0, bytesRead);
      const lines = carry.split('\n');
      carry = lines.pop()!;
      if (carry.length > MAX_LINE_CHARS) carry = carry.slice(0, MAX_LINE_CHARS);
      for (const line of lines) if (each(line.slice(0, MAX_LINE_CHARS).replace(/\r$/, ''), ++number) === false) return;
    }
    if (carry !== '') each(carry.replace(/\r$/, ''), ++number);
  } finally {
    await handle.close();
  }
}

/** Messages of an mbox (or one message): each header block, bounded, with its fields' line numbers. */
async function readMessages(file: string, mbox: boolean, managed: Managed, arrivals: Arrival[]): Promise<number> {
  let fields: { name: string; value: string; line: number }[] = [];
  let inHeaders = !mbox;
  let headerBytes = 0;
  let messages = 0;
  const finish = () => {
    if (fields.length > 0) {
      const arrival = arrivalOf(fields, file, managed);
      if (arrival) arrivals.push(arrival);
      messages++;
    }
    fields = [];
  };
  await eachLine(file, (line, number) => {
    if (mbox && line.startsWith('From ')) {
      finish();
      inHeaders = true;
      headerBytes = 0;
      return messages < MAX_ITEMS_PER_FILE;
    }
    if (!inHeaders) return;
    headerBytes += line.length + 1;
    if (line === '' || headerBytes > MAX_HEADER_BYTES) {
      inHeaders = false;
      return;
    }
    if (/^[ \t]/.test(line) && fields.length > 0) {
      const last = fields.at(-1)!;
      if (last.value.length < MAX_LINE_CHARS) last.value += ` ${line.trim()}`;
      return;
    }
    const colon = line.indexOf(':');
    if (colon > 0) fields.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1), line: number });
  });
  finish();
  return messages;
}

/** Postfix `client=name[ip]` and Exim `<= … H=name (helo) [ip]` arrival lines of a managed server. */
async function readLog(file: string, managed: Managed, arrivals: Arrival[]): Promise<number> {
  let lines = 0;
  await eachLine(file, (line, number) => {
    lines++;
    const postfix =
      /^(\S+\s+\d+\s+[\d:]+|\S+T\S+)\s+(\S+)\s+postfix(?:\/[\w-]+)*\/smtpd\[\d+\]: [0-9A-Za-z]+: client=([^[\s]+)\[([^\]]+)\]/.exec(line);
    if (postfix) {
      // Syslog often writes the short host name: it names the managed server whose first label it is.
      const written = lower(postfix[2]!);
      const host = managed.names.has(written) ? written : [...managed.names].find((name) => name.split('.')[0] === written);
      const address = parseIpAddress(postfix[4]!);
      if (address === undefined || host === undefined || managed.addresses.has(address)) return;
      const date = Date.parse(postfix[1]!);
      arrivals.push({
        file,
        line: number,
        address,
        reverse: postfix[3] === 'unknown' ? undefined : lower(postfix[3]!),
        helo: undefined,
        by: host,
        date: Number.isNaN(date) ? undefined : new Date(date).toISOString(),
        spam: false,
        recipientDomain: undefined,
      });
      return;
    }
    const exim = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\S* \S+ <= \S+ .*?H=(\S+)?(?: \(([^)]*)\))? \[([0-9A-Fa-f:.]+)\]/.exec(line);
    if (exim) {
      const address = parseIpAddress(exim[4]!);
      if (address === undefined || managed.addresses.has(address)) return;
      arrivals.push({
        file,
        line: number,
        address,
        reverse: exim[2] === undefined || exim[2].startsWith('(') ? undefined : lower(exim[2]),
        helo: exim[3],
        by: 'exim',
        date: new Date(`${exim[1]!.replace(' ', 'T')}Z`).toISOString(),
        spam: false,
        recipientDomain: undefined,
      });
    }
    return lines < MAX_ITEMS_PER_FILE;
  });
  return lines;
}

/** A TLS-RPT report's failures: which receiving MX hosts senders tried, per policy domain. */
function readTlsRpt(file: string, report: unknown, failures: TlsRptFailure[]): number {
  const policies = (report as { policies?: unknown }).policies;
  if (!Array.isArray(policies)) return 0;
  for (const entry of policies.slice(0, 10_000)) {
    const policy = (entry as { policy?: { 'policy-domain'?: unknown; 'mx-host'?: unknown } }).policy;
    const domain = typeof policy?.['policy-domain'] === 'string' ? lower(policy['policy-domain']) : undefined;
    if (domain === undefined) continue;
    const details = (entry as { 'failure-details'?: unknown })['failure-details'];
    for (const detail of Array.isArray(details) ? details.slice(0, 10_000) : []) {
      const mx = (detail as { 'receiving-mx-hostname'?: unknown })['receiving-mx-hostname'];
      if (typeof mx !== 'string') continue;
      failures.push({
        file,
        policyDomain: printable(domain).slice(0, 255),
        mxHost: printable(lower(mx)).slice(0, 255),
        sessions: Number((detail as { 'failed-session-count'?: unknown })['failed-session-count']) || 0,
        resultType: printable(String((detail as { 'result-type'?: unknown })['result-type'] ?? '')).slice(0, 64),
      });
    }
  }
  return policies.length;
}

/** Reads every evidence file (a Maildir directory counts as one), recognised by content. */
export async function readEvidence(files: readonly string[], managed: Managed): Promise<EvidenceReading> {
  const reading: EvidenceReading = { files: [], arrivals: [], tlsRpt: [] };
  for (const file of files) {
    if (statSync(file).isDirectory()) {
      const messages = ['new', 'cur'].flatMap((sub) => {
        const directory = path.join(file, sub);
        try {
          return readdirSync(directory)
            .sort()
            .map((entry) => path.join(directory, entry));
        } catch {
          return [];
        }
      });
      let count = 0;
      for (const message of messages.slice(0, MAX_ITEMS_PER_FILE)) count += await readMessages(message, false, managed, reading.arrivals);
      reading.files.push({ file, format: 'maildir', items: count });
      continue;
    }
    const handle = await open(file, 'r');
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, 512, 0);
    await handle.close();
    const start = head.subarray(0, bytesRead);
    if (start[0] === 0x1f && start[1] === 0x8b) {
      let report: unknown;
      try {
        report = JSON.parse(gunzipSync(await readFile(file), { maxOutputLength: MAX_REPORT_BYTES }).toString('utf8'));
      } catch {
        report = undefined;
      }
      reading.files.push({
        file,
        format: report === undefined ? 'tls-rpt (unreadable: too large, not gzip or not JSON)' : 'tls-rpt',
        items: report === undefined ? 0 : readTlsRpt(file, report, reading.tlsRpt),
      });
      continue;
    }
    const text = start.toString('latin1');
    if (/^\s*\{/.test(text) && /"policies"|"organization-name"/.test(text)) {
      // A report is small; one too large or not JSON is said in the file list, and the others still count.
      let report: unknown;
      try {
        report = statSync(file).size <= MAX_REPORT_BYTES ? JSON.parse(await readFile(file, 'utf8')) : undefined;
      } catch {
        report = undefined;
      }
      reading.files.push({
        file,
        format: report === undefined ? 'tls-rpt (unreadable: too large or not JSON)' : 'tls-rpt',
        items: report === undefined ? 0 : readTlsRpt(file, report, reading.tlsRpt),
      });
    } else if (text.startsWith('From ')) {
      reading.files.push({ file, format: 'mbox', items: await readMessages(file, true, managed, reading.arrivals) });
    } else if (/^[A-Za-z][\w-]*:/.test(text)) {
      reading.files.push({ file, format: 'message', items: await readMessages(file, false, managed, reading.arrivals) });
    } else {
      reading.files.push({ file, format: 'log', items: await readLog(file, managed, reading.arrivals) });
    }
  }
  return reading;
}
