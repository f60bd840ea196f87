// Splits a V8 .cpuprofile's time among named functions: each sample goes to the innermost listed function on its stack.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Milliseconds per category, where categories maps a category to the function names that start it. A sample inside
 * none of them counts as 'other'; garbage-collector and "(program)" samples go to the category of the sample before
 * them, since the code that allocated is what the collector is cleaning up after.
 */
export function attribute(path: string, categories: Record<string, readonly string[]>): Record<string, number> {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const categoryOf = new Map<string, string>();
  for (const [category, names] of Object.entries(categories)) for (const name of names) categoryOf.set(name, category);
  const memo = new Map<number, string>();
  const classify = (id: number): string => {
    const known = memo.get(id);
    if (known) return known;
    let result = 'other';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const hit = categoryOf.get(byId.get(at)!.callFrame.functionName);
      if (hit) {
        result = hit;
        break;
      }
    }
    memo.set(id, result);
    return result;
  };
  const totals: Record<string, number> = { other: 0, idle: 0 };
  for (const c of Object.keys(categories)) totals[c] = 0;
  let previous = 'other';
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const name = byId.get(id)!.callFrame.functionName;
    let category: string;
    if (name === '(idle)') category = 'idle';
    else if (name === '(garbage collector)' || name === '(program)') category = previous;
    else category = classify(id);
    totals[category] = (totals[category] ?? 0) + ms;
    if (category !== 'idle') previous = category;
  });
  return totals;
}
