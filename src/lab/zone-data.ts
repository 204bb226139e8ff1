/**
 * Zone contents for the lab, written once and served two ways: by the in-process lab server
 * (dns-server.ts) and, as zone files, by real NSD in the interop tests. Record data uses
 * zone-file presentation ("10 mx1.example.test.") so both read the same text.
 */
export type LabRecordType = 'SOA' | 'NS' | 'A' | 'AAAA' | 'MX' | 'CNAME' | 'TXT';

export interface LabRecord {
  /** Fully qualified, without the final dot; "" is the root. */
  readonly name: string;
  readonly type: LabRecordType;
  readonly data: string;
}

export interface LabZone {
  /** Fully qualified, without the final dot; "" is the root. */
  readonly origin: string;
  readonly records: readonly LabRecord[];
  readonly allowTransfer: boolean;
  /** The zone file's $TTL (real servers only: the lab server answers with a fixed TTL). */
  readonly ttlSeconds: number;
}

/** Builds a zone from owners relative to the origin ("@", "www") or absolute ("other.test.") and presentation data. */
export function zone(
  origin: string,
  rows: readonly (readonly [string, LabRecordType, string])[],
  options: { allowTransfer?: boolean; ttlSeconds?: number; keepCase?: boolean } = {},
): LabZone {
  const absolute = (owner: string) =>
    owner === '@' ? origin : owner.endsWith('.') ? owner.slice(0, -1) : origin === '' ? owner : `${owner}.${origin}`;
  // Owner names keep their case only in zones served by real servers (DNS names compare
  // case-insensitively; the in-process lab server matches lower-case names).
  const owner = (name: string) => (options.keepCase ? absolute(name) : absolute(name).toLowerCase());
  return {
    origin,
    records: rows.map(([name, type, data]) => ({ name: owner(name), type, data })),
    allowTransfer: options.allowTransfer ?? false,
    ttlSeconds: options.ttlSeconds ?? 300,
  };
}

export function soa(primary: string, serial: number): string {
  return `${primary}. hostmaster.${primary}. ${serial} 3600 600 86400 300`;
}

/** The zone as a zone file NSD can load. */
export function toZoneFile(labZone: LabZone): string {
  const fqdn = (name: string) => (name === '' ? '.' : `${name}.`);
  const lines = [`$ORIGIN ${fqdn(labZone.origin)}`, `$TTL ${labZone.ttlSeconds}`];
  for (const record of labZone.records) {
    const data = record.type === 'TXT' ? `"${record.data.replaceAll('"', '\\"')}"` : record.data;
    lines.push(`${fqdn(record.name)} IN ${record.type} ${data}`);
  }
  return `${lines.join('\n')}\n`;
}
