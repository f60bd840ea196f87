// Orderings the report uses, by code unit so every runtime (Node, Apps Script) sorts the same way.

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The distinct values, sorted. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText);
}

/** Lists filled in sheet order are mostly ascending already: sort only the few that are not (a sort call per list costs more than the check). */
export function sortAscending<T extends string | number>(list: T[]): void {
  for (let i = 1; i < list.length; i++) {
    if (list[i]! < list[i - 1]!) {
      list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return;
    }
  }
}

/** Adds an item to its key's list, starting the list when the key is new. */
export function pushTo<K, T>(groups: Map<K, T[]>, key: K, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/** Items grouped by a key, groups in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) pushTo(groups, key(item), item);
  return groups;
}
