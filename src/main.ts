import * as core from '@actions/core';
import { pullRequestBaseCommit, readBasePolicy } from './action/base-policy.js';
import { readInputs } from './action/inputs.js';
import { publishConversation } from './action/conversation.js';
import { publish } from './action/publish.js';
import type { Logger } from './logger.js';
import { ConfigurationError } from './policy/problem.js';
import { run as runCheck } from './run.js';
import { commitFiles } from './zone-data/read.js';

const actionsLogger: Logger = { info: core.info, warning: core.warning, debug: core.debug };

/**
 * The GitHub Action: a thin shell over the shared run(), like the CLI (src/cli.ts). Exported as
 * `run` for local testing (`npx @github/local-action . src/main.ts .env`); src/index.ts calls it.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const scanPolicySource =
      inputs.scanRangesFrom === 'base' && inputs.settings.observationsFile === undefined
        ? await readBasePolicy(inputs.settings.policyFile, inputs.token, actionsLogger)
        : undefined;
    const baseCommit = inputs.settings.observationsFile === undefined ? await pullRequestBaseCommit() : undefined;
    const zoneDataBase = baseCommit === undefined ? undefined : commitFiles(inputs.settings.repositoryRoot, baseCommit);
    const result = await runCheck({ ...inputs.settings, scanPolicySource, zoneDataBase }, actionsLogger);
    await publish(result, inputs);
    await publishConversation(
      result,
      { comment: inputs.comment, driftIssue: inputs.driftIssue, token: inputs.token, policyFile: inputs.settings.policyFile },
      actionsLogger,
    );
  } catch (error) {
    if (error instanceof ConfigurationError) core.setFailed(error.message);
    else core.setFailed(`internal error (please report): ${(error as Error).stack ?? String(error)}`);
  }
}
