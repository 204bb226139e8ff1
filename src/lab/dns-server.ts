/**
 * A small authoritative DNS server for the lab (demo and engine tests), on any loopback address and
 * unprivileged port. It serves zones correctly and can also misbehave on purpose, to prove the
 * engine survives real faults: refuse, fail, stay silent, drop AA, truncate, spoof, garble.
 * Real servers (NSD) are used for interop tests; this one exists for faults no real server makes.
 */
import dgram from 'node:dgram';
import net from 'node:net';
import dnsPacket from 'dns-packet';
import type { LabRecord, LabZone } from './zone-data.js';

export type LabBehaviour =
  | 'serve'
  | 'refuse' // REFUSED to everything
  | 'servfail'
  | 'silent' // reads and never answers
  | 'no-aa' // correct data without the AA bit
  | 'truncate' // UDP answers are empty with TC set; TCP answers are complete
  | 'spoof-id' // an answer with a wrong id first, then the real one
  | 'spoof-only' // only answers with a wrong id
  | 'wrong-question' // answers a different question
  | 'malformed' // garbage bytes with the right id
  | 'truncated-rdata' // a valid header whose A record data is cut short
  | 'foreign-soa' // negative answers carry another zone's SOA (an out-of-bailiwick zone cut)
  | 'no-question-error' // REFUSED without the question echoed, before the real answer
  // Quirks of real servers that are truthful all the same:
  | 'formerr-on-edns' // FORMERR (without OPT) to any query carrying OPT, as pre-EDNS servers answer
  | 'drop-on-edns' // never answers a query carrying OPT (a firewall that drops them)
  | 'badcookie-once' // BADCOOKIE with a fresh server cookie to the first query of every question
  | 'silent-aaaa' // never answers AAAA, over UDP or TCP (RFC 4074's old bug)
  | 'udp-only' // nothing listens on TCP; UDP answers of more than two records are truncated and empty
  | 'tcp-only'; // never answers over UDP

export interface LabServerSpec {
  readonly name: string;
  readonly address: string;
  readonly zones: readonly LabZone[];
  readonly behaviour: LabBehaviour;
  /** Delay before every answer, to model network latency. */
  readonly delayMs?: number;
}

type Packet = dnsPacket.Packet & { rcode?: string };

export class LabDnsServer {
  readonly queries: { name: string; type: string; transport: 'udp' | 'tcp'; port: number; edns?: boolean }[] = [];
  /** Questions already answered BADCOOKIE (behaviour badcookie-once). */
  private readonly cookieChallenged = new Set<string>();
  /** Replaces sending the genuine UDP answer (the fuzzer sends mutations of it, or nothing). */
  udpResponder: ((query: dnsPacket.Packet, genuine: Buffer, send: (bytes: Buffer) => void) => void) | undefined;
  /** Called with every UDP query received, before it is answered (tests that forge answers). */
  onUdpQuery: ((query: { name: string; type: string; port: number; address: string }) => Promise<void> | void) | undefined;
  private udp: dgram.Socket | undefined;
  private tcp: net.Server | undefined;
  private readonly connections = new Set<net.Socket>();

  private readonly zonesByOrigin: ReadonlyMap<string, LabZone>;

  constructor(
    readonly spec: LabServerSpec,
    private readonly port: number,
  ) {
    this.zonesByOrigin = new Map(spec.zones.map((zone) => [zone.origin, zone]));
  }

  async start(): Promise<void> {
    const family = this.spec.address.includes(':') ? 'udp6' : 'udp4';
    this.udp = dgram.createSocket(family);
    this.udp.on('message', (packet, remote) => void this.onUdp(packet, remote));
    this.udp.on('error', () => {});
    await new Promise<void>((resolve, reject) => {
      this.udp!.once('error', reject);
      this.udp!.bind(this.port, this.spec.address, () => resolve());
    });
    if (this.spec.behaviour === 'udp-only') return;
    this.tcp = net.createServer((socket) => this.onTcp(socket));
    await new Promise<void>((resolve, reject) => {
      this.tcp!.once('error', reject);
      this.tcp!.listen(this.port, this.spec.address, () => resolve());
    });
  }

  async stop(): Promise<void> {
    for (const socket of this.connections) socket.destroy();
    await Promise.all([
      new Promise<void>((resolve) => {
        // A socket whose bind failed (address in use) is not running: there is nothing to close.
        try {
          if (this.udp) this.udp.close(() => resolve());
          else resolve();
        } catch {
          resolve();
        }
      }),
      new Promise<void>((resolve) => (this.tcp ? this.tcp.close(() => resolve()) : resolve())),
    ]);
  }

  private async onUdp(packet: Buffer, remote: dgram.RemoteInfo): Promise<void> {
    const query = safeDecode(packet);
    if (!query) return;
    const question = query.questions?.[0];
    const asked = { name: question?.name ?? '', type: question?.type ?? '', port: remote.port };
    const opt = optOf(query);
    this.queries.push({ ...asked, transport: 'udp', edns: opt !== undefined });
    await this.onUdpQuery?.({ ...asked, address: remote.address });
    if (this.spec.behaviour === 'silent' || this.spec.behaviour === 'tcp-only') return;
    if (this.spec.behaviour === 'silent-aaaa' && asked.type === 'AAAA') return;
    if (this.spec.behaviour === 'drop-on-edns' && opt) return;
    if (this.spec.delayMs) await new Promise((resolve) => setTimeout(resolve, this.spec.delayMs));
    const send = (bytes: Buffer) => this.udp?.send(bytes, remote.port, remote.address, () => {});
    const id = query.id ?? 0;
    switch (this.spec.behaviour) {
      case 'formerr-on-edns':
        if (opt) return send(dnsPacket.encode(reply({ ...query, additionals: [] }, 'FORMERR', false)));
        break;
      case 'badcookie-once': {
        const key = `${asked.name}|${asked.type}`;
        const clientCookie = opt?.options?.find((option) => option.code === COOKIE_OPTION)?.data?.subarray(0, 8);
        if (!clientCookie) break;
        const sent = opt?.options?.find((option) => option.code === COOKIE_OPTION)?.data?.subarray(8);
        if (this.cookieChallenged.has(key) && sent?.equals(LAB_SERVER_COOKIE)) break;
        this.cookieChallenged.add(key);
        return send(encodeWithExtendedRcode(query, BADCOOKIE, Buffer.concat([clientCookie, LAB_SERVER_COOKIE])));
      }
      case 'udp-only': {
        const response = this.answer(query);
        if ((response.answers?.length ?? 0) <= 2) return send(dnsPacket.encode(response));
        return send(dnsPacket.encode({ ...response, flags: (response.flags ?? 0) | dnsPacket.TRUNCATED_RESPONSE, answers: [] }));
      }
    }
    switch (this.spec.behaviour) {
      case 'malformed':
        return send(Buffer.concat([Buffer.from([id >> 8, id & 0xff, 0x84, 0x00]), Buffer.from('not a dns message at all')]));
      case 'truncated-rdata': {
        const full = dnsPacket.encode(this.answer(query));
        return send(full.subarray(0, full.length - 2));
      }
      case 'no-question-error':
        send(dnsPacket.encode({ ...reply(query, 'REFUSED', false), questions: [] }));
        return send(dnsPacket.encode(this.answer(query)));
      case 'spoof-only':
        return send(dnsPacket.encode({ ...this.answer(query), id: (id + 1) % 0x10000 }));
      case 'spoof-id':
        send(dnsPacket.encode({ ...this.answer(query), id: (id + 1) % 0x10000 }));
        return send(dnsPacket.encode(this.answer(query)));
      case 'wrong-question': {
        const response = this.answer(query);
        return send(dnsPacket.encode({ ...response, questions: [{ type: 'A', name: 'wrong.invalid', class: 'IN' }] }));
      }
      case 'truncate': {
        const response = this.answer(query);
        return send(
          dnsPacket.encode({
            ...response,
            flags: (response.flags ?? 0) | dnsPacket.TRUNCATED_RESPONSE,
            answers: [],
            authorities: [],
            additionals: [],
          }),
        );
      }
      default: {
        const genuine = Buffer.from(dnsPacket.encode(this.answer(query)));
        return this.udpResponder ? this.udpResponder(query, genuine, send) : send(genuine);
      }
    }
  }

  /** Sends raw bytes from this server's own address and port (forgery tests). */
  sendRaw(packet: Buffer, port: number, address: string): Promise<void> {
    return new Promise((resolve) => this.udp?.send(packet, port, address, () => resolve()) ?? resolve());
  }

  private onTcp(socket: net.Socket): void {
    this.connections.add(socket);
    socket.on('close', () => this.connections.delete(socket));
    socket.on('error', () => {});
    let buffered = Buffer.alloc(0);
    socket.on('data', async (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
        const length = buffered.readUInt16BE(0);
        const query = safeDecode(buffered.subarray(2, 2 + length));
        buffered = buffered.subarray(2 + length);
        if (!query) continue;
        const question = query.questions?.[0];
        this.queries.push({ name: question?.name ?? '', type: question?.type ?? '', transport: 'tcp', port: socket.remotePort ?? 0 });
        if (this.spec.behaviour === 'silent' || (this.spec.behaviour === 'silent-aaaa' && question?.type === 'AAAA')) continue;
        if (this.spec.delayMs) await new Promise((resolve) => setTimeout(resolve, this.spec.delayMs));
        const responses = question?.type === 'AXFR' ? this.transfer(query) : [this.answer(query)];
        for (const response of responses) socket.write(dnsPacket.streamEncode(response));
      }
    });
  }

  private transfer(query: Packet): Packet[] {
    const name = normalise(query.questions?.[0]?.name ?? '');
    const labZone = this.spec.zones.find((candidate) => candidate.origin === name);
    if (this.spec.behaviour !== 'serve' || !labZone || !labZone.allowTransfer) return [reply(query, 'REFUSED', false)];
    const soaRecord = labZone.records.find((record) => record.type === 'SOA')!;
    const body = labZone.records.filter((record) => record !== soaRecord);
    return [{ ...reply(query, 'NOERROR', true), answers: [soaRecord, ...body, soaRecord].map(toAnswer) }];
  }

  /** The authoritative answer a correct server would give, with an OPT record when the query had one. */
  private answer(query: Packet): Packet {
    const response = this.answerWithoutOpt(query);
    if (optOf(query) === undefined || this.spec.behaviour === 'formerr-on-edns') return response;
    return { ...response, additionals: [...(response.additionals ?? []), optRecord(0, [])] };
  }

  private answerWithoutOpt(query: Packet): Packet {
    const question = query.questions?.[0];
    if (!question) return reply(query, 'FORMERR', false);
    if (this.spec.behaviour === 'refuse') return reply(query, 'REFUSED', false);
    if (this.spec.behaviour === 'servfail') return reply(query, 'SERVFAIL', false);
    const name = normalise(question.name);
    const labZone = this.zoneFor(name);
    if (!labZone) return reply(query, 'REFUSED', false);
    const authoritative = this.spec.behaviour !== 'no-aa';
    const soaRecord = labZone.records.find(
      (record) =>
        record.type === 'SOA' && (this.spec.behaviour === 'foreign-soa' ? record.name !== labZone.origin : record.name === labZone.origin),
    );

    const cut = this.delegationCut(labZone, name);
    if (cut !== undefined) {
      const nsRecords = labZone.records.filter((record) => record.name === cut && record.type === 'NS');
      const glue = labZone.records.filter(
        (record) => (record.type === 'A' || record.type === 'AAAA') && nsRecords.some((ns) => normalise(ns.data) === record.name),
      );
      return { ...reply(query, 'NOERROR', false), authorities: nsRecords.map(toAnswer), additionals: glue.map(toAnswer) };
    }
    const atName = labZone.records.filter((record) => record.name === name);
    const matching = atName.filter((record) => record.type === question.type);
    if (matching.length > 0) return { ...reply(query, 'NOERROR', authoritative), answers: matching.map(toAnswer) };
    const alias = atName.find((record) => record.type === 'CNAME');
    if (alias) return { ...reply(query, 'NOERROR', authoritative), answers: [toAnswer(alias)] };
    const exists = atName.length > 0 || labZone.records.some((record) => record.name.endsWith(`.${name}`));
    return {
      ...reply(query, exists ? 'NOERROR' : 'NXDOMAIN', authoritative),
      authorities: soaRecord ? [toAnswer(soaRecord)] : [],
    };
  }

  /** The deepest zone this server serves that contains the name (benchmark worlds serve thousands). */
  private zoneFor(name: string): LabZone | undefined {
    const labels = name === '' ? [] : name.split('.');
    for (let start = 0; start <= labels.length; start++) {
      const found = this.zonesByOrigin.get(labels.slice(start).join('.'));
      if (found) return found;
    }
    return undefined;
  }

  /** The closest delegation point between the zone's apex (exclusive) and the name (inclusive). */
  private delegationCut(labZone: LabZone, name: string): string | undefined {
    const labels = name === '' ? [] : name.split('.');
    const originDepth = labZone.origin === '' ? 0 : labZone.origin.split('.').length;
    for (let depth = originDepth + 1; depth <= labels.length; depth++) {
      const candidate = labels.slice(labels.length - depth).join('.');
      if (labZone.records.some((record) => record.name === candidate && record.type === 'NS')) return candidate;
    }
    return undefined;
  }
}

const COOKIE_OPTION = 10;
const BADCOOKIE = 23;
/** The cookie the lab's badcookie-once server expects back. */
const LAB_SERVER_COOKIE = Buffer.from('6c6162636f6f6b69', 'hex');

type LabOpt = { type: 'OPT'; options?: { code: number; data?: Buffer }[] };

function optOf(query: Packet): LabOpt | undefined {
  return (query.additionals ?? []).find((record) => record.type === 'OPT') as LabOpt | undefined;
}

/** An answer with an extended rcode: its low four bits in the header, the rest in the OPT record. */
function encodeWithExtendedRcode(query: Packet, rcode: number, cookie: Buffer): Buffer {
  return dnsPacket.encode({
    ...reply({ ...query, additionals: [] }, 'NOERROR', false),
    flags: rcode & 0xf,
    additionals: [optRecord(rcode >> 4, [{ code: COOKIE_OPTION, data: cookie }])],
  });
}

/** The OPT record of a lab answer: EDNS version 0, the upper bits of an extended rcode, options. */
function optRecord(extendedRcode: number, options: { code: number; data: Buffer }[]): dnsPacket.Answer {
  const opt = { type: 'OPT', name: '.', udpPayloadSize: 1232, extendedRcode, ednsVersion: 0, flags: 0, flag_do: false, options };
  return opt as unknown as dnsPacket.Answer;
}

function safeDecode(packet: Buffer): Packet | undefined {
  try {
    return dnsPacket.decode(packet) as Packet;
  } catch {
    return undefined;
  }
}

function normalise(name: string): string {
  return name.replace(/\.$/, '').toLowerCase();
}

/** dns-packet ignores a packet's `rcode` when encoding: it must be OR-ed into the flags. */
const RCODE_VALUES: Record<string, number> = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 };

function reply(query: Packet, rcode: string, authoritative: boolean): Packet {
  return {
    type: 'response',
    id: query.id ?? 0,
    flags: (authoritative ? dnsPacket.AUTHORITATIVE_ANSWER : 0) | (RCODE_VALUES[rcode] ?? 0),
    questions: query.questions ?? [],
    answers: [],
    authorities: [],
    additionals: [],
  } as Packet;
}

function toAnswer(record: LabRecord): dnsPacket.Answer {
  const name = record.name === '' ? '.' : record.name;
  switch (record.type) {
    case 'MX': {
      const [preference, exchange] = record.data.split(/\s+/);
      return { type: 'MX', name, ttl: 300, data: { preference: Number(preference), exchange: normalise(exchange ?? '') || '.' } };
    }
    case 'SOA': {
      const [mname, rname, serial, refresh, retry, expire, minimum] = record.data.split(/\s+/);
      return {
        type: 'SOA',
        name,
        ttl: 300,
        data: {
          mname: normalise(mname ?? ''),
          rname: normalise(rname ?? ''),
          serial: Number(serial),
          refresh: Number(refresh),
          retry: Number(retry),
          expire: Number(expire),
          minimum: Number(minimum),
        },
      };
    }
    case 'NS':
    case 'CNAME':
      return { type: record.type, name, ttl: 300, data: normalise(record.data) };
    case 'TXT':
      return { type: 'TXT', name, ttl: 300, data: record.data };
    default:
      return { type: record.type, name, ttl: 300, data: record.data };
  }
}
