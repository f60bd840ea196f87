// Issue 10's test: a site built from data with one small group (a new agent, 0 of 3 satisfied) publishes nothing that recovers it.
import { appendFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, readSiteEnv } from '../../site/data/site-data';
import { buildMonthReport } from '../../shared/report/month-report';
import { asCallTable } from '../../shared/sheet/call-table';
import { valueOf } from '../../shared/sheet/interned';
import { buildSite, scratchFolder, TEST_PSEUDONYM_KEY } from './build-site';
import { allFiles } from './site-pages';

const MONTH = '2026-10';
const PLANTED = '新人小周';
const MIN = 5;
// Three answered calls in October, all dissatisfied: below the sample's minimum group of 5.
const planted = [20, 21, 22].map((d, i) => `HF0900${i},C0125,${MONTH}-${d} 10:0${i},${PLANTED},微信,来电咨询,,订单,已接通,不满意,,,,,`).join('\n');

let folder = '';
let siteDir = '';

beforeAll(async () => {
  folder = scratchFolder('small-group-data-');
  cpSync('data/sample', folder, { recursive: true });
  const calls = readFileSync(join(folder, 'calls.csv'), 'utf8');
  const eol = calls.includes('\r\n') ? '\r\n' : '\n';
  appendFileSync(join(folder, 'calls.csv'), `${calls.endsWith(eol) ? '' : eol}${planted.split('\n').join(eol)}${eol}`);
  siteDir = scratchFolder('small-group-site-');
  const built = await buildSite(folder, siteDir);
  if (built.exitCode !== 0) throw new Error(`astro build failed (exit ${built.exitCode}):\n${built.output.split('\n').slice(-30).join('\n')}`);
}, 600_000);

afterAll(() => {
  for (const dir of [folder, siteDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** One chart of a page: its labels and first series from the JSON beside the canvas, and its data table's rows as text cells. */
function chartOf(html: string, id: string): { points: Map<string, number | null>; series: (number | null)[][]; rows: Map<string, string[]> } {
  const figure = html.match(new RegExp(`<figure class="chart" id="${id}"[^>]*>([^]*?)</figure>`))?.[1];
  if (!figure) throw new Error(`no chart ${id}`);
  const config = JSON.parse(figure.match(/<script type="application\/json"[^>]*>([^]*?)<\/script>/)![1]!) as { data: { labels: (string | string[])[]; datasets: { data: (number | null)[] }[] } };
  const labels = config.data.labels.map((l) => (Array.isArray(l) ? l.join(' ') : l));
  const rows = new Map<string, string[]>();
  for (const tr of figure.match(/<tbody>([^]*?)<\/tbody>/)![1]!.split('</tr>')) {
    const label = tr.match(/<th scope="row"[^>]*>([^<]*)<\/th>/)?.[1];
    if (label !== undefined) rows.set(label, [...tr.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]!));
  }
  return { points: new Map(labels.map((l, i) => [l, config.data.datasets[0]!.data[i] ?? null])), series: config.data.datasets.map((d) => d.data), rows };
}

const page = (path: string) => readFileSync(join(siteDir, path, 'index.html'), 'utf8');
const count = (text: string) => Number(text.replace(/[^\d]/g, ''));

describe(`a site built with one small group (${PLANTED}: 0 of 3 satisfied in ${MONTH}, minimum ${MIN})`, () => {
  it('the data has it: the site data holds 3 answers for the planted agent, under the minimum group', () => {
    const site = loadSiteData(readSiteEnv({ KEFU_DATA: folder }), () => TEST_PSEUDONYM_KEY);
    expect(site.options.minGroupSize).toBe(MIN);
    const table = asCallTable(site.data.calls);
    const calls = [...table.line.keys()].filter((i) => valueOf(table.columns.agent, i) === PLANTED);
    expect(calls.map((i) => valueOf(table.columns.satisfaction, i))).toEqual(['dissatisfied', 'dissatisfied', 'dissatisfied']);
    const report = buildMonthReport(site.data, MONTH, site.settings, site.options);
    expect(report.satisfaction.byAgent.find((a) => a.agent === PLANTED)).toEqual({ agent: PLANTED, answered: undefined, csat: { suppressed: true, withheld: true } });
  });

  it.each([`reports/${MONTH}`, 'satisfaction', `en/reports/${MONTH}`, 'en/satisfaction'])('/%s/: subtraction from the totals and the visible agents leaves ≥ 2 agents and ≥ 5 answers', (path) => {
    const html = page(path);
    const byAgent = chartOf(html, 'satisfaction-by-agent');
    const distribution = chartOf(html, 'satisfaction-distribution');
    // The month's published totals: satisfied / neutral / dissatisfied counts.
    const [satisfied, neutral, dissatisfied] = distribution.series[0]! as number[];
    const total = satisfied! + neutral! + dissatisfied!;
    expect(byAgent.points.get(PLANTED)).toBeNull();
    const hidden = [...byAgent.points].filter(([, v]) => v === null).map(([agent]) => agent);
    const visible = [...byAgent.points].filter(([, v]) => v !== null);
    // Each visible agent's answers from its table row (last cell), its satisfied answers from the share.
    const answered = (agent: string) => count(byAgent.rows.get(agent)!.at(-1)!);
    const left = total - visible.reduce((sum, [agent]) => sum + answered(agent), 0);
    const leftSatisfied = satisfied! - visible.reduce((sum, [agent, share]) => sum + Math.round((share! / 100) * answered(agent)), 0);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(left).toBeGreaterThanOrEqual(MIN);
    // What subtraction gives is a union of several agents, not the planted 0 of 3.
    expect([left, leftSatisfied]).not.toEqual([3, 0]);
    // No hidden agent's row prints a number: neither a share nor how many answered.
    for (const agent of hidden) expect(byAgent.rows.get(agent)!.some((cell) => /\d/.test(cell))).toBe(false);
  });

  // (The follow-ups section still counts each agent's calls made and reached: work done, not the satisfaction sample.)
  it('no satisfaction table or chart JSON on any page gives the planted agent a number', () => {
    let seen = 0;
    for (const file of allFiles(siteDir).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      for (const figure of html.match(/<figure class="chart" id="satisfaction-by-agent"[^]*?<\/figure>/g) ?? []) {
        const chart = chartOf(figure, 'satisfaction-by-agent');
        if (!chart.points.has(PLANTED)) continue;
        seen += 1;
        expect(chart.points.get(PLANTED), relative(siteDir, file)).toBeNull();
        expect(chart.rows.get(PLANTED)!.filter((cell) => /\d/.test(cell)), relative(siteDir, file)).toEqual([]);
      }
    }
    // October's report and the October topic pages, in two languages.
    expect(seen).toBeGreaterThanOrEqual(4);
  });

  it('the pseudonym key is in no file of the site', () => {
    const hits = allFiles(siteDir).filter((f) => readFileSync(f, 'utf8').includes(TEST_PSEUDONYM_KEY));
    expect(hits).toEqual([]);
  });

  it('trainees and mentors are not named anywhere (pseudonymised by default)', () => {
    const lines = readFileSync(join(folder, 'training.csv'), 'utf8').trim().split('\n');
    const header = lines[0]!.split(',');
    const [trainee, mentor] = [header.indexOf('学员'), header.indexOf('导师')];
    expect(trainee).toBeGreaterThanOrEqual(0);
    const names = new Set(lines.slice(1).flatMap((l) => { const cells = l.split(','); return [cells[trainee]!, cells[mentor] ?? ''].filter((n) => n.trim().length >= 2); }));
    // A trainee who later works the phones is an agent and, agents being shown by name by default, may appear as one.
    const agents = new Set(readFileSync(join(folder, 'calls.csv'), 'utf8').split('\n').slice(1).map((l) => l.split(',')[3]));
    const audited = new Set(readFileSync(join(folder, 'qa-audits.csv'), 'utf8').split('\n').slice(1).flatMap((l) => l.split(',')));
    const needles = [...names].filter((n) => !agents.has(n) && !audited.has(n));
    expect(needles.length).toBeGreaterThan(2);
    const hits = allFiles(siteDir).filter((f) => f.endsWith('.html')).flatMap((f) => {
      const html = readFileSync(f, 'utf8');
      return needles.filter((n) => html.includes(n)).map((n) => `${relative(siteDir, f)}: ${n}`);
    });
    expect(hits).toEqual([]);
  });
});
