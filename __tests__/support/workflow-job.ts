/**
 * The project's own workflow job `action-on-itself`, run as the runner would run it: its serve
 * step's command, its `uses: ./` step with that step's inputs (and action.yml's defaults for the
 * rest) against the committed bundle, and its assertion step's script with the step outputs
 * substituted. demo.test.ts runs it (one file owns the demo's fixed ports), so that a change to the
 * demo world fails here before it fails on GitHub.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, string>;
}

const workflow = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { main: string } };
const steps = workflow.jobs['action-on-itself']!.steps;
const serveStep = steps.find((step) => step.run?.includes('demo --serve'))!;
const actionStep = steps.find((step) => step.uses === './')!;
const assertionStep = steps[steps.indexOf(actionStep) + 1]!;

/** The runner's checkout: the files the job reads, in a directory of its own (the job writes its report and SARIF there). */
function checkout(): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-workflow-'));
  for (const entry of ['action.yml', 'dist', 'examples', 'scripts', 'package.json'])
    cpSync(entry, path.join(directory, entry), { recursive: true });
  return directory;
}

/** `name<<DELIMITER … DELIMITER` blocks, as @actions/core writes GITHUB_OUTPUT. */
function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let index = 0; index < lines.length; index++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[index]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, index + 1);
      outputs[heredoc[1]!] = lines.slice(index + 1, end).join('\n');
      index = end;
    } else if (lines[index]!.includes('=')) {
      const [name, ...value] = lines[index]!.split('=');
      outputs[name!] = value.join('=');
    }
  }
  return outputs;
}

/** Runs the job; the assertion step's exit status, output and errors are returned. */
export async function runActionOnItself(): Promise<{
  action: { status: number | null; stderr: string };
  assertion: { status: number | null; stdout: string; stderr: string };
}> {
  const workspace = checkout();
  // The serve step backgrounds this one command; here it is a child stopped by its own pid.
  const command = /node dist\/cli\.js demo --serve/.exec(serveStep.run!)![0].split(' ');
  const world = spawn(process.execPath, command.slice(1), { cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => world.once('exit', resolve));
  try {
    await new Promise<void>((resolve, reject) => {
      let log = '';
      const timer = setTimeout(() => reject(new Error(`the demo world did not start: ${log}`)), 10_000);
      const read = (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('demo world serving')) {
          clearTimeout(timer);
          resolve();
        }
      };
      world.stdout.on('data', read);
      world.stderr.on('data', read);
    });
    const inputs: Record<string, string> = {};
    for (const [name, input] of Object.entries(action.inputs)) if (input.default !== undefined) inputs[name] = input.default;
    Object.assign(inputs, actionStep.with);
    const outputFile = path.join(workspace, 'github-output');
    writeFileSync(outputFile, '');
    writeFileSync(path.join(workspace, 'github-summary'), '');
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: path.join(workspace, 'github-summary'),
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'push',
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(value);
    const ran = spawnSync(process.execPath, [action.runs.main], { cwd: workspace, env, encoding: 'utf8' });
    const outputs = readOutputs(outputFile);
    const script = assertionStep.run!.replace(
      /\$\{\{\s*steps\.perimeter\.outputs\.([\w-]+)\s*\}\}/g,
      (_, name: string) => outputs[name] ?? '',
    );
    const assertion = spawnSync('bash', ['-e', '-c', script], { cwd: workspace, encoding: 'utf8' });
    return {
      action: { status: ran.status, stderr: ran.stderr },
      assertion: { status: assertion.status, stdout: assertion.stdout, stderr: assertion.stderr },
    };
  } finally {
    if (world.exitCode === null) world.kill('SIGTERM');
    await exited;
    rmSync(workspace, { recursive: true, force: true });
  }
}
