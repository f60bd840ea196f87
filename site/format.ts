// How figures read on a page: shares or "too few to report", and a month's change against the month before (▲▼ and the delta).
import type { Cell } from '../shared/report/suppress';
import type { Figure } from '../shared/report/types';
import { formatMonthName, formatNumber, formatShare, words, type Lang } from './i18n';

/** A share, "too few to report" when suppressed with cases behind it, "none" when nothing at all stood behind it. */
export function figureText(f: Figure | Cell, lang: Lang): string {
  if (!f.suppressed) return formatShare(f.value, lang);
  return f.n === 0 ? words(lang).noCases : words(lang).tooFew;
}

export function shareText(share: number | undefined, lang: Lang): string {
  return share === undefined ? '—' : formatShare(share, lang);
}

export interface Change {
  /** ▲, ▼ or ＝; empty when there is nothing to compare with. */
  arrow: string;
  /** "▲ 2.3 个百分点" / "▼ 1"; or why there is no change to show. */
  text: string;
  /** The same for a screen reader: "up 2.3 pp on Sep". */
  spoken: string;
  direction: 'up' | 'down' | 'same' | 'none';
}

/** No change to show, and exactly why: no data last month, none or too few last month, or nothing to compare this month. */
export const noChange = (lang: Lang, why: 'noPrevious' | 'previousNone' | 'previousTooFew' | 'noComparison' | 'newCohort' = 'noPrevious'): Change =>
  ({ arrow: '', text: words(lang)[why], spoken: words(lang)[why], direction: 'none' });

function changeOf(delta: number, lang: Lang, beforeMonth: string, unit: 'points' | 'count'): Change {
  const w = words(lang);
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '＝';
  const amount = formatNumber(Math.abs(delta), lang);
  const text = direction === 'same' ? `${arrow} ${w.same}` : unit === 'points' ? w.deltaPoints(arrow, amount) : w.deltaCount(arrow, amount);
  const word = direction === 'up' ? w.up : direction === 'down' ? w.down : w.same;
  const spokenAmount = direction === 'same' ? '' : unit === 'points' ? ` ${amount} ${w.pp}` : ` ${amount}`;
  return { arrow, text, spoken: w.deltaSpoken(`${word}${spokenAmount}`, formatMonthName(beforeMonth, lang)), direction };
}

/** Change of a share in percentage points; none when either month's figure is suppressed. */
export function figureChange(now: Figure, before: Figure | undefined, beforeMonth: string | undefined, lang: Lang): Change {
  if (!before || !beforeMonth) return noChange(lang);
  if (now.suppressed) return noChange(lang, 'noComparison');
  if (before.suppressed) return noChange(lang, before.n === 0 ? 'previousNone' : 'previousTooFew');
  return changeOf(Math.round((now.value - before.value) * 1000) / 10, lang, beforeMonth, 'points');
}

export function shareChange(now: number | undefined, before: number | undefined, beforeMonth: string | undefined, lang: Lang): Change {
  if (now === undefined || before === undefined || !beforeMonth) return noChange(lang);
  return changeOf(Math.round((now - before) * 1000) / 10, lang, beforeMonth, 'points');
}

export function countChange(now: number, before: number | undefined, beforeMonth: string | undefined, lang: Lang): Change {
  if (before === undefined || !beforeMonth) return noChange(lang);
  return changeOf(now - before, lang, beforeMonth, 'count');
}
