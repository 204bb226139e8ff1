/**
 * DNSSEC signatures judged per server (RFC 4034, RFC 4035 §5.3): an RRset one server answered is
 * checked against the DNSKEY set that same server serves, and that set against the parent's DS.
 * The signed data and the key formats are built here by hand (RFC 4034 §3.1.8.1, §6; RFC 3110,
 * RFC 6605, RFC 8080) because no npm library verifies RRSIGs over records we read ourselves; the
 * cryptography itself is node:crypto's.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { DomainName } from '../dns-name.js';
import type { DsRecord, SignatureVerdict, TlsaRecord } from '../observations/model.js';
import type { CanonicalRecord } from './signed-records.js';
import type { WireRecord } from './wire.js';
import { labelCount, nameToWire, readName, TYPE } from './signed-records.js';

const CLASS_IN = 1;
/** The Zone Key flag (RFC 4034 §2.1.1): only such a key may sign the zone's data. */
const ZONE_KEY_FLAG = 0x0100;

interface Algorithm {
  readonly name: string;
  readonly key: (material: Buffer) => KeyObject;
  readonly verify: (data: Buffer, key: KeyObject, signature: Buffer) => boolean;
}

const rsa = (hash: string): Omit<Algorithm, 'name'> => ({
  key: (material) => {
    // RFC 3110 §2: a one-octet exponent length, or zero and a two-octet one.
    const long = material[0] === 0;
    const exponentLength = long ? material.readUInt16BE(1) : material[0]!;
    const start = long ? 3 : 1;
    const e = material.subarray(start, start + exponentLength);
    const n = material.subarray(start + exponentLength);
    if (e.length !== exponentLength || n.length === 0) throw new RangeError('short RSA key');
    return createPublicKey({ key: { kty: 'RSA', n: n.toString('base64url'), e: e.toString('base64url') }, format: 'jwk' });
  },
  verify: (data, key, signature) => verify(hash, data, key, signature),
});

const ecdsa = (curve: string, hash: string, size: number): Omit<Algorithm, 'name'> => ({
  // RFC 6605 §4: the key is x | y, the signature r | s, each `size` octets.
  key: (material) => {
    if (material.length !== size * 2) throw new RangeError('ECDSA key of the wrong size');
    const x = material.subarray(0, size).toString('base64url');
    const y = material.subarray(size).toString('base64url');
    return createPublicKey({ key: { kty: 'EC', crv: curve, x, y }, format: 'jwk' });
  },
  verify: (data, key, signature) => verify(hash, data, { key, dsaEncoding: 'ieee-p1363' }, signature),
});

const ALGORITHMS: ReadonlyMap<number, Algorithm> = new Map([
  [8, { name: 'RSASHA256', ...rsa('sha256') }],
  [10, { name: 'RSASHA512', ...rsa('sha512') }],
  [13, { name: 'ECDSAP256SHA256', ...ecdsa('P-256', 'sha256', 32) }],
  [14, { name: 'ECDSAP384SHA384', ...ecdsa('P-384', 'sha384', 48) }],
  [
    15,
    {
      name: 'ED25519',
      key: (material) => createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: material.toString('base64url') }, format: 'jwk' }),
      verify: (data, key, signature) => verify(null, data, key, signature),
    },
  ],
]);

/** DS digest types (RFC 4509, RFC 6605 §2). SHA-1 (1) is still the most published. */
const DIGESTS: ReadonlyMap<number, string> = new Map([
  [1, 'sha1'],
  [2, 'sha256'],
  [4, 'sha384'],
]);

export interface DnsKey {
  readonly flags: number;
  readonly algorithm: number;
  readonly keyTag: number;
  readonly rdata: Buffer;
  readonly material: Buffer;
}

interface Rrsig {
  readonly typeCovered: number;
  readonly algorithm: number;
  readonly labels: number;
  readonly originalTtl: number;
  readonly expiration: number;
  readonly inception: number;
  readonly keyTag: number;
  readonly signer: Buffer;
  /** The RRSIG RDATA up to the signature, signer name canonical: the head of the signed data. */
  readonly head: Buffer;
  readonly signature: Buffer;
}

function parseRrsig(rdata: Buffer): Rrsig | undefined {
  try {
    const signer = readName(rdata, 18);
    const head = Buffer.concat([rdata.subarray(0, 18), signer.wire]);
    return {
      typeCovered: rdata.readUInt16BE(0),
      algorithm: rdata[2]!,
      labels: rdata[3]!,
      originalTtl: rdata.readUInt32BE(4),
      expiration: rdata.readUInt32BE(8),
      inception: rdata.readUInt32BE(12),
      keyTag: rdata.readUInt16BE(16),
      signer: signer.wire,
      head,
      signature: rdata.subarray(signer.end),
    };
  } catch {
    return undefined;
  }
}

export function parseDnsKey(rdata: Buffer): DnsKey | undefined {
  if (rdata.length < 5 || rdata[2] !== 3) return undefined;
  return { flags: rdata.readUInt16BE(0), algorithm: rdata[3]!, keyTag: keyTag(rdata), rdata, material: rdata.subarray(4) };
}

export function parseDs(rdata: Buffer): DsRecord | undefined {
  if (rdata.length < 5) return undefined;
  return { keyTag: rdata.readUInt16BE(0), algorithm: rdata[2]!, digestType: rdata[3]!, digest: rdata.subarray(4).toString('hex') };
}

export function parseTlsa(rdata: Buffer): TlsaRecord | undefined {
  if (rdata.length < 4) return undefined;
  return { usage: rdata[0]!, selector: rdata[1]!, matchingType: rdata[2]!, data: rdata.subarray(3).toString('hex') };
}

/** RFC 4034 Appendix B (algorithm 1, long withdrawn, is not signed with here). */
function keyTag(rdata: Buffer): number {
  let sum = 0;
  for (let index = 0; index < rdata.length; index++) sum += index & 1 ? rdata[index]! : rdata[index]! << 8;
  sum += (sum >> 16) & 0xffff;
  return sum & 0xffff;
}

/** Whether this DS names this key of `zone` (RFC 4034 §5.1.4). */
function dsMatches(ds: DsRecord, zone: DomainName, key: DnsKey): boolean {
  const hash = DIGESTS.get(ds.digestType);
  if (hash === undefined || ds.keyTag !== key.keyTag || ds.algorithm !== key.algorithm) return false;
  return createHash(hash).update(nameToWire(zone)).update(key.rdata).digest('hex') === ds.digest.toLowerCase();
}

/** RFC 1982 serial arithmetic on 32-bit times (RFC 4034 §3.1.5): true when a is before b. */
function serialBefore(a: number, b: number): boolean {
  return a !== b && (b - a + 0x1_0000_0000) % 0x1_0000_0000 < 0x8000_0000;
}

function timeText(seconds32: number, nowSeconds: number): string {
  // The 32-bit time nearest to now (RFC 4034 §3.1.5 wraps every 136 years).
  const offset = ((seconds32 - (nowSeconds % 0x1_0000_0000) + 0x1_8000_0000) % 0x1_0000_0000) - 0x8000_0000;
  return new Date((nowSeconds + offset) * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

/** The records of one RRset in an answer section. */
export function rrset(records: readonly CanonicalRecord[], name: DomainName, type: number): CanonicalRecord[] {
  return records.filter((record) => record.name === name && record.type === type && record.class === CLASS_IN);
}

/** RFC 4034 §3.1.8.1: RRSIG RDATA head, then each RR in canonical order, TTL the original one. */
function signedData(signature: Rrsig, records: readonly CanonicalRecord[]): Buffer | undefined {
  const owner = records[0]!.owner;
  const ownerLabels = labelCount(owner);
  if (signature.labels > ownerLabels) return undefined;
  // A wildcard expansion is signed as the wildcard owner: "*." and the rightmost `labels` labels.
  let signedOwner = owner;
  if (signature.labels < ownerLabels) {
    let at = 0;
    for (let skip = ownerLabels - signature.labels; skip > 0; skip--) at += 1 + owner[at]!;
    signedOwner = Buffer.concat([Buffer.from([1, 0x2a]), owner.subarray(at)]);
  }
  const unique = new Map(records.map((record) => [record.rdata.toString('hex'), record.rdata]));
  const ordered = [...unique.values()].sort(Buffer.compare);
  const parts: Buffer[] = [signature.head];
  for (const rdata of ordered) {
    const header = Buffer.alloc(10);
    header.writeUInt16BE(records[0]!.type, 0);
    header.writeUInt16BE(CLASS_IN, 2);
    header.writeUInt32BE(signature.originalTtl, 4);
    header.writeUInt16BE(rdata.length, 8);
    parts.push(signedOwner, header, rdata);
  }
  return Buffer.concat(parts);
}

const MIN_SKEW_S = 3600;
const MAX_SKEW_S = 86_400;

type SignatureStatus = SignatureVerdict['status'];

/** When no signature proves the RRset, the one whose failure says most is reported. */
const FAILURE_ORDER: readonly SignatureStatus[] = ['expired', 'not-yet-valid', 'invalid-signature', 'unknown-key', 'unsupported-algorithm'];

export interface JudgeOptions {
  readonly zone: DomainName;
  /** The keys this RRset may be signed with: the server's DNSKEY set as far as the parent's DS proves it. */
  readonly keys: readonly DnsKey[];
  readonly nowSeconds: number;
  /** What to call the RRset in the words of a verdict ("MX at example.com"). */
  readonly label: string;
}

/**
 * The verdict on one RRset of one answer: secure when any of its RRSIGs by the zone is made by one
 * of `keys`, verifies, and is within its validity period; otherwise the most telling failure.
 */
export function judgeRrset(records: readonly CanonicalRecord[], name: DomainName, type: number, options: JudgeOptions): SignatureVerdict {
  const set = rrset(records, name, type);
  if (set.length === 0) return { status: 'not-checked', detail: `no ${options.label} to check` };
  const signatures = rrset(records, name, TYPE.RRSIG)
    .map((record) => parseRrsig(record.rdata))
    .filter((signature): signature is Rrsig => signature !== undefined && signature.typeCovered === type);
  if (signatures.length === 0) return { status: 'unsigned', detail: `${options.label} came without RRSIG` };
  const verdicts = signatures.map((signature) => judgeSignature(signature, set, options));
  const secure = verdicts.find((verdict) => verdict.status === 'secure');
  if (secure !== undefined) return secure;
  return FAILURE_ORDER.flatMap((status) => verdicts.filter((verdict) => verdict.status === status))[0]!;
}

function judgeSignature(signature: Rrsig, records: readonly CanonicalRecord[], options: JudgeOptions): SignatureVerdict {
  const by = `RRSIG ${signature.algorithm}/${signature.keyTag}`;
  const algorithm = ALGORITHMS.get(signature.algorithm);
  if (algorithm === undefined) {
    return {
      status: 'unsupported-algorithm',
      detail: `${options.label}: ${by} uses algorithm ${signature.algorithm}, which is not checked`,
    };
  }
  if (!signature.signer.equals(nameToWire(options.zone))) {
    return { status: 'invalid-signature', detail: `${options.label}: ${by} names another signer than ${options.zone}` };
  }
  const candidates = options.keys.filter(
    (key) => key.keyTag === signature.keyTag && key.algorithm === signature.algorithm && (key.flags & ZONE_KEY_FLAG) !== 0,
  );
  if (candidates.length === 0) {
    return { status: 'unknown-key', detail: `${options.label}: ${by} is made by a key the parent's DS does not lead to` };
  }
  const data = signedData(signature, records);
  const verified =
    data !== undefined &&
    candidates.some((key) => {
      try {
        return algorithm.verify(data, algorithm.key(key.material), signature.signature);
      } catch {
        return false;
      }
    });
  if (!verified) return { status: 'invalid-signature', detail: `${options.label}: ${by} does not verify` };
  const now = options.nowSeconds % 0x1_0000_0000;
  // The clock skew validators allow (Unbound's default): a tenth of the validity period, at least
  // an hour, at most a day. A signer's clock a minute ahead of ours is not a finding.
  const validity = (signature.expiration - signature.inception + 0x1_0000_0000) % 0x1_0000_0000;
  const skew = Math.min(Math.max(Math.floor(validity / 10), MIN_SKEW_S), MAX_SKEW_S);
  if (serialBefore((signature.expiration + skew) % 0x1_0000_0000, now)) {
    return { status: 'expired', detail: `${options.label}: ${by} expired ${timeText(signature.expiration, options.nowSeconds)}` };
  }
  if (serialBefore(now, (signature.inception - skew + 0x1_0000_0000) % 0x1_0000_0000)) {
    return {
      status: 'not-yet-valid',
      detail: `${options.label}: ${by} is not valid before ${timeText(signature.inception, options.nowSeconds)}`,
    };
  }
  return { status: 'secure', detail: `${by}, valid until ${timeText(signature.expiration, options.nowSeconds)}` };
}

export interface ServerKeys {
  /** The verdict on the server's DNSKEY RRset itself. */
  readonly verdict: SignatureVerdict;
  /** The keys its other RRsets are judged against. */
  readonly keys: readonly DnsKey[];
}

/**
 * A server's DNSKEY answer judged against the parent's DS: the keys a DS names may sign the set;
 * once one of them does (cryptographically: the set's own validity period is its verdict's
 * business), every zone key in the set may sign the zone's data.
 */
export function judgeDnsKeys(
  records: readonly CanonicalRecord[],
  zone: DomainName,
  ds: readonly DsRecord[],
  nowSeconds: number,
): ServerKeys {
  const label = `DNSKEY at ${zone}`;
  const all = rrset(records, zone, TYPE.DNSKEY).flatMap((record) => parseDnsKey(record.rdata) ?? []);
  if (all.length === 0) {
    const signatures = rrset(records, zone, TYPE.RRSIG).length;
    return {
      verdict: { status: 'unsigned', detail: signatures > 0 ? `${label}: none served` : `it serves no DNSKEY for ${zone}` },
      keys: [],
    };
  }
  const checkable = ds.filter((record) => DIGESTS.has(record.digestType) && ALGORITHMS.has(record.algorithm));
  if (checkable.length === 0) {
    const kinds = [...new Set(ds.map((record) => `algorithm ${record.algorithm} digest type ${record.digestType}`))].join(', ');
    return {
      verdict: { status: 'unsupported-algorithm', detail: `${label}: the parent's DS uses ${kinds}, which is not checked` },
      keys: [],
    };
  }
  const anchors = all.filter((key) => checkable.some((record) => dsMatches(record, zone, key)));
  if (anchors.length === 0) {
    const tags = [...new Set(all.map((key) => `${key.algorithm}/${key.keyTag}`))].join(', ');
    const wanted = [...new Set(checkable.map((record) => `${record.algorithm}/${record.keyTag}`))].join(', ');
    return {
      verdict: { status: 'unknown-key', detail: `${label}: its keys (${tags}) are none of those the parent's DS names (${wanted})` },
      keys: [],
    };
  }
  const verdict = judgeRrset(records, zone, TYPE.DNSKEY, { zone, keys: anchors, nowSeconds, label });
  const proven = verdict.status === 'secure' || verdict.status === 'expired' || verdict.status === 'not-yet-valid';
  return { verdict, keys: proven ? all : anchors };
}

const DNSSEC_TYPES: ReadonlySet<string> = new Set(['RRSIG', 'NSEC', 'NSEC3', 'DS']);

/**
 * Whether a reply section carries DNSSEC material at all (a signed parent's referral always does),
 * judged on the decoded records: an unsigned world's referrals are never read twice.
 */
export function carriesDnssec(records: readonly WireRecord[]): boolean {
  return records.some((record) => record.data.type === 'other' && DNSSEC_TYPES.has(record.data.typeName));
}
