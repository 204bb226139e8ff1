import { OBSERVATIONS_FORMAT_VERSION } from './model.js';
import type { Observations } from './model.js';

/**
 * Reads a saved observations file. The structure is checked where the checks would otherwise
 * misread it; anything wrong is a clear error, never a crash deep in a rule.
 */
export function parseObservations(text: string, file: string): Observations {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`);
  }
  if (typeof data !== 'object' || data === null) throw new Error(`${file}: not an observations object`);
  const record = data as Record<string, unknown>;
  if (record['version'] !== OBSERVATIONS_FORMAT_VERSION) {
    throw new Error(
      `${file}: observations version ${JSON.stringify(record['version'])} is not supported (expected ${OBSERVATIONS_FORMAT_VERSION})`,
    );
  }
  const dns = record['dns'] as Record<string, unknown> | undefined;
  if (dns !== undefined) {
    for (const key of ['zones', 'names', 'mxTargets']) {
      if (!Array.isArray(dns[key])) throw new Error(`${file}: dns.${key} must be an array`);
    }
  }
  const scan = record['scan'] as Record<string, unknown> | undefined;
  if (scan !== undefined && !Array.isArray(scan['probes'])) throw new Error(`${file}: scan.probes must be an array`);
  return data as Observations;
}

export function serializeObservations(observations: Observations): string {
  return `${JSON.stringify(observations, null, 2)}\n`;
}
