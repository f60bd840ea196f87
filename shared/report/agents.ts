// How staff are named on a published page: as themselves, or as keyed pseudonyms "客服 A" / "学员 1" that only the key's holder can map back.
import { hmacSha256Hex } from './keyed-hash';
import { callAgents } from './month-answers';
import type { ReportData, ReportOptions } from './types';
import { compareText, sortedUnique } from './order';

type Staff = Pick<ReportData, 'calls' | 'qaAudits' | 'customers'> & Partial<Pick<ReportData, 'training'>>;
type AliasOptions = Pick<ReportOptions, 'pseudonymiseAgents' | 'pseudonymKey'>;

/** Spreadsheet-style letters: 0 → A, 25 → Z, 26 → AA. */
function letters(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

const namesOf = new WeakMap<Staff, string[]>();

/** Agents of calls and audits, sorted; names seen only as a customer's assigned agent or a trainee's mentor follow, sorted (once per data: the plain and the keyed order both ask). */
export function agentNames(data: Staff): string[] {
  let names = namesOf.get(data);
  if (!names) {
    const seen = callAgents(data.calls);
    for (const a of data.qaAudits) seen.add(a.agent);
    const working = sortedUnique(seen);
    const others = new Set<string>();
    const other = (name: string | undefined): void => {
      if (name?.trim() && !seen.has(name)) others.add(name);
    };
    for (const c of data.customers) other(c.assignedAgent);
    for (const t of data.training ?? []) other(t.mentor);
    namesOf.set(data, (names = [...working, ...sortedUnique(others)]));
  }
  return [...names];
}

/**
 * The names in keyed order: ranked by HMAC-SHA-256(key, purpose + name), so without the key the order says nothing about
 * the names (not their sorting, not their order in the sheet). The site always passes a key (see site/data/pseudonym-key.ts).
 */
export function keyedOrder(names: readonly string[], key: string | undefined, purpose: string): string[] {
  const hashes = new Map(names.map((name) => [name, hmacSha256Hex(key ?? '', `${purpose}\u0000${name}`)]));
  return [...new Set(names)].sort((a, b) => compareText(hashes.get(a)!, hashes.get(b)!) || compareText(a, b));
}

const aliasCache = new WeakMap<Staff, Map<string, Map<string, number>>>();

/** Each staff name's rank in the keyed order, once per data and key. */
function keyedRanks(data: Staff, key: string | undefined): Map<string, number> {
  let byKey = aliasCache.get(data);
  if (!byKey) aliasCache.set(data, (byKey = new Map()));
  let ranks = byKey.get(key ?? '');
  if (!ranks) {
    ranks = new Map(keyedOrder(agentNames(data), key, 'agent').map((name, i) => [name, i]));
    byKey.set(key ?? '', ranks);
  }
  return ranks;
}

/** The name a report prints for an agent (or mentor); the same data and key always give the same aliases. */
export function agentAlias(data: Staff, options: AliasOptions): (name: string) => string {
  if (!options.pseudonymiseAgents) return (name) => name;
  const ranks = keyedRanks(data, options.pseudonymKey);
  // A name outside the data cannot get a stable letter, so it is not given away either.
  return (name) => {
    const rank = ranks.get(name);
    return rank === undefined ? '客服 ?' : `客服 ${letters(rank)}`;
  };
}

const nameRanks = new WeakMap<Staff, Map<string, number>>();

/** Each staff name's rank in agentNames' order, once per data: every section of every month sorts by it. */
function namedRanks(data: Staff): Map<string, number> {
  let ranks = nameRanks.get(data);
  if (!ranks) nameRanks.set(data, (ranks = new Map(agentNames(data).map((name, i) => [name, i]))));
  return ranks;
}

/** Sorts agent names the way a page lists them: by alias when pseudonymised (so the row order gives nothing away), else by name. */
export function agentOrder(data: Staff, options: AliasOptions = { pseudonymiseAgents: false }): (a: string, b: string) => number {
  const rank = options.pseudonymiseAgents ? keyedRanks(data, options.pseudonymKey) : namedRanks(data);
  return (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || compareText(a, b);
}

/** A cohort's trainees as "学员 1", "学员 2" … in keyed order (name → alias). */
export function traineeAliases(trainees: readonly string[], key: string | undefined): Map<string, string> {
  return new Map(keyedOrder(trainees, key, 'trainee').map((name, i) => [name, `学员 ${i + 1}`]));
}
