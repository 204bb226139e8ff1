/**
 * A job summary as GitHub shows it: GFM through marked, GitHub's table rules (a table is a block
 * that scrolls inside a 948 px column, in a 1,012 px window), laid out by headless Chromium. What
 * comes back is measured by the browser itself: whether the page or any table must scroll sideways.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { marked } from 'marked';

export const GITHUB_WINDOW_WIDTH_PX = 1012;

export interface SummaryLayout {
  /** The page's scroll width: more than the window means the page scrolls sideways. */
  readonly pageWidth: number;
  /** The findings table: its content width and the width it is given. */
  readonly findings: { readonly scrollWidth: number; readonly clientWidth: number } | undefined;
}

const MEASURE = `<script>
const findings = [...document.querySelectorAll('h3')].find((h) => h.textContent.trim() === 'Findings')?.nextElementSibling;
document.body.setAttribute('data-layout', JSON.stringify({
  pageWidth: document.documentElement.scrollWidth,
  findings: findings && findings.tagName === 'TABLE' ? { scrollWidth: findings.scrollWidth, clientWidth: findings.clientWidth } : undefined,
}));
</script>`;

export function layoutOf(summaryMarkdown: string): SummaryLayout {
  const work = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-render-'));
  try {
    const style = readFileSync('scripts/github-markdown.css', 'utf8');
    const page = path.join(work, 'summary.html');
    writeFileSync(
      page,
      `<!doctype html><meta charset="utf-8"><style>${style}</style><div class="markdown-body">${marked.parse(summaryMarkdown, { async: false })}</div>${MEASURE}`,
    );
    const browser = spawnSync(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        `--user-data-dir=${path.join(work, 'profile')}`,
        `--window-size=${GITHUB_WINDOW_WIDTH_PX},900`,
        '--dump-dom',
        `file://${page}`,
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (browser.error) throw new Error(`chromium is needed for this test (scripts/setup.sh installs it): ${browser.error.message}`);
    const measured = /data-layout="([^"]*)"/.exec(browser.stdout)?.[1];
    if (measured === undefined) throw new Error(`chromium did not lay the page out: ${browser.stderr.slice(0, 500)}`);
    return JSON.parse(measured.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as SummaryLayout;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
