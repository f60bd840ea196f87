// Numbers, shares and months as each language writes them (Intl), and the label of an enum value or Settings list entry.
import { enumLabel, type EnumValue } from '../../shared/enums';
import { LOCALE, type Lang } from './lang';

export function formatNumber(n: number, lang: Lang, maxDigits = 1): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxDigits }).format(n);
}

/** A share 0…1 as "86.5%". */
export function formatShare(share: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

function monthDate(month: string): Date {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1));
}

/** "2026年10月" / "October 2026". */
export function formatMonth(month: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(monthDate(month));
}

/** "2026年10月" / "Oct 2026", for chart axes. */
export function formatMonthShort(month: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(monthDate(month));
}

/** "10月" / "Oct", for "against last month" phrases. */
export function formatMonthName(month: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { month: 'short', timeZone: 'UTC' }).format(monthDate(month));
}

/** A label from a shared enum or a Settings list; an unknown key shows as itself. */
export function labelOf(list: readonly EnumValue[], key: string, lang: Lang): string {
  return enumLabel(list, key, lang);
}
