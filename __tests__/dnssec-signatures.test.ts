/**
 * The DNSSEC reader and verifier on literal data: names read off hostile packets (compression,
 * forward pointers, overlong names, RDATA beyond the packet), and signatures across the 32-bit
 * time wrap and over a wildcard expansion, the signed data written out here byte by byte as
 * RFC 4034 §3.1.8.1 and §6 spell it. Real signers (ldns-signzone, Knot) are in interop-dnssec.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DomainName } from '../src/dns-name.js';
import { judgeDnsKeys, judgeRrset, parseDnsKey } from '../src/dns/dnssec.js';
import type { CanonicalRecord } from '../src/dns/signed-records.js';
import { canonicalSections, TYPE } from '../src/dns/signed-records.js';

const name = (text: string) => text as DomainName;
const wire = (...labels: string[]) =>
  Buffer.concat([...labels.map((label) => Buffer.from([label.length, ...Buffer.from(label)])), Buffer.from([0])]);
const u16 = (value: number) => Buffer.from([value >> 8, value & 0xff]);
const u32 = (value: number) => Buffer.from([(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);

function header(answers: number): Buffer {
  return Buffer.concat([u16(0), u16(0x8400), u16(1), u16(answers), u16(0), u16(0)]);
}

describe('records read off the wire for signatures', () => {
  const question = Buffer.concat([wire('Ex', 'TEST'), u16(15), u16(1)]);

  it('decompresses and lower-cases the owner and the names inside MX RDATA', () => {
    // Owner: a pointer to the question name (offset 12); exchange: "Mail" then the same pointer.
    const rdata = Buffer.concat([u16(10), Buffer.from([4, ...Buffer.from('Mail'), 0xc0, 12])]);
    const answer = Buffer.concat([Buffer.from([0xc0, 12]), u16(15), u16(1), u32(300), u16(rdata.length), rdata]);
    const sections = canonicalSections(Buffer.concat([header(1), question, answer]))!;
    expect(sections.answers).toHaveLength(1);
    const [record] = sections.answers;
    expect(record!.name).toBe('ex.test');
    expect(record!.owner).toEqual(wire('ex', 'test'));
    expect(record!.rdata).toEqual(Buffer.concat([u16(10), wire('mail', 'ex', 'test')]));
  });

  it('refuses a pointer that points forward or at itself, a name over 255 octets, and RDATA beyond the packet', () => {
    const selfPointer = Buffer.concat([header(1), question, Buffer.from([0xc0, 12 + question.length]), u16(1), u16(1), u32(0), u16(0)]);
    expect(canonicalSections(selfPointer)).toBeUndefined();
    const long = Buffer.concat(Array.from({ length: 5 }, () => Buffer.from([63, ...Buffer.alloc(63, 0x61)])));
    const overlong = Buffer.concat([header(1), question, long, Buffer.from([0]), u16(1), u16(1), u32(0), u16(0)]);
    expect(canonicalSections(overlong)).toBeUndefined();
    const cut = Buffer.concat([header(1), question, Buffer.from([0xc0, 12]), u16(1), u16(1), u32(0), u16(4), Buffer.from([127, 0])]);
    expect(canonicalSections(cut)).toBeUndefined();
  });
});

describe('RRSIG verification on literal data', () => {
  const zone = name('example');
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const rawKey = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  const dnskeyRdata = Buffer.concat([u16(0x0101), Buffer.from([3, 15]), rawKey]);
  const key = parseDnsKey(dnskeyRdata)!;

  /** An MX RRset at a.b.example expanded from *.example, signed as RFC 4034 §3.1.8.1 says. */
  function signedWildcard(times: { inception: number; expiration: number }, rdatas: Buffer[]): CanonicalRecord[] {
    const owner = wire('a', 'b', 'example');
    const head = Buffer.concat([
      u16(TYPE.MX),
      Buffer.from([15, 1]),
      u32(3600),
      u32(times.expiration),
      u32(times.inception),
      u16(key.keyTag),
      wire('example'),
    ]);
    const sorted = [...rdatas].sort(Buffer.compare);
    const signedData = Buffer.concat([
      head,
      ...sorted.flatMap((rdata) => [wire('*', 'example'), u16(TYPE.MX), u16(1), u32(3600), u16(rdata.length), rdata]),
    ]);
    const rrsig = Buffer.concat([head, sign(null, signedData, privateKey)]);
    const record = (type: number, rdata: Buffer): CanonicalRecord => ({ owner, name: name('a.b.example'), type, class: 1, ttl: 60, rdata });
    // Served in another order, with a smaller TTL than signed: neither may matter.
    return [...rdatas.map((rdata) => record(TYPE.MX, rdata)), record(TYPE.RRSIG, rrsig)];
  }

  const mxA = Buffer.concat([u16(20), wire('mx2', 'example')]);
  const mxB = Buffer.concat([u16(10), wire('mx1', 'example')]);
  const options = (nowSeconds: number) => ({ zone, keys: [key], nowSeconds, label: 'MX at a.b.example' });
  const wrap = 2 ** 32;

  it('is secure across the 32-bit time wrap, within an hour of skew, and expired or not yet valid beyond it', () => {
    const records = signedWildcard({ inception: wrap - 100, expiration: 50 }, [mxA, mxB]);
    expect(judgeRrset(records, name('a.b.example'), TYPE.MX, options(wrap + 10)).status).toBe('secure');
    expect(judgeRrset(records, name('a.b.example'), TYPE.MX, options(wrap + 60)).status).toBe('secure');
    expect(judgeRrset(records, name('a.b.example'), TYPE.MX, options(wrap - 200)).status).toBe('secure');
    expect(judgeRrset(records, name('a.b.example'), TYPE.MX, options(wrap - 100 - 3601)).status).toBe('not-yet-valid');
    const expired = judgeRrset(records, name('a.b.example'), TYPE.MX, options(wrap + 50 + 3601));
    expect(expired.status).toBe('expired');
    expect(expired.detail).toContain('2106-02-07T06:29:06Z');
  });

  it('finds an RRset changed after signing, a missing signature and a key nobody named', () => {
    const records = signedWildcard({ inception: 0, expiration: wrap - 1 }, [mxA, mxB]);
    const now = 1_800_000_000;
    const changed = records.map((record) =>
      record.rdata === mxA ? { ...record, rdata: Buffer.concat([u16(20), wire('rogue', 'example')]) } : record,
    );
    expect(judgeRrset(changed, name('a.b.example'), TYPE.MX, options(now)).status).toBe('invalid-signature');
    expect(judgeRrset(records.slice(0, 2), name('a.b.example'), TYPE.MX, options(now)).status).toBe('unsigned');
    expect(judgeRrset(records, name('a.b.example'), TYPE.MX, { ...options(now), keys: [] }).status).toBe('unknown-key');
  });

  it('trusts a DNSKEY set only through a DS that names one of its keys', () => {
    const dnskey: CanonicalRecord = { owner: wire('example'), name: zone, type: TYPE.DNSKEY, class: 1, ttl: 60, rdata: dnskeyRdata };
    const foreignDs = [{ keyTag: key.keyTag, algorithm: 15, digestType: 2, digest: '00'.repeat(32) }];
    const judged = judgeDnsKeys([dnskey], zone, foreignDs, 1_800_000_000);
    expect(judged.verdict.status).toBe('unknown-key');
    expect(judged.keys).toEqual([]);
    // A DS this program cannot check (GOST, digest type 3) judges nothing: never "unknown key".
    const gost = judgeDnsKeys([dnskey], zone, [{ ...foreignDs[0]!, digestType: 3 }], 1_800_000_000);
    expect(gost.verdict.status).toBe('unsupported-algorithm');
  });
});
