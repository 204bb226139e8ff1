import type { Observations } from './model.js';

/**
 * One shared, frozen instance for each distinct piece of observation (hash-consing). A hosting
 * provider's zones repeat the same servers, the same SOA and NS answers, the same refused
 * transfers thousands of times: kept once each, a walk's memory grows by little more than one
 * small object per zone instead of a hundred. No library fits: structural sharing libraries
 * (immutable collections) change the data's type, and every reader here takes plain JSON data.
 */
export class Canonicalizer {
  /** Each shared instance's number, which stands for it in the key of anything holding it. */
  private readonly ids = new WeakMap<object, number>();
  private readonly byKey = new Map<string, object>();

  /**
   * A copy of `value` whose nested objects and arrays are the shared instances of their content;
   * the top itself is not shared (a zone's own observation is met once) and stays unfrozen.
   */
  children<T extends object>(value: T): T {
    if (Array.isArray(value)) return value.map((item: unknown) => this.canonical(item)) as T;
    const copy: Record<string, unknown> = {};
    for (const key in value) copy[key] = this.canonical(value[key]);
    return copy as T;
  }

  /** The shared instance of `value` (any JSON-like value); equal content gives the same instance. */
  canonical<T>(value: T): T {
    if (value === null || typeof value !== 'object' || this.ids.has(value)) return value;
    // Keys are built by concatenation, without intermediate arrays: this runs for every piece of
    // every zone, and allocation is what it costs.
    let key: string;
    let copy: object;
    if (Array.isArray(value)) {
      let parts = '[';
      copy = value.map((item: unknown) => {
        const shared = this.canonical(item);
        parts += `${this.part(shared)},`;
        return shared;
      });
      key = parts;
    } else {
      const fields: Record<string, unknown> = {};
      key = '{';
      for (const name in value) {
        const shared = this.canonical(value[name]);
        fields[name] = shared;
        key += `${name.length}:${name}${this.part(shared)},`;
      }
      copy = fields;
    }
    const existing = this.byKey.get(key);
    if (existing !== undefined) return existing as T;
    // Frozen: one zone's reader must never change what another zone's observation shows.
    Object.freeze(copy);
    this.ids.set(copy, this.byKey.size);
    this.byKey.set(key, copy);
    return copy as T;
  }

  /** Each part says its own length or ends where no character of it can: no two contents share a key. */
  private part(value: unknown): string {
    switch (typeof value) {
      case 'string':
        return `s${value.length}:${value}`;
      case 'number':
        return `n${value}`;
      case 'boolean':
        return value ? 't' : 'f';
      case 'undefined':
        return 'u';
      default:
        return value === null ? 'z' : `#${this.ids.get(value as object)!}`;
    }
  }
}

/**
 * Saved observations with their repeated pieces shared: a merge reads four shards of 25,000
 * zones each, and parsed JSON has no sharing of its own.
 */
export function shareRepeatedPieces(observations: Observations, canonicalizer: Canonicalizer): Observations {
  const { dns } = observations;
  if (dns === undefined) return observations;
  const each = <T extends object>(items: readonly T[]) => items.map((item) => canonicalizer.children(item));
  return { ...observations, dns: { ...dns, zones: each(dns.zones), names: each(dns.names), mxTargets: each(dns.mxTargets) } };
}
