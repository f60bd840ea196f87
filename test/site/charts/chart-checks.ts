// What every chart config must have, checked the same way for each: titled axes with units, JSON-safe, its locale, the Chart.js options the site relies on.
import { expect } from 'vitest';
import type { ChartConfig } from '../../../site/charts/chart-kit';

const UNITS = /[（(][^（()）]*?(%|次|分|件|位|count|points|hours|小时)[）)]/;

type Scale = { title?: { display?: boolean; text?: string } };

export function scalesOf(config: ChartConfig): Record<string, Scale> {
  return (config.options?.scales ?? {}) as Record<string, Scale>;
}

/** Every axis titled; every value axis' title names its unit; the config survives JSON as it is. */
export function expectWellFormed(config: ChartConfig): void {
  const scales = scalesOf(config);
  const horizontal = config.options?.indexAxis === 'y';
  expect(Object.keys(scales).length).toBeGreaterThanOrEqual(2);
  for (const [id, scale] of Object.entries(scales)) {
    expect(scale.title?.display, `axis ${id} has a title`).toBe(true);
    expect(scale.title?.text?.trim(), `axis ${id} has a title`).toBeTruthy();
    const isCategory = id === (horizontal ? 'y' : 'x');
    if (!isCategory) expect(scale.title!.text, `value axis ${id} names its unit`).toMatch(UNITS);
  }
  // Issue 12 item 6: a share and a count never share a chart on two axes — one value axis, one unit.
  const valueAxes = Object.keys(scales).filter((id) => id !== (horizontal ? 'y' : 'x'));
  expect(valueAxes, 'one value axis: no percentage and count on two axes').toHaveLength(1);
  for (const dataset of config.data.datasets) expect(String(dataset.label), 'each series names its unit').toMatch(UNITS);
  expect(['zh-CN', 'en-GB'], 'ticks follow the page locale').toContain(config.options?.locale);
  expect(config.options?.animation).toBe(false);
  expect(config.options?.responsive).toBe(true);
  expect(config.options?.maintainAspectRatio).toBe(false);
  expect(JSON.parse(JSON.stringify(config))).toEqual(config);
}

export const labels = (config: ChartConfig): unknown[] => config.data.labels ?? [];
export const series = (config: ChartConfig, i = 0): (number | null)[] => config.data.datasets[i]!.data;
export const axisTitles = (config: ChartConfig): string[] => Object.values(scalesOf(config)).map((s) => s.title?.text ?? '');
