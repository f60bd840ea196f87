// 会员回访覆盖率 of every month from one walk of each card holder's calls (the follow-up timeline), not a look-up per call per month.
import { INBOUND, REACHED } from '../rules/call-timeline';
import { cardHolders, cardsHeld, membersOn, type CardHolders } from '../rules/follow-up-schedule';
import type { Settings } from '../settings';
import { figure } from './figure';
import { owedCustomersOf } from './follow-up-months';
import { onceFor } from './month-memo';
import { monthRange, monthText } from './months';
import type { Figure, ReportData } from './types';

/** Member coverage's counts of every month once per dataset: the members on its last day, and those an outgoing call reached in it. */
interface Coverage {
  holders: CardHolders;
  covered: Map<string, number>;
}

const coverageByData = new WeakMap<ReportData, Coverage>();

/**
 * Each card holder's calls are walked once, in time order, so a month's first outgoing reached call counts the cards held
 * on its last day (a holder refusing contact is no member; every other holder has an id, a record's required column).
 */
function coverageIn(data: ReportData): Coverage {
  let coverage = coverageByData.get(data);
  if (coverage) return coverage;
  const holders = cardHolders(data.customers);
  const { keyOf, timeline: { start, order, day, what } } = owedCustomersOf(data);
  // Per yyyymm: the month, its last day and the cards counted in it so far.
  const ends = new Map<number, { month: string; end: string; covered: number }>();
  for (const [id, cards] of holders.cards) {
    const key = keyOf.get(id);
    if (key === undefined) continue;
    let counted = -1;
    for (let j = start[key]!; j < start[key + 1]!; j++) {
      const i = order[j]!;
      if ((what[i]! & (REACHED | INBOUND)) !== REACHED) continue;
      const yyyymm = Math.floor(day[i]! / 100);
      if (yyyymm === counted) continue;
      counted = yyyymm;
      let e = ends.get(yyyymm);
      if (!e) {
        const month = monthText(yyyymm);
        ends.set(yyyymm, (e = { month, end: monthRange(month).to, covered: 0 }));
      }
      e.covered += cardsHeld(cards, e.end);
    }
  }
  const covered = new Map([...ends.values()].map((e) => [e.month, e.covered]));
  coverageByData.set(data, (coverage = { holders, covered }));
  return coverage;
}

export function coverageOf(data: ReportData, month: string, settings: Settings, minGroupSize: number): Figure & { members: number; covered: number } {
  return onceFor(data, settings, `coverage|${minGroupSize}|${month}`, () => {
    const { holders, covered: reached } = coverageIn(data);
    const c = { members: membersOn(holders, monthRange(month).to), covered: reached.get(month) ?? 0 };
    return { ...figure(c.covered, c.members, minGroupSize), members: c.members, covered: c.covered };
  });
}

