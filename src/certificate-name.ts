/** Certificate names against host names, shared by the probe (which records) and the rules (which judge per MX name). */

/**
 * Whether a certificate name covers a host (RFC 9525 §6.3): equal without case, or a wildcard `*`
 * as the whole left-most label, standing for exactly one label.
 */
export function nameCovers(pattern: string, host: string): boolean {
  const wanted = host.toLowerCase().replace(/\.$/, '');
  const name = pattern.toLowerCase().replace(/\.$/, '');
  if (!name.startsWith('*.')) return name === wanted;
  const dot = wanted.indexOf('.');
  return dot > 0 && wanted.slice(dot + 1) === name.slice(2) && name.slice(2).includes('.');
}
