/** The streamed JSON is byte for byte what JSON.stringify(value, null, 2) gives, and never one huge string. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJsonFile } from '../src/json-stream.js';

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
  ])('%s', async (_case, value) => {
    const file = path.join(dir, `${_case.replaceAll(' ', '-')}.json`);
    await writeJsonFile(file, value);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
