import { describe, expect, it } from 'vitest';
import { Canonicalizer } from '../src/observations/canonical.js';

const server = (name: string, address: string) => ({ name, address });

describe('shared observation pieces', () => {
  it('equal content, built apart, becomes one frozen instance; the top stays a fresh, unfrozen copy', () => {
    const canonicalizer = new Canonicalizer();
    const first = canonicalizer.children({ zone: 'a.test', servers: [server('ns1.test', '127.0.0.1')] });
    const second = canonicalizer.children({ zone: 'b.test', servers: [server('ns1.test', '127.0.0.1')] });
    expect(second.servers).toBe(first.servers);
    expect(Object.isFrozen(first.servers)).toBe(true);
    expect(Object.isFrozen(first.servers[0])).toBe(true);
    expect(Object.isFrozen(first)).toBe(false);
    expect(first).toEqual({ zone: 'a.test', servers: [server('ns1.test', '127.0.0.1')] });
  });

  it('a shared piece cannot be changed through one of its holders', () => {
    const canonicalizer = new Canonicalizer();
    const { records } = canonicalizer.children({ records: ['ns1.test'] });
    expect(() => (records as string[]).push('rogue.test')).toThrow(TypeError);
  });

  it.each([
    [['a,b'], ['a', 'b']],
    [{ serial: 1 }, { serial: '1' }],
    [{ detail: undefined }, {}],
    [{ detail: null }, { detail: undefined }],
    [[['x']], ['x']],
    [{ 'a:b': 1 }, { a: 'b:1' }],
  ])('different content is never merged: %j and %j', (one, other) => {
    const canonicalizer = new Canonicalizer();
    const a = canonicalizer.canonical(one);
    const b = canonicalizer.canonical(other);
    expect(a).not.toBe(b);
    expect(a).toEqual(one);
    expect(b).toEqual(other);
  });

  it('the same server inside different structures is one instance', () => {
    const canonicalizer = new Canonicalizer();
    const zone = canonicalizer.children({ transfers: [{ server: server('ns1.test', '127.0.0.1'), status: 'refused' }] });
    const name = canonicalizer.children({ servers: [{ server: server('ns1.test', '127.0.0.1'), mx: [] }] });
    expect(name.servers[0]!.server).toBe(zone.transfers[0]!.server);
  });
});
