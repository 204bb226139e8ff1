/**
 * Starts real servers for interop tests: NSD as authoritative DNS server, Postfix as MTA, each on
 * its own loopback address and an unprivileged port, from the same world description the demo
 * serves. scripts/setup.sh installs them; a missing binary fails the suite loudly.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import dnsPacket from 'dns-packet';
import type { LabServerSpec } from '../../src/lab/dns-server.js';
import { toZoneFile } from '../../src/lab/zone-data.js';

const NSD = '/usr/sbin/nsd';
const KNOT = '/usr/sbin/knotd';
const NAMED = '/usr/sbin/named';
const POSTFIX_MASTER = '/usr/lib/postfix/sbin/master';
const READY_TIMEOUT_MS = 15_000;

export interface RunningServer {
  readonly description: string;
  stop(): Promise<void>;
}

function requireBinary(binary: string): void {
  if (!existsSync(binary)) throw new Error(`${binary} is missing: run scripts/setup.sh (the interop tests need real servers)`);
}

function startProcess(
  description: string,
  command: string,
  args: string[],
  logFile: string,
): { child: ChildProcess; server: RunningServer } {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.on('exit', (code) => {
    if (code !== 0 && code !== null) writeFileSync(`${logFile}.exit`, `${description} exited ${code}: ${stderr}`);
  });
  const server: RunningServer = {
    description,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.pid === undefined) return resolve();
        const kill = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 3000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          clearTimeout(kill);
          resolve();
        }
      }),
  };
  return { child, server };
}

async function waitUntil(description: string, probe: () => Promise<boolean>, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  throw new Error(`${description} did not become ready within ${READY_TIMEOUT_MS} ms\n${log}`);
}

function dnsAnswers(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = dgram.createSocket('udp4');
    const timer = setTimeout(() => {
      socket.close();
      resolve(false);
    }, 300);
    socket.on('message', () => {
      clearTimeout(timer);
      socket.close();
      resolve(true);
    });
    socket.on('error', () => undefined);
    socket.send(dnsPacket.encode({ type: 'query', id: 1, questions: [{ type: 'SOA', name: '.' }] }), port, address);
  });
}

function tcpAccepts(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.createConnection({ host: address, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** One NSD instance for one lab server: its zones, or none at all (NSD then answers REFUSED). */
export async function startNsd(spec: LabServerSpec, port: number, baseDir: string): Promise<RunningServer> {
  const dir = path.join(baseDir, `nsd-${spec.address}`);
  mkdirSync(dir, { recursive: true });
  const files = writeZoneFiles(spec, dir);
  const zones = spec.zones.map((zone, index) => ({ origin: zone.origin, file: files[index]!, allowTransfer: zone.allowTransfer }));
  return runNsd(spec, port, dir, zones);
}

/**
 * NSD serving zone files as they are (a repository's own files, $INCLUDEs and all): each
 * directory is copied beside NSD's configuration, so relative includes resolve as they do there.
 */
export async function startNsdOnFiles(
  server: { name: string; address: string },
  port: number,
  baseDir: string,
  zones: readonly { origin: string; file: string; allowTransfer: boolean }[],
): Promise<RunningServer> {
  const dir = path.join(baseDir, `nsd-${server.address}`);
  mkdirSync(dir, { recursive: true });
  for (const zone of zones) cpSync(path.dirname(zone.file), dir, { recursive: true });
  const entries = zones.map((zone) => ({ origin: zone.origin, file: path.basename(zone.file), allowTransfer: zone.allowTransfer }));
  return runNsd({ ...server, zones: [], behaviour: 'serve' }, port, dir, entries);
}

async function runNsd(
  spec: LabServerSpec,
  port: number,
  dir: string,
  zones: readonly { origin: string; file: string; allowTransfer: boolean }[],
): Promise<RunningServer> {
  requireBinary(NSD);
  const zoneLines = zones.map(
    (zone) =>
      `zone:\n  name: "${zone.origin === '' ? '.' : zone.origin}"\n  zonefile: "${zone.file}"\n${zone.allowTransfer ? '  provide-xfr: 0.0.0.0/0 NOKEY\n' : ''}`,
  );
  const logFile = path.join(dir, 'nsd.log');
  writeFileSync(
    path.join(dir, 'nsd.conf'),
    `server:
  ip-address: ${spec.address}
  port: ${port}
  username: ""
  chroot: ""
  zonesdir: "${dir}"
  pidfile: "${dir}/nsd.pid"
  xfrdfile: "${dir}/xfrd.state"
  zonelistfile: "${dir}/zone.list"
  database: ""
  logfile: "${logFile}"
  server-count: 1
  do-ip6: no
  verbosity: 1
remote-control:
  control-enable: no
${zoneLines.join('')}`,
  );
  return startAndWait(spec, port, `NSD ${spec.name} (${spec.address})`, NSD, ['-d', '-c', path.join(dir, 'nsd.conf')], logFile);
}

/** Writes each zone of a lab server as a zone file in `dir`; returns the file names in zone order. */
function writeZoneFiles(spec: LabServerSpec, dir: string): string[] {
  return spec.zones.map((zone, index) => {
    const file = `zone${index}.zone`;
    writeFileSync(path.join(dir, file), toZoneFile(zone));
    return file;
  });
}

async function startAndWait(spec: LabServerSpec, port: number, description: string, command: string, args: string[], logFile: string) {
  const { server } = startProcess(description, command, args, logFile);
  try {
    await waitUntil(server.description, () => dnsAnswers(spec.address, port), logFile);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** One Knot DNS instance for one lab server (Knot lower-cases the owner names it serves). */
/**
 * `noUdp`: Knot's mod-noudp answers every UDP query with an empty truncated reply (a TCP-only server).
 * `signing`: Knot signs its zones itself (automatic DNSSEC with its default policy, keys made at load).
 */
export async function startKnot(
  spec: LabServerSpec,
  port: number,
  baseDir: string,
  options: { noUdp?: boolean; signing?: boolean } = {},
): Promise<RunningServer> {
  requireBinary(KNOT);
  const dir = path.join(baseDir, `knot-${spec.address}`);
  mkdirSync(dir, { recursive: true });
  const files = writeZoneFiles(spec, dir);
  const zones = spec.zones.map(
    (zone, index) =>
      `  - domain: "${zone.origin === '' ? '.' : zone.origin}"\n    file: "${dir}/${files[index]}"\n${zone.allowTransfer ? '    acl: transfer-to-anyone\n' : ''}`,
  );
  const logFile = path.join(dir, 'knot.log');
  writeFileSync(
    path.join(dir, 'knot.conf'),
    `server:
    rundir: "${dir}"
    listen: ${spec.address}@${port}
    background-workers: 1
    tcp-workers: 1
    udp-workers: 1
log:
  - target: ${logFile}
    any: info
database:
    storage: "${dir}"
acl:
  - id: transfer-to-anyone
    address: 0.0.0.0/0
    action: transfer
template:
  - id: default
    storage: "${dir}"
    zonefile-sync: -1
    journal-content: none
${options.noUdp ? '    global-module: mod-noudp\n' : ''}${options.signing ? '    dnssec-signing: on\n' : ''}zone:
${zones.join('')}`,
  );
  return startAndWait(spec, port, `Knot ${spec.name} (${spec.address})`, KNOT, ['-c', path.join(dir, 'knot.conf')], logFile);
}

/**
 * One BIND 9 instance for one lab server. `recursive`: a resolver (no zones, recursion on, root
 * hints at an unused loopback address so it can never send a query off this machine) wrongly
 * listed as an authoritative server: it answers without the AA bit.
 */
export async function startBind(
  spec: LabServerSpec,
  port: number,
  baseDir: string,
  options: { recursive?: { hintAddress: string }; requireServerCookie?: boolean } = {},
): Promise<RunningServer> {
  requireBinary(NAMED);
  const dir = path.join(baseDir, `bind-${spec.address}`);
  mkdirSync(dir, { recursive: true });
  const files = writeZoneFiles(spec, dir);
  const zones = spec.zones.map(
    (zone, index) =>
      `zone "${zone.origin === '' ? '.' : zone.origin}" { type primary; file "${dir}/${files[index]}"; allow-transfer { ${zone.allowTransfer ? 'any' : 'none'}; }; };\n`,
  );
  const recursive = options.recursive;
  if (recursive)
    writeFileSync(path.join(dir, 'root.hints'), `. 3600000 NS hint.invalid.\nhint.invalid. 3600000 A ${recursive.hintAddress}\n`);
  const logFile = path.join(dir, 'named.log');
  writeFileSync(
    path.join(dir, 'named.conf'),
    `options {
  directory "${dir}";
  pid-file "${dir}/named.pid";
  session-keyfile "${dir}/session.key";
  managed-keys-directory "${dir}";
  listen-on port ${port} { ${spec.address}; };
  listen-on-v6 { none; };
  dnssec-validation no;
  notify no;
  check-integrity no;
  ${options.requireServerCookie ? 'require-server-cookie yes;' : ''}
  ${recursive ? 'recursion yes; allow-recursion { any; }; allow-query-cache { any; };' : 'recursion no;'}
};
controls { };
${recursive ? `zone "." { type hint; file "${dir}/root.hints"; };\n` : ''}${zones.join('')}`,
  );
  // BIND listens only on addresses configured on an interface (other 127/8 addresses are routed
  // to lo but not on it): add this one to lo for the server's lifetime, and remove only what was added.
  const added = addLoopbackAddress(spec.address);
  try {
    const server = await startAndWait(
      spec,
      port,
      `BIND ${spec.name} (${spec.address})`,
      NAMED,
      ['-g', '-4', '-c', path.join(dir, 'named.conf')],
      logFile,
    );
    return {
      description: server.description,
      stop: async () => {
        await server.stop();
        if (added) removeLoopbackAddress(spec.address);
      },
    };
  } catch (error) {
    if (added) removeLoopbackAddress(spec.address);
    throw error;
  }
}

/** True when the address was added (it was not on lo already). */
function addLoopbackAddress(address: string): boolean {
  const present = spawnSync('ip', ['-4', '-o', 'addr', 'show', 'dev', 'lo'], { encoding: 'utf8' }).stdout;
  if (present.split(/\s+/).includes(`${address}/32`)) return false;
  const result = spawnSync('ip', ['addr', 'add', `${address}/32`, 'dev', 'lo'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cannot add ${address} to lo for BIND (needs root): ${result.stderr}`);
  return true;
}

function removeLoopbackAddress(address: string): void {
  spawnSync('ip', ['addr', 'del', `${address}/32`, 'dev', 'lo']);
}

/**
 * How a test Postfix treats mail. `protected`: the listed domains are its own, unknown local users
 * are refused (550) and relaying is denied (554); `accept-all`: the same but every local recipient
 * is accepted; `open`: every recipient is accepted and relayed (an open relay); `greylist`: every
 * recipient gets 450; `verifying-backup`: a backup MX that relays the domains to `primary` and
 * accepts a recipient only when the primary does (550 otherwise). `tls`: STARTTLS with this
 * certificate.
 * It never delivers anything anywhere: the tests never send DATA, and it may not look up names.
 */
export interface PostfixBehaviour {
  readonly mail: 'protected' | 'accept-all' | 'open' | 'greylist' | 'verifying-backup' | 'relaying-backup' | 'mailbox';
  readonly domains: readonly string[];
  /** The certificate file may hold the chain after the server's own certificate. */
  readonly tls?: { readonly certificate: string; readonly key: string };
  /** Postfix's smtpd_tls_protocols (a restricted set no client of ours speaks fails the handshake). */
  readonly tlsProtocols?: string;
  /** `encrypt`: no mail without STARTTLS first (530). */
  readonly tlsLevel?: 'may' | 'encrypt';
  /**
   * postscreen in front of smtpd, as large sites run it: a greeting held back (a multi-line 220
   * whose last line comes after the wait) and the deep protocol tests, after which the first
   * session's recipients get 450 and only the next connection reaches smtpd.
   */
  readonly postscreen?: boolean;
  /** `verifying-backup` and `relaying-backup`: the primary it relays to (the first asks it about every recipient). */
  readonly primary?: string;
  /** `mailbox`: the local parts delivered, to an mbox file (`name`) or a Maildir (`name/`), under `<dir>/boxes`. */
  readonly mailboxes?: readonly string[];
}

/** One Postfix instance (master run directly, no system service) greeting as `hostname` on each address. */
export async function startPostfix(
  hostname: string,
  addresses: string[],
  port: number,
  baseDir: string,
  bannerSuffix = '',
  behaviour: PostfixBehaviour = { mail: 'open', domains: [] },
): Promise<RunningServer> {
  requireBinary(POSTFIX_MASTER);
  const dir = path.join(baseDir, `postfix-${hostname}`);
  const conf = path.join(dir, 'conf');
  const queue = path.join(dir, 'queue');
  const data = path.join(dir, 'data');
  mkdirSync(conf, { recursive: true });
  mkdirSync(data, { recursive: true });
  // The postfix user must reach its data directory through a private temporary directory.
  chmodSync(baseDir, 0o755);
  const postfixUser = Number(spawnSync('id', ['-u', 'postfix'], { encoding: 'utf8' }).stdout.trim());
  const postdropGroup = Number(spawnSync('getent', ['group', 'postdrop'], { encoding: 'utf8' }).stdout.split(':')[2]);
  chownSync(data, postfixUser, -1);
  // Postfix's queue layout: the daemons refuse to start without it.
  for (const sub of [
    'pid',
    'private',
    'public',
    'active',
    'bounce',
    'corrupt',
    'defer',
    'deferred',
    'flush',
    'hold',
    'incoming',
    'maildrop',
    'saved',
    'trace',
  ]) {
    mkdirSync(path.join(queue, sub), { recursive: true });
    if (sub !== 'pid') chownSync(path.join(queue, sub), postfixUser, sub === 'maildrop' || sub === 'public' ? postdropGroup : -1);
  }
  const logFile = path.join(dir, 'maillog');
  // The system's services, out of chroot: a chroot in a temporary queue directory lacks the files they read.
  const systemMaster = readFileSync('/etc/postfix/master.cf', 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#') && !line.startsWith(' ') && !/^smtp\s+inet/.test(line))
    .map((line) => line.replace(/^(\S+\s+\S+\s+\S+\s+\S+\s+)y(\s)/, '$1n$2'));
  const listeners = behaviour.postscreen
    ? [
        ...addresses.map((address) => `${address}:${port} inet n - n - 1 postscreen`),
        'smtpd pass - - n - - smtpd',
        'dnsblog unix - - n - 0 dnsblog',
        'tlsproxy unix - - n - 0 tlsproxy',
      ]
    : addresses.map((address) => `${address}:${port} inet n - n - - smtpd`);
  writeFileSync(path.join(conf, 'master.cf'), `${[...systemMaster, ...listeners].join('\n')}\n`);
  writeFileSync(
    path.join(conf, 'main.cf'),
    `compatibility_level = 3.6
queue_directory = ${queue}
data_directory = ${data}
mail_owner = postfix
setgid_group = postdrop
myhostname = ${hostname}
smtpd_banner = $myhostname ESMTP${bannerSuffix}
inet_interfaces = all
inet_protocols = ipv4
alias_maps =
alias_database =
maillog_file_prefixes = ${dir}
maillog_file = ${logFile}
disable_dns_lookups = yes
smtpd_peername_lookup = no
default_transport = discard
${postfixMailPolicy(behaviour, conf, port, addresses)}
`,
  );
  const { server } = startProcess(`Postfix ${hostname}`, POSTFIX_MASTER, ['-c', conf, '-d'], logFile);
  try {
    for (const address of addresses) await waitUntil(`${server.description} on ${address}`, () => tcpAccepts(address, port), logFile);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

function postfixMailPolicy(behaviour: PostfixBehaviour, conf: string, port: number, addresses: readonly string[]): string {
  const tls = [
    behaviour.tls
      ? `smtpd_tls_security_level = ${behaviour.tlsLevel ?? 'may'}\nsmtpd_tls_cert_file = ${behaviour.tls.certificate}\nsmtpd_tls_key_file = ${behaviour.tls.key}${behaviour.tlsProtocols ? `\nsmtpd_tls_protocols = ${behaviour.tlsProtocols}` : ''}`
      : 'smtpd_tls_security_level = none',
    ...(behaviour.postscreen
      ? [
          // The greeting test shortened from its 6 s so the suite stays quick; the rest as sites enable it.
          'postscreen_greet_wait = 3s\npostscreen_greet_action = enforce\npostscreen_dnsbl_sites =\npostscreen_access_list = permit_mynetworks',
          'postscreen_pipelining_enable = yes\npostscreen_non_smtp_command_enable = yes\npostscreen_bare_newline_enable = yes',
        ]
      : []),
  ].join('\n');
  switch (behaviour.mail) {
    case 'protected':
      // Local users come from the system's passwd (proxy:unix:passwd.byname): random ones are unknown.
      return `${tls}\nmydestination = ${behaviour.domains.join(' ')}\nrelay_domains =\nmynetworks = 127.255.255.254/32\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination`;
    case 'accept-all':
      return `${tls}\nmydestination = ${behaviour.domains.join(' ')}\nlocal_recipient_maps =\nrelay_domains =\nmynetworks = 127.255.255.254/32\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination`;
    case 'open':
      return `${tls}\nmydestination =\nrelay_domains =\nlocal_recipient_maps =\nmynetworks = 0.0.0.0/0`;
    case 'verifying-backup':
      // Recipients are asked of the primary (address_verify_poll_count polls of 3 s while it answers).
      return `${tls}\nmydestination =\nrelay_domains = ${behaviour.domains.join(' ')}\ntransport_maps = inline:{${behaviour.domains.map((domain) => `${domain}=relay:[${behaviour.primary}]:${port}`).join(', ')}}\nmynetworks = 127.255.255.254/32\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\nsmtpd_recipient_restrictions = reject_unverified_recipient\nunverified_recipient_reject_code = 550`;
    case 'relaying-backup':
      // An accept-all backup MX, as forgotten ones are: every recipient of the domains, relayed to the primary.
      // It connects from its own address, as a host of its own would (loopback would otherwise pick 127.0.0.1).
      return `${tls}\nmydestination =\nrelay_domains = ${behaviour.domains.join(' ')}\ntransport_maps = inline:{${behaviour.domains.map((domain) => `${domain}=relay:[${behaviour.primary}]:${port}`).join(', ')}}\nsmtp_bind_address = ${addresses[0]}\nmynetworks = 127.255.255.254/32\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination`;
    case 'mailbox': {
      // Final delivery through Postfix's virtual agent, owned by the postfix user: mbox files and Maildirs.
      const boxes = path.join(path.dirname(conf), 'boxes');
      mkdirSync(boxes, { recursive: true });
      const postfixUser = Number(spawnSync('id', ['-u', 'postfix'], { encoding: 'utf8' }).stdout.trim());
      const postfixGroup = Number(spawnSync('id', ['-g', 'postfix'], { encoding: 'utf8' }).stdout.trim());
      chownSync(boxes, postfixUser, postfixGroup);
      const maps = (behaviour.mailboxes ?? []).flatMap((box) =>
        behaviour.domains.map((domain) => `${box.replace(/\/$/, '')}@${domain}=${box}`),
      );
      return `${tls}\nmydestination =\nvirtual_mailbox_domains = ${behaviour.domains.join(' ')}\nvirtual_mailbox_base = ${boxes}\nvirtual_mailbox_maps = inline:{${maps.join(', ')}}\nvirtual_uid_maps = static:${postfixUser}\nvirtual_gid_maps = static:${postfixGroup}\nmynetworks = 127.255.255.254/32\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination`;
    }
    case 'greylist': {
      writeFileSync(path.join(conf, 'greylist'), '/./ 450 4.2.0 Greylisted, try again later\n');
      return `${tls}\nmydestination = ${behaviour.domains.join(' ')}\nlocal_recipient_maps =\nmynetworks = 127.255.255.254/32\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\nsmtpd_recipient_restrictions = check_recipient_access regexp:${path.join(conf, 'greylist')}`;
    }
  }
}

/** The SMTP commands each client session used, from Postfix's disconnect lines ("data=1" would mean a message was sent). */
export function postfixSessions(logFile: string): string[] {
  if (!existsSync(logFile)) return [];
  return readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => / disconnect from /.test(line))
    .map((line) => line.replace(/^.* disconnect from \S+ /, ''));
}
