// How agents are named on a published page: as themselves, or as stable pseudonyms "客服 A", "客服 B" ….
import type { ReportData, ReportOptions } from './types';
import { sortedUnique } from './order';

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

/** Agents of calls and audits, sorted; names seen only as a customer's assigned agent follow, sorted. */
export function agentNames(data: Pick<ReportData, 'calls' | 'qaAudits' | 'customers'>): string[] {
  const working = sortedUnique([...data.calls.map((c) => c.agent), ...data.qaAudits.map((a) => a.agent)]);
  const known = new Set(working);
  const assignedOnly = sortedUnique(data.customers.flatMap((c) => (c.assignedAgent && !known.has(c.assignedAgent) ? [c.assignedAgent] : [])));
  return [...working, ...assignedOnly];
}

/** The name a report prints for an agent; the same data always gives the same aliases. */
export function agentAlias(data: Pick<ReportData, 'calls' | 'qaAudits' | 'customers'>, options: Pick<ReportOptions, 'pseudonymiseAgents'>): (name: string) => string {
  if (!options.pseudonymiseAgents) return (name) => name;
  const aliases = new Map(agentNames(data).map((name, i) => [name, `客服 ${letters(i)}`]));
  // A name outside the data cannot get a stable letter, so it is not given away either.
  return (name) => aliases.get(name) ?? '客服 ?';
}

/** Sorts agent names the way their aliases are handed out. */
export function agentOrder(data: Pick<ReportData, 'calls' | 'qaAudits' | 'customers'>): (a: string, b: string) => number {
  const rank = new Map(agentNames(data).map((name, i) => [name, i]));
  return (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
}
