// "No answers", "too few to show" and "no data last month" each mean exactly that (issue 12 item 6).
import { describe, expect, it } from 'vitest';
import { figureChange, figureText, noChange } from '../../site/format';
import type { Figure } from '../../shared/report/types';

const shown = (value: number, n = 20): Figure => ({ n, value, suppressed: false });
const hidden = (n: number): Figure => ({ n, suppressed: true });

describe('figureText', () => {
  const cases: { description: string; input: Figure; expected: { zh: string; en: string } }[] = [
    { description: 'a published share', input: shown(0.865), expected: { zh: '86.5%', en: '86.5%' } },
    { description: 'too few cases', input: hidden(3), expected: { zh: '样本太少', en: 'too few to report' } },
    { description: 'no cases at all is not "too few"', input: hidden(0), expected: { zh: '无样本', en: 'none' } },
  ];
  for (const { description, input, expected } of cases) {
    it(description, () => expect({ zh: figureText(input, 'zh'), en: figureText(input, 'en') }).toEqual(expected));
  }
});

describe('figureChange', () => {
  const cases: { description: string; input: { now: Figure; before: Figure | undefined }; expected: { zh: string; en: string } }[] = [
    { description: 'both published: the change in points', input: { now: shown(0.865), before: shown(0.874) }, expected: { zh: '▼ 0.9 个百分点', en: '▼ 0.9 pp' } },
    { description: 'no month before with data', input: { now: shown(0.865), before: undefined }, expected: { zh: '上月无数据', en: 'no data for last month' } },
    { description: 'last month had data, but too few cases (July in the issue)', input: { now: shown(1), before: hidden(2) }, expected: { zh: '上月样本太少', en: 'too few last month' } },
    { description: 'last month had data, but no cases of this figure', input: { now: shown(1), before: hidden(0) }, expected: { zh: '上月无样本', en: 'none last month' } },
    { description: 'this month is suppressed: nothing to compare', input: { now: hidden(3), before: shown(0.9) }, expected: { zh: '无法比较', en: 'nothing to compare' } },
  ];
  for (const { description, input, expected } of cases) {
    it(description, () => {
      const month = input.before ? '2026-09' : undefined;
      expect({ zh: figureChange(input.now, input.before, month, 'zh').text, en: figureChange(input.now, input.before, month, 'en').text }).toEqual(expected);
    });
  }
});

describe('noChange', () => {
  it('says why there is no change, each reason in its own words', () => {
    expect((['noPrevious', 'previousNone', 'previousTooFew', 'noComparison', 'newCohort'] as const).map((why) => noChange('zh', why).text))
      .toEqual(['上月无数据', '上月无样本', '上月样本太少', '无法比较', '新批次']);
  });
});
