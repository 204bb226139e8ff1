// Process and measurement helpers for the benchmarks. Every target is on loopback or inside a
// network namespace the bench creates; every child is stopped before the bench exits.
import { spawn, spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const CLI = path.resolve('dist/cli.js');
const children = new Set();

export function cleanupOnExit() {
  const stopAll = () => {
    for (const child of children) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  process.on('exit', stopAll);
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => process.exit(143));
}

/** Starts a long-lived child in its own process group; resolves when its output includes `readyText`. */
export function startChild(command, args, readyText, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    children.add(child);
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${command} not ready in 120 s: ${output}`)), 120_000);
    const onData = (chunk) => {
      output += chunk.toString();
      if (readyText === undefined || output.includes(readyText)) {
        clearTimeout(timer);
        resolve({
          child,
          output: () => output,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done(output);
              child.once('exit', () => {
                children.delete(child);
                done(output);
              });
              process.kill(-child.pid, 'SIGTERM');
              setTimeout(() => child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 5000).unref();
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      children.delete(child);
      if (readyText !== undefined && !output.includes(readyText)) reject(new Error(`${command} exited ${code}: ${output}`));
    });
    if (readyText === undefined) onData(Buffer.alloc(0));
  });
}

/** Runs a command to completion under /usr/bin/time: wall, CPU and peak memory. */
export function measured(command, args, options = {}) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    ...options,
  });
  const lines = result.stderr.trim().split('\n');
  const [wall, user, system, maxRssKb] = lines.at(-1).split(' ').map(Number);
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: lines.slice(0, -1).join('\n'),
    wallS: wall,
    cpuS: user + system,
    peakMb: maxRssKb / 1024,
  };
}

/** RcvbufErrors of /proc/net/snmp: UDP datagrams the kernel dropped for a full receive queue. */
export function udpReceiveErrors() {
  const lines = readFileSync('/proc/net/snmp', 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('Udp:'));
  const names = lines[0].split(/\s+/);
  const values = lines[1].split(/\s+/);
  return Number(values[names.indexOf('RcvbufErrors')]);
}

export function writeJson(file, value) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Resolves once a DNS server answers anything at address:53, or rejects after `timeoutMs`. */
export async function waitForDns(address, port = 53, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  // A minimal query for ". SOA", id 1.
  const query = Buffer.from([0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 1]);
  while (Date.now() < deadline) {
    const answered = await new Promise((resolve) => {
      const socket = dgram.createSocket('udp4');
      const timer = setTimeout(() => {
        socket.close();
        resolve(false);
      }, 200);
      socket.on('message', () => {
        clearTimeout(timer);
        socket.close();
        resolve(true);
      });
      socket.send(query, port, address);
    });
    if (answered) return;
  }
  throw new Error(`no DNS server answered at ${address}:${port}`);
}

/**
 * A JSON report's head (verdict, summary, findings) and its DNS statistics, read without holding
 * the file as one string: a 100,000-zone report carries its observations and passes V8's limit
 * on a string's length. The writer puts "observations" last and "stats" last within it.
 */
export function readReportHead(file) {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    const marker = '\n  "observations": ';
    let head = '';
    for (let offset = 0; offset < size && !head.includes(marker); offset += 1 << 20) {
      const chunk = Buffer.alloc(Math.min(1 << 20, size - offset));
      readSync(fd, chunk, 0, chunk.length, offset);
      head += chunk.toString('utf8');
    }
    const at = head.indexOf(marker);
    if (at < 0) return JSON.parse(head);
    const report = JSON.parse(`${head.slice(0, head.lastIndexOf(',', at))}}`);
    const tailLength = Math.min(size, 4096);
    const tail = Buffer.alloc(tailLength);
    readSync(fd, tail, 0, tailLength, size - tailLength);
    const text = tail.toString('utf8');
    const stats = text.lastIndexOf('"stats": {');
    const dns = stats < 0 ? undefined : { stats: JSON.parse(text.slice(text.indexOf('{', stats), text.indexOf('}', stats) + 1)) };
    return { ...report, observations: { dns } };
  } finally {
    closeSync(fd);
  }
}
