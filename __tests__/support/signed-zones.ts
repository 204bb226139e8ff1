/**
 * Zones signed offline by ldns-signzone (ldnsutils, installed by scripts/setup.sh) and a root and
 * `test.` parent served by real NSD, so that the DNSSEC and DANE interop tests build their signed
 * worlds the same way. Every tool here runs offline: none resolves a name.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { soa } from '../../src/lab/zone-data.js';
import type { RunningServer } from './real-servers.js';
import { startNsdOnFiles } from './real-servers.js';

export const run = promisify(execFile);
const DAY_MS = 86_400_000;

/** ldns-signzone's date form (YYYYMMDDhhmmss, UTC), `days` from now. */
function signDate(days: number): string {
  return new Date(Date.now() + days * DAY_MS)
    .toISOString()
    .replace(/[-:T]/g, '')
    .replace(/\.\d+Z$/, '');
}

/** A key for `zoneName` in `dir`; its file base name (K<zone>+<alg>+<tag>). */
export async function keygen(dir: string, zoneName: string, algorithm: string, ksk: boolean): Promise<string> {
  const size = algorithm.startsWith('RSA') ? ['-b', '2048'] : [];
  const { stdout } = await run('ldns-keygen', ['-a', algorithm, ...(ksk ? ['-k'] : []), ...size, zoneName], { cwd: dir });
  return stdout.trim();
}

/** The zone file `file` in `dir` signed with `keys`, valid from `inception` to `expiration` days from now. */
export async function signZone(
  dir: string,
  file: string,
  keys: readonly string[],
  days: { inception: number; expiration: number } = { inception: -1, expiration: 30 },
): Promise<string> {
  await run('ldns-signzone', ['-i', signDate(days.inception), '-e', signDate(days.expiration), '-f', `${file}.signed`, file, ...keys], {
    cwd: dir,
  });
  return readFileSync(path.join(dir, `${file}.signed`), 'utf8');
}

/** The SHA-256 DS record of a key, as a zone-file line. */
export async function dsOf(dir: string, key: string): Promise<string> {
  const { stdout } = await run('ldns-key2ds', ['-n', '-2', `${key}.key`], { cwd: dir });
  return stdout.trim();
}

/** Writes `text` as a zone file in a directory of its own and serves it from one NSD instance. */
export async function serveZones(
  server: { name: string; address: string },
  port: number,
  baseDir: string,
  zones: readonly { origin: string; text: string }[],
): Promise<RunningServer> {
  const dir = path.join(baseDir, `zones-${server.address}`);
  mkdirSync(dir, { recursive: true });
  const files = zones.map(({ origin, text }) => {
    const file = path.join(dir, `${origin || 'root'}.zone`);
    writeFileSync(file, text);
    return { origin, file, allowTransfer: false };
  });
  return startNsdOnFiles(server, port, baseDir, files);
}

/**
 * A root (`a.root.test`) delegating `test.` to `ns.nic.test`, and `test.` holding `tldLines`
 * (delegations, glue and DS records, relative to `test.` or absolute), each on real NSD.
 * `signTld`: `test.` is signed (one ECDSA key), so its referrals carry DS and RRSIG as a real
 * top-level domain's do; the root stays unsigned (the parent's own chain is not judged).
 */
export async function serveRootAndTld(
  addresses: { root: string; tld: string },
  port: number,
  baseDir: string,
  tldLines: readonly string[],
  options: { signTld?: boolean } = {},
): Promise<RunningServer[]> {
  const tld = [
    '$ORIGIN test.',
    '$TTL 300',
    `@ SOA ${soa('ns.nic.test', 1)}`,
    '@ NS ns.nic.test.',
    `ns.nic A ${addresses.tld}`,
    ...tldLines,
    '',
  ];
  const root = [
    '$ORIGIN .',
    '$TTL 300',
    `@ SOA ${soa('a.root.test', 1)}`,
    '@ NS a.root.test.',
    `a.root.test. A ${addresses.root}`,
    'test. NS ns.nic.test.',
    `ns.nic.test. A ${addresses.tld}`,
    '',
  ];
  let tldText = tld.join('\n');
  if (options.signTld) {
    const keys = path.join(baseDir, 'tld-keys');
    mkdirSync(keys, { recursive: true });
    writeFileSync(path.join(keys, 'test.zone'), tldText);
    tldText = await signZone(keys, 'test.zone', [await keygen(keys, 'test', 'ECDSAP256SHA256', true)]);
  }
  return Promise.all([
    serveZones({ name: 'a.root.test', address: addresses.root }, port, baseDir, [{ origin: '', text: root.join('\n') }]),
    serveZones({ name: 'ns.nic.test', address: addresses.tld }, port, baseDir, [{ origin: 'test', text: tldText }]),
  ]);
}
