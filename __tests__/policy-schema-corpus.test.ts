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

const ajv = new Ajv2020({ allErrors: true, strict: false });
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
];

describe('policy.schema.json and the loader agree', () => {
  it.each(CORPUS)('%s: caught by the editor and by the loader', (_case, text) => {
    expect(editor(parse(text)), 'the schema lets it through').toBe(false);
    const loaded = loadPolicy('policy.yml', text);
    expect(loaded.ok, 'the loader lets it through').toBe(false);
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
