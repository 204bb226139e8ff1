/**
 * Orders strings by UTF-16 code unit: the same on every machine and locale (localeCompare is not),
 * so reports, merged shards and SARIF come out byte-identical wherever they are made.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
