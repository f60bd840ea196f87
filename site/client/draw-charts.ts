// The one browser script: finds each <canvas data-chart>, reads its config from the JSON script beside it, and draws it with the few Chart.js parts used.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';
Chart.defaults.color = '#1f2933';

/** Diagonal stripes in a colour, so a second bar series differs from the first by more than its hue. */
function stripes(colour: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = colour;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(-2, 10);
  ctx.lineTo(10, -2);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** Every bar series after the first in a chart is striped: colour alone never tells two bar series apart. */
function patternBars(config: ChartConfiguration): void {
  let bars = 0;
  for (const dataset of config.data.datasets) {
    const type = (dataset as { type?: string }).type ?? config.type;
    if (type !== 'bar') continue;
    if (bars++ > 0 && typeof dataset.backgroundColor === 'string') dataset.backgroundColor = stripes(dataset.backgroundColor);
  }
}

const printing = matchMedia('print');

/** On paper there is no tooltip or table: each bar, and each line's last point, carries its value. */
const printValues = {
  id: 'kefuPrintValues',
  afterDatasetsDraw(chart: Chart): void {
    if (!printing.matches) return;
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.font = `10px ${String(Chart.defaults.font.family)}`;
    ctx.fillStyle = '#1f2933';
    chart.data.datasets.forEach((dataset, d) => {
      const meta = chart.getDatasetMeta(d);
      if (meta.hidden) return;
      const values = dataset.data as (number | null)[];
      const isLine = meta.type === 'line';
      const last = values.reduce<number>((at, v, i) => (v === null || v === undefined ? at : i), -1);
      meta.data.forEach((element, i) => {
        const value = values[i];
        if (value === null || value === undefined || (isLine && i !== last)) return;
        const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
        const text = value.toLocaleString(document.documentElement.lang || undefined);
        // A label that would run past the plot goes inside its bar's end instead, white on a plain bar (dark on stripes).
        const inside = horizontal ? x + 3 + ctx.measureText(text).width > chart.chartArea.right : y - 14 < chart.chartArea.top;
        ctx.fillStyle = inside && !isLine && typeof dataset.backgroundColor === 'string' ? '#ffffff' : '#1f2933';
        ctx.textAlign = horizontal ? (inside ? 'right' : 'left') : 'center';
        ctx.textBaseline = horizontal ? 'middle' : inside ? 'top' : 'bottom';
        ctx.fillText(text, horizontal ? (inside ? x - 3 : x + 3) : x, horizontal ? y : inside ? y + 3 : y - 3);
      });
    });
    ctx.restore();
  },
};
Chart.register(printValues);

const charts: Chart[] = [];
for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
  const source = canvas.parentElement?.querySelector<HTMLScriptElement>('script[type="application/json"]');
  if (!source?.textContent) continue;
  const config = JSON.parse(source.textContent) as ChartConfiguration;
  patternBars(config);
  charts.push(new Chart(canvas, config));
}

// Printing lays the page out anew without a resize event: when the print layout applies (and when it ends), each chart is fitted to its box again.
const refit = (): void => charts.forEach((chart) => chart.resize());
printing.addEventListener('change', refit);
addEventListener('afterprint', refit);
