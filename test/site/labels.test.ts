// Labels that name enum values come from shared/enums alone: the site, the summary text and the sheet say the same words.
import { describe, expect, it } from 'vitest';
import { BONUS_BAND, enumLabel, TRAINING_STATUS } from '../../shared/enums';
import { formatMonthSummary } from '../../shared/report/summary-text';
import type { MonthSummary } from '../../shared/report/summary';
import { words } from '../../site/i18n';

const LANGS = ['zh', 'en'] as const;

describe('one source for the labels of enum values', () => {
  it.each(LANGS)('training statuses on the site are shared/enums TRAINING_STATUS (%s)', (lang) => {
    expect(TRAINING_STATUS.map((s) => words(lang).outcome(s.key))).toEqual(TRAINING_STATUS.map((s) => s[lang]));
  });

  it.each(LANGS)('bonus bands on the site are shared/enums BONUS_BAND (%s)', (lang) => {
    expect(BONUS_BAND.map((b) => words(lang).band(b.key))).toEqual(BONUS_BAND.map((b) => b[lang]));
  });

  it('the full band reads 全额奖金 everywhere (002: "26分全滿者基本獎金全得")', () => {
    expect(enumLabel(BONUS_BAND, 'full', 'zh')).toBe('全额奖金');
    expect(words('zh').band('full')).toBe('全额奖金');
  });

  it.each(LANGS)('the summary text names a status with the same label as the site (%s)', (lang) => {
    const summary: MonthSummary = {
      month: '2026-10',
      satisfaction: { responses: 0, satisfied: 0, rate: null },
      followUps: { postServiceDue: 0, postServiceOnTime: 0, afterSalesDue: null, afterSalesOnTime: null, secondMissedCustomers: 0, secondDueCustomers: 0 },
      complaints: { received: 0, closed: 0, open: 0, firstResponseDue: 0, firstResponseMet: 0, medianHoursToClose: null },
      quality: { agents: [] },
      training: { trainees: [{ cohort: '2026-10', trainee: '学员 1', status: 'extended' }] },
      customers: { total: 0, tiers: { vip: 0, core: 0, potential: 0, ordinary: 0 } },
    };
    expect(formatMonthSummary(summary, lang)).toContain(words(lang).outcome('extended'));
  });
});
