/**
 * Zone contents as comparable lines, "owner ttl TYPE data", for comparing our readers with
 * BIND's: data is shown for the types the checks read (A, AAAA, NS, CNAME, MX, SOA primary and
 * serial), names lower-cased as octets, addresses in one form.
 */
import NAMED_CHECKZONE_OFFLINE from '../../scripts/named-checkzone-offline.json' with { type: 'json' };
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { parseIpAddress } from '../../src/ip-address.js';
import type { ZoneDataRecord } from '../../src/observations/model.js';

const NAMED_CHECKZONE = '/usr/bin/named-checkzone';

/** named-checkzone's view of a zone file, with nothing looked up (scripts/named-checkzone-offline.json). */
export function bindView(zone: string, file: string): string[] {
  if (!existsSync(NAMED_CHECKZONE)) throw new Error(`${NAMED_CHECKZONE} is missing: run scripts/setup.sh`);
  const result = spawnSync(NAMED_CHECKZONE, [...NAMED_CHECKZONE_OFFLINE, '-D', '-o', '-', zone, path.basename(file)], {
    cwd: path.dirname(file),
    encoding: 'utf8',
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return bindOutputView(result.stdout);
}

/** The lines of `named-checkzone -D` output (a stored reading, or a fresh one). */
export function bindOutputView(output: string): string[] {
  return output
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length >= 5 && fields[2] === 'IN')
    .map(([owner, ttl, , type, ...data]) => canonical(owner!, ttl!, type!, type === 'SOA' ? [data[0]!, data[2]!] : data))
    .sort();
}

function canonical(owner: string, ttl: string, type: string, data: string[]): string {
  // BIND escapes some printable octets ($, @, ;, quotes, parentheses) in its output: they are the same octets.
  const lower = (text: string) =>
    text
      .toLowerCase()
      .replace(/\\([^\d.\\])/g, '$1')
      .replace(/\\(\d{3})/g, (_, digits: string) => {
        const char = String.fromCharCode(Number(digits));
        return /[\x21-\x7e]/.test(char) && char !== '.' && char !== '\\' ? char.toLowerCase() : `\\${digits}`;
      });
  // One address, one form: BIND writes an IPv4-mapped IPv6 address as ::ffff:192.0.2.1.
  const address = (text: string) => parseIpAddress(text) ?? text;
  const shown = ['A', 'AAAA'].includes(type)
    ? data.map(address).join(' ')
    : ['NS', 'CNAME', 'MX', 'SOA'].includes(type)
      ? data.map(lower).join(' ')
      : '';
  return `${lower(owner)} ${ttl} ${type} ${shown}`;
}

export function ourView(records: readonly ZoneDataRecord[]): string[] {
  const fqdn = (name: string) => (name === '' ? '.' : `${name}.`);
  return records
    .map((record) => {
      const value = record.value;
      const type = value.type === 'other' ? value.typeName : value.type;
      const data =
        value.type === 'A' || value.type === 'AAAA'
          ? [value.address]
          : value.type === 'NS' || value.type === 'CNAME'
            ? [fqdn(value.target)]
            : value.type === 'MX'
              ? [String(value.preference), fqdn(value.host)]
              : value.type === 'SOA'
                ? [fqdn(value.primary), String(value.serial)]
                : [];
      return canonical(fqdn(record.name), String(record.ttl), type, data);
    })
    .sort();
}
