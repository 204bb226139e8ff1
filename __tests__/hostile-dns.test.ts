/**
 * Hostile name servers (ours, written for the purpose, on loopback): an out-of-bailiwick zone cut,
 * off-path forgery aimed at the walk's earlier source ports, an error reply without a question,
 * records of another class, and a zone whose servers all refuse. Nothing they send may be believed.
 */
import dnsPacket from 'dns-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../src/checks/evaluate.js';
import { answersQuestion } from '../src/dns/transport.js';
import { decodeMessage } from '../src/dns/wire.js';
import type { DomainName } from '../src/dns-name.js';
import type { LabServerSpec } from '../src/lab/dns-server.js';
import { LabWorld, rootAndTestTld } from '../src/lab/world.js';
import { soa, zone } from '../src/lab/zone-data.js';
import { silentLogger } from '../src/logger.js';
import { observe } from '../src/observe.js';
import type { Observations } from '../src/observations/model.js';
import { labDnsSettings, policy } from './support/literal.js';

const DNS_PORT = 12053;
const SWEEPS = 10;
const IDS = 0x10000;
/** Source ports the hostile server learned from the walk's earlier queries, aimed at per sweep. */
const PORTS_AIMED_AT = 2;

const servers: LabServerSpec[] = [
  ...rootAndTestTld('127.62.0.1', '127.62.0.2', [
    ['evil', 'NS', 'ns1.evil.test.'],
    ['ns1.evil', 'A', '127.62.1.1'],
    ['victim', 'NS', 'ns1.victim.test.'],
    ['ns1.victim', 'A', '127.62.2.1'],
    ['noq', 'NS', 'ns1.noq.test.'],
    ['ns1.noq', 'A', '127.62.3.1'],
    ['refusing', 'NS', 'ns1.refusing.test.'],
    ['refusing', 'NS', 'ns2.refusing.test.'],
    ['ns1.refusing', 'A', '127.62.4.1'],
    ['ns2.refusing', 'A', '127.62.4.2'],
    ['pointer', 'NS', 'ns1.noq.test.'],
  ]),
  {
    // Serves evil.test, but its negative answers carry victim.test's SOA: "sub.evil.test is in victim.test".
    name: 'ns1.evil.test',
    address: '127.62.1.1',
    behaviour: 'foreign-soa',
    zones: [
      zone('evil.test', [
        ['@', 'SOA', soa('ns1.evil.test', 1)],
        ['@', 'NS', 'ns1.evil.test.'],
        ['ns1', 'A', '127.62.1.1'],
        ['victim.test.', 'SOA', soa('ns1.victim.test', 1)],
        ['sub', 'MX', '10 rogue.evil.test.'],
        // A target whose first label holds an unprintable octet: asked as that octet, not as "\\001".
        ['odd', 'MX', '10 mx\u0001.evil.test.'],
        ['mx\u0001', 'A', '127.62.9.67'],
        // Seventy MX at one name: more than any real name has.
        ...Array.from({ length: 70 }, (_, index) => ['many', 'MX', `10 t${index}.evil.test.`] as const),
        ['rogue', 'A', '127.62.9.66'],
      ]),
    ],
  },
  {
    name: 'ns1.victim.test',
    address: '127.62.2.1',
    behaviour: 'serve',
    zones: [
      zone('victim.test', [
        ['@', 'SOA', soa('ns1.victim.test', 1)],
        ['@', 'NS', 'ns1.victim.test.'],
        ['ns1', 'A', '127.62.2.1'],
        ['@', 'MX', '10 mx.victim.test.'],
        ['mx', 'A', '127.62.9.1'],
      ]),
    ],
  },
  {
    name: 'ns1.noq.test',
    address: '127.62.3.1',
    behaviour: 'no-question-error',
    zones: [
      zone('noq.test', [
        ['@', 'SOA', soa('ns1.noq.test', 1)],
        ['@', 'NS', 'ns1.noq.test.'],
        ['ns1', 'A', '127.62.3.1'],
        ['@', 'MX', '10 mx.victim.test.'],
      ]),
      // An MX target inside the zone whose servers all refuse.
      zone('pointer.test', [
        ['@', 'SOA', soa('ns1.noq.test', 1)],
        ['@', 'NS', 'ns1.noq.test.'],
        ['@', 'MX', '10 mx.refusing.test.'],
      ]),
    ],
  },
  // refusing.test: the delegation names two servers and nothing listens at either address.
];

const POLICY = policy(`version: 1
mail-servers:
  mx.victim.test: [127.62.9.1]
domains:
  sub.evil.test:
    mx: ["10 mx.victim.test"]
  odd.evil.test:
    mx: ["10 mx.victim.test"]
  many.evil.test:
    mx: ["10 t0.evil.test"]
  victim.test:
    nameservers: [ns1.victim.test]
    mx: ["10 mx.victim.test"]
  noq.test:
    nameservers: [ns1.noq.test]
    mx: ["10 mx.victim.test"]
  refusing.test:
    nameservers: [ns1.refusing.test, ns2.refusing.test]
    mx: ["10 mx.victim.test"]
  pointer.test:
    mx: ["10 mx.refusing.test"]
`);

// Long enough that the victim's real answer, sent after every forged sweep, is still awaited.
const settings = labDnsSettings('127.62.0.1', DNS_PORT, { timeoutMs: 60_000, retries: 0 });

let world: LabWorld;
let observations: Observations;
let forgedPackets = 0;

/**
 * The off-path attacker: whenever the victim's server is asked for its MX, every id is sent, ten
 * times over, from the victim's own address and port, to the source ports the evil server saw
 * the walk use before; only then does the real answer leave.
 */
async function forgeSweeps(victimServer: LabWorld['dnsServers'][number], evilServer: LabWorld['dnsServers'][number]) {
  const seenPorts = [...new Set(evilServer.queries.filter((query) => query.transport === 'udp').map((query) => query.port))];
  const ports = seenPorts.slice(-PORTS_AIMED_AT);
  const forged = Buffer.from(
    dnsPacket.encode({
      type: 'response',
      id: 0,
      flags: dnsPacket.AUTHORITATIVE_ANSWER,
      questions: [{ type: 'MX', name: 'victim.test', class: 'IN' }],
      answers: [{ type: 'MX', name: 'victim.test', ttl: 300, data: { preference: 10, exchange: 'forged.evil.test' } }],
    }),
  );
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (const port of ports) {
      for (let id = 0; id < IDS; id += 1024) {
        const batch: Promise<void>[] = [];
        for (let offset = 0; offset < 1024; offset++) {
          const packet = Buffer.from(forged);
          packet.writeUInt16BE(id + offset, 0);
          batch.push(victimServer.sendRaw(packet, port, '127.0.0.1'));
        }
        await Promise.all(batch);
        forgedPackets += batch.length;
      }
    }
  }
}

beforeAll(async () => {
  world = new LabWorld({ dnsServers: servers, listeners: [] }, DNS_PORT);
  await world.start();
  const [, , evilServer, victimServer] = world.dnsServers;
  victimServer!.onUdpQuery = async (query) => {
    if (query.name.toLowerCase() === 'victim.test' && query.type === 'MX') await forgeSweeps(victimServer!, evilServer!);
  };
  observations = await observe(POLICY, settings, silentLogger, new Date());
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

function findingsFor(name: string): string[] {
  return evaluate(POLICY, observations)
    .filter((finding) => finding.name === name)
    .map((finding) => `${finding.rule} ${finding.subject}`);
}

describe('bailiwick: an SOA owner is believed only where it encloses the name', () => {
  it("evil.test's servers cannot make sub.evil.test part of victim.test; its rogue MX is found", () => {
    const observed = observations.dns!.names.find((entry) => entry.name === 'sub.evil.test')!;
    expect(observed.zone).toBe('evil.test');
    expect(findingsFor('sub.evil.test')).toEqual([
      'mx/missing mx.victim.test',
      'mx/target-address rogue.evil.test',
      'mx/unexpected rogue.evil.test',
    ]);
    const victimQuestions = world.dnsServers[3]!.queries.map((query) => query.name.toLowerCase());
    expect(victimQuestions).not.toContain('sub.evil.test');
  });
});

describe('names with unprintable octets', () => {
  it('are shown escaped and asked as the octets published', () => {
    const target = observations.dns!.mxTargets.find((entry) => entry.host === 'mx\\001.evil.test')!;
    expect(target.status).toBe('resolved');
    expect(target.addresses).toEqual(['127.62.9.67']);
    expect(findingsFor('odd.evil.test')).toContain('mx/target-address mx\\001.evil.test');
  });
});

describe('a name with more MX targets than any real one', () => {
  it('has the first 64 resolved and the rest reported as not resolved, never dropped', () => {
    const targets = observations.dns!.mxTargets.filter((target) => /^t\d+\.evil\.test$/.test(target.host));
    expect(targets).toHaveLength(70);
    expect(targets.filter((target) => target.detail.includes('more than 64 MX targets'))).toHaveLength(6);
    const unresolved = evaluate(POLICY, observations).filter(
      (finding) =>
        finding.name === 'many.evil.test' && finding.rule === 'mx/target-unresolvable' && finding.message.includes('more than 64'),
    );
    expect(unresolved).toHaveLength(6);
  });
});

describe('off-path forgery aimed at the walk’s earlier source ports', () => {
  it(`believes no forged answer across ${SWEEPS} sweeps of all ${IDS} ids`, () => {
    expect(forgedPackets).toBeGreaterThanOrEqual(SWEEPS * IDS);
    const victim = observations.dns!.names.find((entry) => entry.name === 'victim.test')!;
    const hosts = victim.servers.flatMap(({ mx }) => (mx.status === 'answer' ? mx.records.map((record) => record.host) : []));
    expect(hosts).toEqual(['mx.victim.test']);
    expect(findingsFor('victim.test')).toEqual([]);
  });
});

describe('answers that must not be believed', () => {
  it('an error reply without the question is dropped; the real answer that follows is believed', () => {
    expect(findingsFor('noq.test')).toEqual([]);
    expect(observations.dns!.stats.answersDropped).toBeGreaterThan(0);
  });

  it('a reply that omits the question never answers a pending query, whatever its rcode', () => {
    const refused = decodeMessage(Buffer.from(dnsPacket.encode({ type: 'response', id: 7, flags: 5, questions: [] })))!;
    expect(refused.rcode).toBe('REFUSED');
    expect(answersQuestion(refused, 7, 'example.test' as DomainName, 'MX')).toBe(false);
  });

  it('records of another class are no IN data', () => {
    const packet = dnsPacket.encode({
      type: 'response',
      id: 1,
      flags: dnsPacket.AUTHORITATIVE_ANSWER,
      questions: [{ type: 'MX', name: 'example.test', class: 'IN' }],
      answers: [
        { type: 'MX', name: 'example.test', class: 'CH', ttl: 1, data: { preference: 1, exchange: 'chaos.example.test' } },
        { type: 'MX', name: 'example.test', class: 'IN', ttl: 1, data: { preference: 10, exchange: 'mx.example.test' } },
      ],
    });
    const message = decodeMessage(Buffer.from(packet))!;
    expect(message.answers.map((record) => (record.data.type === 'MX' ? record.data.host : ''))).toEqual(['mx.example.test']);
  });
});

describe('a zone whose servers all refuse (nothing listens: ICMP port unreachable)', () => {
  it('is reported as not checked once every address has refused once, each server named once', () => {
    expect(findingsFor('refusing.test')).toEqual(['dns/unchecked refusing.test', 'ns/lame ns1.refusing.test', 'ns/lame ns2.refusing.test']);
    const lame = evaluate(POLICY, observations).find((finding) => finding.rule === 'ns/lame' && finding.subject === 'ns1.refusing.test')!;
    expect(lame.message).toContain('nothing listening');
    expect(lame.message.match(/127\.62\.4\.1/g)).toHaveLength(1);
    // With a 60 s query timeout, the run ending at all proves no refused address was waited out.
  });

  it('an MX target in that zone is unresolvable, and the reason names each refusing server once', () => {
    expect(findingsFor('pointer.test')).toEqual(['mx/target-unresolvable mx.refusing.test']);
    const message = evaluate(POLICY, observations).find((finding) => finding.name === 'pointer.test')!.message;
    expect(message.match(/127\.62\.4\.1/g)).toHaveLength(1);
    expect(message.match(/127\.62\.4\.2/g)).toHaveLength(1);
  });

  it('each refusing address is recorded as nothing listening, not as a timeout', () => {
    const refusing = observations.dns!.zones.find((zone) => zone.zone === 'refusing.test')!;
    expect(refusing.servers.map((entry) => entry.soa.status === 'failed' && entry.soa.failure)).toEqual([
      'port-unreachable',
      'port-unreachable',
    ]);
  });
});
