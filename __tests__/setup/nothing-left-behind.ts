/**
 * Global check of the run: whatever the project's entries in the machine's temporary directory
 * were before the tests, they are the same after. A test (or a process it started) that leaves a
 * directory behind fails the run, named.
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** What the project's code and its tests name their temporary directories (mpt-: a test file's own). */
const OURS = /^(mail-perimeter-|mpt-)/;

export default function setup(): () => void {
  const directory = tmpdir();
  const before = new Set(readdirSync(directory).filter((entry) => OURS.test(entry)));
  return () => {
    const left = readdirSync(directory).filter((entry) => OURS.test(entry) && !before.has(entry));
    if (left.length === 0) return;
    // vitest reports an error thrown here but still exits 0: the exit code is set by hand.
    console.error(`FAIL: the tests left ${left.length} temporary directories in ${directory}: ${left.join(', ')}`);
    process.exitCode = 1;
  };
}
