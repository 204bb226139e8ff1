/**
 * The zone-data readers. The RFC 1035 reader is compared with BIND's own (named-checkzone -D) on
 * every zone file the tests use; the structured readers are pinned record by record, with lines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DomainName } from '../src/dns-name.js';
import type { ZoneDataRecord } from '../src/observations/model.js';
import { ZoneDataError } from '../src/zone-data/error.js';
import { checkoutFiles, readZoneData } from '../src/zone-data/read.js';
import { readZoneFile } from '../src/zone-data/rfc1035.js';
import { readDnscontrol, readOctodns } from '../src/zone-data/structured.js';
import { checkZoneData } from '../src/checks/zone-data.js';
import { loadPolicy } from '../src/policy/load.js';
import { bindView, ourView } from './support/zone-views.js';

const FIXTURE = '__tests__/fixtures/zone-data';
function read(file: string, origin: string): ZoneDataRecord[] {
  const directory = path.dirname(file);
  return readZoneFile(
    { file, text: readFileSync(file, 'utf8') },
    { origin: origin as DomainName, include: (included) => readFileSync(path.join(directory, path.basename(included)), 'utf8') },
  );
}

describe('the RFC 1035 reader agrees with named-checkzone', () => {
  it.each([
    ['example.test', `${FIXTURE}/zones/example.test.zone`],
    ['legacy.test', `${FIXTURE}/zones/db.legacy.test`],
  ])('%s', (zone, file) => {
    expect(ourView(read(file, zone))).toEqual(bindView(zone, file));
  });

  it('keeps each record’s file and line, the $INCLUDEd ones included', () => {
    const records = read(`${FIXTURE}/zones/example.test.zone`, 'example.test');
    const at = (name: string, type: string) =>
      records
        .filter((record) => record.name === name && (record.value.type === 'other' ? record.value.typeName : record.value.type) === type)
        .map((record) => `${path.basename(record.file)}:${record.line}`);
    expect(at('example.test', 'SOA')).toEqual(['example.test.zone:4']);
    expect(at('example.test', 'NS')).toEqual(['example.test.zone:10', 'example.test.zone:11']);
    expect(at('example.test', 'MX')).toEqual(['example.test.zone:14', 'example.test.zone:15']);
    expect(at('relay.sub.example.test', 'MX')).toEqual(['extra.include:2']);
    expect(at('relay.sub.example.test', 'A')).toEqual(['extra.include:3']);
    expect(at('txt.example.test', 'TXT')).toEqual(['example.test.zone:21']);
    expect(at('odd\\001.example.test', 'A')).toEqual(['example.test.zone:24']);
  });

  it.each([
    ['an unclosed parenthesis', '$TTL 1\n@ IN SOA a b ( 1 2 3 4 5\n', 2, '"(" is not closed'],
    ['a bad address', '$TTL 1\nwww A 300.1.1.1\n', 2, '"300.1.1.1" is not an IPv4 address'],
    ['an MX without a preference', '$TTL 1\n@ MX mail\n', 2, 'MX takes 2 fields, got 1'],
    ['an include that leaves the repository', '$INCLUDE ../../etc/passwd\n', 1, 'leaves the repository'],
    ['no owner on the first record', '$TTL 1\n  A 127.0.0.1\n', 2, 'the first record has no owner name'],
    ['an unknown directive', '$INCLUDES x\n', 1, 'unknown directive $INCLUDES'],
    ['a $GENERATE without a range', '$GENERATE x A 127.0.0.1\n', 1, '$GENERATE needs a range start-stop[/step]'],
    ['a $GENERATE range that never ends', '$GENERATE 0-4294967295 h$ A 127.0.0.1\n', 1, 'makes more than 65536 records'],
    ['a $GENERATE modifier that is none', '$GENERATE 1-2 h${0,2,q} A 127.0.0.1\n', 1, 'is not a $GENERATE modifier'],
  ])('%s is file:line and a clear message', (_case, text, line, message) => {
    const attempt = () => readZoneFile({ file: 'zones/bad.zone', text }, { origin: 'bad.test' as DomainName, include: () => '' });
    expect(attempt).toThrow(ZoneDataError);
    expect(attempt).toThrow(new RegExp(`^zones/bad\\.zone:${line}: .*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});

describe('quirks of real zone files, read as named-checkzone reads them', () => {
  // Octets outside ASCII (\\201 and raw UTF-8), mixed case, RFC 3597 TYPEnn/CLASSnn/\\# for MX, A,
  // AAAA and CNAME, a serial above 2^31, a TTL above 2^31 - 1, and a record outside the zone.
  const file = `${FIXTURE}/quirks/quirks.test.zone`;
  const observed = readZoneData(
    [{ format: 'rfc1035', path: 'quirks', zone: undefined, location: { file: 'policy.yml', line: 1, column: 1 } }],
    `${FIXTURE}/policy.yml`,
    checkoutFiles('.'),
  );
  const zone = observed.zones.find((entry) => entry.zone === 'quirks.test')!;

  it('the same records as BIND, the out-of-zone one ignored', () => {
    expect(ourView(zone.records)).toEqual(bindView('quirks.test', file));
  });

  it('names are octets: \\201 stays \\201, "bücher" is its UTF-8 octets, only ASCII letters fold', () => {
    const names = zone.records.map((record) => record.name);
    expect(names).toContain('caf\\201.quirks.test');
    expect(names).toContain('b\\195\\188cher.quirks.test');
    expect(names).toContain('mixed.quirks.test');
  });

  it('an out-of-zone record and a TTL read as 0 are warnings on their lines; the out-of-zone record is never judged as part of the zone', () => {
    expect(zone.outOfZone).toEqual([{ name: 'stray.other.test', type: 'MX', file, line: 15 }]);
    const policy = loadPolicy(
      'policy.yml',
      'version: 1\ndomains:\n  quirks.test:\n    mx: ["10 mx1.quirks.test", "20 mx2.quirks.test"]\n  list.quirks.test:\n    mx: ["11 relay1.quirks.test", "12 relay2.quirks.test"]\n',
    );
    if (!policy.ok) throw new Error('the policy is valid');
    const findings = checkZoneData(policy.policy, observed, undefined).filter((finding) => finding.name !== 'example.test');
    expect(findings.map((finding) => `${finding.rule} ${finding.subject} ${finding.location?.file}:${finding.location?.line}`)).toEqual([
      `zone-data/out-of-zone stray.other.test MX ${file}:15`,
      `zone-data/ttl-too-large ${file}:14 ${file}:14`,
    ]);
  });

  it('$GENERATE as BIND expands it: the iterator, offsets, widths, bases, nibbles, a quoted RDATA and \\$', () => {
    const names = zone.records.filter((record) => record.line >= 18).map((record) => `${record.name} ${JSON.stringify(record.value)}`);
    expect(names).toContain('005.pool.quirks.test {"type":"A","address":"192.0.2.10"}');
    expect(names).toContain('a.f.rev.quirks.test {"type":"CNAME","target":"hfa-fa-372$.quirks.test"}');
    expect(names).toContain('4.0.low.quirks.test {"type":"CNAME","target":"$literal.quirks.test"}');
    expect(names).toContain('list.quirks.test {"type":"MX","preference":12,"host":"relay2.quirks.test"}');
    expect(names).toHaveLength(14);
  });
});

describe('octoDNS read as octoDNS reads it (PyYAML, YAML 1.1)', () => {
  const zone = 'keys.test' as DomainName;
  const read = (text: string) => readOctodns({ file: 'octodns/keys.test.yaml', text }, zone);

  it('an empty file ("---") is an empty zone', () => {
    expect(read('---\n')).toEqual({ records: [], ignored: [] });
  });

  it.each([
    ['null', 'null: {type: A, value: 192.0.2.1}\n', 'as null'],
    ['~', '~: {type: A, value: 192.0.2.1}\n', 'as null'],
    ['yes', 'yes: {type: A, value: 192.0.2.1}\n', 'as boolean'],
    ['on', 'on: {type: A, value: 192.0.2.1}\n', 'as boolean'],
  ])('the key %s is no name (and a null key is not the apex): refused at its line', (_key, text, what) => {
    expect(() => read(text)).toThrow(new RegExp(`^octodns/keys\\.test\\.yaml:1: .*read by octoDNS \\(YAML 1\\.1\\) ${what}`));
  });

  it("a preference written as a string ('10') is accepted, as octoDNS accepts it", () => {
    const { records } = read("'':\n  type: MX\n  values:\n  - exchange: mx1.keys.test.\n    preference: '10'\n");
    expect(records.map((record) => record.value)).toEqual([{ type: 'MX', preference: 10, host: 'mx1.keys.test' }]);
  });

  it('a record marked octodns: {ignored: true} is neither published nor missing: a notice says so', () => {
    const text =
      "'':\n  - type: MX\n    octodns:\n      ignored: true\n    values:\n    - {exchange: backup.elsewhere.example., preference: 90}\n  - type: NS\n    values: [ns1.keys.test.]\n";
    const { records, ignored } = read(text);
    expect(records.map((record) => record.value.type)).toEqual(['NS']);
    expect(ignored).toEqual([{ name: 'keys.test', type: 'MX', line: 2 }]);
    const policy = loadPolicy('policy.yml', 'version: 1\ndomains:\n  keys.test:\n    mx: ["10 mx1.keys.test"]\n');
    if (!policy.ok) throw new Error('the policy is valid');
    const observed = { zones: [{ zone, format: 'octodns' as const, file: 'octodns/keys.test.yaml', records, ignored }] };
    expect(checkZoneData(policy.policy, observed, undefined).map((finding) => `${finding.rule} ${finding.subject}`)).toEqual([
      'zone-data/ignored-record keys.test MX',
    ]);
  });
});

describe('octoDNS and DNSControl', () => {
  const zones = readZoneData(
    [
      { format: 'octodns', path: 'octodns', zone: undefined, location: { file: 'policy.yml', line: 1, column: 1 } },
      { format: 'dnscontrol', path: 'build/ir.json', zone: undefined, location: { file: 'policy.yml', line: 2, column: 1 } },
    ],
    `${FIXTURE}/policy.yml`,
    checkoutFiles('.'),
  ).zones;
  const rows = (zone: string) =>
    zones.find((entry) => entry.zone === zone)!.records.map((record) => `${record.line} ${record.name} ${JSON.stringify(record.value)}`);

  it('octoDNS YamlProvider: values, the older value/priority MX form, lines of each value', () => {
    expect(rows('shop.test')).toEqual([
      '5 shop.test {"type":"NS","target":"ns1.example.test"}',
      '6 shop.test {"type":"NS","target":"ns2.example.test"}',
      '9 shop.test {"type":"MX","preference":10,"host":"mx1.example.test"}',
      '11 shop.test {"type":"MX","preference":50,"host":"relay.example.net"}',
      '15 www.shop.test {"type":"A","address":"127.55.9.70"}',
      '18 mx.shop.test {"type":"A","address":"127.55.9.71"}',
      '21 alias.shop.test {"type":"CNAME","target":"www.shop.test"}',
    ]);
  });

  it('dnscontrol print-ir: relative names, "@" the apex, mxpreference, lines of each record', () => {
    expect(rows('brand.test').slice(0, 5)).toEqual([
      '10 brand.test {"type":"NS","target":"ns1.example.test"}',
      '11 brand.test {"type":"NS","target":"ns2.example.test"}',
      '12 brand.test {"type":"MX","preference":10,"host":"mx1.example.test"}',
      '13 news.brand.test {"type":"MX","preference":5,"host":"mx2.example.test"}',
      '14 www.brand.test {"type":"A","address":"127.55.9.60"}',
    ]);
    expect(zones.find((entry) => entry.zone === 'brand.test')!.file).toBe(`${FIXTURE}/build/ir.json`);
  });
});

describe('DNSControl split horizon: each view is its own zone, judged on its own', () => {
  // As `dnscontrol print-ir` writes D("split.test!outside"), D("split.test!inside") and D("shared.test").
  const domain = (name: string, tag: string | undefined, records: object[]) => ({
    name,
    ...(tag === undefined ? {} : { tag, uniquename: `${name}!${tag}` }),
    meta: { dnscontrol_uniquename: tag === undefined ? name : `${name}!${tag}`, ...(tag === undefined ? {} : { dnscontrol_tag: tag }) },
    records,
  });
  const mx = (name: string, target: string, mxpreference: number) => ({ type: 'MX', name, target, mxpreference });
  const a = (name: string, target: string) => ({ type: 'A', name, target });
  const ns = { type: 'NS', name: '@', target: 'ns1.split.test.' };
  const text = JSON.stringify(
    {
      domains: [
        domain('split.test', 'outside', [ns, mx('@', 'mx1.split.test.', 10), a('mx1', '192.0.2.25'), a('ns1', '192.0.2.53')]),
        domain('split.test', 'inside', [ns, mx('@', 'relay.split.test.', 10), a('relay', '10.0.0.25'), a('ns1', '10.0.0.53')]),
        domain('shared.test', undefined, [{ ...ns, target: 'ns1.split.test.' }, mx('@', 'mx1.split.test.', 10)]),
      ],
    },
    null,
    2,
  );
  const policy = loadPolicy(
    'policy.yml',
    'version: 1\ndomains:\n  split.test:\n    mx: ["10 mx1.split.test"]\n  shared.test:\n    mx: ["10 mx1.split.test"]\n',
  );
  if (!policy.ok) throw new Error('the policy is valid');
  const zones = readDnscontrol({ file: 'build/ir.json', text }).map(({ zone, view, records }) => ({
    zone,
    format: 'dnscontrol' as const,
    file: 'build/ir.json',
    records,
    ...(view === undefined ? {} : { view }),
  }));

  it('reads the tag as the view; a domain without one has none', () => {
    expect(zones.map((zone) => `${zone.zone} ${zone.view ?? '-'} ${zone.records.length}`)).toEqual([
      'split.test outside 4',
      'split.test inside 4',
      'shared.test - 2',
    ]);
  });

  it('the inside view is judged, and named, for itself; the outside view and the shared zone are clean, and nothing is said twice', () => {
    const findings = checkZoneData(policy.policy, { zones }, undefined);
    expect(findings.map((finding) => `${finding.rule} ${finding.name} ${finding.subject} ${finding.servers.join(',')}`).sort()).toEqual([
      'mx/missing split.test mx1.split.test build/ir.json (view inside)',
      'mx/unexpected split.test relay.split.test build/ir.json (view inside)',
    ]);
    expect(findings.find((finding) => finding.rule === 'mx/unexpected')!.location?.line).toBe(
      text.split('\n').findIndex((line) => line.includes('relay.split.test.')) + 1 - 3,
    );
  });
});
