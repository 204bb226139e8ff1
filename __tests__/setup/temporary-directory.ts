/**
 * Each test file gets a temporary directory of its own, as TMPDIR for itself and every process it
 * starts (servers' configurations, CLI runs, checkouts), removed with everything in it once the
 * file's tests are done: a test run leaves nothing in the machine's temporary directory.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

// Not MAIL_*: Postfix's master refuses to start with an unknown MAIL_ variable in its environment.
const machineTemporary = process.env['PERIMETER_TESTS_MACHINE_TMPDIR'] ?? tmpdir();
process.env['PERIMETER_TESTS_MACHINE_TMPDIR'] = machineTemporary;
// A short name: Postfix's sockets live below it, and a Unix socket's path has at most 107 bytes.
const ownDirectory = mkdtempSync(path.join(machineTemporary, 'mpt-'));
// Servers that drop privileges (Postfix runs as its own user) must reach their directories below it, as under /tmp.
chmodSync(ownDirectory, 0o755);
process.env['TMPDIR'] = ownDirectory;

afterAll(() => {
  process.env['TMPDIR'] = machineTemporary;
  rmSync(ownDirectory, { recursive: true, force: true });
});
