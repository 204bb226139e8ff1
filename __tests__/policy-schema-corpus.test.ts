/**
 * The editor and the loader agree: a corpus of bad policies is run through policy.schema.json (with
 * ajv, as a YAML or JSON editor would) and through the loader, and every mistake the schema can
 * express is caught by both; the example policies pass both.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import schema from '../policy.schema.json' with { type: 'json' };
import { loadPolicy } from '../src/policy/load.js';
import { plantedPolicy } from '../src/lab/planted-world.js';

const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
const editor = ajv.compile(schema);

const valid = (extra: string) => `version: 1\ndomains:\n  example.com:\n    mx: ["10 mx1.example.com"]\n${extra}`;

const CORPUS: [string, string][] = [
  ['a bad IP address', 'version: 1\nmail-servers:\n  mx1.example.com: [192.0.2.300]\ndomains: { example.com: {} }\n'],
  ['an IPv6 zone index', 'version: 1\nmail-servers:\n  mx1.example.com: ["fe80::1%lo"]\ndomains: { example.com: {} }\n'],
  ['a CIDR /33', valid('scan:\n  ranges: [192.0.2.0/33]\n')],
  ['a range that is not an address', valid('scan:\n  ranges: [example.com]\n')],
  ['port 70000', valid('scan:\n  ranges: [192.0.2.0/24]\n  ports: [25, 70000]\n')],
  ['port 0', valid('scan:\n  ranges: [192.0.2.0/24]\n  ports: [0]\n')],
  ['ports: 25 (a number, not a list)', valid('scan:\n  ranges: [192.0.2.0/24]\n  ports: 25\n')],
  ['a bad allow entry', valid('scan:\n  ranges: [192.0.2.0/24]\n  allow: ["mail.example.com:25"]\n')],
  ['a bad MX string', 'version: 1\ndomains:\n  example.com:\n    mx: ["10 mx1.example.com extra"]\n'],
  ['an MX host that is an IP address', 'version: 1\ndomains:\n  example.com:\n    nameservers: [192.0.2.53]\n'],
  ['an unknown rule id', valid('rules:\n  mx/made-up: off\n')],
  ['an unknown key', valid('colour: blue\n')],
  ['a bad severity', valid('rules:\n  mx/unexpected: loud\n')],
  ['max-addresses too large', valid('scan:\n  ranges: [192.0.2.0/24]\n  max-addresses: 100000000\n')],
  ['an unknown zone-data format', valid('zone-data:\n  - { format: bind, path: zones }\n')],
  [
    'an IPv6 address with nine groups',
    'version: 1\nmail-servers:\n  mx1.example.com: ["1:2:3:4:5:6:7:8:9"]\ndomains: { example.com: {} }\n',
  ],
  ['an IPv6 address with ":::"', 'version: 1\nmail-servers:\n  mx1.example.com: ["2001:db8:::1"]\ndomains: { example.com: {} }\n'],
  ['an IPv6 scan range with two "::"', valid('scan:\n  ranges: ["2001:db8::1::/120"]\n')],
  ['an MX preference above 65535', 'version: 1\ndomains:\n  example.com:\n    mx: ["70000 mx1.example.com"]\n'],
  ['a label over 63 characters', `version: 1\ndomains:\n  example.com:\n    nameservers: [${'a'.repeat(64)}.example.net]\n`],
  ['an allow port above 65535', valid('scan:\n  ranges: [192.0.2.0/24]\n  allow: ["192.0.2.10:70000"]\n')],
  ['ports: all without max-addresses', valid('scan:\n  ranges: [192.0.2.0/24]\n  ports: all\n')],
  ['an absolute zone-data path', valid('zone-data:\n  - { format: rfc1035, path: /etc/bind/zones }\n')],
];

/**
 * What JSON Schema cannot express: the loader alone catches these, and the README lists each one
 * under the policy reference, so nobody is told the editor catches everything.
 */
const LOADER_ONLY: [string, string, string][] = [
  ['names equal but for case', 'version: 1\ndomains:\n  example.com: {}\n  Example.COM.: {}\n', 'names equal but for case'],
  [
    'an address listed twice',
    'version: 1\nmail-servers:\n  mx1.example.com: [192.0.2.10, 192.0.2.10]\ndomains: { example.com: {} }\n',
    'an address listed twice',
  ],
  ['a port listed twice', valid('scan:\n  ranges: [192.0.2.0/24]\n  ports: [25, 25]\n'), 'a port listed twice'],
  ['host bits set', valid('scan:\n  ranges: [192.0.2.1/24]\n'), 'host bits set'],
  ['an IPv6 range wider than /112', valid('scan:\n  ranges: ["2001:db8::/64"]\n'), 'wider than /112'],
  ['more addresses than max-addresses', valid('scan:\n  ranges: [10.0.0.0/16]\n'), 'more addresses than `max-addresses`'],
];

describe('policy.schema.json and the loader agree', () => {
  it.each(CORPUS)('%s: caught by the editor and by the loader', (_case, text) => {
    expect(editor(parse(text)), 'the schema lets it through').toBe(false);
    const loaded = loadPolicy('policy.yml', text);
    expect(loaded.ok, 'the loader lets it through').toBe(false);
  });

  it.each(LOADER_ONLY)('%s: passes the editor, caught by the loader, and listed in the README as loader-only', (_case, text, phrase) => {
    expect(editor(parse(text)), JSON.stringify(editor.errors)).toBe(true);
    expect(loadPolicy('policy.yml', text).ok).toBe(false);
    expect(readFileSync('README.md', 'utf8')).toContain(phrase);
  });

  it('says what is wrong in words, not as a regular expression', () => {
    const loaded = loadPolicy('policy.yml', valid('scan:\n  ranges: [192.0.2.0/24]\n  allow: ["192.0.2.10:70000"]\n'));
    expect(loaded.ok).toBe(false);
    const messages = loaded.ok ? [] : loaded.problems.map((problem) => problem.message);
    expect(messages.join('\n')).not.toMatch(/\\d|\(\?:|\^/);
    expect(editor(parse(valid('scan:\n  ranges: [192.0.2.0/24]\n  allow: ["192.0.2.10:70000"]\n')))).toBe(false);
    const patternErrors = (editor.errors ?? []).filter((error) => error.keyword === 'pattern');
    expect(patternErrors.length).toBeGreaterThan(0);
    for (const error of patternErrors)
      expect((error.parentSchema as { patternErrorMessage?: string }).patternErrorMessage).toMatch(/^[A-Z]/);
  });

  it.each([
    ['examples/policy.yml', readFileSync('examples/policy.yml', 'utf8')],
    ['the demo policy', plantedPolicy(10025)],
    ['a JSON policy with $schema', JSON.stringify({ $schema: schema.$id, version: 1, domains: { 'example.com': { mx: 'none' } } })],
  ])('%s passes both', (_case, text) => {
    expect(editor(parse(text)), JSON.stringify(editor.errors)).toBe(true);
    expect(loadPolicy('policy.yml', text).ok).toBe(true);
  });

  it('is published at a URL that serves the file, and the examples use it', () => {
    expect(schema.$id).toBe('https://raw.githubusercontent.com/mail-perimeter/mail-perimeter/v1/policy.schema.json');
    expect(readFileSync('examples/policy.yml', 'utf8')).toContain(`$schema=${schema.$id}`);
    expect(plantedPolicy(10025)).toContain(`$schema=${schema.$id}`);
  });
});
