/**
 * The example workflows users copy: every action from elsewhere is pinned to a commit, the comment
 * beside it names the release that commit is, and a release on Node 24 (GitHub's runners dropped
 * Node 20). Each pair below was checked against the action's own repository: the tag's commit
 * (`git rev-list -n1 TAG`) and the `runs.using` of its action.yml at that tag.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const VERIFIED: Record<string, { sha: string; release: string; runs: string }> = {
  'actions/checkout': { sha: '8e8c483db84b4bee98b60c0593521ed34d9990e8', release: 'v6.0.1', runs: 'node24' },
  'actions/upload-artifact': { sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', release: 'v7.0.0', runs: 'node24' },
  'actions/download-artifact': { sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', release: 'v8.0.1', runs: 'node24' },
  'github/codeql-action/upload-sarif': { sha: '5d4e8d1aca955e8d8589aabd499c5cae939e33c7', release: 'v4.31.9', runs: 'composite' },
  'hashicorp/setup-terraform': { sha: 'dfe3c3f87815947d99a8997f908cb6525fc44e9e', release: 'v4.0.1', runs: 'node24' },
};

const DIRECTORY = 'examples/workflows';
const uses = readdirSync(DIRECTORY).flatMap((file) =>
  readFileSync(path.join(DIRECTORY, file), 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      const match = /uses:\s*([^@\s]+)@(\S+)(?:\s+#\s*(\S+))?/.exec(line);
      return match ? [{ where: `${file}:${index + 1}`, action: match[1]!, ref: match[2]!, comment: match[3] }] : [];
    }),
);

describe('example workflows', () => {
  it('pin every action from elsewhere to a verified commit, with its release in the comment', () => {
    const foreign = uses.filter(({ action }) => !action.startsWith('mail-perimeter/'));
    expect(foreign.length).toBeGreaterThan(0);
    for (const { where, action, ref, comment } of foreign) {
      const verified = VERIFIED[action];
      expect(verified, `${where}: ${action} is not in the verified table`).toBeDefined();
      expect(`${where} ${ref} # ${comment}`).toBe(`${where} ${verified!.sha} # ${verified!.release}`);
      expect(verified!.runs, `${where}: ${action} must not run on Node 20`).not.toBe('node20');
    }
  });
});
