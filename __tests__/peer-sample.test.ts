/**
 * The readers on the peers' own files, compared with the peers' own reading of them, stored
 * beside each file (scripts/peer-references.sh): NSD's test zones read by BIND (named-checkzone
 * -D), octoDNS's test zones read by PyYAML (the library octoDNS loads them with), and DNSControl's
 * parse tests (print-ir JSON, its own reading). Then the gate itself: a policy that declares
 * exactly the MX and NS the reference reads must draw no MX or NS finding from the zone data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkZoneData } from '../src/checks/zone-data.js';
import type { DomainName } from '../src/dns-name.js';
import type { ZoneDataRecord, ZoneDataZone } from '../src/observations/model.js';
import { loadPolicy } from '../src/policy/load.js';
import { readZoneFile } from '../src/zone-data/rfc1035.js';
import { readDnscontrol, readOctodns } from '../src/zone-data/structured.js';
import MANIFEST from './fixtures/peers/manifest.json' with { type: 'json' };
import { bindOutputView, ourView } from './support/zone-views.js';

const PEERS = '__tests__/fixtures/peers';
/** The rules a misread MX or NS RRset would set off. */
const MISREAD_RULES = new Set(['ns/zone-mismatch', 'mx/missing', 'mx/unexpected', 'mx/preference-mismatch', 'mx/inconsistent']);

type Rrset = { name: string; type: 'MX' | 'NS'; data: string };

function rrsets(records: readonly ZoneDataRecord[]): Rrset[] {
  return records.flatMap((record): Rrset[] =>
    record.value.type === 'MX'
      ? [{ name: record.name, type: 'MX', data: `${record.value.preference} ${record.value.host || '.'}` }]
      : record.value.type === 'NS'
        ? [{ name: record.name, type: 'NS', data: record.value.target }]
        : [],
  );
}

const text = (rrset: Rrset) => `${rrset.name} ${rrset.type} ${rrset.data}`;
const absolute = (name: string, zone: string) =>
  (name.endsWith('.') ? name.slice(0, -1) : name === '' || name === '@' ? zone : `${name}.${zone}`).toLowerCase();

/** A policy declaring exactly these MX and NS RRsets, for the names a policy can hold. */
function policyFor(zone: string, reference: readonly Rrset[]): string {
  const byName = new Map<string, { mx: string[]; ns: string[] }>();
  for (const rrset of reference) {
    if (!/^[a-z0-9.-]+$/.test(rrset.name) || (rrset.type === 'NS' && rrset.name !== zone)) continue;
    const entry = byName.get(rrset.name) ?? { mx: [], ns: [] };
    (rrset.type === 'MX' ? entry.mx : entry.ns).push(rrset.data);
    byName.set(rrset.name, entry);
  }
  const lines = [...byName].map(([name, { mx, ns }]) => {
    // A policy names servers by host: an NS that looks like an address (octoDNS's tests have them) cannot be declared.
    const servers = ns.some((host) => /^[\d.]+$/.test(host)) ? [] : ns;
    const mail = mx.every((data) => data.endsWith(' .')) ? '"none"' : JSON.stringify(mx);
    const fields = `${servers.length > 0 ? `    nameservers: ${JSON.stringify(servers)}\n` : ''}${mx.length > 0 ? `    mx: ${mail}\n` : ''}`;
    return `  ${JSON.stringify(name)}:${fields === '' ? ' {}\n' : `\n${fields}`}`;
  });
  return `version: 1\ndomains:\n${lines.join('') || `  ${JSON.stringify(zone)}: {}\n`}`;
}

function misreadFindings(zones: readonly ZoneDataZone[], policyText: string): string[] {
  const loaded = loadPolicy('policy.yml', policyText);
  if (!loaded.ok) throw new Error(`the generated policy is refused: ${JSON.stringify(loaded.problems)}\n${policyText}`);
  return checkZoneData(loaded.policy, { zones }, undefined)
    .filter((finding) => MISREAD_RULES.has(finding.rule))
    .map((finding) => `${finding.rule} ${finding.name} ${finding.subject}`);
}

describe('NSD’s test zones, read as BIND reads them', () => {
  it.each(MANIFEST.rfc1035.map(({ file, zone }) => [file, zone]))('%s', (file, zone) => {
    const full = path.join(PEERS, file);
    const records = readZoneFile(
      { file: full, text: readFileSync(full, 'utf8') },
      { origin: zone as DomainName, include: (included) => readFileSync(path.join(path.dirname(full), path.basename(included)), 'utf8') },
    );
    expect(ourView(records)).toEqual(bindOutputView(readFileSync(`${full}.named-checkzone`, 'utf8')));
    const reference = rrsets(records);
    expect(misreadFindings([{ zone: zone as DomainName, format: 'rfc1035', file: full, records }], policyFor(zone, reference))).toEqual([]);
  });
});

describe('octoDNS’s test zones, read as PyYAML reads them', () => {
  it.each(MANIFEST.octodns.map(({ file, zone }) => [file, zone]))('%s', (file, zone) => {
    const full = path.join(PEERS, file);
    const { records } = readOctodns({ file: full, text: readFileSync(full, 'utf8') }, zone as DomainName);
    const reference = (JSON.parse(readFileSync(`${full}.pyyaml.json`, 'utf8')) as [string, 'MX' | 'NS', ...unknown[]][]).map(
      ([name, type, ...data]): Rrset => ({
        name: absolute(name, zone),
        type,
        data: type === 'MX' ? `${data[0]} ${absolute(String(data[1]), zone)}` : absolute(String(data[0]), zone),
      }),
    );
    expect(rrsets(records).map(text).sort()).toEqual(reference.map(text).sort());
    expect(misreadFindings([{ zone: zone as DomainName, format: 'octodns', file: full, records }], policyFor(zone, reference))).toEqual([]);
  });
});

describe('DNSControl’s parse tests, read as print-ir wrote them', () => {
  it.each(MANIFEST.dnscontrol.map(({ file }) => [file]))('%s', (file) => {
    const full = path.join(PEERS, file);
    const source = readFileSync(full, 'utf8');
    const ir = JSON.parse(source) as {
      domains: { name: string; tag?: string; records?: { type: string; name: string; target: string; mxpreference?: number }[] }[];
    };
    const ours = readDnscontrol({ file: full, text: source });
    expect(ours.map(({ zone, view }) => `${zone}${view ? `!${view}` : ''}`)).toEqual(
      ir.domains.map((domain) => `${domain.name}${domain.tag ? `!${domain.tag}` : ''}`),
    );
    ir.domains.forEach((domain, index) => {
      const reference = (domain.records ?? [])
        .filter((record) => record.type === 'MX' || record.type === 'NS')
        .map((record): Rrset => ({
          name: absolute(record.name, domain.name),
          type: record.type as 'MX' | 'NS',
          data:
            record.type === 'MX'
              ? `${record.mxpreference ?? 0} ${absolute(record.target, domain.name)}`
              : absolute(record.target, domain.name),
        }));
      expect(rrsets(ours[index]!.records).map(text).sort()).toEqual(reference.map(text).sort());
    });
  });
});

describe("the README's zone-data row says what each reader reads and refuses, and it holds", () => {
  const readme = readFileSync('README.md', 'utf8');
  const zoneFile = (text: string) => () =>
    readZoneFile(
      { file: 'db.t.test', text: `$TTL 60\n@ SOA ns h 1 2 3 4 5\n${text}\n` },
      { origin: 't.test' as DomainName, include: () => '' },
    );
  it.each([
    ['classes other than IN refused', zoneFile('x CH A 192.0.2.1'), /class CH is not supported/],
    ['`$INCLUDE` inside the repository', zoneFile('$INCLUDE ../outside.zone'), /leaves the repository/],
    ['at most 65,536 records each', zoneFile('$GENERATE 0-70000 h$ A 192.0.2.1'), /more than 65536 records/],
    [
      'read as YAML 1.1 as octoDNS reads it',
      () => readOctodns({ file: 'octodns/t.test.yaml', text: 'yes: {type: A, value: 192.0.2.1}\n' }, 't.test' as DomainName),
      /YAML 1\.1/,
    ],
  ])('"%s"', (phrase, read, refusal) => {
    expect(readme).toContain(phrase);
    expect(read).toThrow(refusal);
  });

  it.each([
    ['RFC 3597 `TYPEnn`, `CLASSnn` and `\\#` generic data', zoneFile('m CLASS1 TYPE15 \\# 3 000a00'), 'm.t.test MX 10 .'],
    ["BIND's `$GENERATE` expanded", zoneFile('$GENERATE 1-1 m$ MX "5 relay"'), 'm1.t.test MX 5 relay.t.test'],
  ])('"%s"', (phrase, read, record) => {
    expect(readme).toContain(phrase);
    expect(rrsets(read()).map(text)).toContain(record);
  });
});
