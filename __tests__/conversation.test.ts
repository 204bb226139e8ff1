/**
 * The action talks where people look: one sticky pull-request comment per policy, edited in place;
 * one drift issue on scheduled runs, updated, commented on only when the findings change, closed
 * when clean. Run as the bundled action against a local server held to GitHub's OpenAPI contract.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeObservations } from '../src/observations/file.js';
import { markdownText } from '../src/untrusted-text.js';
import { FakeGitHub } from './support/github-api.js';
import { dns, mx, nameObservation, ns1, ns2, target, zoneObservation } from './support/literal.js';

const POLICY = `version: 1
mail-servers:
  mx1.example.com: [192.0.2.10]
domains:
  example.com:
    nameservers: [ns1.example.net, ns2.example.net]
    mx: ["10 mx1.example.com"]
`;

const dir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-conversation-'));
const api = new FakeGitHub();

/** Observations where ns2 serves the given extra MX hosts (none: clean). */
function observations(file: string, extraMx: string[]): string {
  const records: [number, string][] = [[10, 'mx1.example.com'], ...extraMx.map((host): [number, string] => [50, host])];
  writeFileSync(
    path.join(dir, file),
    serializeObservations(
      dns({
        zones: [zoneObservation('example.com', [{ server: ns1 }, { server: ns2 }])],
        names: [
          nameObservation('example.com', 'example.com', [
            { server: ns1, mx: mx([10, 'mx1.example.com']) },
            { server: ns2, mx: mx(...records) },
          ]),
        ],
        mxTargets: [target('mx1.example.com', ['192.0.2.10']), ...extraMx.map((host) => target(host, ['192.0.2.10']))],
      }),
    ),
  );
  return file;
}

function runAction(event: 'pull_request' | 'schedule', observationsFile: string, payload: object, extraEnv: Record<string, string> = {}) {
  writeFileSync(path.join(dir, 'event.json'), JSON.stringify(payload));
  writeFileSync(path.join(dir, 'output'), '');
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [path.resolve('dist/index.js')], {
      cwd: dir,
      env: {
        PATH: process.env['PATH'],
        GITHUB_EVENT_NAME: event,
        GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
        GITHUB_REPOSITORY: 'acme/dns',
        GITHUB_API_URL: api.url,
        GITHUB_SERVER_URL: 'https://github.example.test',
        GITHUB_RUN_ID: '42',
        GITHUB_WORKSPACE: dir,
        GITHUB_OUTPUT: path.join(dir, 'output'),
        INPUT_POLICY: 'policy.yml',
        INPUT_OBSERVATIONS: observationsFile,
        INPUT_TOKEN: 'test-token',
        INPUT_REPORT: 'report.json',
        ...extraEnv,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

const pullRequest = (number: number, headRepo = 'acme/dns') => ({
  pull_request: {
    number,
    head: { sha: 'abc123', repo: { full_name: headRepo } },
    base: { sha: 'def456', repo: { full_name: 'acme/dns' } },
  },
  repository: { full_name: 'acme/dns', name: 'dns', owner: { login: 'acme' } },
});
const writes = (since: number) => api.requests.slice(since).filter((request) => request.method !== 'GET');

beforeAll(async () => {
  writeFileSync(path.join(dir, 'policy.yml'), POLICY);
  await api.start();
});

afterAll(() => api.stop());

describe('the sticky pull-request comment', () => {
  it('is created on the first run and edited in place on the second, never duplicated', async () => {
    const before = api.requests.length;
    await runAction('pull_request', observations('rogue.json', ['rogue.example.net']), pullRequest(7));
    await runAction('pull_request', observations('rogue.json', ['rogue.example.net']), pullRequest(7));
    const made = writes(before).map((request) => `${request.method} ${request.path} ${request.status}`);
    const [created, edited] = made;
    expect(made).toHaveLength(2);
    expect(created).toBe('POST /repos/acme/dns/issues/7/comments 201');
    expect(edited).toMatch(/^PATCH \/repos\/acme\/dns\/issues\/comments\/(\d+) 200$/);
    expect(edited).toContain(String(api.commentsOn(7)[0]!.id));
    expect(api.commentsOn(7)).toHaveLength(1);
    expect(api.commentsOn(7)[0]!.body).toContain('rogue.example.net');
    expect(api.contractErrors).toEqual([]);
  }, 60_000);

  it('says so when a later push fixes everything (the comment stays, edited)', async () => {
    await runAction('pull_request', observations('clean.json', []), pullRequest(7));
    expect(api.commentsOn(7)).toHaveLength(1);
    expect(api.commentsOn(7)[0]!.body).toContain('No findings');
  }, 30_000);

  it('a fork pull request (read-only token) gets no comment and the run carries on', async () => {
    const before = api.requests.length;
    const { code, output } = await runAction(
      'pull_request',
      observations('rogue.json', ['rogue.example.net']),
      pullRequest(8, 'someone/dns'),
    );
    expect(code).toBe(1);
    expect(api.requests.slice(before)).toEqual([]);
    expect(output).toContain('from a fork has a read-only token');
  }, 30_000);

  it('403 is noted, never fails the run for it, and never hides the findings', async () => {
    api.failNext.push(403);
    const { code, output } = await runAction('pull_request', observations('clean.json', []), pullRequest(9));
    expect(code).toBe(0);
    expect(output).toContain('could not comment on the pull request');
    expect(output).toContain('The verdict stands');
  }, 30_000);

  it('a 502 and a 429 are retried by the Octokit plugins, then the comment is made', async () => {
    api.failNext.push(502, 429);
    await runAction('pull_request', observations('rogue.json', ['rogue.example.net']), pullRequest(10));
    expect(api.commentsOn(10)).toHaveLength(1);
    expect(api.requests.filter((request) => request.status === 502 || request.status === 429).length).toBeGreaterThanOrEqual(2);
  }, 60_000);
});

describe('the drift issue on scheduled runs', () => {
  const schedule = { repository: { full_name: 'acme/dns', name: 'dns', owner: { login: 'acme' } } };

  it('clean → none; errors → one; same errors → body updated, no comment; other errors → one comment; clean → closed', async () => {
    await runAction('schedule', observations('clean.json', []), schedule);
    expect(api.issueList()).toEqual([]);

    await runAction('schedule', observations('rogue.json', ['rogue.example.net']), schedule);
    expect(api.issueList()).toHaveLength(1);
    const issue = api.issueList()[0]!;
    expect(issue.labels).toEqual(['mail-perimeter']);
    expect(api.commentsOn(issue.number)).toHaveLength(0);

    await runAction('schedule', observations('rogue.json', ['rogue.example.net']), schedule);
    expect(api.issueList()).toHaveLength(1);
    expect(api.commentsOn(issue.number)).toHaveLength(0);

    await runAction('schedule', observations('other.json', ['other.example.net']), schedule);
    expect(api.commentsOn(issue.number)).toHaveLength(1);
    expect(api.issueList()[0]!.body).toContain('other.example.net');

    await runAction('schedule', observations('clean.json', []), schedule);
    expect(api.issueList()[0]!.state).toBe('closed');
    expect(api.commentsOn(issue.number)).toHaveLength(2);
    expect(api.contractErrors).toEqual([]);
  }, 120_000);
});

describe('untrusted text in comments and issues stays text', () => {
  it.each([
    ['a mention', '@acme/security please look', '@acme'],
    ['an issue reference', 'see #1', '#1'],
    ['a link', '[click](https://evil.example)', '](https://'],
    ['HTML', '<img src=x onerror=alert(1)>', '<img'],
    ['closing the markdown', '`code` **bold** </details>', '</details>'],
    ['an autolink', 'visit www.evil.example or https://evil.example', 'https://evil'],
  ])('%s cannot take effect', (_case, hostile, forbidden) => {
    expect(markdownText(hostile)).not.toContain(forbidden);
  });
});

describe('the stand-in API holds requests to the published contract', () => {
  it('a request GitHub would refuse is recorded as a contract error', async () => {
    const probe = new FakeGitHub();
    await probe.start();
    try {
      await fetch(`${probe.url}/repos/acme/dns/issues/1/comments`, { method: 'POST', body: JSON.stringify({ text: 'no body field' }) });
      await fetch(`${probe.url}/repos/acme/dns/no-such-endpoint`, { method: 'DELETE' });
      expect(probe.contractErrors.some((error) => error.includes("must have required property 'body'"))).toBe(true);
      expect(probe.contractErrors.some((error) => error.includes('is not an operation of the GitHub REST API'))).toBe(true);
    } finally {
      await probe.stop();
    }
  });
});
