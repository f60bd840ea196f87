// QA for a month: points and bands per agent, criteria failed most, and the agent × day grid.
import { describe, it, expect } from 'vitest';
import { summariseQuality } from '../../../shared/report/quality';
import { defaultSettings, withSetting } from '../../../shared/settings';
import { audit, data } from './fixtures';

const settings = defaultSettings();
const opts = { minGroupSize: 5, pseudonymiseAgents: false };

const d = data({
  qaAudits: [
    audit('Wang', '2026-11-02', 1, { greeting: 1 }),
    audit('Wang', '2026-11-03', 4, { attitude: 3, wording: 1 }),
    // Two half-day rows: 2 + 2 unqualified make the day's 4, and 10 + 10 sampled a full sample.
    audit('Wang', '2026-11-04', 2, { sampled: 10, knowledge: 2 }),
    audit('Wang', '2026-11-04', 2, { sampled: 10, knowledge: 2 }),
    audit('Li', '2026-11-02', 0, { sampled: 15 }),
    audit('Li', '2026-11-05', 0),
    audit('Li', '2026-10-30', 9, { attitude: 9 }),
  ],
});

describe('summariseQuality', () => {
  const q = summariseQuality(d, '2026-11', settings, opts);

  it('points, band, lost, audited and short-sample days and penalty points per agent, sorted by agent', () => {
    // Wang's penalty with the default weights: greeting 1 × 5 + attitude 3 × 10 + wording 1 × 5 + knowledge 4 × 10 = 80.
    expect(q.agents).toEqual([
      { agent: 'Li', points: 26, band: 'full', lostDays: 0, auditedDays: 2, shortSampleDays: 1, penaltyPoints: 0, criticalDays: 0 },
      { agent: 'Wang', points: 24, band: 'standard', lostDays: 2, auditedDays: 3, shortSampleDays: 0, penaltyPoints: 80, criticalDays: 0 },
    ]);
  });

  it('a critical criterion (greeting) costs Wang 11-02 too, shown in the points, the critical days and the grid', () => {
    const s = withSetting(settings, 'qa.rubric', { ...settings.qa.rubric, greeting: { penalty: 5, critical: true } });
    const c = summariseQuality(d, '2026-11', s, opts);
    expect(c.agents[1]).toMatchObject({ agent: 'Wang', points: 23, lostDays: 3, criticalDays: 1 });
    expect(c.grid.rows[1]).toEqual({ agent: 'Wang', cells: [0, 0, 0, null] });
    expect(c.criteria.find((x) => x.criterion === 'greeting')!.critical).toBe(true);
  });

  it('criteria summed over the month, most failed first, ties in criterion order', () => {
    expect(q.criteria.map(({ criterion, count, critical }) => ({ criterion, count, critical }))).toEqual([
      { criterion: 'knowledge', count: 4, critical: false },
      { criterion: 'attitude', count: 3, critical: false },
      { criterion: 'greeting', count: 1, critical: false },
      { criterion: 'wording', count: 1, critical: false },
      { criterion: 'closing', count: 0, critical: false },
      { criterion: 'response-time', count: 0, critical: false },
      { criterion: 'handling', count: 0, critical: false },
    ]);
  });

  it('labels each criterion in both languages, response time with its limit (002 "60秒響應")', () => {
    expect(q.criteria.find((c) => c.criterion === 'response-time')!.label).toEqual({ zh: '响应时间（首次回复超过 60 秒）', en: 'response time (first reply over 60 s)' });
    expect(q.criteria.find((c) => c.criterion === 'knowledge')!.label).toEqual({ zh: '业务知识', en: 'product knowledge' });
  });

  it('grid: every audited day, null where the agent was not audited', () => {
    expect(q.grid).toEqual({
      days: ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'],
      rows: [
        { agent: 'Li', cells: [1, null, null, 1] },
        { agent: 'Wang', cells: [1, 0, 0, null] },
      ],
    });
  });

  it('pseudonymised agents keep their order', () => {
    const p = summariseQuality(d, '2026-11', settings, { minGroupSize: 5, pseudonymiseAgents: true });
    expect(p.agents.map((a) => a.agent)).toEqual(['客服 A', '客服 B']);
    expect(p.grid.rows.map((r) => r.agent)).toEqual(['客服 A', '客服 B']);
  });

  // 002: "低于20分者,扣除當月獎金的50元,低于15分者扣除100元,12分以下本月獎金沒有"
  const bands = [
    { lost: 6, expected: { points: 20, band: 'standard' } },
    { lost: 7, expected: { points: 19, band: 'minus-50' } },
    { lost: 12, expected: { points: 14, band: 'minus-100' } },
    { lost: 13, expected: { points: 13, band: 'minus-100' } },
    { lost: 14, expected: { points: 12, band: 'none' } }, // 以下 includes 12
    { lost: 15, expected: { points: 11, band: 'none' } },
  ];
  it.each(bands)('$lost days lost → $expected.points points, $expected.band', ({ lost, expected }) => {
    const audits = Array.from({ length: lost }, (_, i) => audit('Zhao', `2026-11-${String(i + 1).padStart(2, '0')}`, 5));
    expect(summariseQuality(data({ qaAudits: audits }), '2026-11', settings, opts).agents[0]).toMatchObject({ ...expected, lostDays: lost });
  });

  it('a month without audits is empty', () => {
    expect(summariseQuality(d, '2026-09', settings, opts)).toEqual({
      agents: [], criteria: expect.any(Array), grid: { days: [], rows: [] },
    });
  });
});
