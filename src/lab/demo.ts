import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CliCommand } from '../cli-arguments.js';
import type { IpAddress } from '../ip-address.js';
import type { Logger } from '../logger.js';
import { run } from '../run.js';
import { locatePolicy } from '../settings.js';
import type { RunResult } from '../run.js';
import { DEMO_DNS_PORT, DEMO_SMTP_PORT } from './demo-ports.js';
import { PLANTED_DNS_SERVERS, plantedListeners, plantedPolicy, ROOT_SERVER_ADDRESS } from './planted-world.js';
import { LabWorld } from './world.js';

export const DEMO_POLICY_FILE = path.join('examples', 'demo-policy.yml');

async function prepareWorld(): Promise<LabWorld> {
  await mkdir(path.dirname(DEMO_POLICY_FILE), { recursive: true });
  await writeFile(DEMO_POLICY_FILE, plantedPolicy(DEMO_SMTP_PORT));
  return new LabWorld({ dnsServers: PLANTED_DNS_SERVERS, listeners: plantedListeners(DEMO_SMTP_PORT) }, DEMO_DNS_PORT);
}

/**
 * `mail-perimeter demo --serve`: only the world, until interrupted, so that the action (or any other
 * tool) can be pointed at it, as the project's own workflow does with `uses: ./`.
 */
export async function serveDemoWorld(logger: Logger): Promise<void> {
  const world = await prepareWorld();
  await world.start();
  logger.info(
    `demo world serving: --root-hints ${ROOT_SERVER_ADDRESS} --dns-port ${DEMO_DNS_PORT} --smtp-port ${DEMO_SMTP_PORT} --policy ${DEMO_POLICY_FILE}; Ctrl-C stops it`,
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
  await mkdir(path.dirname(DEMO_POLICY_FILE), { recursive: true });
  await writeFile(DEMO_POLICY_FILE, plantedPolicy(DEMO_SMTP_PORT));
  const world = new LabWorld({ dnsServers: PLANTED_DNS_SERVERS, listeners: plantedListeners(DEMO_SMTP_PORT) }, DEMO_DNS_PORT);
  const stopOnSignal = (signal: NodeJS.Signals) => {
    void world.stop().finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    await world.start();
    logger.info(
      `demo: lab started on 127.53.0.0/16 (DNS port ${DEMO_DNS_PORT}) and 127.25.0.0/24 (SMTP port ${DEMO_SMTP_PORT}); policy in ${DEMO_POLICY_FILE}`,
    );
    return await run(
      {
        ...command.settings,
        policyFile: DEMO_POLICY_FILE,
        ...locatePolicy(DEMO_POLICY_FILE),
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
