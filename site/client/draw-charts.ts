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
matchMedia('print').addEventListener('change', refit);
addEventListener('afterprint', refit);
