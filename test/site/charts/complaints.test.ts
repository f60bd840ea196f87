// Golden inputs → chart configs for the complaint charts: Pareto, SLA by month, the stage funnel.
import { describe, expect, it } from 'vitest';
import { complaintParetoChart } from '../../../site/charts/complaint-pareto';
import { complaintTrendChart, firstResponseTrendChart } from '../../../site/charts/complaint-trend';
import { complaintFunnelChart } from '../../../site/charts/complaint-funnel';
import { defaultSettings } from '../../../shared/settings';
import { axisTitles, expectWellFormed, labels, series } from './chart-checks';
import { hidden, shown } from './fixtures';

const categories = defaultSettings().lists.complaintCategories;

describe('complaintParetoChart', () => {
  const byCategory = [
    { category: 'late-delivery', count: 6, cumulativeShare: 0.5 },
    { category: 'photo-quality', count: 4, cumulativeShare: 0.8333333 },
    { category: 'pricing', count: 2, cumulativeShare: 1 },
  ];
  it('draws counts as bars, most first, on one count axis (no % line on a second axis)', () => {
    const zh = complaintParetoChart({ byCategory, categories }, 'zh');
    const en = complaintParetoChart({ byCategory, categories }, 'en');
    for (const c of [zh, en]) expectWellFormed(c);
    expect(labels(zh)).toEqual(['交付延期', '拍摄质量', '价格收费']);
    expect(labels(en)).toEqual(['late delivery', 'photo quality', 'pricing']);
    expect(series(zh, 0)).toEqual([6, 4, 2]);
    expect(zh.data.datasets.map((d) => d.type)).toEqual(['bar']);
    expect(axisTitles(en)).toEqual(['Complaint category', 'Complaints (count)']);
  });
});

describe('complaintTrendChart', () => {
  const trend = [
    { month: '2026-07', received: 9, closed: 8, slaMet: shown(0.6666667, 9) },
    { month: '2026-08', received: 2, closed: 5, slaMet: hidden(2) },
  ];
  it('shows received and closed counts on one count axis', () => {
    const c = complaintTrendChart(trend, 'zh');
    expectWellFormed(c);
    expect(series(c, 0)).toEqual([9, 2]);
    expect(series(c, 1)).toEqual([8, 5]);
    expect(axisTitles(c)).toEqual(['月份', '投诉（件）']);
  });
  it('shows first response on time in % as its own chart, a gap when too few, under its one glossary name', () => {
    const c = firstResponseTrendChart({ trend, firstResponseHours: 24 }, 'zh');
    expectWellFormed(c);
    expect(series(c, 0)).toEqual([66.7, null]);
    expect(c.data.datasets[0]!.label).toBe('首次响应达标率（24 小时内，%）');
    expect(firstResponseTrendChart({ trend, firstResponseHours: 24 }, 'en').data.datasets[0]!.label).toBe('First response on time (within 24 h, %)');
  });
});

describe('complaintFunnelChart', () => {
  it('is a horizontal bar per stage of the closed loop, in order', () => {
    const funnel = (['accept', 'judge', 'investigate', 'propose', 'implement', 'review'] as const).map((stage, i) => ({ stage, reached: 6 - i }));
    const zh = complaintFunnelChart(funnel, 'zh');
    expectWellFormed(zh);
    expect(zh.options?.indexAxis).toBe('y');
    expect(labels(zh)).toEqual(['受理', '判断', '调查', '方案', '实施', '总结']);
    expect(labels(complaintFunnelChart(funnel, 'en'))).toEqual(['accept', 'judge', 'investigate', 'propose', 'implement', 'review']);
    expect(series(zh)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(axisTitles(zh)).toEqual(['处理阶段', '投诉（件）']);
  });
});
