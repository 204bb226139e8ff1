/**
 * The DNS engine against the in-process lab's deliberate faults: each misbehaving server yields the
 * right finding, and a well-behaved one behind a fault (truncation, a spoofed packet) yields none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../src/checks/evaluate.js';
import type { LabBehaviour } from '../src/lab/dns-server.js';
import { LabWorld } from '../src/lab/world.js';
import { soa, zone } from '../src/lab/zone-data.js';
import type { LabServerSpec } from '../src/lab/dns-server.js';
import { silentLogger } from '../src/logger.js';
import { observe } from '../src/observe.js';
import type { Observations } from '../src/observations/model.js';
import type { Policy } from '../src/policy/types.js';
import { labDnsSettings, policy } from './support/literal.js';

const DNS_PORT = 11053;
const TIMEOUT_MS = 300;
const RETRIES = 1;

/** One zone per fault: a good server and a faulty one, both delegated. */
const FAULTS: readonly LabBehaviour[] = [
  'silent',
  'servfail',
  'refuse',
  'no-aa',
  'truncate',
  'spoof-id',
  'spoof-only',
  'wrong-question',
  'malformed',
  'truncated-rdata',
];

function faultZone(fault: LabBehaviour, index: number) {
  return zone(`${fault}.test`, [
    ['@', 'SOA', soa(`good.${fault}.test`, 1)],
    ['@', 'NS', `good.${fault}.test.`],
    ['@', 'NS', `bad.${fault}.test.`],
    ['good', 'A', `127.60.${index + 1}.1`],
    ['bad', 'A', `127.60.${index + 1}.2`],
    ['@', 'MX', `10 mx.${fault}.test.`],
    ['mx', 'A', '127.61.0.1'],
  ]);
}

const cycleAndLoops = [
  // a glue-less delegation cycle: each zone's only server is named inside the other zone
  zone('cycle-a.test', [
    ['@', 'SOA', soa('ns.cycle-b.test', 1)],
    ['@', 'NS', 'ns.cycle-b.test.'],
  ]),
  zone('cycle-b.test', [
    ['@', 'SOA', soa('ns.cycle-a.test', 1)],
    ['@', 'NS', 'ns.cycle-a.test.'],
  ]),
  // one server reachable only over IPv6
  zone('v6.test', [
    ['@', 'SOA', soa('good.v6.test', 1)],
    ['@', 'NS', 'good.v6.test.'],
    ['@', 'NS', 'v6only.v6.test.'],
    ['good', 'A', '127.60.50.1'],
    ['v6only', 'AAAA', '::1'],
  ]),
  // an MX target that is a CNAME loop
  zone('loop.test', [
    ['@', 'SOA', soa('ns.loop.test', 1)],
    ['@', 'NS', 'ns.loop.test.'],
    ['ns', 'A', '127.60.100.1'],
    ['@', 'MX', '10 a.loop.test.'],
    ['a', 'CNAME', 'b.loop.test.'],
    ['b', 'CNAME', 'a.loop.test.'],
  ]),
];

const tld = zone('test', [
  ['@', 'SOA', soa('ns.nic.test', 1)],
  ['@', 'NS', 'ns.nic.test.'],
  ['ns.nic', 'A', '127.60.0.2'],
  ...FAULTS.flatMap((fault, index) => [
    [`${fault}`, 'NS', `good.${fault}.test.`] as const,
    [`${fault}`, 'NS', `bad.${fault}.test.`] as const,
    [`good.${fault}`, 'A', `127.60.${index + 1}.1`] as const,
    [`bad.${fault}`, 'A', `127.60.${index + 1}.2`] as const,
  ]),
  ['cycle-a', 'NS', 'ns.cycle-b.test.'],
  ['cycle-b', 'NS', 'ns.cycle-a.test.'],
  ['v6', 'NS', 'good.v6.test.'],
  ['v6', 'NS', 'v6only.v6.test.'],
  ['good.v6', 'A', '127.60.50.1'],
  ['v6only.v6', 'AAAA', '::1'],
  ['loop', 'NS', 'ns.loop.test.'],
  ['ns.loop', 'A', '127.60.100.1'],
]);

const servers: LabServerSpec[] = [
  {
    name: 'root',
    address: '127.60.0.1',
    behaviour: 'serve',
    zones: [
      zone('', [
        ['@', 'SOA', soa('root', 1)],
        ['@', 'NS', 'root.'],
        ['test', 'NS', 'ns.nic.test.'],
        ['ns.nic.test', 'A', '127.60.0.2'],
      ]),
    ],
  },
  { name: 'ns.nic.test', address: '127.60.0.2', behaviour: 'serve', zones: [tld] },
  ...FAULTS.flatMap((fault, index): LabServerSpec[] => [
    { name: `good.${fault}.test`, address: `127.60.${index + 1}.1`, behaviour: 'serve', zones: [faultZone(fault, index)] },
    { name: `bad.${fault}.test`, address: `127.60.${index + 1}.2`, behaviour: fault, zones: [faultZone(fault, index)] },
  ]),
  { name: 'good.v6.test', address: '127.60.50.1', behaviour: 'serve', zones: [cycleAndLoops[2]!] },
  { name: 'v6only.v6.test', address: '::1', behaviour: 'serve', zones: [cycleAndLoops[2]!] },
  { name: 'ns.loop.test', address: '127.60.100.1', behaviour: 'serve', zones: [cycleAndLoops[3]!] },
];

const POLICY: Policy = policy(`version: 1
domains:
${FAULTS.map((fault) => `  ${fault}.test:\n    nameservers: [good.${fault}.test, bad.${fault}.test]\n    mx: ["10 mx.${fault}.test"]`).join('\n')}
  cycle-a.test: {}
  missing.test:
    nameservers: [ns1.missing.test, ns2.missing.test]
  v6.test:
    nameservers: [good.v6.test, v6only.v6.test]
  loop.test:
    mx: ["10 a.loop.test"]
`);

const settings = labDnsSettings('127.60.0.1', DNS_PORT, { timeoutMs: TIMEOUT_MS, retries: RETRIES, greetingTimeoutMs: 1000 });

let world: LabWorld;
let observations: Observations;
/** What the TLD server was asked during the shared run (later tests start runs of their own). */
let tldQuestionsOfFirstRun: { name: string; type: string; transport: string }[];
let rootQuestionsOfFirstRun: { name: string; type: string; transport: string }[];

beforeAll(async () => {
  world = new LabWorld({ dnsServers: servers, listeners: [] }, DNS_PORT);
  await world.start();
  observations = await observe(POLICY, settings, silentLogger, new Date());
  tldQuestionsOfFirstRun = [...world.dnsServers[1]!.queries];
  rootQuestionsOfFirstRun = [...world.dnsServers[0]!.queries];
});

afterAll(async () => {
  await world?.stop();
});

function findingsFor(name: string) {
  return evaluate(POLICY, observations)
    .filter((finding) => finding.name === name)
    .map((finding) => `${finding.rule} ${finding.subject}`);
}

function messageOf(name: string, rule: string): string {
  return evaluate(POLICY, observations).find((finding) => finding.name === name && finding.rule === rule)?.message ?? '';
}

function badServer(fault: LabBehaviour) {
  return world.dnsServers[2 + FAULTS.indexOf(fault) * 2 + 1]!;
}

describe('a faulty server is lame, with the reason in the message', () => {
  it.each([
    ['silent', 'did not answer'],
    ['servfail', 'answered SERVFAIL'],
    ['refuse', 'answered REFUSED'],
    ['no-aa', 'without the AA bit'],
    ['spoof-only', 'did not answer'],
    ['wrong-question', 'did not answer'],
    ['malformed', 'only malformed answers'],
    ['truncated-rdata', 'only malformed answers'],
  ] as const)('%s', (fault, reason) => {
    expect(findingsFor(`${fault}.test`)).toEqual([`ns/lame bad.${fault}.test`]);
    expect(messageOf(`${fault}.test`, 'ns/lame')).toContain(reason);
  });
});

describe('faults the engine must see through', () => {
  it('a truncated UDP answer is retried over TCP and believed', () => {
    expect(findingsFor('truncate.test')).toEqual([]);
    expect(observations.dns!.stats.tcpFallbacks).toBeGreaterThan(0);
    expect(badServer('truncate').queries.some((query) => query.transport === 'tcp' && query.type === 'MX')).toBe(true);
  });

  it('a packet with a spoofed id is dropped, and the real answer that follows is believed', () => {
    expect(findingsFor('spoof-id.test')).toEqual([]);
    expect(observations.dns!.stats.answersDropped).toBeGreaterThan(0);
  });
});

describe('bounded cost', () => {
  it('a server that never answers is asked (retries + 1) times per question with EDNS, once without and once over TCP, then skipped', () => {
    const queries = badServer('silent').queries;
    const udpQueries = queries.filter((query) => query.transport === 'udp');
    // The questions in flight before its first timeouts each go out (retries + 1) times with EDNS,
    // then once without EDNS and once over TCP (a server that drops OPT, or speaks only TCP);
    // after two question types went unanswered the server is known dead and nothing more is sent.
    expect(udpQueries.length).toBeGreaterThan(0);
    const count = (list: typeof queries) => {
      const perQuestion = new Map<string, number>();
      for (const query of list) perQuestion.set(`${query.name} ${query.type}`, (perQuestion.get(`${query.name} ${query.type}`) ?? 0) + 1);
      return perQuestion;
    };
    const perQuestion = count(udpQueries);
    expect(Math.max(...count(udpQueries.filter((query) => query.edns)).values())).toBeLessThanOrEqual(RETRIES + 1);
    expect(Math.max(...count(udpQueries.filter((query) => !query.edns)).values())).toBe(1);
    expect(Math.max(...count(queries.filter((query) => query.transport === 'tcp')).values())).toBe(1);
    // In flight at once when the zone is first walked: its SOA and NS, and the resolution of its two
    // in-zone server names (A, AAAA), which may start at either server.
    expect(perQuestion.size).toBeLessThanOrEqual(6);
    expect(badServer('silent').queries.filter((query) => query.type === 'AXFR')).toEqual([]);
  });

  it('a socket is asked again only after a clean answer: a silent server sees a new source port on every try', () => {
    const portsOf = (queries: readonly { transport: string; port: number }[]) =>
      queries.filter((query) => query.transport === 'udp').map((query) => query.port);
    // A healthy server asked one question after another sees the same port again.
    const reused = world.dnsServers.filter((server) => {
      const ports = portsOf(server.queries);
      return new Set(ports).size < ports.length;
    });
    expect(reused.length).toBeGreaterThan(0);
    const silentPorts = portsOf(badServer('silent').queries);
    expect(new Set(silentPorts).size).toBe(silentPorts.length);
  });

  it('a glue-less delegation cycle ends as a finding, not a hang', () => {
    expect(findingsFor('cycle-a.test')).toEqual(['dns/unchecked cycle-a.test', 'ns/lame ns.cycle-b.test']);
    expect(messageOf('cycle-a.test', 'ns/lame')).toContain('no address');
    expect(messageOf('cycle-a.test', 'dns/unchecked')).toContain('ns.cycle-b.test has no address');
  });

  it('a CNAME loop behind an MX target ends as a finding', () => {
    expect(findingsFor('loop.test')).toEqual(['mx/cname-target a.loop.test', 'mx/target-unresolvable a.loop.test']);
    expect(messageOf('loop.test', 'mx/target-unresolvable')).toContain('CNAME loop');
  });
});

describe('IPv6 servers', () => {
  it('with ip-version 4, an IPv6-only server is "not checked", never lame', () => {
    expect(findingsFor('v6.test')).toEqual([]);
    const zone = observations.dns!.zones.find((candidate) => candidate.zone === 'v6.test')!;
    expect(zone.servers.find((entry) => entry.server.address === '::1')?.soa).toEqual({
      status: 'not-checked',
      reason: 'IPv6 disabled by ip-version 4',
    });
    expect(observations.dns!.ipv6).toBe('disabled');
  });

  it('with ip-version auto, the IPv6 server is asked over IPv6 and answers', async () => {
    const v6Policy = policy('version: 1\ndomains:\n  v6.test:\n    nameservers: [good.v6.test, v6only.v6.test]\n');
    const seen = await observe(v6Policy, { ...settings, ipVersion: 'auto' }, silentLogger, new Date());
    expect(evaluate(v6Policy, seen)).toEqual([]);
    const zone = seen.dns!.zones.find((candidate) => candidate.zone === 'v6.test')!;
    expect(zone.servers.find((entry) => entry.server.address === '::1')?.soa.status).toBe('answer');
    expect(seen.dns!.ipv6).toBe('reachable');
  });
});

describe('politeness to the parent zones', () => {
  it('the root is asked for the shared cut once, not once per name under it', () => {
    const underTest = rootQuestionsOfFirstRun.filter((query) => query.name.toLowerCase().replace(/\.$/, '').endsWith('test'));
    expect(underTest.map((query) => `${query.name} ${query.type}`)).toEqual(['test NS']);
  });

  it('the TLD is never asked the same question twice (the resolver and the walk share exchanges)', () => {
    const questions = tldQuestionsOfFirstRun
      .filter((query) => query.transport === 'udp')
      .map((query) => `${query.name.toLowerCase()} ${query.type}`);
    expect(questions.length).toBeGreaterThan(FAULTS.length);
    expect(new Set(questions).size).toBe(questions.length);
  });
});

describe('a zone the policy expects but the parent does not delegate', () => {
  it('is reported as a delegation lacking every declared server, with no transfer attempted above it', () => {
    // Its MX could not be asked of any server either: not checked, never passed.
    expect(findingsFor('missing.test')).toEqual([
      'dns/unchecked missing.test',
      'ns/delegation-mismatch ns1.missing.test',
      'ns/delegation-mismatch ns2.missing.test',
    ]);
    expect(messageOf('missing.test', 'ns/delegation-mismatch')).toContain('The test delegation of missing.test lacks ns1.missing.test');
    expect(tldQuestionsOfFirstRun.some((query) => query.type === 'AXFR')).toBe(false);
  });
});
