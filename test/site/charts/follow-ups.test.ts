// Golden inputs → chart configs for the follow-up charts: coverage and timeliness by month, by agent, misses by count.
import { describe, expect, it } from 'vitest';
import { followUpTrendChart } from '../../../site/charts/follow-up-trend';
import { followUpByAgentChart, followUpTimelyByAgentChart } from '../../../site/charts/follow-up-by-agent';
import { followUpMissedChart } from '../../../site/charts/follow-up-missed';
import { axisTitles, expectWellFormed, labels, series } from './chart-checks';
import { hidden, shown } from './fixtures';

describe('followUpTrendChart', () => {
  const trend = [
    { month: '2026-08', coverage: shown(0.9419355, 155), timely: shown(0.7971014, 69) },
    { month: '2026-09', coverage: shown(1, 171), timely: hidden(4) },
  ];
  it('draws coverage and timeliness in %, naming the post-service window from Settings', () => {
    const zh = followUpTrendChart({ trend, postServiceDays: 3 }, 'zh');
    const en = followUpTrendChart({ trend, postServiceDays: 3 }, 'en');
    for (const c of [zh, en]) expectWellFormed(c);
    expect(series(zh, 0)).toEqual([94.2, 100]);
    expect(series(zh, 1)).toEqual([79.7, null]);
    expect(zh.data.datasets.map((d) => d.label)).toEqual(['会员回访覆盖率（%）', '回访及时率（3 天内，%）']);
    expect(en.data.datasets.map((d) => d.label)).toEqual(['Member follow-up coverage (%)', 'Follow-ups on time (within 3 days, %)']);
    expect(axisTitles(en)).toEqual(['Month', 'Share (%)']);
  });
  it('tells the two lines apart by marker and dash, not colour alone', () => {
    const [a, b] = followUpTrendChart({ trend, postServiceDays: 3 }, 'en').data.datasets as { pointStyle?: string; borderDash?: number[] }[];
    expect(a!.pointStyle).not.toBe(b!.pointStyle);
    expect(b!.borderDash).toBeDefined();
  });
});

describe('followUpByAgentChart', () => {
  const byAgent = [{ agent: '李娜', calls: 60, reached: 51, timely: shown(0.8666667, 15) }, { agent: '陈静', calls: 3, reached: 2, timely: hidden(1) }];
  it('puts calls and reached calls in counts on one axis', () => {
    const c = followUpByAgentChart(byAgent, 'en');
    expectWellFormed(c);
    expect(labels(c)).toEqual(['李娜', '陈静']);
    expect(series(c, 0)).toEqual([60, 3]);
    expect(series(c, 1)).toEqual([51, 2]);
    expect(axisTitles(c)).toEqual(['Agent', 'Calls (count)']);
  });
  it('puts each agent\'s follow-ups on time in % in a chart of its own, a withheld agent a gap', () => {
    const c = followUpTimelyByAgentChart({ byAgent, postServiceDays: 3 }, 'en');
    expectWellFormed(c);
    expect(series(c, 0)).toEqual([86.7, null]);
    expect(axisTitles(c)).toEqual(['Agent', 'Follow-ups on time (within 3 days, %)']);
  });
});

describe('followUpMissedChart', () => {
  it('counts customers who missed a follow-up per assigned agent, "unassigned" translated', () => {
    const byAgent = [{ agent: '王芳', count: 26 }, { agent: 'unassigned', count: 44 }];
    const zh = followUpMissedChart(byAgent, 'zh');
    expectWellFormed(zh);
    expect(labels(zh)).toEqual(['王芳', '未分配']);
    expect(labels(followUpMissedChart(byAgent, 'en'))).toEqual(['王芳', 'unassigned']);
    expect(series(zh)).toEqual([26, 44]);
    expect(axisTitles(zh)).toEqual(['客服', '客户（位）']);
  });
});
