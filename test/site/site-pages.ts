// The pages a built site should have (every topic, every monthly report, in both languages) and the pages it does have.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadWorkbook } from '../../load/load-workbook';
import { dataMonths } from '../../shared/report/months';
import type { ReportData } from '../../shared/report/types';

export const TOPIC_SLUGS = ['', 'satisfaction/', 'follow-ups/', 'complaints/', 'quality/', 'training/', 'archive/', 'reports/'];

/** The months of a data folder, read through the same shared reader the site uses. */
export function monthsOf(folder: string): string[] {
  const workbook = loadWorkbook([folder]);
  const rows = <T>(name: keyof typeof workbook.sheets): T[] => (workbook.sheets[name]?.rows ?? []).map((r) => r.values as unknown as T);
  return dataMonths({ calls: rows('calls'), complaints: rows('complaints'), qaAudits: rows('qaAudits'), training: rows('training') } as Pick<ReportData, 'calls' | 'complaints' | 'qaAudits' | 'training'>);
}

/** The training cohorts of a data folder (each has its trainer page at training/<cohort>/). */
export function cohortsOf(folder: string): string[] {
  const workbook = loadWorkbook([folder]);
  return [...new Set((workbook.sheets.training?.rows ?? []).map((r) => String(r.values['cohort'])))].sort();
}

export function expectedPaths(months: readonly string[], cohorts: readonly string[] = []): string[] {
  const slugs = [...TOPIC_SLUGS, ...months.map((m) => `reports/${m}/`), ...cohorts.map((c) => `training/${c}/`)];
  return ['/', '/en/'].flatMap((root) => slugs.map((s) => `${root}${s}`)).sort();
}

/** "/reports/2026-10/" for every index.html under the built site. */
export function builtPaths(siteDir: string): string[] {
  return (readdirSync(siteDir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${relative('.', f).split(sep).slice(0, -1).map((p) => `${p}/`).join('')}`)
    .sort();
}

/** The same page in the other language: "/x/" ↔ "/en/x/". */
export function counterpart(path: string): string {
  return path.startsWith('/en/') ? path.slice(3) : `/en${path}`;
}

export const allFiles = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
