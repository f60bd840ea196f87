// QA for a month: points and bands per agent, criteria failed most, and the agent × day grid.
import { describe, it, expect } from 'vitest';
import { summariseQuality } from '../../../shared/report/quality';
import { defaultSettings } from '../../../shared/settings';
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

  it('points, band, lost, audited and short-sample days per agent, sorted by agent', () => {
    expect(q.agents).toEqual([
      { agent: 'Li', points: 26, band: 'full', lostDays: 0, auditedDays: 2, shortSampleDays: 1 },
      { agent: 'Wang', points: 24, band: 'standard', lostDays: 2, auditedDays: 3, shortSampleDays: 0 },
    ]);
  });

  it('criteria summed over the month, most failed first, ties in criterion order', () => {
    expect(q.criteria).toEqual([
      { criterion: 'knowledge', count: 4 },
      { criterion: 'attitude', count: 3 },
      { criterion: 'greeting', count: 1 },
      { criterion: 'wording', count: 1 },
      { criterion: 'closing', count: 0 },
      { criterion: 'response-time', count: 0 },
      { criterion: 'handling', count: 0 },
    ]);
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

  const bands = [
    { lost: 6, expected: { points: 20, band: 'standard' } },
    { lost: 7, expected: { points: 19, band: 'minus-50' } },
    { lost: 12, expected: { points: 14, band: 'minus-100' } },
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
