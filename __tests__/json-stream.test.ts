/** The streamed JSON is byte for byte what JSON.stringify(value, null, 2) gives, and never one huge string. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJsonFile } from '../src/json-stream.js';
import { Canonicalizer } from '../src/observations/canonical.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-json-'));

describe('writeJsonFile', () => {
  it.each([
    ['small values', { a: 1, b: 'two', c: [true, null, { d: [] }], e: {}, skipped: undefined }],
    [
      'a large nested report',
      {
        version: 1,
        names: Array.from({ length: 5000 }, (_, index) => ({
          name: `n${index}.example`,
          servers: [{ address: '192.0.2.1', mx: { status: 'answer', records: [{ preference: 10, host: `mx${index}.example` }] } }],
          error: undefined,
        })),
      },
    ],
    ['escapes and arrays with holes', { text: 'a\n"b"\u2028', list: [1, undefined, 'x'] }],
    [
      'observations sharing their repeated pieces, met at several depths',
      (() => {
        const canonicalizer = new Canonicalizer();
        const server = { name: 'ns1.example', address: '192.0.2.53' };
        const zones = Array.from({ length: 300 }, (_, index) =>
          canonicalizer.children({
            zone: `z${index}.example`,
            servers: [{ server, soa: { status: 'answer', records: [{ serial: index % 3, primary: 'ns1.example' }] } }],
            transfers: [{ server, status: 'refused', detail: index % 2 === 0 ? 'REFUSED' : undefined }],
          }),
        );
        return { version: 1, dns: { zones, first: zones[0]!.servers, deeper: { again: zones[1]!.servers } } };
      })(),
    ],
  ])('%s', async (_case, value) => {
    const file = path.join(dir, `${_case.replaceAll(' ', '-')}.json`);
    await writeJsonFile(file, value);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
