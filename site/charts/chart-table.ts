// A chart config as the rows and columns of the data table printed beside it: the same labels, the same numbers.
import type { ChartConfig } from './chart-kit';

export interface ChartTable {
  /** The category axis' title, heading the row-header column. */
  rowHeader: string;
  /** One column per series, named by its label (which carries the unit). */
  columns: string[];
  rows: { label: string; values: (number | null)[] }[];
}

/** A multi-line label read as one: wrapped words rejoin with a space, a label with a second fact (an agent's band) with " · ". */
const labelText = (label: string | string[], joiner = ' '): string => (Array.isArray(label) ? label.join(joiner) : label);

export function chartTable(config: ChartConfig): ChartTable {
  const horizontal = config.options?.indexAxis === 'y';
  const scales = (config.options?.scales ?? {}) as Record<string, { title?: { text?: string | string[] } } | undefined>;
  const title = scales[horizontal ? 'y' : 'x']?.title?.text ?? '';
  const labels = (config.data.labels ?? []) as (string | string[])[];
  return {
    rowHeader: labelText(title),
    columns: config.data.datasets.map((d) => String(d.label ?? '')),
    rows: labels.map((label, i) => ({ label: labelText(label, horizontal ? ' · ' : ' '), values: config.data.datasets.map((d) => (d.data[i] ?? null) as number | null) })),
  };
}
