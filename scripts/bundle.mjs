// Bundles the action (dist/index.js) and the CLI (dist/cli.js) from src/ with esbuild.
// TypeScript 7 has no JavaScript API, so type-checking is `tsc --noEmit` and esbuild strips types.
import path from 'node:path';
import { build } from 'esbuild';

// An optional directory argument lets the freshness test build elsewhere and compare with dist/.
const outdir = process.argv[2] ?? 'dist';

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // A CommonJS dependency of @actions/* calls require('net'); ESM output has no require.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
};

await build({ ...shared, entryPoints: ['src/index.ts'], outfile: path.join(outdir, 'index.js') });
await build({
  ...shared,
  entryPoints: ['src/cli.ts'],
  outfile: path.join(outdir, 'cli.js'),
  banner: { js: `#!/usr/bin/env node\n${shared.banner.js}` },
});
