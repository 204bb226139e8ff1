/**
 * A large `domains` block is parsed a slice at a time (src/policy/yaml-chunks.ts): whatever the
 * policy says, the result (the policy with every location, or every problem at its line and
 * column) must be the one a whole parse gives.
 */
import { LineCounter } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../src/policy/load.js';
import { parsePolicyDocument } from '../src/policy/yaml-chunks.js';

const ENTRIES_PER_SLICE = 7;

function entry(index: number): string {
  const name = `z${String(index).padStart(3, '0')}.test`;
  switch (index % 6) {
    case 0:
      return `  ${name}:\n    nameservers: [ns1.hosting.test, ns2.hosting.test]\n    mx: ["10 mx1.hosting.test"]\n`;
    case 1:
      return `  # a comment about ${name}\n  ${name}: {nameservers: [ns1.hosting.test], mx: none}\n\n`;
    case 2:
      return `  ${name}:\n    mx:\n      - "10 mx1.hosting.test"\n      - '20 mx2.hosting.test' # the backup, "quoted" # twice\n`;
    case 3:
      return `  ${name}: {}\n# a comment at the margin\n`;
    case 4:
      return `  ${name}:\n    nameservers: [ns1.hosting.test,\n      ns2.hosting.test]\n`;
    default:
      return `  ${name}:\n    mx: [\n      "10 mx1.hosting.test",\n    ]\n`;
  }
}

function policyText(entries: readonly string[], after = 'rules:\n  mx/missing: warning\n'): string {
  return `version: 1\nmail-servers:\n  mx1.hosting.test: [192.0.2.25]\n  mx2.hosting.test: [192.0.2.26]\ndomains:\n  # the customers\n${entries.join('')}${after}`;
}

const plainEntries = Array.from({ length: 50 }, (_, index) => entry(index));

function bothWays(text: string) {
  const sliced = loadPolicy('policy.yml', text, { entriesPerSlice: ENTRIES_PER_SLICE });
  const whole = loadPolicy('policy.yml', text, { entriesPerSlice: Number.POSITIVE_INFINITY });
  return { sliced, whole, slices: parsePolicyDocument(text, new LineCounter(), ENTRIES_PER_SLICE).slices };
}

describe('a large domains block parsed in slices', () => {
  it('gives the policy a whole parse gives, every location included', () => {
    const { sliced, whole, slices } = bothWays(policyText(plainEntries));
    expect(slices).toBe(Math.ceil(plainEntries.length / ENTRIES_PER_SLICE));
    expect(whole.ok).toBe(true);
    expect(sliced).toEqual(whole);
  });

  it('with Windows line ends, and with the domains block last in the file', () => {
    const text = policyText(plainEntries, '').replaceAll('\n', '\r\n');
    const { sliced, whole, slices } = bothWays(text);
    expect(slices).toBeGreaterThan(1);
    expect(whole.ok).toBe(true);
    expect(sliced).toEqual(whole);
  });

  it('reports every problem at the same line and column: schema errors, duplicates across slices, bad names', () => {
    const entries = [...plainEntries];
    entries[23] = '  broken.test:\n    mx: 5\n';
    entries[40] = entries[3]!;
    entries[45] = '  ip.test:\n    nameservers: [192.0.2.53]\n';
    const { sliced, whole, slices } = bothWays(policyText(entries));
    expect(slices).toBeGreaterThan(1);
    expect(whole.ok).toBe(false);
    expect(sliced).toEqual(whole);
    if (!whole.ok) expect(whole.problems.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    [
      'an alias across slices',
      (entries: string[]) => ((entries[2] = '  z002.test: &shared {mx: none}\n'), (entries[30] = '  z030.test: *shared\n')),
    ],
    ['a tab in the indentation', (entries: string[]) => (entries[12] = '\tz012.test: {}\n')],
    ['a key that is not plain', (entries: string[]) => (entries[12] = '  "z012.test": {}\n')],
    ['a sequence where entries belong', (entries: string[]) => (entries[12] = '  - z012.test\n')],
    ['a line less indented than the entries', (entries: string[]) => (entries[12] = '  z012.test:\n mx: none\n')],
  ])('is parsed whole, with the same result, when it holds %s', (_, change) => {
    const entries = [...plainEntries];
    change(entries);
    const { sliced, whole, slices } = bothWays(policyText(entries));
    expect(slices).toBe(0);
    expect(sliced).toEqual(whole);
  });

  it('is parsed whole under a YAML 1.1 directive, where every slice would read "yes" as a string', () => {
    const entries = [...plainEntries];
    entries[9] = '  z009.test:\n    discover: yes\n';
    const { sliced, whole, slices } = bothWays(`%YAML 1.1\n---\n${policyText(entries)}`);
    expect(slices).toBe(0);
    expect(sliced).toEqual(whole);
  });

  it('is parsed whole below the slice size, and when domains is a flow mapping', () => {
    expect(bothWays(policyText(plainEntries.slice(0, ENTRIES_PER_SLICE - 1))).slices).toBe(0);
    const flow = 'version: 1\ndomains: {a.test: {}, b.test: {}}\n';
    expect(parsePolicyDocument(flow, new LineCounter(), 1).slices).toBe(0);
  });
});
