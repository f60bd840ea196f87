// The month report: sections composed, headlines for the month and the one before, purity and determinism.
import { describe, it, expect } from 'vitest';
import { buildMonthReport } from '../../../shared/report/month-report';
import { summariseSatisfaction } from '../../../shared/report/satisfaction';
import { archiveCompleteness } from '../../../shared/rules/completeness';
import { defaultSettings } from '../../../shared/settings';
import { audit, call, complaint, customer, data, result } from './fixtures';

const settings = defaultSettings();
const opts = { minGroupSize: 4, pseudonymiseAgents: false };

const customers = [customer('M1', { memberCardNo: 'V1' }), customer('M2', { memberCardNo: 'V2' }), customer('C3')];
const d = data({
  customers,
  calls: [
    call('M1', '2026-11-02T10:00:00', { satisfaction: 'satisfied', serviceDate: '2026-11-01' }),
    call('M2', '2026-11-03T10:00:00', { satisfaction: 'satisfied', serviceDate: '2026-11-01' }),
    call('C3', '2026-11-04T10:00:00', { satisfaction: 'satisfied', serviceDate: '2026-11-01' }),
    call('C3', '2026-11-05T10:00:00', { satisfaction: 'satisfied', serviceDate: '2026-11-01' }), // 4 days: late
    call('C3', '2026-11-06T10:00:00', { satisfaction: 'neutral' }),
    call('C3', '2026-11-07T10:00:00', { satisfaction: 'dissatisfied' }),
    call('C3', '2026-11-08T10:00:00', { reached: 'no-answer' }),
    call('M1', '2026-10-15T10:00:00', { satisfaction: 'satisfied' }),
    call('M1', '2027-01-15T10:00:00', { satisfaction: 'satisfied' }),
  ],
  complaints: [complaint('P1', '2026-11-10T10:00:00', { firstResponseAt: '2026-11-10T11:00:00', closedAt: '2026-11-11T10:00:00', stage: 'review' })],
  qaAudits: [audit('Wang', '2026-11-02', 0), audit('Li', '2026-11-02', 5)],
  training: [result('Amy', 'typing', '2026-11-02', 90)],
});

describe('buildMonthReport', () => {
  const r = buildMonthReport(d, '2026-11', settings, opts);

  it('headline for the month', () => {
    expect(r.headline).toEqual({
      month: '2026-11',
      csat: { n: 6, value: 4 / 6, suppressed: false },
      responses: 6,
      memberCoverage: { n: 2, suppressed: true },
      // One post-service call owed per customer and service date: M1, M2, C3 for 11-01, each reached by day 3; 3 < 4 → suppressed.
      postServiceTimely: { n: 3, suppressed: true },
      complaintsReceived: 1,
      complaintsClosed: 1,
      slaMet: { n: 1, suppressed: true },
      qaFullBand: 1,
      // Amy has sat only the typing test of the 2026-11 cohort: 0 of 1 confirmed.
      latestCohort: { cohort: '2026-11', trainees: 1, confirmed: 0 },
      archiveCompleteness: archiveCompleteness(customers as unknown as Record<string, unknown>[], settings.archive.keyFields).overall.share,
    });
  });

  it('the month, its range and every section', () => {
    expect([r.month, r.from, r.to]).toEqual(['2026-11', '2026-11-01', '2026-11-30']);
    expect(r.satisfaction).toEqual(summariseSatisfaction(d, '2026-11', settings, opts));
    expect(Object.keys(r).sort()).toEqual(
      ['archive', 'complaints', 'followUps', 'from', 'headline', 'month', 'previousHeadline', 'quality', 'satisfaction', 'to', 'training'],
    );
  });

  it('previous headline is October', () => {
    expect(r.previousHeadline).toMatchObject({ month: '2026-10', responses: 1, csat: { n: 1, suppressed: true }, complaintsReceived: 0, qaFullBand: 0 });
  });

  it('no previous headline for the first month, nor after a month without data', () => {
    expect(buildMonthReport(d, '2026-10', settings, opts).previousHeadline).toBeUndefined();
    expect(buildMonthReport(d, '2027-01', settings, opts).previousHeadline).toBeUndefined();
    expect(buildMonthReport(d, '2026-12', settings, opts).previousHeadline?.month).toBe('2026-11');
  });

  it('never changes its input and gives the same answer twice', () => {
    const before = JSON.stringify(d);
    const frozen = JSON.parse(before) as typeof d;
    const deepFreeze = (o: unknown): void => { if (o && typeof o === 'object') { Object.freeze(o); Object.values(o).forEach(deepFreeze); } };
    deepFreeze(frozen);
    const frozenSettings = defaultSettings();
    deepFreeze(frozenSettings);
    const a = buildMonthReport(frozen, '2026-11', frozenSettings, opts);
    expect(JSON.stringify(d)).toBe(before);
    expect(JSON.stringify(a)).toBe(JSON.stringify(buildMonthReport(d, '2026-11', settings, opts)));
  });
});
