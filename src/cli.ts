import { writeFile } from 'node:fs/promises';
import { parseCli, USAGE } from './cli-arguments.js';
import type { CliCommand } from './cli-arguments.js';
import { plantedFindingsJson, runDemo, serveDemoWorld } from './lab/demo.js';
import { consoleLogger } from './logger.js';
import { runInit } from './init/init.js';
import { ConfigurationError } from './policy/problem.js';
import { writeJsonReport } from './report/json.js';
import { render } from './report/render.js';
import { run, TOOL } from './run.js';
import { printable } from './untrusted-text.js';
import type { RunResult } from './run.js';

/** The CLI: a thin shell over run(), like the action (src/main.ts). */
async function main(argv: readonly string[]): Promise<number> {
  let command: CliCommand;
  try {
    command = parseCli(argv);
  } catch (error) {
    return reportFailure(error);
  }
  if (command.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command.command === 'version') {
    process.stdout.write(`${TOOL.name} ${TOOL.version}\n`);
    return 0;
  }
  const logger = consoleLogger(command.verbose);
  try {
    if (command.command === 'demo' && command.planted) {
      process.stdout.write(plantedFindingsJson());
      return 0;
    }
    if (command.command === 'init') {
      return (await runInit({ ...command.init!, output: command.output, settings: command.settings }, logger)).exitCode;
    }
    if (command.command === 'demo' && command.serve) {
      await serveDemoWorld(logger, command.settings.policyFile === '' ? undefined : command.settings.policyFile);
      return 0;
    }
    const result: RunResult = command.command === 'demo' ? await runDemo(command, logger) : await run(command.settings, logger);
    if (command.output !== undefined && command.format === 'json') await writeJsonReport(command.output, result.report);
    else {
      const rendered = render(result.report, command.format, result.failed, command.category);
      if (command.output !== undefined) await writeFile(command.output, rendered);
      else process.stdout.write(rendered);
    }
    if (result.policyInvalid) {
      for (const finding of result.report.findings) {
        const location = finding.location;
        // Policy text is untrusted: a value with "\n::error" must not become a runner command.
        process.stderr.write(
          printable(`${location ? `${location.file}:${location.line}:${location.column}: ` : ''}${finding.message}`) + '\n',
        );
      }
    }
    return result.exitCode;
  } catch (error) {
    return reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof ConfigurationError) process.stderr.write(`mail-perimeter: ${printable(error.message)}\n`);
  else {
    // Each line made printable and the trace indented: no line of it can start a runner command.
    const trace = ((error as Error).stack ?? String(error)).split('\n').map(printable).join('\n  ');
    process.stderr.write(`mail-perimeter: internal error (please report): ${trace}\n`);
  }
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
