/**
 * Fetches each MTA-STS policy (RFC 8461 §3.3): `https://mta-sts.<name>/.well-known/mta-sts.txt` at
 * an address the iterative resolver found (never the system resolver), over TLS verified by hand so
 * that a bad certificate is a finding with its reason, bounded in size and time, never following a
 * redirect (the RFC forbids it).
 */
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { nameCovers } from '../certificate-name.js';
import type { IpAddress } from '../ip-address.js';
import type { MtaStsHostObservation, MtaStsPolicyObservation } from '../observations/model.js';
import { printable } from '../untrusted-text.js';

/** RFC 8461 §3.3: a policy is small; more is not read. */
const MAX_POLICY_BYTES = 64 * 1024;
/** max_age's ceiling (RFC 8461 §3.2: one year). */
const MAX_AGE_CEILING = 31_557_600;

export interface MtaStsFetchSettings {
  readonly port: number;
  readonly timeoutMs: number;
}

/** The policy's fields (RFC 8461 §3.2), or why it is no policy. */
export function parseMtaStsPolicy(text: string): MtaStsPolicyObservation['policy'] | string {
  const fields: [string, string][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const match = /^([A-Za-z0-9_]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (match === null) return `the line "${printable(line).slice(0, 80)}" is no "key: value" field`;
    fields.push([match[1]!, match[2]!]);
  }
  const first = (key: string) => fields.find(([name]) => name === key)?.[1];
  const version = first('version');
  const mode = first('mode');
  const maxAgeText = first('max_age');
  const mx = fields.filter(([name]) => name === 'mx').map(([, value]) => value.toLowerCase().replace(/\.$/, ''));
  if (version !== 'STSv1') return `version is ${version === undefined ? 'missing' : `"${printable(version)}"`}, not STSv1`;
  if (mode !== 'enforce' && mode !== 'testing' && mode !== 'none')
    return `mode is ${mode === undefined ? 'missing' : `"${printable(mode)}"`}, not enforce, testing or none`;
  if (maxAgeText === undefined || !/^\d{1,10}$/.test(maxAgeText) || Number(maxAgeText) > MAX_AGE_CEILING)
    return 'max_age is missing or not a number of seconds up to a year';
  if (mode !== 'none' && mx.length === 0) return `mode ${mode} names no mx`;
  return { version, mode, mx, maxAge: Number(maxAgeText) };
}

function fetchOne(host: MtaStsHostObservation, address: IpAddress, settings: MtaStsFetchSettings): Promise<MtaStsPolicyObservation> {
  const url = `https://${host.host}${settings.port === 443 ? '' : `:${settings.port}`}/.well-known/mta-sts.txt`;
  const base = { name: host.name, url, address };
  return new Promise((resolve) => {
    const failed = (detail: string, extra: Partial<MtaStsPolicyObservation> = {}) =>
      resolve({ ...base, status: 'failed', detail: printable(detail), ...extra });
    const request = https.request(
      {
        host: address,
        port: settings.port,
        path: '/.well-known/mta-sts.txt',
        servername: host.host,
        headers: { host: host.host, accept: 'text/plain' },
        rejectUnauthorized: false,
        timeout: settings.timeoutMs,
        agent: false,
      },
      (response) => {
        const socket = response.socket as TLSSocket;
        const peer = socket.getPeerCertificate();
        const names = (peer?.subjectaltname ?? '')
          .split(/,\s*/)
          .flatMap((entry) => (entry.startsWith('DNS:') ? [entry.slice(4).toLowerCase()] : []))
          .slice(0, 100);
        const trusted = socket.authorized;
        const covers = names.some((name) => nameCovers(name, host.host));
        const certificate = {
          trusted,
          names: names.map(printable),
          problem: printable(
            [
              trusted ? undefined : String(socket.authorizationError ?? 'not trusted'),
              covers ? undefined : `${host.host} is not among its names`,
            ]
              .filter(Boolean)
              .join('; '),
          ),
        };
        const contentType = printable(String(response.headers['content-type'] ?? '')).slice(0, 100);
        if (response.statusCode !== 200) {
          response.resume();
          return failed(
            `HTTP ${response.statusCode}${response.statusCode! >= 300 && response.statusCode! < 400 ? ' (a redirect, which senders never follow)' : ''}`,
            { certificate, contentType },
          );
        }
        let body = '';
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_POLICY_BYTES) {
            request.destroy();
            return failed(`the policy is larger than ${MAX_POLICY_BYTES} bytes`, { certificate, contentType });
          }
          body += chunk.toString('utf8');
        });
        response.on('end', () => {
          if (size > MAX_POLICY_BYTES) return;
          const policy = parseMtaStsPolicy(body);
          if (typeof policy === 'string') return failed(`not a policy: ${policy}`, { certificate, contentType });
          resolve({ ...base, status: 'fetched', detail: 'HTTP 200', certificate, contentType, policy });
        });
        response.on('error', (error) => failed(error.message, { certificate, contentType }));
      },
    );
    request.on('timeout', () => {
      request.destroy();
      failed(`no answer within ${settings.timeoutMs} ms`);
    });
    request.on('error', (error) => failed((error as NodeJS.ErrnoException).code ?? error.message));
    request.end();
  });
}

/** Each name's policy, from the first of its addresses that answers. */
export async function fetchMtaStsPolicies(
  hosts: readonly MtaStsHostObservation[],
  settings: MtaStsFetchSettings,
): Promise<MtaStsPolicyObservation[]> {
  return Promise.all(
    hosts.map(async (host): Promise<MtaStsPolicyObservation> => {
      if (host.addresses.length === 0) {
        return {
          name: host.name,
          url: `https://${host.host}/.well-known/mta-sts.txt`,
          address: undefined,
          status: 'failed',
          detail: `${host.host} has no address (${host.detail})`,
        };
      }
      let last: MtaStsPolicyObservation | undefined;
      for (const address of host.addresses.slice(0, 4)) {
        last = await fetchOne(host, address, settings);
        if (last.certificate !== undefined) return last;
      }
      return last!;
    }),
  );
}
