import observationsSchema from '../../docs/observations.schema.json' with { type: 'json' };
import { schemaValidator } from '../policy/schema-validation.js';
import { writeJsonFile } from '../json-stream.js';
import { OBSERVATIONS_FORMAT_VERSION } from './model.js';
import type { Observations } from './model.js';

/** Errors quoted from an invalid file; the first few say where to look. */
const MAX_ERRORS_SHOWN = 3;

const validateObservations = schemaValidator(observationsSchema);

/**
 * Reads a saved observations file, validated against docs/observations.schema.json: a file from
 * a bug report or another runner is untrusted, and a malformed one is a clear error naming the
 * bad field, never a crash deep in a rule.
 */
export function parseObservations(text: string, file: string): Observations {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = jsonErrorPosition(text, message);
    const where = position ? `${file}:${position.line}:${position.column}` : file;
    throw new Error(`${where}: not JSON (${message.replace(/ in JSON at position \d+.*$/, '')})`);
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof data === 'object' && data !== null && version !== OBSERVATIONS_FORMAT_VERSION) {
    throw new Error(`${file}: observations version ${JSON.stringify(version)} is not supported (expected ${OBSERVATIONS_FORMAT_VERSION})`);
  }
  const errors = validateObservations(data);
  if (errors.length > 0) {
    const shown = errors
      .slice(0, MAX_ERRORS_SHOWN)
      .map((error) => `${error.pointer || '/'}${error.key ? ` (${error.key})` : ''}: ${error.message}`);
    const more = errors.length > shown.length ? `; and ${errors.length - shown.length} more` : '';
    throw new Error(`${file}: not a valid observations file: ${shown.join('; ')}${more}`);
  }
  return data as Observations;
}

export function serializeObservations(observations: Observations): string {
  return `${JSON.stringify(observations, null, 2)}\n`;
}

/**
 * Saves observations as serializeObservations would write them, streamed: a large run's
 * observations never exist as one string, so peak memory stays near the observations themselves.
 */
export async function writeObservationsFile(file: string, observations: Observations): Promise<void> {
  await writeJsonFile(file, observations);
}

/**
 * Where JSON.parse stopped, as line and column (1-based): its message gives an offset, or says the
 * text ended early (a file cut off mid-way: its end); V8's "Unexpected token" gives neither.
 */
function jsonErrorPosition(text: string, message: string): { line: number; column: number } | undefined {
  const offset = /at position (\d+)/.exec(message);
  if (!offset && !message.includes('end of JSON input')) return undefined;
  const position = offset ? Math.min(Number(offset[1]), text.length) : text.length;
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < position; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: position - lineStart + 1 };
}
