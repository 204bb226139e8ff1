// npm run bench: mail-perimeter against the tools administrators use today, side by side on the
// same loopback worlds, in one run. Prints a table and writes bench/results/latest.json.
// Goals are those of the benchmark issue; a missed goal is printed as missed, never hidden.
import dgram from 'node:dgram';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import NAMED_CHECKZONE_OFFLINE from '../scripts/named-checkzone-offline.json' with { type: 'json' };
import { CLI, cleanupOnExit, measured, readReportHead, run, startChild, udpReceiveErrors, writeJson } from './support.mjs';
import { deadServerWorld, latencyWorld, scanWorld, startNsdWorld } from './worlds.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
// BENCH_SECTIONS=walk,latency,dead,scan,cold,zonedata,probe,shards,scanshards (default: all) re-runs one part while working on it.
const SECTIONS = new Set((process.env.BENCH_SECTIONS ?? 'walk,latency,dead,scan,cold,zonedata,probe,shards,scanshards').split(','));
const CONCURRENCY = 256;
const RTT_S = 0.05;
const PEER_TIMEOUT_S = 120;
const NAMESPACE = 'mp-bench';
const rows = [];
const figures = {};

cleanupOnExit();
const baseDir = mkdtempSync(path.join(os.tmpdir(), 'mail-perimeter-bench-'));
await build({
  entryPoints: ['bench/lab-entry.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: 'bench/.build/lab.mjs',
  logLevel: 'warning',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});

/** `ratio` is ours against the peer, higher is better for us; `atLeast` marks a peer cut off by its timeout. */
function row(benchmark, ours, peer, peerFigure, ratio, goal, met, atLeast = false) {
  const ratioText = ratio === undefined ? '' : `${atLeast ? '> ' : ''}${ratio.toFixed(ratio < 10 ? 2 : 0)}×`;
  rows.push({ benchmark, ours, peer, peerFigure, ratio: ratioText, goal, met: met === undefined ? '' : met ? 'met' : 'MISSED' });
}

/** A zone-data-only check of a policy, with every socket constructor made to throw. */
function zoneDataOnly(policy) {
  return measured(process.execPath, [
    '--import',
    path.resolve('__tests__/support/no-sockets.mjs'),
    CLI,
    'check',
    '--policy',
    policy,
    '--only',
    'zone-data',
    '--format',
    'json',
  ]);
}

function ours(policy, root, extra = []) {
  const out = path.join(baseDir, `report-${Date.now()}.json`);
  const args = [CLI, 'check', '--policy', policy, '--root-hints', root, '--ip-version', '4', '--format', 'json', '--output', out, ...extra];
  const result = measured(process.execPath, args);
  if (result.status !== 0 && result.status !== 1) throw new Error(`check failed (${result.status}): ${result.stderr}`);
  return { ...result, report: readReportHead(out) };
}

/** A clean world's walk: every question answered, nothing found. */
function healthRow(label, stats, findings) {
  row(
    `${label}: queries / timeouts / findings`,
    `${stats.queriesSent} / ${stats.timeouts} / ${findings}`,
    '',
    '',
    undefined,
    '0 timeouts, 0 findings',
    stats.timeouts === 0 && findings === 0,
  );
}

function perDomainSeconds(command, argsFor, sample) {
  const started = performance.now();
  for (const name of sample) {
    const result = spawnSync(command, argsFor(name), { encoding: 'utf8', timeout: PEER_TIMEOUT_S * 1000 });
    if (result.error) throw result.error;
  }
  return (performance.now() - started) / 1000 / sample.length;
}

/** The manual procedure with dig: the delegation from the parent, then SOA, NS and MX from each server. */
function digLoop(name, tld, servers, port) {
  const dig = (server, type) =>
    spawnSync('dig', ['+norecurse', '+tries=1', '+time=2', '-p', String(port), `@${server}`, name, type], { encoding: 'utf8' });
  dig(tld, 'NS');
  for (const server of servers) for (const type of ['SOA', 'NS', 'MX']) dig(server, type);
}

function zonemaster(hints, name) {
  return ['--hints', hints, '--no-ipv6', '--no-progress', '--level', 'CRITICAL', name];
}

// 1. The DNS walk at scale, on real NSD.
for (const size of SECTIONS.has('walk') ? SIZES : []) {
  const world = await startNsdWorld(baseDir, size);
  try {
    const before = udpReceiveErrors();
    const result = ours(world.policy, '127.54.0.1', ['--only', 'dns', '--concurrency', String(CONCURRENCY)]);
    const drops = udpReceiveErrors() - before;
    const stats = result.report.observations.dns.stats;
    const findings = result.report.findings.length;
    const answersPerCpuS = stats.answersAccepted / result.cpuS;
    figures[`walk${size}`] = { wallS: result.wallS, cpuS: result.cpuS, peakMb: result.peakMb, ...stats, findings, udpReceiveErrors: drops };
    row(`walk ${size} zones: wall (start-up included)`, `${result.wallS.toFixed(2)} s`, '', '', undefined, '', undefined);
    healthRow(`walk ${size} zones`, stats, findings);
    row(
      `walk ${size} zones: validated answers per CPU-second`,
      `${Math.round(answersPerCpuS)}`,
      '',
      '',
      undefined,
      '≥ 10000',
      answersPerCpuS >= 10_000,
    );
    row(
      `walk ${size} zones: CPU / peak memory`,
      `${result.cpuS.toFixed(1)} s / ${Math.round(result.peakMb)} MB`,
      '',
      '',
      undefined,
      size === 10000 ? '< 300 MB' : '',
      size === 10000 ? result.peakMb < 300 : undefined,
    );
    row(`walk ${size} zones: UDP receive-buffer drops`, `${drops}`, '', '', undefined, '0', drops === 0);
    if (size === 1000) {
      const oursPerDomain = result.wallS / size;
      const zonemasterS = perDomainSeconds('zonemaster-cli', (name) => zonemaster(world.hints, name), world.names.slice(0, 3));
      const digS = timeDig(world, 20);
      figures.peers1000 = { oursPerDomainS: oursPerDomain, zonemasterPerDomainS: zonemasterS, digLoopPerDomainS: digS };
      row(
        'walk 1000: per-domain time vs zonemaster-cli',
        `${(oursPerDomain * 1000).toFixed(2)} ms`,
        'zonemaster-cli',
        `${(zonemasterS * 1000).toFixed(0)} ms`,
        zonemasterS / oursPerDomain,
        '≥ 100×',
        zonemasterS / oursPerDomain >= 100,
      );
      row(
        'walk 1000: per-domain time vs dig loop',
        `${(oursPerDomain * 1000).toFixed(2)} ms`,
        'dig +norecurse loop',
        `${(digS * 1000).toFixed(0)} ms`,
        digS / oursPerDomain,
        '≥ 10×',
        digS / oursPerDomain >= 10,
      );
    }
  } finally {
    await world.stop();
  }
}

function timeDig(world, count) {
  const started = performance.now();
  for (const name of world.names.slice(0, count)) digLoop(name, world.servers.tld, world.servers.auth, 53);
  return (performance.now() - started) / 1000 / count;
}

// 2. 50 ms of round-trip delay, injected by the lab servers themselves (this kernel has no netem).
if (SECTIONS.has('latency')) {
  const size = 1000;
  const world = latencyWorld(size, RTT_S * 1000, 53);
  const policy = path.join(baseDir, 'latency-policy.yml');
  writeFileSync(policy, world.policy);
  const lab = await startLab('latency', world.spec);
  try {
    const result = ours(policy, world.root, ['--only', 'dns', '--concurrency', String(CONCURRENCY)]);
    const stats = result.report.observations.dns.stats;
    const engineS = result.report.durationMs / 1000;
    const throughput = stats.answersAccepted / engineS;
    const criticalRounds = 8;
    const lowerBound = Math.max(criticalRounds * RTT_S, (stats.queriesSent / CONCURRENCY) * RTT_S);
    figures.latency = { engineS, wallS: result.wallS, throughput, lowerBound, ...stats, findings: result.report.findings.length };
    row(
      `50 ms RTT, ${size} zones: answers/s vs concurrency ÷ RTT`,
      `${Math.round(throughput)}/s`,
      'ideal',
      `${CONCURRENCY / RTT_S}/s`,
      throughput / (CONCURRENCY / RTT_S),
      '≥ 0.85×',
      throughput >= 0.85 * (CONCURRENCY / RTT_S),
    );
    row(
      `50 ms RTT, ${size} zones: wall vs lower bound`,
      `${engineS.toFixed(2)} s`,
      'lower bound',
      `${lowerBound.toFixed(2)} s`,
      engineS / lowerBound,
      '≤ 1.5×',
      engineS <= 1.5 * lowerBound,
    );
    const zonemasterS = perDomainSeconds('zonemaster-cli', (name) => zonemaster(writeHints(world.root), name), world.names.slice(0, 1));
    const digStarted = performance.now();
    for (const name of world.names.slice(0, 5)) digLoop(name, '127.55.0.2', ['127.55.1.1', '127.55.1.2', '127.55.1.3'], 53);
    const digS = (performance.now() - digStarted) / 1000 / 5;
    const oursPerDomain = result.wallS / size;
    figures.latencyPeers = { oursPerDomainS: oursPerDomain, zonemasterPerDomainS: zonemasterS, digLoopPerDomainS: digS };
    row(
      '50 ms RTT: per-domain time vs zonemaster-cli',
      `${(oursPerDomain * 1000).toFixed(1)} ms`,
      'zonemaster-cli',
      `${(zonemasterS * 1000).toFixed(0)} ms`,
      zonemasterS / oursPerDomain,
      '',
      undefined,
    );
    row(
      '50 ms RTT: per-domain time vs dig loop',
      `${(oursPerDomain * 1000).toFixed(1)} ms`,
      'dig +norecurse loop',
      `${(digS * 1000).toFixed(0)} ms`,
      digS / oursPerDomain,
      '',
      undefined,
    );
  } finally {
    await lab.stop();
  }
}

function writeHints(root) {
  const file = path.join(baseDir, `hints-${root}.zone`);
  writeFileSync(file, `. 3600000 NS a.root-servers.test.\na.root-servers.test. 3600000 A ${root}\n`);
  return file;
}

// 3. One name server that never answers.
if (SECTIONS.has('dead')) {
  const timeoutMs = 1000;
  const retries = 2;
  const world = deadServerWorld(5356);
  const policy = path.join(baseDir, 'dead-policy.yml');
  writeFileSync(policy, world.policy);
  const lab = await startLab('dead', world.spec);
  try {
    const result = ours(policy, world.root, ['--dns-port', '5356', '--timeout-ms', String(timeoutMs), '--retries', String(retries)]);
    const engineS = result.report.durationMs / 1000;
    const bound = ((retries + 1) * timeoutMs) / 1000;
    const lame = result.report.findings.map((finding) => `${finding.rule} ${finding.subject}`).join(', ');
    figures.deadServer = { engineS, wallS: result.wallS, bound, findings: lame };
    row(
      'dead server: engine time vs (retries + 1) × timeout',
      `${engineS.toFixed(2)} s (${lame})`,
      'bound',
      `${bound.toFixed(2)} s`,
      engineS / bound,
      '≤ 1.2×',
      engineS <= 1.2 * bound,
    );
  } finally {
    await lab.stop();
  }
}

// 4. Scans.
const PORTS = [25, 465, 587, 2525];
function scanPolicy(name, range, ports, maxAddresses = 4096) {
  const file = path.join(baseDir, `${name}.yml`);
  writeFileSync(
    file,
    `version: 1\ndomains: { scan.test: {} }\nscan:\n  ranges: [${range}]\n  ports: [${ports.join(', ')}]\n  max-addresses: ${maxAddresses}\n`,
  );
  return file;
}
function oursScan(policy, extra, prefix = []) {
  const out = path.join(baseDir, `scan-${Date.now()}.json`);
  const command = prefix.length > 0 ? prefix[0] : process.execPath;
  const args = [
    ...prefix.slice(1),
    ...(prefix.length > 0 ? [process.execPath] : []),
    CLI,
    'check',
    '--only',
    'scan',
    '--policy',
    policy,
    '--format',
    'json',
    '--output',
    out,
    ...extra,
  ];
  const result = measured(command, args);
  if (result.status !== 0 && result.status !== 1) throw new Error(`scan failed (${result.status}): ${result.stderr}`);
  return { ...result, report: JSON.parse(readFileSync(out, 'utf8')) };
}
/** nmap, never resolving names (-n: no traffic to the host resolver), cut off after PEER_TIMEOUT_S. */
function nmap(args, prefix = []) {
  const cutOff = ['timeout', '-s', 'KILL', String(PEER_TIMEOUT_S), 'nmap', '-n', '-Pn', '-sT', '-oG', '-', ...args];
  const command = [...prefix, ...cutOff];
  const result = measured(command[0], command.slice(1));
  return { ...result, cutOff: result.status === 137 };
}

if (SECTIONS.has('scan')) {
  const lab = await startLab('scan-a', scanWorld('127.33.0', 2525, 5, 0));
  try {
    const policy = scanPolicy('scan-a', '127.33.0.0/20', PORTS);
    const result = oursScan(policy, ['--concurrency', '512', '--timeout-ms', '1000', '--greeting-timeout-ms', '1000']);
    const scan = result.report.observations.scan;
    const probes = Object.values(scan.counts).reduce((a, b) => a + b, 0);
    const oursRate = probes / (scan.durationMs / 1000);
    const peer = nmap(['-p', PORTS.join(','), '127.33.0.0/20']);
    const nmapRate = (4096 * PORTS.length) / peer.wallS;
    figures.scanLoopback = {
      probes,
      scanS: scan.durationMs / 1000,
      wallS: result.wallS,
      oursRate,
      nmapWallS: peer.wallS,
      nmapRate,
      counts: scan.counts,
    };
    row(
      'scan /20 × 4 ports, loopback: probes/s',
      `${Math.round(oursRate)}/s (${scan.counts.smtp} SMTP)`,
      'nmap -sT',
      `${Math.round(nmapRate)}/s`,
      oursRate / nmapRate,
      '≥ 4000/s',
      oursRate >= 4000,
    );
  } finally {
    await lab.stop();
  }
}

if (SECTIONS.has('scan')) {
  run('ip', ['netns', 'add', NAMESPACE]);
  try {
    run('ip', ['netns', 'exec', NAMESPACE, 'ip', 'link', 'set', 'lo', 'up']);
    run('ip', ['netns', 'exec', NAMESPACE, 'iptables', '-A', 'INPUT', '-p', 'tcp', '-d', '127.34.0.0/22', '-j', 'DROP']);
    const inNamespace = ['ip', 'netns', 'exec', NAMESPACE];
    const policy = scanPolicy('scan-b', '127.34.0.0/22', PORTS);
    const result = oursScan(policy, ['--concurrency', '1024', '--timeout-ms', '1000'], inNamespace);
    const scan = result.report.observations.scan;
    const probes = Object.values(scan.counts).reduce((a, b) => a + b, 0);
    const peer = nmap(
      ['--max-retries', '0', '--max-rtt-timeout', '1000ms', '--initial-rtt-timeout', '1000ms', '-p', PORTS.join(','), '127.34.0.0/22'],
      inNamespace,
    );
    const oursS = scan.durationMs / 1000;
    const cutOff = peer.cutOff;
    const nmapS = cutOff ? PEER_TIMEOUT_S : peer.wallS;
    figures.scanDropped = {
      probes,
      filtered: scan.counts.filtered,
      notProbed: scan.counts['not-probed'],
      oursS,
      wallS: result.wallS,
      nmapS,
      nmapCutOff: cutOff,
    };
    row(
      'scan /22 × 4 ports, dropped space: time',
      `${oursS.toFixed(1)} s, ${scan.counts.filtered}/${probes} filtered`,
      'nmap -sT, 1 s timeout',
      `${cutOff ? '> ' : ''}${nmapS.toFixed(1)} s`,
      nmapS / oursS,
      '≥ 20×, all accounted',
      nmapS / oursS >= 20 && scan.counts.filtered === 4096,
      cutOff,
    );
  } finally {
    spawnSync('ip', ['netns', 'del', NAMESPACE]);
  }
}

if (SECTIONS.has('scan')) {
  const lab = await startLab('scan-c', scanWorld('127.35.0', 2525, 20, 10));
  try {
    const policy = scanPolicy('scan-c', '127.35.0.0/24', PORTS);
    const result = oursScan(policy, ['--concurrency', '512', '--timeout-ms', '1000', '--greeting-timeout-ms', '5000']);
    const peer = nmap(['-p', PORTS.join(','), '--script', 'banner', '127.35.0.0/24']);
    const counts = result.report.observations.scan.counts;
    figures.greetings = { wallS: result.wallS, nmapWallS: peer.wallS, counts };
    row(
      'greetings /24 × 4 ports (20 SMTP, 10 silent)',
      `${result.wallS.toFixed(1)} s, ${counts.smtp} SMTP, ${counts.open} open`,
      'nmap --script banner',
      `${peer.wallS.toFixed(1)} s`,
      peer.wallS / result.wallS,
      '≥ 5×',
      peer.wallS / result.wallS >= 5,
    );
  } finally {
    await lab.stop();
  }
}

/** A lab world (src/lab) in a child process of its own, so it does not share the client's event loop. */
function startLab(name, spec) {
  const file = path.join(baseDir, `${name}.json`);
  writeFileSync(file, JSON.stringify(spec));
  return startChild(process.execPath, ['bench/lab-server.mjs', file], 'ready');
}

// 5. Cold start: `node dist/index.js` as the runner starts it, to its first DNS query.
if (SECTIONS.has('cold')) {
  const samples = [];
  const dir = path.join(baseDir, 'cold');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'policy.yml'), 'version: 1\ndomains:\n  cold.test: {}\n');
  for (let attempt = 0; attempt < 5; attempt++) {
    const socket = dgram.createSocket('udp4');
    await new Promise((resolve) => socket.bind(5357, '127.57.0.1', resolve));
    const started = performance.now();
    const child = spawn(process.execPath, [path.resolve('dist/index.js')], {
      cwd: dir,
      stdio: 'ignore',
      env: {
        PATH: process.env.PATH,
        INPUT_POLICY: 'policy.yml',
        'INPUT_ROOT-HINTS': '127.57.0.1',
        'INPUT_DNS-PORT': '5357',
        INPUT_ONLY: 'dns',
        'INPUT_TIMEOUT-MS': '200',
        INPUT_RETRIES: '0',
        GITHUB_OUTPUT: path.join(dir, 'out'),
        INPUT_REPORT: path.join(dir, 'report.json'),
      },
    });
    await new Promise((resolve) => socket.once('message', resolve));
    samples.push(performance.now() - started);
    child.kill('SIGKILL');
    socket.close();
  }
  samples.sort((a, b) => a - b);
  figures.coldStartMs = samples;
  row('cold start: node dist/index.js to first query (median of 5)', `${Math.round(samples[2])} ms`, '', '', undefined, '', undefined);
}

// 8. Shards: the 100,000-zone NSD world on one runner, and as 4 shards (one after the other, as 4 runners would run
// them side by side) and a merge, against the single run: findings must be identical.
if (SECTIONS.has('shards')) {
  const size = Number(process.env.BENCH_SHARD_ZONES ?? 100_000);
  const world = await startNsdWorld(baseDir, size);
  try {
    const args = ['--only', 'dns', '--concurrency', String(CONCURRENCY)];
    const single = ours(world.policy, '127.54.0.1', args);
    const stats = single.report.observations.dns.stats;
    const findings = single.report.findings.length;
    row(
      `${size} zones on one runner: wall / CPU / peak memory`,
      `${single.wallS.toFixed(1)} s / ${single.cpuS.toFixed(1)} s / ${Math.round(single.peakMb)} MB`,
      '',
      '',
      undefined,
      '< 240 s, < 1024 MB',
      single.wallS < 240 && single.peakMb < 1024,
    );
    healthRow(`${size} zones on one runner`, stats, findings);
    const shardRuns = [1, 2, 3, 4].map((index) =>
      measured(process.execPath, [
        CLI,
        'check',
        '--policy',
        world.policy,
        '--root-hints',
        '127.54.0.1',
        '--ip-version',
        '4',
        '--shard',
        `${index}/4`,
        '--save-observations',
        path.join(baseDir, `shard-${index}.json`),
        ...args,
      ]),
    );
    const mergeOut = path.join(baseDir, 'merged.json');
    const merged = measured(process.execPath, [
      CLI,
      'merge',
      '--policy',
      world.policy,
      '--format',
      'json',
      '--output',
      mergeOut,
      ...[1, 2, 3, 4].map((index) => path.join(baseDir, `shard-${index}.json`)),
    ]);
    const mergedReport = readReportHead(mergeOut);
    const key = (report) =>
      report.findings
        .map((finding) => `${finding.rule} ${finding.name} ${finding.subject} ${finding.servers?.join(',')}`)
        .sort()
        .join('\n');
    const identical =
      merged.status === single.status &&
      key(mergedReport) === key(single.report) &&
      mergedReport.verdict === single.report.verdict &&
      mergedReport.summary.names.checked === single.report.summary.names.checked;
    const slowest = Math.max(...shardRuns.map((result) => result.wallS));
    const sum = shardRuns.reduce((total, result) => total + result.wallS, 0);
    const peak = Math.max(...shardRuns.map((result) => result.peakMb));
    figures.shards = {
      zones: size,
      singleWallS: single.wallS,
      singleCpuS: single.cpuS,
      singlePeakMb: single.peakMb,
      singleStats: stats,
      shardWallS: shardRuns.map((result) => result.wallS),
      shardPeakMb: peak,
      mergeWallS: merged.wallS,
      mergePeakMb: merged.peakMb,
      identical,
    };
    row(
      `${size} zones as 4 shards + merge: slowest shard + merge (sum of shards)`,
      `${(slowest + merged.wallS).toFixed(1)} s (${sum.toFixed(1)} s), peak ${Math.round(peak)} MB per shard, merge ${merged.wallS.toFixed(1)} s / ${Math.round(merged.peakMb)} MB`,
      'single run',
      `${single.wallS.toFixed(1)} s, ${Math.round(single.peakMb)} MB`,
      single.wallS / (slowest + merged.wallS),
      'findings identical',
      identical,
    );
  } finally {
    await world.stop();
  }
}

// 9. A /16 × 4 ports scan as one runner and as 4 shards (one after the other) plus a merge. This
// kernel has no netem, so latency is the worst kind a scan meets: dropped space in a namespace,
// where every probe waits out its timeout; the time is then probes × timeout ÷ concurrency.
if (SECTIONS.has('scanshards')) {
  const RANGE = '127.36.0.0/16';
  const TIMEOUT_MS = 200;
  run('ip', ['netns', 'add', NAMESPACE]);
  try {
    run('ip', ['netns', 'exec', NAMESPACE, 'ip', 'link', 'set', 'lo', 'up']);
    run('ip', ['netns', 'exec', NAMESPACE, 'iptables', '-A', 'INPUT', '-p', 'tcp', '-d', RANGE, '-j', 'DROP']);
    const inNamespace = ['ip', 'netns', 'exec', NAMESPACE];
    const policy = scanPolicy('scan-shards', RANGE, PORTS, 65536);
    const scanArgs = ['--concurrency', '1024', '--timeout-ms', String(TIMEOUT_MS)];
    const single = oursScan(policy, scanArgs, inNamespace);
    const probes = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);
    const singleCounts = single.report.observations.scan.counts;
    const shardFiles = [1, 2, 3, 4].map((index) => path.join(baseDir, `scan-shard-${index}.json`));
    const shardRuns = shardFiles.map((file, index) =>
      measured(inNamespace[0], [
        ...inNamespace.slice(1),
        process.execPath,
        CLI,
        'check',
        '--only',
        'scan',
        '--policy',
        policy,
        '--shard',
        `${index + 1}/4`,
        '--save-observations',
        file,
        ...scanArgs,
      ]),
    );
    const mergeOut = path.join(baseDir, 'scan-merged.json');
    const merged = measured(process.execPath, [CLI, 'merge', '--policy', policy, '--format', 'json', '--output', mergeOut, ...shardFiles]);
    const mergedCounts = JSON.parse(readFileSync(mergeOut, 'utf8')).observations.scan.counts;
    const expected = 65536 * PORTS.length;
    const slowest = Math.max(...shardRuns.map((result) => result.wallS));
    const sum = shardRuns.reduce((total, result) => total + result.wallS, 0);
    const bound = (expected * TIMEOUT_MS) / 1000 / 1024;
    figures.scanShards = {
      single: { wallS: single.wallS, counts: singleCounts },
      shardWallS: shardRuns.map((r) => r.wallS),
      mergeWallS: merged.wallS,
      mergedCounts,
    };
    row(
      `scan /16 × 4 ports, dropped space, ${TIMEOUT_MS} ms timeout: one runner`,
      `${single.wallS.toFixed(1)} s, ${singleCounts.filtered}/${probes(singleCounts)} filtered`,
      'probes × timeout ÷ concurrency',
      `${bound.toFixed(1)} s`,
      bound / single.wallS,
      'all accounted',
      probes(singleCounts) === expected && singleCounts.filtered === expected,
    );
    row(
      `scan /16 × 4 ports, dropped space: 4 shards + merge, slowest + merge (sum)`,
      `${(slowest + merged.wallS).toFixed(1)} s (${sum.toFixed(1)} s), ${mergedCounts.filtered}/${probes(mergedCounts)} filtered`,
      'one runner',
      `${single.wallS.toFixed(1)} s`,
      single.wallS / (slowest + merged.wallS),
      'same counts as one runner',
      JSON.stringify(mergedCounts) === JSON.stringify(singleCounts),
    );
  } finally {
    spawnSync('ip', ['netns', 'del', NAMESPACE]);
  }
}

// 7. The SMTP probe: 1,000 MX addresses, each a lab MTA that verifies recipients and denies
// relaying, against swaks holding the same conversation (up to RCPT, never DATA) in a loop.
if (SECTIONS.has('probe')) {
  const PORT = 22525;
  const COUNT = 1000;
  const SWAKS_SAMPLE = 50;
  const addressOf = (index) => `127.64.${(index >> 8) + 1}.${index & 0xff}`;
  const listeners = Array.from({ length: COUNT }, (_, index) => ({
    address: addressOf(index),
    port: PORT,
    kind: 'smtp',
    banner: `220 mx${index}.probe.test ESMTP`,
    recipients: 'verify',
    relay: 'deny',
    localDomains: [`d${index}.probe.test`],
  }));
  const lab = await startLab('probe', { world: { dnsServers: [], listeners }, dnsPort: 0 });
  try {
    const entry = path.join(baseDir, 'probe.mjs');
    await build({
      entryPoints: ['bench/probe-entry.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: entry,
      logLevel: 'warning',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    const { probeMxTargets, loadPolicy } = await import(entry);
    const names = Array.from({ length: COUNT }, (_, index) => `d${index}.probe.test`);
    const loaded = loadPolicy(
      'probe.yml',
      `version: 1\ndomains:\n${names.map((name, index) => `  ${name}: { mx: ["10 mx${index}.probe.test"] }`).join('\n')}\nsmtp-probe: { checks: [unknown-recipient, relay] }\n`,
    );
    const server = { name: 'ns.probe.test', address: '127.64.255.1' };
    const dnsObservations = {
      ipv6: 'unused',
      zones: [],
      names: names.map((name, index) => ({
        name,
        zone: name,
        error: undefined,
        servers: [
          {
            server,
            mx: { status: 'answer', records: [{ preference: 10, host: `mx${index}.probe.test` }] },
            addresses: { status: 'answer', records: [] },
          },
        ],
      })),
      mxTargets: names.map((_, index) => ({
        host: `mx${index}.probe.test`,
        status: 'resolved',
        addresses: [addressOf(index)],
        cnameChain: [],
        answeredBy: [],
        byServer: [],
        detail: '',
      })),
      stats: {},
    };
    const silent = { info() {}, warning() {}, debug() {} };
    const started = performance.now();
    const probe = await probeMxTargets(
      loaded.policy,
      loaded.policy.smtpProbe,
      dnsObservations,
      { port: PORT, concurrency: 64, connectTimeoutMs: 2000, replyTimeoutMs: 5000 },
      silent,
    );
    const oursS = (performance.now() - started) / 1000;
    const completed = probe.conversations.filter(
      (conversation) => conversation.failure === undefined && conversation.foreignRecipient !== undefined,
    ).length;
    const peerStarted = performance.now();
    for (let index = 0; index < SWAKS_SAMPLE; index++) {
      spawnSync('swaks', [
        '--server',
        addressOf(index),
        '--port',
        String(PORT),
        '--to',
        `nobody@d${index}.probe.test`,
        '--from',
        '',
        '--quit-after',
        'RCPT',
        '--hide-all',
        '--timeout',
        '5',
      ]);
    }
    const peerPerAddressS = (performance.now() - peerStarted) / 1000 / SWAKS_SAMPLE;
    const peerS = peerPerAddressS * COUNT;
    figures.probe1000 = { wallS: oursS, completed, swaksPerAddressS: peerPerAddressS };
    row(
      'SMTP probe 1,000 MX addresses (to RCPT, never DATA)',
      `${oursS.toFixed(1)} s, ${completed} conversations complete`,
      'swaks loop (one RCPT, sampled)',
      `${peerS.toFixed(0)} s`,
      peerS / oursS,
      '',
      undefined,
    );
  } finally {
    await lab.stop();
  }
}

// 6. Zone data: 1,000 zone files judged with no network (every socket constructor made to throw),
// against named-checkzone on the same files one after the other (its lookups turned off).
if (SECTIONS.has('zonedata')) {
  const dir = path.join(baseDir, 'zone-data');
  mkdirSync(path.join(dir, 'zones'), { recursive: true });
  writeFileSync(path.join(dir, '.git'), '');
  const zones = Array.from({ length: 1000 }, (_, index) => `z${index}.test`);
  for (const zone of zones) {
    writeFileSync(
      path.join(dir, 'zones', `${zone}.zone`),
      `$ORIGIN ${zone}.\n$TTL 3600\n@ SOA ns1 hostmaster 1 3600 600 86400 300\n@ NS ns1\n@ NS ns2\nns1 A 127.58.0.1\nns2 A 127.58.0.2\n@ MX 10 mx1.example.test.\nwww A 127.58.0.80\n`,
    );
  }
  writeFileSync(
    path.join(dir, 'policy.yml'),
    `version: 1\ndomains:\n${zones.map((zone) => `  ${zone}: { nameservers: [ns1.${zone}, ns2.${zone}], mx: ["10 mx1.example.test"] }`).join('\n')}\nzone-data: [{ format: rfc1035, path: zones }]\n`,
  );
  const result = zoneDataOnly(path.join(dir, 'policy.yml'));
  const report = JSON.parse(result.stdout);
  if (result.status !== 0) throw new Error(`zone-data check failed (${result.status}): ${result.stderr}`);
  const started = performance.now();
  for (const zone of zones) {
    spawnSync('named-checkzone', [...NAMED_CHECKZONE_OFFLINE, '-q', zone, path.join(dir, 'zones', `${zone}.zone`)]);
  }
  const peerS = (performance.now() - started) / 1000;
  figures.zoneData1000 = {
    wallS: result.wallS,
    cpuS: result.cpuS,
    peakMb: result.peakMb,
    findings: report.findings.length,
    names: report.summary.names,
    peerS,
  };
  row(
    'zone data 1,000 zones, no socket: wall (start-up included)',
    `${result.wallS.toFixed(2)} s, ${report.summary.names.checked} names checked, ${report.findings.length} findings`,
    'named-checkzone loop',
    `${peerS.toFixed(1)} s`,
    peerS / result.wallS,
    '< 1 s',
    result.wallS < 1,
  );
}

// 7. A Terraform plan of 1,000 Route 53 records in 100 zones, judged with no network, against the
// least a plan-JSON allowlist must do (Python loading the plan and listing its MX records).
if (SECTIONS.has('zonedata')) {
  const dir = path.join(baseDir, 'plan');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, '.git'), '');
  const zones = Array.from({ length: 100 }, (_, index) => `p${index}.test`);
  const changes = [];
  const tf = [];
  for (const [zoneIndex, zone] of zones.entries()) {
    changes.push({
      address: `aws_route53_zone.z${zoneIndex}`,
      mode: 'managed',
      type: 'aws_route53_zone',
      name: `z${zoneIndex}`,
      change: {
        actions: ['no-op'],
        before: { name: zone, zone_id: `Z${zoneIndex}` },
        after: { name: zone, zone_id: `Z${zoneIndex}` },
        after_unknown: {},
      },
    });
    tf.push(`resource "aws_route53_zone" "z${zoneIndex}" {\n  name = "${zone}"\n}\n`);
    for (let record = 0; record < 10; record++) {
      const name = record === 0 ? zone : `h${record}.${zone}`;
      const after = { zone_id: `Z${zoneIndex}`, name, type: 'MX', ttl: 300, records: ['10 mx1.example.test'] };
      changes.push({
        address: `aws_route53_record.r${zoneIndex}_${record}`,
        mode: 'managed',
        type: 'aws_route53_record',
        name: `r${zoneIndex}_${record}`,
        change: { actions: ['create'], before: null, after, after_unknown: { id: true, fqdn: true } },
      });
      tf.push(`resource "aws_route53_record" "r${zoneIndex}_${record}" {\n  zone_id = aws_route53_zone.z${zoneIndex}.zone_id\n}\n`);
    }
  }
  writeFileSync(
    path.join(dir, 'plan.json'),
    JSON.stringify({ format_version: '1.2', resource_changes: changes, configuration: { root_module: {} } }),
  );
  writeFileSync(path.join(dir, 'main.tf'), tf.join('\n'));
  const names = zones.flatMap((zone) => [zone, ...Array.from({ length: 9 }, (_, record) => `h${record + 1}.${zone}`)]);
  writeFileSync(
    path.join(dir, 'policy.yml'),
    `version: 1\ndomains:\n${names.map((name) => `  ${name}: { mx: ["10 mx1.example.test"] }`).join('\n')}\nzone-data: [{ format: terraform-plan, path: plan.json }]\n`,
  );
  const result = zoneDataOnly(path.join(dir, 'policy.yml'));
  if (result.status !== 0) throw new Error(`plan check failed (${result.status}): ${result.stderr}`);
  const report = JSON.parse(result.stdout);
  const peer = measured('python3', [
    '-c',
    'import json,sys; p=json.load(open(sys.argv[1])); print(sum(1 for c in p["resource_changes"] if c["change"]["after"] and c["change"]["after"].get("type")=="MX"))',
    path.join(dir, 'plan.json'),
  ]);
  figures.plan1000 = {
    wallS: result.wallS,
    cpuS: result.cpuS,
    peakMb: result.peakMb,
    findings: report.findings.length,
    names: report.summary.names,
    peerS: peer.wallS,
  };
  row(
    'terraform plan, 1,000 records in 100 zones, no socket: wall (start-up included)',
    `${result.wallS.toFixed(2)} s, ${report.summary.names.checked} names checked, ${report.findings.length} findings`,
    'python3 loading the plan and counting its MX',
    `${peer.wallS.toFixed(2)} s`,
    peer.wallS / result.wallS,
    '< 1 s',
    result.wallS < 1,
  );
}

const header = ['benchmark', 'ours', 'peer', 'peer figure', 'ratio', 'goal', 'met'];
const table = [
  header,
  header.map(() => '---'),
  ...rows.map((entry) => [entry.benchmark, entry.ours, entry.peer, entry.peerFigure, entry.ratio, entry.goal, entry.met]),
]
  .map((cells) => `| ${cells.join(' | ')} |`)
  .join('\n');
console.log(table);
writeJson('bench/results/latest.json', {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
  rows,
  figures,
});
process.exit(0);
