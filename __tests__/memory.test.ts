import { constants, PerformanceObserver } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { releaseParseGarbage, withinHeapBudget } from '../src/memory.js';

/** Collections someone asked for (not V8's own) while `work` runs. */
async function forcedCollectionsDuring(work: () => Promise<void>): Promise<number> {
  let forced = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const flags = (entry as PerformanceEntry & { detail?: { flags?: number } }).detail?.flags ?? 0;
      if (flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) forced++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  await work();
  // GC entries are delivered after the fact.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return forced;
}

describe('a long run within a heap budget', () => {
  // Data held through the wait: whether live or garbage, a heap in use above the budget is collected.
  const run = (budget: number) =>
    forcedCollectionsDuring(() =>
      withinHeapBudget(async () => {
        const held = Array.from({ length: 1_000_000 }, (_, index) => ({ index }));
        await new Promise((resolve) => setTimeout(resolve, 1200));
        expect(held).toHaveLength(1_000_000);
      }, budget),
    );

  it('collects at once when the heap in use passes the budget', async () => {
    expect(await run(16 * 1024 * 1024)).toBeGreaterThan(0);
  });

  it('leaves the collector alone below the budget', async () => {
    expect(await run(1024 * 1024 * 1024 * 1024)).toBe(0);
  });
});

describe('after an input is parsed', () => {
  it('a large one is followed by a full collection: its garbage does not set the heap size', async () => {
    expect(await forcedCollectionsDuring(async () => releaseParseGarbage(2 * 1024 * 1024))).toBe(1);
  });

  it('a small one costs no collection, and nothing is exposed to the program', async () => {
    expect(await forcedCollectionsDuring(async () => releaseParseGarbage(10))).toBe(0);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
