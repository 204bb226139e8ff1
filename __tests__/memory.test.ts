import { describe, expect, it } from 'vitest';
import { releaseParseGarbage } from '../src/memory.js';

/** Garbage the way a parse leaves it: objects held long enough to reach the old generation, then let go. */
function leaveGarbage(objects: number): number {
  const syntaxTree: { index: number }[] = [];
  for (let index = 0; index < objects; index++) syntaxTree.push({ index });
  return syntaxTree.length;
}

describe('after a large input is parsed', () => {
  it('its garbage is collected at once, not when V8 next finds the heap full', () => {
    expect(leaveGarbage(2_000_000)).toBe(2_000_000);
    const before = process.memoryUsage().heapUsed;
    releaseParseGarbage(2 * 1024 * 1024);
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 32 * 1024 * 1024);
  });

  it('a small input costs no collection: nothing is exposed to the program', () => {
    releaseParseGarbage(10);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
