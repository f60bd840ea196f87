// A site built with KEFU_PSEUDONYMISE=1: no staff name anywhere, and 客服 A … follow the keyed order, not the sorted names (issue 10, points 3–4).
import { createHmac } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, readSiteEnv } from '../../site/data/site-data';
import { buildMonthReport } from '../../shared/report/month-report';
import { asCallTable } from '../../shared/sheet/call-table';
import { buildSite, scratchFolder, TEST_PSEUDONYM_KEY } from './build-site';
import { allFiles } from './site-pages';

let siteDir = '';
beforeAll(async () => {
  siteDir = scratchFolder('pseudonyms-site-');
  const built = await buildSite('data/sample', siteDir, { KEFU_PSEUDONYMISE: '1' });
  if (built.exitCode !== 0) throw new Error(`astro build failed (exit ${built.exitCode}):\n${built.output.split('\n').slice(-30).join('\n')}`);
}, 600_000);
afterAll(() => { if (siteDir) rmSync(siteDir, { recursive: true, force: true }); });

const site = loadSiteData(readSiteEnv({ KEFU_PSEUDONYMISE: '1' }), () => TEST_PSEUDONYM_KEY);
const month = site.months.at(-1)!;
const agents = [...new Set([...asCallTable(site.data.calls).columns.agent.values, ...site.data.qaAudits.map((a) => a.agent)])].sort();
const staff = [...new Set([
  ...agents, ...site.data.customers.flatMap((c) => (c.assignedAgent ? [c.assignedAgent] : [])),
  ...site.data.training.flatMap((t) => [t.trainee, ...(t.mentor ? [t.mentor] : [])]),
])].filter((n) => n.trim().length >= 2);

/** The QA table of a month's page: pseudonym → points text, in page order. */
function qaTable(html: string): [string, string][] {
  const table = html.match(/<table class="data qa-points"[^>]*>([^]*?)<\/table>/)![1]!;
  return [...table.matchAll(/<th scope="row"[^>]*>([^<]*)<\/th>\s*<td[^>]*>([^<]*)<\/td>/g)].map((m) => [m[1]!, m[2]!.trim()]);
}

describe('a site built with KEFU_PSEUDONYMISE=1', () => {
  it('names no agent, assigned agent, trainee or mentor in any file', () => {
    expect(staff.length).toBeGreaterThan(5);
    const hits = allFiles(siteDir).flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return staff.filter((n) => text.includes(n)).map((n) => `${relative(siteDir, f)}: ${n}`);
    });
    expect(hits).toEqual([]);
  });

  it('lists the QA table in letter order, each letter the agent HMAC-SHA-256 under the key ranks there, not the sorted name', () => {
    const rows = qaTable(readFileSync(join(siteDir, 'reports', month, 'index.html'), 'utf8'));
    expect(rows.map(([alias]) => alias)).toEqual(rows.map((_, i) => `客服 ${String.fromCharCode(65 + i)}`));
    // Independently: rank every staff name the core pseudonymises by Node's HMAC and give letters in that order.
    const pool = [...new Set([...agents, ...site.data.customers.flatMap((c) => (c.assignedAgent?.trim() ? [c.assignedAgent] : [])),
      ...site.data.training.flatMap((t) => (t.mentor?.trim() ? [t.mentor] : []))])];
    const hmac = (name: string) => createHmac('sha256', TEST_PSEUDONYM_KEY).update(`agent\u0000${name}`).digest('hex');
    const ranked = [...pool].sort((a, b) => (hmac(a) < hmac(b) ? -1 : 1));
    const letterOf = new Map(ranked.map((name, i) => [name, `客服 ${String.fromCharCode(65 + i)}`]));
    // The named report gives each agent's points; the page must show them under that agent's keyed letter.
    const named = buildMonthReport(site.data, month, site.settings, { ...site.options, pseudonymiseAgents: false });
    const expected = named.quality.agents.map((a) => [letterOf.get(a.agent)!, a.points] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(rows.map(([alias, points]) => [alias, Number(points.split('/')[0]!.trim())])).toEqual(expected);
    // And that is not the alphabetical order of the names (which anyone with the staff list could redo).
    expect(named.quality.agents.map((a) => letterOf.get(a.agent))).not.toEqual(named.quality.agents.map((_, i) => `客服 ${String.fromCharCode(65 + i)}`));
  });
});
