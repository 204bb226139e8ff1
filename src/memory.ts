import v8 from 'node:v8';
import vm from 'node:vm';

/** Inputs larger than this leave enough garbage behind to be worth a collection of their own. */
const LARGE_INPUT_CHARS = 1024 * 1024;
/** The heap a long run lets itself reach before it collects its garbage itself. */
const HEAP_BUDGET_BYTES = 512 * 1024 * 1024;
const HEAP_CHECK_INTERVAL_MS = 500;

let collector: (() => void) | undefined;

/** A full collection, now. The collector is reached the way Jest's leak detector reaches it; the flag changes nothing else. */
function collectGarbage(): void {
  if (collector === undefined) {
    v8.setFlagsFromString('--expose-gc');
    collector = vm.runInNewContext('gc') as () => void;
  }
  collector();
}

/**
 * One full garbage collection after a large input was parsed. A 100,000-domain policy's YAML
 * syntax tree is ten times its text and garbage once the policy is built, but V8 sizes its next
 * collection from the peak it has just seen: the walk would start with 2 GB it never needs.
 */
export function releaseParseGarbage(inputChars: number): void {
  if (inputChars >= LARGE_INPUT_CHARS) collectGarbage();
}

/**
 * Runs `work` with the heap kept near a budget: whenever the heap in use passes it, the garbage is
 * collected at once. V8 sizes its heap for a machine with memory to spare and lets it grow to
 * several times the live data; a 100,000-zone walk keeps about 300 MB alive and would otherwise
 * peak near 1 GB on a 7 GB runner. When the live data alone outgrows the budget, the budget
 * becomes twice the live data, so a collection never runs for nothing, again and again.
 */
export async function withinHeapBudget<T>(work: () => Promise<T>, budgetBytes = HEAP_BUDGET_BYTES): Promise<T> {
  let budget = budgetBytes;
  const check = setInterval(() => {
    if (v8.getHeapStatistics().used_heap_size <= budget) return;
    collectGarbage();
    budget = Math.max(budget, 2 * v8.getHeapStatistics().used_heap_size);
  }, HEAP_CHECK_INTERVAL_MS);
  check.unref();
  try {
    return await work();
  } finally {
    clearInterval(check);
  }
}
