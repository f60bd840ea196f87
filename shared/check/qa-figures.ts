// QA rows whose 当日得分, 当月积分 or 当月奖金档 cell disagrees with the rules (same-day rows added, critical criteria, 002's bands).
import { dateOf, monthOf } from '../dates';
import { BONUS_BAND, enumLabel, type BonusBand } from '../enums';
import { issueAt, type Issue } from '../issue';
import type { Settings } from '../settings';
import type { SheetRead } from '../sheet/sheet-read';
import { groupBy } from '../report/order';
import { recordRowsOf } from '../sheet/records';
import { bonusBand, monthlyPoints } from '../rules/qa-points';
import { header, placeOf } from './place';

/** Only cells that hold a value are compared: an export without the formula columns has nothing to disagree with. */
export function checkQaFigures(read: SheetRead, settings: Settings): Issue[] {
  // An audit whose required cell did not read has an issue already and takes no part in the month's figures.
  const groups = groupBy(recordRowsOf(read, 'qaAudits'), ({ record }) => `${record.agent}\u0000${monthOf(record.date)}`);
  const issues: Issue[] = [];
  for (const audits of groups.values()) {
    const m = monthlyPoints(audits.map((a) => a.record), settings);
    const band = bonusBand(m.points, settings);
    for (const { row } of audits) {
      const v = row.values;
      const day = m.lostDays.includes(dateOf(String(v['date']))) ? 0 : 1;
      const wrong = (key: string, shown: (lang: 'zh' | 'en') => string, expected: (lang: 'zh' | 'en') => string): void => {
        const name = header(read, key);
        issues.push(issueAt(placeOf(read, row, key), 'qa-figure-mismatch',
          `${name.en} says ${shown('en')} but the agent's audits of that ${key === 'dayPoint' ? 'day' : 'month'} give ${expected('en')}; recalculate the QA columns`,
          `${name.zh}为"${shown('zh')}"，但按该客服当${key === 'dayPoint' ? '天' : '月'}的质检记录应为"${expected('zh')}"，请重新计算质检公式列`));
      };
      const number = (n: unknown) => () => String(n);
      const label = (b: BonusBand) => (lang: 'zh' | 'en') => enumLabel(BONUS_BAND, b, lang);
      if (v['dayPoint'] !== undefined && v['dayPoint'] !== day) wrong('dayPoint', number(v['dayPoint']), number(day));
      if (v['monthlyPoints'] !== undefined && v['monthlyPoints'] !== m.points) wrong('monthlyPoints', number(v['monthlyPoints']), number(m.points));
      if (v['bonusBand'] !== undefined && v['bonusBand'] !== band) wrong('bonusBand', label(v['bonusBand'] as BonusBand), label(band));
    }
  }
  return issues;
}
