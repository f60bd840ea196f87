// Golden inputs → chart configs for the satisfaction charts: trend, distribution, by agent, by stage, by tier.
import { describe, expect, it } from 'vitest';
import { responsesTrendChart, satisfactionTrendChart } from '../../../site/charts/satisfaction-trend';
import { satisfactionDistributionChart } from '../../../site/charts/satisfaction-distribution';
import { satisfactionByAgentChart } from '../../../site/charts/satisfaction-by-agent';
import { satisfactionByStageChart } from '../../../site/charts/satisfaction-by-stage';
import { satisfactionByTierChart } from '../../../site/charts/satisfaction-by-tier';
import { defaultSettings } from '../../../shared/settings';
import { axisTitles, expectWellFormed, labels, series } from './chart-checks';
import { hidden, shown } from './fixtures';

const trend = [
  { month: '2026-09', answered: 143, csat: shown(0.8741258, 143) },
  { month: '2026-10', answered: 3, csat: hidden(3) },
];

describe('satisfactionTrendChart', () => {
  it('draws CSAT in %, with month labels per locale, and the responses as a chart of their own', () => {
    const zh = satisfactionTrendChart(trend, 'zh');
    const en = satisfactionTrendChart(trend, 'en');
    for (const c of [zh, en]) expectWellFormed(c);
    expect(labels(zh)).toEqual(['2026年9月', '2026年10月']);
    expect(labels(en)).toEqual(['Sept 2026', 'Oct 2026']);
    expect(axisTitles(zh)).toEqual(['月份', '满意率（%）']);
    expect(axisTitles(en)).toEqual(['Month', 'CSAT (%)']);
    expect(series(en, 0)).toEqual([87.4, null]);
    const responses = responsesTrendChart(trend, 'en');
    expectWellFormed(responses);
    expect(axisTitles(responses)).toEqual(['Month', 'Responses (count)']);
    expect(series(responses, 0)).toEqual([143, 3]);
  });
});

describe('satisfactionDistributionChart', () => {
  const csat = { ...shown(0.8, 20), satisfied: 16, neutral: 3, dissatisfied: 1, answered: 20 };
  it('counts each answer, labelled from the shared enum', () => {
    const zh = satisfactionDistributionChart(csat, 'zh');
    expectWellFormed(zh);
    expect(labels(zh)).toEqual(['满意', '一般', '不满意']);
    expect(labels(satisfactionDistributionChart(csat, 'en'))).toEqual(['satisfied', 'neutral', 'dissatisfied']);
    expect(series(zh)).toEqual([16, 3, 1]);
  });
  it('shows no counts at all when the month has too few answers', () => {
    const few = { n: 3, suppressed: true as const, satisfied: 2, neutral: 0, dissatisfied: 1, answered: 3 };
    expect(series(satisfactionDistributionChart(few, 'en'))).toEqual([null, null, null]);
  });
});

describe('CSAT by group', () => {
  it('by agent: a suppressed agent is a gap, not a zero', () => {
    const c = satisfactionByAgentChart([
      { agent: '王芳', answered: 29, csat: shown(0.862069, 29) },
      { agent: '刘洋', answered: 2, csat: hidden(2) },
    ], 'en');
    expectWellFormed(c);
    expect(labels(c)).toEqual(['王芳', '刘洋']);
    expect(series(c)).toEqual([86.2, null]);
    expect(axisTitles(c)).toEqual(['Agent', 'CSAT (%)']);
  });
  it('by stage: labels from the Settings list in both languages, unknown stages as themselves', () => {
    const stages = defaultSettings().lists.stages;
    const byStage = [{ stage: 'order', answered: 8, csat: shown(0.875, 8) }, { stage: 'dress-selection', answered: 0, csat: hidden(0) }, { stage: 'fitting', answered: 6, csat: shown(0.5, 6) }];
    const zh = satisfactionByStageChart({ byStage, stages }, 'zh');
    const en = satisfactionByStageChart({ byStage, stages }, 'en');
    expectWellFormed(zh);
    expect(labels(zh)).toEqual(['订单', '礼服挑选', 'fitting']);
    expect(labels(en)).toEqual(['order', ['dress', 'selection'], 'fitting']); // long labels wrap rather than tilt
    expect(series(zh)).toEqual([87.5, null, 50]);
    expect(axisTitles(zh)).toEqual(['服务阶段', '满意率（%）']);
  });
  it('by tier: every tier in order with its label', () => {
    const byTier = (['vip', 'core', 'potential', 'ordinary'] as const).map((tier, i) => ({ tier, answered: 10, csat: i === 3 ? hidden(1) : shown(0.9, 10) }));
    const zh = satisfactionByTierChart(byTier, 'zh');
    expectWellFormed(zh);
    expect(labels(zh)).toEqual(['VIP', '核心', '潜力', '普通']);
    expect(labels(satisfactionByTierChart(byTier, 'en'))).toEqual(['VIP', 'core', 'potential', 'ordinary']);
    expect(series(zh)).toEqual([90, 90, 90, null]);
  });
});
