// Golden inputs → chart configs for the QA charts: points and band per agent, failing criteria.
import { describe, expect, it } from 'vitest';
import { qualityPointsChart } from '../../../site/charts/quality-points';
import { qualityCriteriaChart } from '../../../site/charts/quality-criteria';
import { chartTable } from '../../../site/charts/chart-table';
import { axisTitles, expectWellFormed, labels, series, scalesOf } from './chart-checks';

const agents = [
  { agent: '刘洋', points: 13, band: 'minus-100' as const, lostDays: 13, auditedDays: 26, shortSampleDays: 0, penaltyPoints: 310, criticalDays: 0 },
  { agent: '王芳', points: 26, band: 'full' as const, lostDays: 0, auditedDays: 26, shortSampleDays: 1, penaltyPoints: 45, criticalDays: 0 },
];

describe('qualityPointsChart', () => {
  it('shows points out of the month total, each agent labelled with their band', () => {
    const zh = qualityPointsChart({ agents, pointsPerMonth: 26 }, 'zh');
    const en = qualityPointsChart({ agents, pointsPerMonth: 26 }, 'en');
    for (const c of [zh, en]) expectWellFormed(c);
    expect(labels(zh)).toEqual([['刘洋', '扣 100 元'], ['王芳', '全额奖金']]);
    expect(labels(en)).toEqual([['刘洋', 'minus 100'], ['王芳', 'full bonus']]);
    expect(series(zh)).toEqual([13, 26]);
    expect((scalesOf(zh)['x'] as { max?: number }).max).toBe(26);
    expect(axisTitles(en)).toEqual(['Agent', 'Points (points)']);
  });
  it('reads in the table as "agent · band"', () => {
    expect(chartTable(qualityPointsChart({ agents, pointsPerMonth: 26 }, 'en')).rows.map((r) => r.label)).toEqual(['刘洋 · minus 100', '王芳 · full bonus']);
  });
});

describe('qualityCriteriaChart', () => {
  it('counts unqualified conversations per criterion, labelled as the report names them, critical ones marked', () => {
    const criteria = [
      { criterion: 'greeting' as const, count: 33, critical: false, label: { zh: '问候语', en: 'greeting' } },
      { criterion: 'response-time' as const, count: 0, critical: true, label: { zh: '响应时间（首次回复超过 60 秒）', en: 'response time (first reply over 60 s)' } },
    ];
    const zh = qualityCriteriaChart(criteria, 'zh');
    expectWellFormed(zh);
    expect(labels(zh)).toEqual(['问候语', ['响应时间（首次回复超过 60 秒）', '一票否决']]);
    expect(labels(qualityCriteriaChart(criteria, 'en'))).toEqual(['greeting', ['response time (first reply over 60 s)', 'critical']]);
    expect(series(zh)).toEqual([33, 0]);
    expect(axisTitles(zh)).toEqual(['质检项目', '不合格会话（次）']);
  });
});
