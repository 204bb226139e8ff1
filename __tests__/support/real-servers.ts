/**
 * Starts real servers for interop tests: NSD as authoritative DNS server, Postfix as MTA, each on
 * its own loopback address and an unprivileged port, from the same world description the demo
 * serves. scripts/setup.sh installs them; a missing binary fails the suite loudly.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import dnsPacket from 'dns-packet';
import type { LabServerSpec } from '../../src/lab/dns-server.js';
import { toZoneFile } from '../../src/lab/zone-data.js';

const NSD = '/usr/sbin/nsd';
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
  requireBinary(NSD);
  const dir = path.join(baseDir, `nsd-${spec.address}`);
  mkdirSync(dir, { recursive: true });
  const zones = spec.zones.map((zone, index) => {
    const file = `zone${index}.zone`;
    writeFileSync(path.join(dir, file), toZoneFile(zone));
    return `zone:\n  name: "${zone.origin === '' ? '.' : zone.origin}"\n  zonefile: "${file}"\n${zone.allowTransfer ? '  provide-xfr: 0.0.0.0/0 NOKEY\n' : ''}`;
  });
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
${zones.join('')}`,
  );
  const { server } = startProcess(`NSD ${spec.name} (${spec.address})`, NSD, ['-d', '-c', path.join(dir, 'nsd.conf')], logFile);
  try {
    await waitUntil(server.description, () => dnsAnswers(spec.address, port), logFile);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** One Postfix instance (master run directly, no system service) greeting as `hostname` on each address. */
export async function startPostfix(
  hostname: string,
  addresses: string[],
  port: number,
  baseDir: string,
  bannerSuffix = '',
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
  const systemMaster = readFileSync('/etc/postfix/master.cf', 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#') && !line.startsWith(' ') && !/^smtp\s+inet/.test(line));
  writeFileSync(
    path.join(conf, 'master.cf'),
    `${[...systemMaster, ...addresses.map((address) => `${address}:${port} inet n - n - - smtpd`)].join('\n')}\n`,
  );
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
mydestination =
relay_domains =
local_recipient_maps =
alias_maps =
alias_database =
maillog_file_prefixes = ${dir}
maillog_file = ${logFile}
smtpd_tls_security_level = none
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
