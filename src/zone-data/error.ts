/** A zone-data file that cannot be read as its format says: reported as file:line and exit 2. */
export class ZoneDataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
  }
}
