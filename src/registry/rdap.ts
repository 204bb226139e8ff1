/**
 * The registry's word (RDAP, RFC 9082/9083), the seed's "whois" step: for each domain, the RDAP
 * server the bootstrap file names (RFC 9224: the longest matching label-wise suffix), asked once
 * per domain per run with `fetch`. Bounded: a timeout per request, a few requests at a time per
 * server, everything within the run's deadline. Never a silent pass: a 429 is retried once after
 * its Retry-After (at most 120 s); anything else that is not an answer is `unchecked`, with why.
 */
import { readFile } from 'node:fs/promises';
import { compareText } from '../compare-text.js';
import type { DomainName } from '../dns-name.js';
import type { Logger } from '../logger.js';
import type { RegistryDomainObservation, RegistryObservations } from '../observations/model.js';
import { Semaphore } from '../semaphore.js';
import { printable } from '../untrusted-text.js';

export const IANA_RDAP_BOOTSTRAP = 'https://data.iana.org/rdap/dns.json';
/** Requests at once to one RDAP server: registries rate-limit hard. */
const PER_SERVER = 2;
/** The longest Retry-After honoured; a registry asking for more is unchecked this run. */
const MAX_RETRY_AFTER_S = 120;
/** An RDAP answer larger than this is no domain record this tool reads. */
const MAX_RESPONSE_BYTES = 1024 * 1024;

export interface RdapSettings {
  readonly bootstrap: string;
  readonly timeoutMs: number;
  readonly deadline: AbortSignal;
}

type Bootstrap = Map<string, string>;

/** The bootstrap file's services as suffix → base URL (the first URL of each service, https preferred). */
function parseBootstrap(text: string, source: string): Bootstrap {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`the RDAP bootstrap ${source} is not JSON`);
  }
  const services = (parsed as { services?: unknown }).services;
  if (!Array.isArray(services)) throw new Error(`the RDAP bootstrap ${source} has no "services" list`);
  const bases: Bootstrap = new Map();
  for (const service of services) {
    if (!Array.isArray(service) || !Array.isArray(service[0]) || !Array.isArray(service[1])) continue;
    const urls = (service[1] as unknown[]).filter((url): url is string => typeof url === 'string' && /^https?:\/\//.test(url));
    const url = urls.find((candidate) => candidate.startsWith('https:')) ?? urls[0];
    if (url === undefined) continue;
    for (const suffix of service[0] as unknown[])
      if (typeof suffix === 'string') bases.set(suffix.toLowerCase().replace(/\.$/, ''), url.endsWith('/') ? url : `${url}/`);
  }
  return bases;
}

/** The base URL for a domain: the longest bootstrap entry that is a whole-label suffix of it. */
export function baseUrlFor(bootstrap: Bootstrap, domain: DomainName): string | undefined {
  const labels = domain.split('.');
  for (let index = 0; index < labels.length; index++) {
    const base = bootstrap.get(labels.slice(index).join('.'));
    if (base !== undefined) return base;
  }
  return undefined;
}

async function loadBootstrap(source: string, settings: RdapSettings): Promise<Bootstrap> {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.any([AbortSignal.timeout(settings.timeoutMs * 5), settings.deadline]) });
    if (!response.ok) throw new Error(`the RDAP bootstrap ${source} answered HTTP ${response.status}`);
    return parseBootstrap(await response.text(), source);
  }
  return parseBootstrap(await readFile(source, 'utf8'), source);
}

const lowerName = (name: string) => name.toLowerCase().replace(/\.$/, '') as DomainName;

/** One domain's record, read from an RDAP answer: name servers and the expiration event. */
function readRecord(body: unknown): Pick<RegistryDomainObservation, 'nameservers' | 'expiration'> | string {
  if (typeof body !== 'object' || body === null) return 'the answer is not a JSON object';
  const record = body as { objectClassName?: unknown; nameservers?: unknown; events?: unknown; notices?: unknown };
  if (record.objectClassName !== 'domain') {
    // A registry over its quota may answer 200 with only a notice.
    const notice = Array.isArray(record.notices) ? (record.notices[0] as { title?: unknown } | undefined)?.title : undefined;
    return `the answer is no domain record${typeof notice === 'string' ? ` (notice: "${printable(notice).slice(0, 120)}")` : ''}`;
  }
  const nameservers = Array.isArray(record.nameservers)
    ? record.nameservers.flatMap((server) => {
        const name = (server as { ldhName?: unknown }).ldhName;
        return typeof name === 'string' && /^[A-Za-z0-9.-]{1,253}$/.test(name) ? [lowerName(name)] : [];
      })
    : [];
  const expiration = Array.isArray(record.events)
    ? (record.events as { eventAction?: unknown; eventDate?: unknown }[]).find((event) => event.eventAction === 'expiration')?.eventDate
    : undefined;
  return {
    nameservers: [...new Set(nameservers)].sort(compareText),
    ...(typeof expiration === 'string' && !Number.isNaN(Date.parse(expiration)) ? { expiration: new Date(expiration).toISOString() } : {}),
  };
}

async function askDomain(base: string, domain: DomainName, settings: RdapSettings, retried = false): Promise<RegistryDomainObservation> {
  const server = new URL(base).origin;
  const unchecked = (detail: string): RegistryDomainObservation => ({ domain, status: 'unchecked', server, detail });
  let response: Response;
  try {
    response = await fetch(`${base}domain/${domain}`, {
      headers: { accept: 'application/rdap+json' },
      redirect: 'follow',
      signal: AbortSignal.any([AbortSignal.timeout(settings.timeoutMs), settings.deadline]),
    });
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError' ? `no answer within ${settings.timeoutMs} ms` : printable((error as Error).message);
    return unchecked(settings.deadline.aborted ? 'the run deadline came first' : reason);
  }
  if (response.status === 429 && !retried) {
    const wait = Number(response.headers.get('retry-after') ?? '1');
    await response.body?.cancel();
    if (!Number.isFinite(wait) || wait > MAX_RETRY_AFTER_S)
      return unchecked(`HTTP 429, and Retry-After asks for more than ${MAX_RETRY_AFTER_S} s`);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait) * 1000));
    return askDomain(base, domain, settings, true);
  }
  if (response.status === 404) {
    await response.body?.cancel();
    return { domain, status: 'not-found', server, detail: 'HTTP 404: the registry says it does not exist' };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return unchecked(`HTTP ${response.status}`);
  }
  const text = await boundedText(response);
  if (text === undefined) return unchecked('the answer broke off');
  if (text === TOO_LARGE) return unchecked(`the answer is larger than ${MAX_RESPONSE_BYTES} bytes`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return unchecked('the answer is not JSON');
  }
  const record = readRecord(body);
  if (typeof record === 'string') return unchecked(record);
  return { domain, status: 'found', server, ...record, detail: 'HTTP 200' };
}

const TOO_LARGE = Symbol('too large');

/** The body as text, read no further than MAX_RESPONSE_BYTES (a hostile server may send without end). */
async function boundedText(response: Response): Promise<string | typeof TOO_LARGE | undefined> {
  const reader = response.body?.getReader();
  if (reader === undefined) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_RESPONSE_BYTES) {
        await reader.cancel();
        return TOO_LARGE;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Every domain's record, each asked once; a TLD missing from the bootstrap is said once for all its domains. */
export async function observeRegistry(
  domains: readonly DomainName[],
  settings: RdapSettings,
  logger: Logger,
): Promise<RegistryObservations> {
  let bootstrap: Bootstrap;
  try {
    bootstrap = await loadBootstrap(settings.bootstrap, settings);
  } catch (error) {
    const detail = printable((error as Error).message);
    logger.warning(`registry: ${detail}`);
    return { bootstrap: settings.bootstrap, domains: domains.map((domain) => ({ domain, status: 'unchecked', detail })) };
  }
  const perServer = new Map<string, Semaphore>();
  logger.info(`registry: asking RDAP about ${domains.length} domains`);
  const results = await Promise.all(
    [...new Set(domains)].sort(compareText).map(async (domain): Promise<RegistryDomainObservation> => {
      const base = baseUrlFor(bootstrap, domain);
      if (base === undefined) {
        return { domain, status: 'unchecked', detail: `the bootstrap file names no RDAP server for .${domain.split('.').at(-1)}` };
      }
      let slots = perServer.get(base);
      if (slots === undefined) {
        slots = new Semaphore(PER_SERVER);
        perServer.set(base, slots);
      }
      return slots.use(() => askDomain(base, domain, settings));
    }),
  );
  return { bootstrap: settings.bootstrap, domains: results };
}
