import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliCommand } from '../cli-arguments.js';
import type { IpAddress } from '../ip-address.js';
import type { Logger } from '../logger.js';
import { run } from '../run.js';
import { ConfigurationError } from '../policy/problem.js';
import { locatePolicy } from '../settings.js';
import type { RunResult } from '../run.js';
import { DEMO_DNS_PORT, DEMO_SMTP_PORT } from './demo-ports.js';
import { PLANTED_DNS_SERVERS, plantedFindings, plantedListeners, plantedPolicy, ROOT_SERVER_ADDRESS } from './planted-world.js';
import { RULES } from '../checks/rules.js';
import { LabWorld } from './world.js';

/** Where the same policy is committed, relative to a clone of the repository. */
const COMMITTED_DEMO_POLICY = path.join('examples', 'demo-policy.yml');

/**
 * The policy the demo checks: where the user said (`--policy FILE`, written and kept); else the
 * committed copy when the demo runs in a clone whose copy is current (so findings point at a file
 * the user can open); else a fresh temporary directory that is removed when the demo ends, whatever
 * way it ends. Never written into the directory it was started from.
 */
async function demoPolicy(requested: string | undefined): Promise<{ file: string; remove: () => Promise<void> }> {
  const text = plantedPolicy(DEMO_SMTP_PORT);
  if (requested !== undefined) {
    await mkdir(path.dirname(requested), { recursive: true });
    await writeFile(requested, text);
    return { file: requested, remove: async () => {} };
  }
  const committed = await readFile(COMMITTED_DEMO_POLICY, 'utf8').catch(() => undefined);
  if (committed === text) return { file: COMMITTED_DEMO_POLICY, remove: async () => {} };
  const directory = await mkdtemp(path.join(tmpdir(), 'mail-perimeter-demo-'));
  const file = path.join(directory, 'demo-policy.yml');
  await writeFile(file, text);
  return { file, remove: () => rm(directory, { recursive: true, force: true }) };
}

function demoWorld(): LabWorld {
  return new LabWorld({ dnsServers: PLANTED_DNS_SERVERS, listeners: plantedListeners(DEMO_SMTP_PORT) }, DEMO_DNS_PORT);
}

/** The lab's addresses are taken: another demo (or anything else) holds them. A run that cannot start is exit 2. */
async function startWorld(world: LabWorld): Promise<void> {
  try {
    await world.start();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigurationError(
      `demo: cannot listen on the lab's loopback addresses (${code}): is another demo running? DNS uses port ${DEMO_DNS_PORT}, SMTP port ${DEMO_SMTP_PORT} on 127.53.0.0/16 and 127.25.0.0/24`,
    );
  }
}

/**
 * `mail-perimeter demo --serve`: only the world, until interrupted, so that the action (or any other
 * tool) can be pointed at it, as the project's own workflow does with `uses: ./`.
 */
export async function serveDemoWorld(logger: Logger, requestedPolicy: string | undefined): Promise<void> {
  const policy = await demoPolicy(requestedPolicy);
  try {
    const world = demoWorld();
    await startWorld(world);
    logger.info(
      `demo world serving: --root-hints ${ROOT_SERVER_ADDRESS} --dns-port ${DEMO_DNS_PORT} --smtp-port ${DEMO_SMTP_PORT} --policy ${policy.file}; Ctrl-C stops it`,
    );
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await world.stop();
  } finally {
    await policy.remove();
  }
}

/**
 * `mail-perimeter demo`: starts the planted world on loopback (unprivileged ports, no root),
 * runs the real check against its policy, and stops every server and removes what it wrote, also
 * on Ctrl-C and when the world cannot start.
 */
export async function runDemo(command: CliCommand, logger: Logger): Promise<RunResult> {
  const policy = await demoPolicy(command.settings.policyFile === '' ? undefined : command.settings.policyFile);
  const world = demoWorld();
  const stopOnSignal = (signal: NodeJS.Signals) => {
    void world
      .stop()
      .then(policy.remove)
      .finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    await startWorld(world);
    logger.info(
      `demo: lab started on 127.53.0.0/16 (DNS port ${DEMO_DNS_PORT}) and 127.25.0.0/24 (SMTP port ${DEMO_SMTP_PORT}); policy ${policy.file}${policy.file === COMMITTED_DEMO_POLICY || command.settings.policyFile !== '' ? '' : ` (the same as ${COMMITTED_DEMO_POLICY} in the repository; removed when the demo ends)`}`,
    );
    const result = await run(
      {
        ...command.settings,
        policyFile: policy.file,
        ...locatePolicy(policy.file),
        rootHints: [ROOT_SERVER_ADDRESS as IpAddress],
        dnsPort: DEMO_DNS_PORT,
        smtpPort: DEMO_SMTP_PORT,
        timeoutMs: 400,
        retries: 1,
        greetingTimeoutMs: 2500,
        probeGreetingTimeoutMs: 2500,
        ipVersion: '4',
      },
      logger,
    );
    logger.info('demo: your own domains next: mail-perimeter init --domains example.com --output mail-perimeter.yml drafts their policy');
    return result;
  } finally {
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
    await world.stop();
    await policy.remove();
  }
}

/** `mail-perimeter demo --planted`: what the demo world must yield, for scripts that check a run against it. */
export function plantedFindingsJson(): string {
  return `${JSON.stringify(
    plantedFindings(DEMO_SMTP_PORT).map(({ rule, name, subject, planted }) => ({
      rule,
      severity: RULES[rule].defaultSeverity,
      name,
      subject,
      planted,
    })),
    null,
    2,
  )}\n`;
}
