// The QA rubric's Settings cell: read over the defaults, written back in either language, mistakes named; criterion labels and help.
import { describe, expect, it } from 'vitest';
import { QA_CRITERION } from '../../../shared/enums';
import { describeCriterion, labelCriterion } from '../../../shared/rules/qa-criterion';
import { criticalCriteria, formatQaRubric, parseQaRubric, rubricLabels, type QaRubric } from '../../../shared/rules/qa-rubric';
import { defaultSettings, withSetting } from '../../../shared/settings';

const settings = defaultSettings();
const defaults = settings.qa.rubric;

describe('default rubric', () => {
  // 000's 扣分 table, low end of each range: "用詞不當…扣除5--20分", "不耐煩的語氣及極差的工作態度…對當月活動…不熟悉者…扣除10--30分".
  it('takes 000 weights where a criterion matches and makes nothing critical, so 002 alone decides the day', () => {
    expect(defaults).toEqual({
      greeting: { penalty: 5, critical: false },
      closing: { penalty: 5, critical: false },
      attitude: { penalty: 10, critical: false },
      wording: { penalty: 5, critical: false },
      knowledge: { penalty: 10, critical: false },
      'response-time': { penalty: 5, critical: false },
      handling: { penalty: 5, critical: false },
    });
    expect(criticalCriteria(defaults)).toEqual([]);
  });
});

describe('parseQaRubric', () => {
  const cases: { description: string; input: string; expected: Partial<QaRubric> }[] = [
    { description: 'one zh item with a mark changes only that criterion', input: '服务态度 20 一票否决', expected: { attitude: { penalty: 20, critical: true } } },
    { description: 'colon, comma and full-width semicolon', input: '服务态度：20，一票否决；问候语：3', expected: { attitude: { penalty: 20, critical: true }, greeting: { penalty: 3, critical: false } } },
    { description: 'en labels, any case, "、" and newlines', input: 'Service Wording 8 Critical、response time 0\nproduct knowledge 15', expected: { wording: { penalty: 8, critical: true }, 'response-time': { penalty: 0, critical: false }, knowledge: { penalty: 15, critical: false } } },
    { description: 'key without a number keeps the default weight', input: 'handling critical', expected: { handling: { penalty: 5, critical: true } } },
    { description: 'mark before the number', input: '结束语 一票否决 7', expected: { closing: { penalty: 7, critical: true } } },
    { description: 'a listed criterion without a mark is not critical', input: '服务态度 10', expected: { attitude: { penalty: 10, critical: false } } },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(parseQaRubric(input, defaults)).toEqual({ ok: true, value: { ...defaults, ...expected } });
  });

  const bad = [
    { description: 'an unknown criterion', input: '仪容仪表 5', expected: /cannot read "仪容仪表5"/ },
    { description: 'a word after the number', input: '服务态度 10 分', expected: /cannot read "服务态度10分"/ },
    { description: 'a negative weight', input: '服务态度 -5', expected: /cannot read/ },
    { description: 'the same criterion twice, by two names', input: '服务态度 10; attitude 20', expected: /names attitude twice/ },
  ];
  it.each(bad)('refuses $description', ({ input, expected }) => {
    const parsed = parseQaRubric(input, defaults);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(expected);
      expect(parsed.messageZh.length).toBeGreaterThan(0);
    }
  });

  it('no label is the start of another, so the sheet formula cannot take one criterion for another', () => {
    const all = QA_CRITERION.flatMap((c) => rubricLabels(c.key).map((label) => ({ key: c.key, label })));
    for (const a of all) for (const b of all) if (a.key !== b.key) expect(b.label.startsWith(a.label)).toBe(false);
  });
});

describe('formatQaRubric', () => {
  const rubric: QaRubric = { ...defaults, attitude: { penalty: 10, critical: true } };
  const cases = [
    { description: 'zh', input: 'zh' as const, expected: '问候语 5; 结束语 5; 服务态度 10 一票否决; 服务用语 5; 业务知识 10; 响应时间 5; 处理及时清晰 5' },
    { description: 'en', input: 'en' as const, expected: 'greeting 5; closing 5; attitude 10 critical; service wording 5; product knowledge 10; response time 5; clear and timely handling 5' },
  ];
  it.each(cases)('writes the cell in $description and reads it back', ({ input, expected }) => {
    expect(formatQaRubric(rubric, input)).toBe(expected);
    expect(parseQaRubric(expected, defaults)).toEqual({ ok: true, value: rubric });
  });
});

describe('labelCriterion and describeCriterion', () => {
  // 002: "響應顧客專業化,60秒響應" (qa.chatFirstReplySeconds)
  const cases = [
    { description: 'response time names its limit (zh)', input: { key: 'response-time' as const, lang: 'zh' as const, seconds: 60 }, expected: '响应时间（首次回复超过 60 秒）' },
    { description: 'response time names its limit (en)', input: { key: 'response-time' as const, lang: 'en' as const, seconds: 60 }, expected: 'response time (first reply over 60 s)' },
    { description: 'the limit follows Settings', input: { key: 'response-time' as const, lang: 'zh' as const, seconds: 30 }, expected: '响应时间（首次回复超过 30 秒）' },
    { description: 'other criteria are their name', input: { key: 'greeting' as const, lang: 'zh' as const, seconds: 60 }, expected: '问候语' },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(labelCriterion(input.key, withSetting(settings, 'qa.chatFirstReplySeconds', input.seconds), input.lang)).toBe(expected);
  });

  it('the column help says the weight, the reply limit and whether one failure costs the day', () => {
    const s = withSetting(settings, 'qa.rubric', { ...defaults, 'response-time': { penalty: 8, critical: true } });
    expect(describeCriterion('response-time', s, 'zh')).toBe('填写"响应时间（首次回复超过 60 秒）"不合格的会话数（整数），每条扣 8 分。一票否决：有一条即当日失分。');
    expect(describeCriterion('greeting', s, 'en')).toBe('Enter how many conversations failed "greeting" (a whole number); each costs 5 penalty points.');
  });
});
