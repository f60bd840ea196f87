// The QA sheet formulas in HyperFormula: same-day rows added up, critical criteria honoured, and agreement with the core.
import { beforeEach, describe, expect, it } from 'vitest';
import { monthOf } from '../../../shared/dates';
import { BONUS_BAND, enumLabel, QA_CRITERION, type BonusBand } from '../../../shared/enums';
import { parseQaRubric } from '../../../shared/rules/qa-rubric';
import { bonusBand, monthlyPoints } from '../../../shared/rules/qa-points';
import { QA_AUDITS, type QaAudit } from '../../../shared/schema';
import { defaultSettings, formatSettingValue, SETTING_DESCRIPTORS, withSetting, type Settings } from '../../../shared/settings';
import { generateQaAudits, random, toDataRow } from './generate';
import { buildWorkbook, type Workbook } from './workbook';

const ROWS = 300;
const settings = defaultSettings();
const rubricDescriptor = SETTING_DESCRIPTORS.find((d) => d.key === 'qa.rubric')!;

let seq = 0;
const audit = (agent: string, date: string, unqualified: number, extra: Partial<QaAudit> = {}): QaAudit => ({
  id: `Q${++seq}`, date, agent, sampled: 20, unqualified, ...extra,
});

// Hand-computed rows of one month; each row's expected day point (default rubric) is in the comment.
const rows: QaAudit[] = [
  audit('王芳', '2026-11-02', 2, { greeting: 2 }), // 0: 2 + 2 = 4 that day — 002 "有4條不合格者扣一分"
  audit('王芳', '2026-11-02', 2, { closing: 2 }), // 0: the same day
  audit('王芳', '2026-11-03', 1), // 1: 1 + 2 = 3 keeps the point
  audit('王芳', '2026-11-03', 2), // 1
  audit('王芳', '2026-11-04', 3), // 1: 3 < 4
  audit('王芳', '2026-11-05', 4), // 0: 4 alone
  audit('王芳', '2026-11-06', 1, { attitude: 1 }), // 1: one attitude failure, lost only if attitude is critical
  audit('李娜', '2026-11-02', 3), // 1: another agent's 3 does not add to 王芳's day
  audit('王芳', '2026-12-01', 4), // 0: December, its own month
];

function workbookOf(audits: readonly QaAudit[], s: Settings = settings, lang: 'zh' | 'en' = 'zh'): Workbook {
  return buildWorkbook(s, [{ schema: QA_AUDITS, rows: audits.map((a) => toDataRow(a, ['date'])) }], { rows: ROWS, lang });
}

describe('QA bonus band formula at every edge', () => {
  // 002: "每人每月得分低于20分者,扣除當月獎金的50元,低于15分者扣除100元,12分以下本月獎金沒有!26分全滿者基本獎金全得"
  const cases: { description: string; input: number; expected: BonusBand }[] = [
    { description: '26 points: full', input: 26, expected: 'full' },
    { description: '25 points: standard', input: 25, expected: 'standard' },
    { description: '20 points: standard (低于20 excludes 20)', input: 20, expected: 'standard' },
    { description: '19 points: minus 50', input: 19, expected: 'minus-50' },
    { description: '15 points: minus 50 (低于15 excludes 15)', input: 15, expected: 'minus-50' },
    { description: '14 points: minus 100', input: 14, expected: 'minus-100' },
    { description: '13 points: minus 100', input: 13, expected: 'minus-100' },
    { description: '12 points: no bonus (12分以下 includes 12)', input: 12, expected: 'none' },
  ];
  // One agent per case, losing 26 − points days (4 unqualified each) and keeping one more day.
  const audits = cases.flatMap(({ input }, k) => Array.from({ length: 26 - input + 1 }, (_, d) =>
    audit(`客服${k}`, `2026-11-${String(d + 1).padStart(2, '0')}`, d < 26 - input ? 4 : 0)));
  const rowOf = (k: number): number => audits.findIndex((a) => a.agent === `客服${k}`);
  for (const lang of ['zh', 'en'] as const) {
    const wb = workbookOf(audits, settings, lang);
    it.each(cases.map((c, k) => ({ ...c, k, lang })))('$description ($lang)', ({ input, expected, k }) => {
      expect(wb.column(QA_AUDITS, 'monthlyPoints', audits.length)[rowOf(k)]).toBe(input);
      expect(wb.column(QA_AUDITS, 'bonusBand', audits.length)[rowOf(k)]).toBe(enumLabel(BONUS_BAND, expected, lang));
    });
  }
  it('reads the edge from Settings: no bonus at or below 13 makes 13 points no bonus', () => {
    const wb = workbookOf(audits);
    wb.setSetting('qa.noBonusAtOrBelow', 13);
    expect(wb.column(QA_AUDITS, 'bonusBand', audits.length)[rowOf(6)]).toBe('无奖金');
  });
});

describe('QA formulas, hand-computed', () => {
  let wb: Workbook;
  beforeEach(() => { wb = workbookOf(rows); });

  const cases = [
    {
      description: 'default rubric (nothing critical): same-day rows add up, 王芳 loses 11-02 and 11-05 in November',
      input: undefined,
      expected: { dayPoint: [0, 0, 1, 1, 1, 0, 1, 1, 0], monthlyPoints: [24, 24, 24, 24, 24, 24, 24, 26, 25] },
    },
    {
      description: 'attitude critical: the day with one attitude failure loses its point too (23 in November)',
      input: '问候语 5; 结束语 5; 服务态度 10 一票否决; 服务用语 5; 业务知识 10; 响应时间 5; 处理及时清晰 5',
      expected: { dayPoint: [0, 0, 1, 1, 1, 0, 0, 1, 0], monthlyPoints: [23, 23, 23, 23, 23, 23, 23, 26, 25] },
    },
    {
      description: 'greeting critical: 11-02 was lost anyway, so nothing changes',
      input: 'greeting 5 critical',
      expected: { dayPoint: [0, 0, 1, 1, 1, 0, 1, 1, 0], monthlyPoints: [24, 24, 24, 24, 24, 24, 24, 26, 25] },
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    if (input !== undefined) wb.setSetting('qa.rubric', input);
    expect(wb.column(QA_AUDITS, 'dayPoint', rows.length)).toEqual(expected.dayPoint);
    expect(wb.column(QA_AUDITS, 'monthlyPoints', rows.length)).toEqual(expected.monthlyPoints);
  });

  // How a shop may write the attitude item: the formula and parseQaRubric must read each the same way.
  const spellings = [
    { description: 'zh label, number, mark', input: '服务态度 10 一票否决', expected: { critical: true, dayPoint: 0 } },
    { description: 'colon and comma, full width', input: '服务态度：10，一票否决', expected: { critical: true, dayPoint: 0 } },
    { description: 'en label, upper case mark', input: 'Attitude 10 CRITICAL', expected: { critical: true, dayPoint: 0 } },
    { description: 'key without a number', input: 'attitude critical', expected: { critical: true, dayPoint: 0 } },
    { description: 'mark before the number', input: '服务态度 一票否决 20', expected: { critical: true, dayPoint: 0 } },
    { description: 'newline-separated, attitude not critical', input: '服务态度 10\n问候语 5 一票否决', expected: { critical: false, dayPoint: 1 } },
    { description: 'another criterion critical (service wording)', input: 'service wording 5 critical；服务态度 10', expected: { critical: false, dayPoint: 1 } },
    { description: 'empty cell: the defaults, nothing critical', input: '', expected: { critical: false, dayPoint: 1 } },
  ];
  it.each(spellings)('rubric "$input" ($description)', ({ input, expected }) => {
    wb.setSetting('qa.rubric', input);
    const parsed = input ? parseQaRubric(input, settings.qa.rubric) : { ok: true as const, value: settings.qa.rubric };
    expect(parsed.ok && parsed.value.attitude.critical).toBe(expected.critical);
    expect(wb.column(QA_AUDITS, 'dayPoint', rows.length)[6]).toBe(expected.dayPoint);
  });
});

describe('QA formulas agree with the core on generated audits', () => {
  const rand = random(20261130);
  // The parity generator's rows (with same-day pairs), each given criterion counts that add up to at most its unqualified.
  const audits = generateQaAudits(rand).map((a) => {
    const counts: Partial<QaAudit> = {};
    for (let i = 0; i < a.unqualified; i += 1) {
      if (rand() < 0.3) continue;
      const key = QA_CRITERION[Math.floor(rand() * QA_CRITERION.length)]!.key;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return { ...a, ...counts };
  });

  function expected(s: Settings): { dayPoint: number[]; monthlyPoints: number[]; bonusBand: string[] } {
    const groups = new Map<string, QaAudit[]>();
    for (const a of audits) groups.set(`${a.agent}@${monthOf(a.date)}`, [...(groups.get(`${a.agent}@${monthOf(a.date)}`) ?? []), a]);
    const points = audits.map((a) => monthlyPoints(groups.get(`${a.agent}@${monthOf(a.date)}`)!, s));
    return {
      dayPoint: audits.map((a, i) => (points[i]!.lostDays.includes(a.date) ? 0 : 1)),
      monthlyPoints: points.map((p) => p.points),
      bonusBand: points.map((p) => enumLabel(BONUS_BAND, bonusBand(p.points, s), 'zh')),
    };
  }

  const rubrics = [
    { description: 'the default rubric', input: settings.qa.rubric },
    { description: 'attitude and response time critical', input: { ...settings.qa.rubric, attitude: { penalty: 10, critical: true }, 'response-time': { penalty: 5, critical: true } } },
    { description: 'every criterion critical', input: Object.fromEntries(QA_CRITERION.map((c) => [c.key, { penalty: 1, critical: true }])) as Settings['qa']['rubric'] },
  ];
  it.each(rubrics)('$description, written in zh and in en', ({ input }) => {
    const s = withSetting(settings, 'qa.rubric', input);
    const want = expected(s);
    for (const lang of ['zh', 'en'] as const) {
      const wb = workbookOf(audits, s);
      wb.setSetting('qa.rubric', formatSettingValue(rubricDescriptor, input, lang));
      expect(wb.column(QA_AUDITS, 'dayPoint', audits.length)).toEqual(want.dayPoint);
      expect(wb.column(QA_AUDITS, 'monthlyPoints', audits.length)).toEqual(want.monthlyPoints);
      expect(wb.column(QA_AUDITS, 'bonusBand', audits.length)).toEqual(want.bonusBand);
    }
  });

  it('the critical rubrics change some results (the cases are not vacuous)', () => {
    const critical = withSetting(settings, 'qa.rubric', rubrics[1]!.input);
    expect(expected(critical).dayPoint).not.toEqual(expected(settings).dayPoint);
  });
});

describe('QA monthly points with points a month of 0 or less (Settings validation rejects it; the sheet shows no error)', () => {
  const cases = [
    { description: '0 points a month', input: 0, expected: 0 },
    { description: '-3 points a month', input: -3, expected: 0 },
    { description: '1 point a month, one lost day', input: 1, expected: 0 },
    { description: '2 points a month, one lost day', input: 2, expected: 1 },
  ];
  it.each(cases)('$description → $expected', ({ input, expected }) => {
    const wb = workbookOf([audit('王芳', '2026-11-02', 4), audit('王芳', '2026-11-03', 0)], withSetting(settings, 'qa.pointsPerMonth', input));
    expect(wb.column(QA_AUDITS, 'monthlyPoints', 2)).toEqual([expected, expected]);
  });
});
