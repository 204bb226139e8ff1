import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    setupFiles: ['__tests__/setup/temporary-directory.ts'],
    globalSetup: ['__tests__/setup/nothing-left-behind.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Interop suites start real servers on fixed loopback addresses: one file at a time per address set.
    fileParallelism: true,
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results.json' },
  },
});
