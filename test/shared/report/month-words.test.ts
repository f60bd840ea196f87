// The month in words: the published figures and their change in zh and en, suppressed and empty figures said as such.
import { describe, expect, it } from 'vitest';
import type { Headline, MonthReport } from '../../../shared/report/month-report';
import { describeMonth, isPartialMonth, partialMonthWords } from '../../../shared/report/month-words';
import type { Figure } from '../../../shared/report/types';

const shown = (value: number, n = 50): Figure => ({ n, value, suppressed: false });
const hidden = (n: number): Figure => ({ n, suppressed: true });

const headline = (month: string, extra: Partial<Headline> = {}): Headline => ({
  month, csat: shown(0.865), responses: 200, memberCoverage: shown(0.5), postServiceTimely: shown(0.9),
  complaintsReceived: 4, complaintsClosed: 3, slaMet: shown(0.75, 4), qaFullBand: 2, latestCohort: undefined, archiveCompleteness: 0.88, ...extra,
});

/** Only what describeMonth reads: the headlines, the number of audited agents, the archive target. */
const report = (now: Headline, before: Headline | undefined): MonthReport => ({
  month: now.month, headline: now, previousHeadline: before,
  quality: { agents: [{}, {}, {}] }, archive: { target: 0.85 },
}) as unknown as MonthReport;

describe('describeMonth', () => {
  const cases: { description: string; input: { now: Headline; before: Headline | undefined }; expected: { zh: string; en: string } }[] = [
    {
      description: 'every figure published, changes against the month before (the issue\'s own example: 86.5%, 0.9 points lower)',
      input: { now: headline('2026-10', { slaMet: shown(0.75, 4) }), before: headline('2026-09', { csat: shown(0.874), memberCoverage: shown(0.5), postServiceTimely: shown(0.85), complaintsReceived: 3, slaMet: shown(1, 3) }) },
      expected: {
        zh: '10月满意率 86.5%，比9月低 0.9 个百分点；会员回访覆盖率 50.0%，与9月持平；回访及时率 90.0%，比9月高 5.0 个百分点。'
          + '受理投诉 4 件（9月 3 件），结案 3 件；首次响应达标率 75.0%，比9月低 25.0 个百分点。质检 3 位客服中 2 位拿全额奖金；档案完整率 88.0%（目标 85.0%）。',
        en: 'In October, satisfaction 86.5%, 0.9 points lower than September; member follow-up coverage 50.0%, the same as September; follow-ups on time 90.0%, 5.0 points higher than September. '
          + '4 complaints received (3 in September), 3 closed; first response on time 75.0%, 25.0 points lower than September. 2 of 3 agents on the full QA bonus; archive completeness 88.0% (target 85.0%).',
      },
    },
    {
      description: 'no answers, too few, too few last month, none last month and no month before are five different sentences',
      input: {
        now: headline('2026-01', { csat: hidden(0), memberCoverage: hidden(3), postServiceTimely: shown(0.9), slaMet: shown(0.8), archiveCompleteness: undefined }),
        before: headline('2025-12', { postServiceTimely: hidden(2), slaMet: hidden(0), complaintsReceived: 0 }),
      },
      expected: {
        zh: '1月没有满意度回答；会员回访覆盖率样本太少，不予公布；回访及时率 90.0%（2025年12月样本太少，无从比较）。'
          + '受理投诉 4 件（2025年12月 0 件），结案 3 件；首次响应达标率 80.0%（2025年12月无样本，无从比较）。质检 3 位客服中 2 位拿全额奖金。',
        en: 'In January, no satisfaction answers; member follow-up coverage: too few to show; follow-ups on time 90.0% (too few in December 2025 to compare). '
          + '4 complaints received (0 in December 2025), 3 closed; first response on time 80.0% (none in December 2025 to compare). 2 of 3 agents on the full QA bonus.',
      },
    },
    {
      description: 'the first month: no data last month, said once per figure',
      input: { now: headline('2026-03', { memberCoverage: hidden(0), postServiceTimely: hidden(0), slaMet: hidden(0), complaintsReceived: 0, complaintsClosed: 0 }), before: undefined },
      expected: {
        zh: '3月满意率 86.5%（上月无数据）；没有会员；没有到期的服务后回访。受理投诉 0 件（上月无数据），结案 0 件；没有到期的首次响应。质检 3 位客服中 2 位拿全额奖金；档案完整率 88.0%（目标 85.0%）。',
        en: 'In March, satisfaction 86.5% (no data last month); no members; no post-service calls due. 0 complaints received (no data last month), 0 closed; no first responses due. 2 of 3 agents on the full QA bonus; archive completeness 88.0% (target 85.0%).',
      },
    },
  ];
  for (const { description, input, expected } of cases) {
    it(description, () => {
      expect(describeMonth(report(input.now, input.before), 'zh')).toBe(expected.zh);
      expect(describeMonth(report(input.now, input.before), 'en')).toBe(expected.en);
    });
  }
});

describe('a month still in progress', () => {
  const cases: { description: string; input: { month: string; today: string }; expected: boolean }[] = [
    { description: 'today inside the month', input: { month: '2026-11', today: '2026-11-30' }, expected: true },
    { description: 'the first day of the next month', input: { month: '2026-11', today: '2026-12-01' }, expected: false },
    { description: 'a month long gone', input: { month: '2026-10', today: '2026-11-30T09:00:00' }, expected: false },
  ];
  for (const { description, input, expected } of cases) it(description, () => expect(isPartialMonth(input.month, input.today)).toBe(expected));
  it('is labelled as the issue says', () => {
    expect(partialMonthWords('2026-11-30', 'zh')).toBe('截至 11月30日，本月尚未结束');
    expect(partialMonthWords('2026-11-30', 'en')).toBe('partial: to 30 Nov');
  });
});
