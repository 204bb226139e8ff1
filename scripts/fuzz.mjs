// npm run fuzz [-- --packets N --seed S --names N]: a fuzzing campaign against the DNS engine
// (src/lab/fuzz.ts), on loopback only. Prints progress and a final JSON line; exits 1 on any
// crash, hang or believed forgery.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({
  options: {
    packets: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    names: { type: 'string', default: '50' },
    'dns-port': { type: 'string', default: '13053' },
  },
});
const out = path.join(mkdtempSync(path.join(tmpdir(), 'mail-perimeter-fuzz-')), 'fuzz.mjs');
await build({
  entryPoints: ['src/lab/fuzz.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
});
const { fuzzCampaign } = await import(out);
let lastPrint = 0;
const report = await fuzzCampaign({
  packets: Number(values.packets),
  seed: Number(values.seed),
  names: Number(values.names),
  dnsPort: Number(values['dns-port']),
  progress: (progress) => {
    if (progress.durationMs - lastPrint < 5000) return;
    lastPrint = progress.durationMs;
    process.stderr.write(
      `fuzz: ${progress.packetsSent} packets, ${progress.runs} runs, ${progress.crashes} crashes, ${progress.hangs} hangs, ${progress.believedForgeries} believed forgeries\n`,
    );
  },
});
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exitCode = report.crashes + report.hangs + report.believedForgeries > 0 ? 1 : 0;
