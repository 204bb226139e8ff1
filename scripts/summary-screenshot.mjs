// Renders job summaries as GitHub shows them (GFM via marked, GitHub-like styles) and takes a
// screenshot 1,012 px wide with headless Chromium: the demo's, and one of 2,000 names.
// Usage: node scripts/summary-screenshot.mjs [OUTPUT_DIRECTORY]   (writes summary-*.png there; default docs/)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { marked } from 'marked';

const outputDirectory = process.argv[2] ?? 'docs';
const work = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-summary-'));
const entry = path.join(work, 'summary.mjs');
await build({ entryPoints: ['src/report/summary.ts'], bundle: true, platform: 'node', format: 'esm', outfile: entry, logLevel: 'warning' });
const { renderSummary } = await import(entry);

// GitHub's column for a job summary and its table rules: the same file the rendering tests use.
const STYLE = readFileSync('scripts/github-markdown.css', 'utf8');

function screenshot(name, report, failed) {
  const html = `<!doctype html><meta charset="utf-8"><style>${STYLE}</style><div class="markdown-body">${marked.parse(renderSummary(report, failed, (file, line) => `https://github.com/OWNER/REPO/blob/SHA/${file}#L${line}`))}</div>`;
  const page = path.join(work, `${name}.html`);
  writeFileSync(page, html);
  const png = path.resolve(outputDirectory, `${name}.png`);
  const result = spawnSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      `--user-data-dir=${path.join(work, 'profile')}`,
      `--screenshot=${png}`,
      '--window-size=1012,2400',
      `file://${page}`,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  console.log(png);
}

const demo = spawnSync(process.execPath, ['dist/cli.js', 'demo', '--policy', 'examples/demo-policy.yml', '--format', 'json'], {
  encoding: 'utf8',
});
screenshot('summary-demo', JSON.parse(demo.stdout), true);

// 2,000 names, forty of them failing: the clean ones are dropped first, and the summary says so.
const big = JSON.parse(demo.stdout);
const template = big.observations.dns.names.find((name) => name.name === 'clean.test');
const zone = big.observations.dns.zones.find((candidate) => candidate.zone === 'clean.test');
big.observations.dns.names = Array.from({ length: 2000 }, (_, index) => ({ ...template, name: `n${index}.clean.test` }));
big.observations.dns.zones = [zone];
big.findings = big.findings.concat(
  Array.from({ length: 40 }, (_, index) => ({
    ...big.findings[0],
    name: `n${1999 - index}.clean.test`,
    subject: `extra${index}.example.test`,
  })),
);
screenshot('summary-2000-names', big, true);
rmSync(work, { recursive: true, force: true });
