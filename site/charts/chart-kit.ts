// The pieces every chart config shares: Okabe–Ito colours, marker shapes, titled axes, and Figures turned into data points.
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { Figure } from '../../shared/report/types';
import type { Cell } from '../../shared/report/suppress';
import { LOCALE, type Lang } from '../i18n';

/** A chart config as the pages ship it: plain JSON, bars and lines only, one label per category (an array is a multi-line label). */
export type ChartConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string | string[]>;

/** Okabe & Ito's palette, readable with every common colour-vision deficiency. */
export const OKABE_ITO = {
  blue: '#0072B2', vermillion: '#D55E00', green: '#009E73', orange: '#E69F00',
  purple: '#CC79A7', skyBlue: '#56B4E9', yellow: '#F0E442', black: '#000000',
} as const;

/** Series colours in the order series get them; yellow is left out, it is too faint on white for a line. */
export const SERIES = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.green, OKABE_ITO.orange, OKABE_ITO.purple, OKABE_ITO.skyBlue, OKABE_ITO.black] as const;
/** Marker shapes, so lines differ by more than colour. */
export const MARKERS = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'cross'] as const;

export const colourAt = (i: number): string => SERIES[i % SERIES.length]!;
export const markerAt = (i: number): (typeof MARKERS)[number] => MARKERS[i % MARKERS.length]!;

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** A Figure as a percentage point on a chart: null when suppressed, never a fake zero. */
export function percentOf(f: Figure | Cell): number | null {
  return f.suppressed ? null : round1(f.value * 100);
}

/** Which gaps had no cases at all (so the table says "none", not "too few"); a withheld cell gives nothing away and reads "too few". */
export function noCasesOf(figures: readonly (Figure | Cell)[]): boolean[] {
  return figures.map((f) => f.suppressed && f.n === 0);
}

/** A share 0…1 (undefined when there was nothing to divide) as a percentage point. */
export function percentOfShare(share: number | undefined): number | null {
  return share === undefined ? null : round1(share * 100);
}

export const round = round1;

/** A long label split at spaces into lines of about `width` characters, so axis labels wrap instead of tilting. */
export function wrapLabel(text: string, width = 14): string | string[] {
  if (text.length <= width || !text.includes(' ')) return text;
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface AxisOptions {
  min?: number;
  max?: number;
  position?: 'left' | 'right' | 'top' | 'bottom';
  /** Whole numbers only, for counts. */
  integer?: boolean;
  grid?: boolean;
}

/** A linear axis with its title (which carries the unit). */
export function valueAxis(title: string, o: AxisOptions = {}) {
  return {
    type: 'linear' as const,
    title: { display: true, text: title },
    beginAtZero: true,
    ...(o.min !== undefined ? { min: o.min } : {}),
    ...(o.max !== undefined ? { max: o.max } : {}),
    ...(o.position ? { position: o.position } : {}),
    ...(o.integer ? { ticks: { precision: 0 } } : {}),
    ...(o.grid === false ? { grid: { drawOnChartArea: false } } : {}),
  };
}

export function categoryAxis(title: string) {
  return { type: 'category' as const, title: { display: true, text: title }, ticks: { autoSkip: false } };
}

/** Chart.js options every chart takes: no animation, sized by its container, ticks in the page's locale, legend only for several series. */
export function baseOptions(datasets: number, lang: Lang) {
  return {
    locale: LOCALE[lang],
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    plugins: {
      legend: { display: datasets > 1, position: 'bottom' as const, labels: { usePointStyle: true } },
    },
  };
}

export function barSeries(label: string, data: (number | null)[], colour: string, extra: Partial<ChartDataset<'bar', (number | null)[]>> = {}): ChartDataset<'bar', (number | null)[]> {
  return { type: 'bar', label, data, backgroundColor: colour, borderColor: colour, borderWidth: 1, pointStyle: 'rect', ...extra } as ChartDataset<'bar', (number | null)[]>;
}

export function lineSeries(label: string, data: (number | null)[], index: number, extra: Partial<ChartDataset<'line', (number | null)[]>> = {}): ChartDataset<'line', (number | null)[]> {
  const colour = colourAt(index);
  return {
    type: 'line', label, data, borderColor: colour, backgroundColor: colour, borderWidth: 2,
    // Unclipped, so a marker at 100% is drawn whole rather than cut by the chart's edge.
    pointStyle: markerAt(index), pointRadius: 4, pointHoverRadius: 6, spanGaps: false, clip: false, ...extra,
  };
}

/** A dashed black reference line (pass mark, target) at one value across every category. */
export function referenceLine(label: string, value: number, categories: number, extra: Partial<ChartDataset<'line', (number | null)[]>> = {}): ChartDataset<'line', (number | null)[]> {
  return {
    type: 'line', label, data: Array.from({ length: categories }, () => value), borderColor: OKABE_ITO.black, backgroundColor: OKABE_ITO.black,
    borderWidth: 2, borderDash: [6, 4], pointRadius: 0, pointHoverRadius: 0, pointStyle: 'line', ...extra,
  };
}
