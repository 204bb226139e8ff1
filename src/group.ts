/**
 * Grouping in one pass. The spread idiom `map.set(key, [...(map.get(key) ?? []), item])` copies a
 * group on every append: 100,000 findings of one rule cost 5·10^9 copies. Node 20, the Actions
 * runtime, has no Map.groupBy.
 */
export function appendTo<K, V>(groups: Map<K, V[]>, key: K, item: V): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/** The items grouped by key, groups and items in the order first met. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) appendTo(groups, keyOf(item), item);
  return groups;
}
