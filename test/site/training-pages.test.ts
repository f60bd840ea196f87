// The trainer view in the built sample site: /training/ lists every cohort, /training/<cohort>/ is a trainee × test grid with pass counts, trainees pseudonymised.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { words } from '../../site/i18n';

const siteDir = inject('siteDir');
const html = (path: string): string => readFileSync(join(siteDir, path, 'index.html'), 'utf8');
const text = (fragment: string): string => fragment.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
/** The text of each cell of the first element `tag` (thead, tfoot) or of every tbody row. */
const cells = (page: string, tag: 'thead' | 'tfoot'): string[] => [...(page.match(new RegExp(`<${tag}[^>]*>([^]*?)</${tag}>`))?.[1] ?? '').matchAll(/<t[hd][^>]*>([^]*?)<\/t[hd]>/g)].map((m) => text(m[1]!));
const rows = (page: string): string[][] => [...(page.match(/<tbody[^>]*>([^]*?)<\/tbody>/)?.[1] ?? '').matchAll(/<tr[^>]*>([^]*?)<\/tr>/g)]
  .map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([^]*?)<\/t[hd]>/g)].map((m) => text(m[1]!)));

describe('the trainer view', () => {
  it('/training/ and /en/training/ link every cohort of the sample (2026-03 and 2026-08)', () => {
    for (const root of ['', 'en/']) {
      const page = html(`${root}training`);
      for (const cohort of ['2026-03', '2026-08']) expect(page).toContain(`href="/${root}training/${cohort}/"`);
    }
  });

  // data/sample/training.csv, cohort 2026-08, pass mark 80: typing 93 74 79 77 → 1 of 4; phone 96 81 82 85 → 4 of 4;
  // basic 93 93 89 77 → 3 of 4; comprehensive 1 90 84 90 → 3 of 3; comprehensive 2 97 72 83 → 2 of 3; probation 92 71 93 → 2 of 3; retake 72 → 0 of 1.
  it('/training/2026-08/ is the grid: trainee, status, next test, mentor, then each test sat, and first-attempt passes per test', () => {
    const page = html('training/2026-08');
    expect(cells(page, 'thead')).toEqual(['学员', '状态', '下一项考核', '导师', '打字测试', '电话沟通测试', '基础考试', '综合考试一', '综合考试二', '转正考试', '转正补考']);
    expect(cells(page, 'tfoot').slice(1)).toEqual(['1 / 4', '4 / 4', '3 / 4', '3 / 3', '2 / 3', '2 / 3', '0 / 1']);
    const grid = rows(page);
    expect(grid.map((r) => r[0])).toEqual(['学员 1', '学员 2', '学员 3', '学员 4']);
    // 何欣 and 梁宇 confirmed on 08-25, 罗婷 left after the failed retake, 唐嘉 out after failing the basic exam.
    const w = words('zh');
    const statuses = grid.map((r) => r[1]!);
    expect(statuses.filter((s) => s.startsWith(w.outcome('confirmed')))).toHaveLength(2);
    expect(statuses.filter((s) => s.startsWith(w.outcome('left')))).toHaveLength(1);
    expect(statuses.filter((s) => s.startsWith(w.outcome('eliminated')))).toHaveLength(1);
    // Every score marked pass or fail by a sign, not by colour alone: 7 fails (typing 3, basic 1, comprehensive 2 1, probation 1, retake 1).
    expect(grid.flat().filter((c) => c.includes('✗'))).toHaveLength(7);
  });

  it('names no trainee: they are 学员 1 … as the core pseudonymises them (KEFU_NAME_TRAINEES is off)', () => {
    for (const path of ['training/2026-08', 'en/training/2026-08', 'training/2026-03', 'training']) {
      const page = html(path);
      for (const name of ['何欣', '罗婷', '梁宇', '唐嘉']) expect(page, `${path} names ${name}`).not.toContain(name);
    }
  });
});
