// A month's figure computed once per dataset and settings: its own section and the eleven trends after it all ask for it.
const memos = new WeakMap<object, WeakMap<object, Map<string, unknown>>>();

/** compute() once for this data, settings and key (the figure's name, the options it depends on and the month). */
export function onceFor<T>(data: object, settings: object, key: string, compute: () => T): T {
  let bySettings = memos.get(data);
  if (!bySettings) memos.set(data, (bySettings = new WeakMap()));
  let byKey = bySettings.get(settings);
  if (!byKey) bySettings.set(settings, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = compute();
  byKey.set(key, value);
  return value;
}
