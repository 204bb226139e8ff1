/**
 * A fuzzing campaign against the DNS engine: the servers of one lab zone answer every query with
 * forged packets that must never be believed (wrong id, question, class or direction, carrying
 * marked data), byte-mutated copies of the genuine answer, garbage, and then (usually) the
 * genuine answer. Each run walks the zone's names with the real engine, resolver and walk, and
 * counts packets, crashes, hangs and believed forgeries. `npm run fuzz` runs a long campaign;
 * the test suite runs a short one.
 *
 * Network safety: mutated bytes can turn into any address, so only answers that carry no address
 * (MX and SOA questions) are byte-mutated; forged address records point at an unused loopback
 * address. Every packet stays on 127.0.0.0/8.
 */
import dnsPacket from 'dns-packet';
import { evaluate } from '../checks/evaluate.js';
import type { DomainName } from '../dns-name.js';
import { QueryEngine } from '../dns/query-engine.js';
import { Reachability } from '../dns/reachability.js';
import { IterativeResolver } from '../dns/resolver.js';
import { AuthoritativeWalk } from '../dns/walk.js';
import type { IpAddress } from '../ip-address.js';
import { silentLogger } from '../logger.js';
import { loadPolicy } from '../policy/load.js';
import type { LabServerSpec } from './dns-server.js';
import { LabWorld, rootAndTestTld } from './world.js';
import { soa, zone } from './zone-data.js';

/** Data that only forged packets carry: seeing it in an observation means a forgery was believed. */
const FORGED_HOST = 'forged.invalid';
const FORGED_ADDRESS = '127.63.66.66';
/** A run that takes longer than this has hung (the engine's own bounds end a run in seconds). */
const HANG_BOUND_MS = 30_000;
const ROOT = '127.63.0.1';

export interface FuzzOptions {
  /** Stop once the fuzzing servers have sent at least this many packets. */
  readonly packets: number;
  readonly seed: number;
  /** Names walked per run. */
  readonly names: number;
  readonly dnsPort: number;
  readonly progress?: (report: FuzzReport) => void;
}

export interface FuzzReport {
  runs: number;
  packetsSent: number;
  forgedSent: number;
  mutatedSent: number;
  answersAccepted: number;
  answersDropped: number;
  crashes: number;
  hangs: number;
  believedForgeries: number;
  peakRssMb: number;
  durationMs: number;
}

/** A small, seedable generator (mulberry32): the same seed replays the same campaign. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fuzzWorld(names: number): LabServerSpec[] {
  const fuzzZone = zone('fuzz.test', [
    ['@', 'SOA', soa('ns1.fuzz.test', 1)],
    ['@', 'NS', 'ns1.fuzz.test.'],
    ['@', 'NS', 'ns2.fuzz.test.'],
    ['ns1', 'A', '127.63.1.1'],
    ['ns2', 'A', '127.63.1.2'],
    ['mx', 'A', '127.63.9.1'],
    ...Array.from({ length: names }, (_, index) => [`n${index}`, 'MX', '10 mx.fuzz.test.'] as const),
  ]);
  return [
    ...rootAndTestTld(ROOT, '127.63.0.2', [
      ['fuzz', 'NS', 'ns1.fuzz.test.'],
      ['fuzz', 'NS', 'ns2.fuzz.test.'],
      ['ns1.fuzz', 'A', '127.63.1.1'],
      ['ns2.fuzz', 'A', '127.63.1.2'],
    ]),
    { name: 'ns1.fuzz.test', address: '127.63.1.1', behaviour: 'serve', zones: [fuzzZone] },
    { name: 'ns2.fuzz.test', address: '127.63.1.2', behaviour: 'serve', zones: [fuzzZone] },
  ];
}

/** The responder of a fuzzing server: forgeries, mutations and garbage, then usually the truth. */
function responder(next: () => number, report: FuzzReport) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return (query: dnsPacket.Packet, genuine: Buffer, send: (bytes: Buffer) => void) => {
    const question = query.questions?.[0];
    const id = query.id ?? 0;
    const emit = (bytes: Buffer) => {
      report.packetsSent++;
      send(bytes);
    };
    if (question === undefined) return emit(genuine);
    const forgedAnswer: dnsPacket.Answer =
      question.type === 'A'
        ? { type: 'A', name: question.name, ttl: 60, data: FORGED_ADDRESS }
        : { type: 'MX', name: question.name, ttl: 60, data: { preference: 1, exchange: FORGED_HOST } };
    const forgeries: (() => dnsPacket.Packet)[] = [
      () => ({
        type: 'response',
        id: (id + 1 + Math.floor(next() * 0xfffe)) % 0x10000,
        flags: dnsPacket.AUTHORITATIVE_ANSWER,
        questions: [question],
        answers: [forgedAnswer],
      }),
      () => ({
        type: 'response',
        id,
        flags: dnsPacket.AUTHORITATIVE_ANSWER,
        questions: [{ ...question, name: `x${question.name}` }],
        answers: [forgedAnswer],
      }),
      () => ({
        type: 'response',
        id,
        flags: dnsPacket.AUTHORITATIVE_ANSWER,
        questions: [{ ...question, type: question.type === 'MX' ? 'A' : 'MX' }],
        answers: [forgedAnswer],
      }),
      () => ({
        type: 'response',
        id,
        flags: dnsPacket.AUTHORITATIVE_ANSWER,
        questions: [{ ...question, class: 'CH' }],
        answers: [forgedAnswer],
      }),
      () => ({ type: 'query', id, flags: dnsPacket.AUTHORITATIVE_ANSWER, questions: [question], answers: [forgedAnswer] }),
      () => ({ type: 'response', id, flags: dnsPacket.AUTHORITATIVE_ANSWER | 5, questions: [], answers: [forgedAnswer] }),
    ];
    for (let count = 1 + Math.floor(next() * 4); count > 0; count--) {
      report.forgedSent++;
      emit(Buffer.from(dnsPacket.encode(pick(forgeries)())));
    }
    // Only answers that carry no address are byte-mutated (see the file comment).
    if (question.type === 'MX' || question.type === 'SOA') {
      for (let count = Math.floor(next() * 4); count > 0; count--) {
        const mutated = Buffer.from(genuine);
        const edits = 1 + Math.floor(next() * 8);
        for (let edit = 0; edit < edits; edit++) mutated[2 + Math.floor(next() * (mutated.length - 2))] = Math.floor(next() * 256);
        const cut = next() < 0.2 ? mutated.subarray(0, Math.floor(next() * mutated.length)) : mutated;
        report.mutatedSent++;
        emit(Buffer.from(cut));
      }
    }
    if (next() < 0.2)
      emit(
        Buffer.concat([
          genuine.subarray(0, 2),
          Buffer.from(Array.from({ length: Math.floor(next() * 64) }, () => Math.floor(next() * 256))),
        ]),
      );
    // Now and then the truth never comes: the engine must give up in bounded time.
    if (next() < 0.95) emit(genuine);
  };
}

export async function fuzzCampaign(options: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const report: FuzzReport = {
    runs: 0,
    packetsSent: 0,
    forgedSent: 0,
    mutatedSent: 0,
    answersAccepted: 0,
    answersDropped: 0,
    crashes: 0,
    hangs: 0,
    believedForgeries: 0,
    peakRssMb: 0,
    durationMs: 0,
  };
  const next = random(options.seed);
  const world = new LabWorld({ dnsServers: fuzzWorld(options.names), listeners: [] }, options.dnsPort);
  for (const server of world.dnsServers.slice(2)) server.udpResponder = responder(next, report);
  const names = Array.from({ length: options.names }, (_, index) => `n${index}.fuzz.test` as DomainName);
  const loaded = loadPolicy(
    'fuzz.yml',
    `version: 1\ndomains:\n  fuzz.test: { nameservers: [ns1.fuzz.test, ns2.fuzz.test] }\n${names.map((name) => `  ${name}: { mx: ["10 mx.fuzz.test"] }`).join('\n')}\n`,
  );
  if (!loaded.ok) throw new Error('the fuzz policy does not load');
  await world.start();
  try {
    while (report.packetsSent < options.packets) {
      report.runs++;
      const engine = new QueryEngine({ port: options.dnsPort, timeoutMs: 200, retries: 1, concurrency: 64 });
      const reachability = new Reachability('4');
      const resolver = new IterativeResolver(engine, {
        rootServers: [{ name: '' as DomainName, addresses: [ROOT as IpAddress] }],
        reachability,
        staggerMs: 200,
      });
      const walk = new AuthoritativeWalk({ engine, resolver, reachability, logger: silentLogger, concurrency: 64 });
      let timer: NodeJS.Timeout | undefined;
      try {
        const outcome = await Promise.race([
          walk.run(['fuzz.test' as DomainName, ...names]).then((dns) => ({ dns })),
          new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), HANG_BOUND_MS))),
        ]);
        if (outcome === 'hang') {
          report.hangs++;
        } else {
          // Judging must survive whatever was believed, too.
          evaluate(loaded.policy, { version: 1, startedAt: '', durationMs: 0, dns: outcome.dns, scan: undefined });
          const text = JSON.stringify(outcome.dns);
          if (text.includes(FORGED_HOST) || text.includes(FORGED_ADDRESS)) report.believedForgeries++;
          report.answersAccepted += outcome.dns.stats.answersAccepted;
          report.answersDropped += outcome.dns.stats.answersDropped;
        }
      } catch {
        report.crashes++;
      } finally {
        clearTimeout(timer);
        engine.close();
      }
      report.peakRssMb = Math.max(report.peakRssMb, Math.round(process.memoryUsage().rss / 1024 / 1024));
      report.durationMs = Math.round(performance.now() - started);
      options.progress?.(report);
    }
  } finally {
    await world.stop();
  }
  report.durationMs = Math.round(performance.now() - started);
  return report;
}
