import v8 from 'node:v8';
import vm from 'node:vm';

/** Inputs larger than this leave enough garbage behind to be worth a collection of their own. */
const LARGE_INPUT_CHARS = 1024 * 1024;

let collect: (() => void) | undefined;

/**
 * One full garbage collection after a large input was parsed. A 100,000-domain policy's YAML
 * syntax tree is ten times its text and garbage once the policy is built, but V8 sizes its next
 * collection from the peak it has just seen: the walk would start with 2 GB it never needs. The
 * collector is reached the way Jest's leak detector reaches it; the flag changes nothing else.
 */
export function releaseParseGarbage(inputChars: number): void {
  if (inputChars < LARGE_INPUT_CHARS) return;
  if (collect === undefined) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
}
