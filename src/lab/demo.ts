import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
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
import { PLANTED_DNS_SERVERS, plantedListeners, plantedPolicy, ROOT_SERVER_ADDRESS } from './planted-world.js';
import { LabWorld } from './world.js';

/**
 * Where the demo writes the policy it checks: where the user said (`--policy FILE`), else a fresh
 * temporary directory, never into the directory it was started from.
 */
async function demoPolicyFile(requested: string | undefined): Promise<string> {
  const file = requested ?? path.join(await mkdtemp(path.join(tmpdir(), 'mail-perimeter-demo-')), 'demo-policy.yml');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, plantedPolicy(DEMO_SMTP_PORT));
  return file;
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
  const policyFile = await demoPolicyFile(requestedPolicy);
  const world = demoWorld();
  await startWorld(world);
  logger.info(
    `demo world serving: --root-hints ${ROOT_SERVER_ADDRESS} --dns-port ${DEMO_DNS_PORT} --smtp-port ${DEMO_SMTP_PORT} --policy ${policyFile}; Ctrl-C stops it`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await world.stop();
}

/**
 * `mail-perimeter demo`: starts the planted world on loopback (unprivileged ports, no root),
 * writes its policy where the user can read it, runs the real check, and stops every server,
 * also on Ctrl-C.
 */
export async function runDemo(command: CliCommand, logger: Logger): Promise<RunResult> {
  const policyFile = await demoPolicyFile(command.settings.policyFile === '' ? undefined : command.settings.policyFile);
  const world = demoWorld();
  const stopOnSignal = (signal: NodeJS.Signals) => {
    void world.stop().finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    await startWorld(world);
    logger.info(
      `demo: lab started on 127.53.0.0/16 (DNS port ${DEMO_DNS_PORT}) and 127.25.0.0/24 (SMTP port ${DEMO_SMTP_PORT}); policy in ${policyFile}`,
    );
    return await run(
      {
        ...command.settings,
        policyFile,
        ...locatePolicy(policyFile),
        rootHints: [ROOT_SERVER_ADDRESS as IpAddress],
        dnsPort: DEMO_DNS_PORT,
        smtpPort: DEMO_SMTP_PORT,
        timeoutMs: 400,
        retries: 1,
        greetingTimeoutMs: 2500,
        ipVersion: '4',
      },
      logger,
    );
  } finally {
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
    await world.stop();
  }
}
