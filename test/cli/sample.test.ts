// `kefu sample`: the bundled dataset is deterministic, internally consistent, realistic in shape, and its README true.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays, daysBetween, monthOf } from '../../shared/dates';
import { pointsBalance } from '../../shared/rules/points-balance';
import { classifyTier } from '../../shared/rules/tier';
import { STAGE_TIME_COLUMN } from '../../shared/schema';
import { COMPLAINT_STAGE, QA_CRITERION } from '../../shared/enums';
import { generateSample, type SampleData } from '../../cli/sample/generate';
import { contentsMarkdown, problemsMarkdown, summariseSample } from '../../cli/sample/summarise';
import { sampleFiles, writeSample } from '../../cli/sample/write-sample';
import { runSample } from '../../cli/sample/run-sample';
import { loadWorkbook } from '../../load/load-workbook';
import { BUSINESS_PRESETS } from '../../shared/settings';
import { execFileSync } from 'node:child_process';

const data = generateSample();
const small = generateSample({ seed: 7, customers: 120 });

function unique(values: readonly (string | undefined)[]): boolean {
  const present = values.filter((v): v is string => v !== undefined);
  return new Set(present).size === present.length;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

/** The rules every generated dataset keeps, whatever the seed or size. */
function expectConsistent(d: SampleData): void {
  const customers = new Map(d.customers.map((c) => [c.id, c]));
  const complaints = new Set(d.complaints.map((c) => c.id));

  for (const rows of [d.customers, d.calls, d.complaints, d.qaAudits, d.training, d.points]) expect(unique(rows.map((r) => r.id))).toBe(true);
  expect(unique(d.customers.map((c) => c.phone))).toBe(true);
  expect(unique(d.customers.map((c) => c.memberCardNo))).toBe(true);
  for (const c of d.customers) expect(c.phone).toMatch(/^(1[3-9]\d{9}|0571-8\d{7})$/);

  for (const call of d.calls) {
    expect(customers.has(call.customerId)).toBe(true);
    if (call.complaintId) expect(complaints.has(call.complaintId)).toBe(true);
  }
  for (const c of d.complaints) expect(customers.has(c.customerId!)).toBe(true);
  for (const p of d.points) expect(customers.has(p.customerId)).toBe(true);

  const referred = countBy(d.customers.filter((c) => c.referrerId), (c) => c.referrerId!);
  const ledgers = new Map<string, typeof d.points>();
  for (const p of d.points) ledgers.set(p.customerId, [...(ledgers.get(p.customerId) ?? []), p]);
  for (const c of d.customers) {
    if (c.referrerId) expect(customers.get(c.referrerId)!.firstVisit! <= c.firstVisit!).toBe(true);
    expect(c.referrals).toBe(referred.get(c.id) ?? 0);
    expect(c.tier).toBe(classifyTier(c, d.settings));
    if (c.tier === 'vip' || c.tier === 'core') expect(c.assignedAgent).toBeTruthy();
    const ledger = pointsBalance(ledgers.get(c.id) ?? []);
    expect(ledger.firstNegative).toBeUndefined();
    expect(c.points).toBe(ledger.balance);
  }

  for (const call of d.calls) {
    if (call.satisfaction) expect(call.reached).toBe('reached');
    if (call.purpose !== 'inbound') expect(customers.get(call.customerId)!.consent).not.toBe(false);
    expect(call.at.slice(11)).toMatch(/^(09|1\d):[0-5]\d$/);
  }

  for (const c of d.complaints) {
    const times = [c.receivedAt, c.firstResponseAt, c.judgedAt, c.investigatedAt, c.proposedAt, c.implementedAt, c.reviewedAt, c.closedAt]
      .filter((t): t is string => t !== undefined);
    expect(times).toEqual([...times].sort());
    const reached = COMPLAINT_STAGE.findIndex((s) => s.key === c.stage);
    for (const stage of COMPLAINT_STAGE.slice(0, reached + 1)) expect(c[STAGE_TIME_COLUMN[stage.key]]).toBeDefined();
  }

  for (const a of d.qaAudits) {
    expect(a.unqualified).toBeLessThanOrEqual(a.sampled);
    const counts = QA_CRITERION.map((q) => a[q.key] ?? 0);
    for (const n of counts) expect(n).toBeLessThanOrEqual(a.unqualified);
    expect(counts.reduce((x, y) => x + y, 0)).toBeGreaterThanOrEqual(a.unqualified);
  }
}

describe('generateSample', () => {
  it('gives the same rows for the same options and different rows for another seed', () => {
    expect(generateSample()).toEqual(data);
    expect(generateSample({ seed: 7, customers: 120 })).toEqual(small);
    expect(generateSample({ seed: 1 }).customers[0]).not.toEqual(data.customers[0]);
  });

  it('never touches Math.random or the clock', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => { throw new Error('Math.random'); });
    const now = vi.spyOn(Date, 'now').mockImplementation(() => { throw new Error('Date.now'); });
    try {
      expect(() => generateSample({ customers: 60 })).not.toThrow();
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });

  it('keeps every link, balance, tier and order consistent, at the default size and a small one', () => {
    expectConsistent(data);
    expectConsistent(small);
  });

  it('has the size of a small studio’s year', () => {
    expect(data.customers).toHaveLength(500);
    expect(data.calls.length).toBeGreaterThanOrEqual(3000);
    expect(data.calls.length).toBeLessThanOrEqual(5000);
    expect(data.complaints.length).toBeGreaterThanOrEqual(40);
    expect(data.complaints.length).toBeLessThanOrEqual(60);
    // Seven trainees sit the six plan tests, one stops after the three of days 1–3, two sit a retake.
    expect(data.training).toHaveLength(7 * 6 + 3 + 2);
    const members = data.customers.filter((c) => c.memberCardNo).length;
    expect(members / 500).toBeGreaterThan(0.3);
    expect(members / 500).toBeLessThan(0.5);
    expect(data.customers.filter((c) => c.cardRecalled).length).toBeGreaterThan(0);
    expect(data.customers.filter((c) => /^0571-/.test(c.phone)).length).toBeGreaterThan(0);
    const organisation = data.customers.filter((c) => c.organisation).length / 500;
    expect(organisation).toBeGreaterThan(0.6);
    expect(organisation).toBeLessThan(0.75);
  });

  it('follows the wedding seasons: May and October busier than February', () => {
    const byMonth = countBy(data.calls, (c) => monthOf(c.at));
    expect(byMonth.get('2026-05')!).toBeGreaterThan(byMonth.get('2026-02')!);
    expect(byMonth.get('2026-10')!).toBeGreaterThan(byMonth.get('2026-02')!);
  });

  it('audits each agent on 26 working days a month, and only calls on days they work', () => {
    const perAgentMonth = countBy(data.qaAudits, (a) => `${a.agent} ${monthOf(a.date)}`);
    expect(perAgentMonth.size).toBe(6 * 12);
    for (const n of perAgentMonth.values()) expect(n).toBe(26);
    const worked = new Set(data.qaAudits.map((a) => `${a.agent} ${a.date}`));
    for (const call of data.calls) expect(worked.has(`${call.agent} ${call.at.slice(0, 10)}`)).toBe(true);
  });

  it('times follow-ups by the rules, with some post-service calls late', () => {
    const postService = data.calls.filter((c) => c.purpose === 'post-service');
    for (const c of postService) expect(c.serviceDate! <= c.at.slice(0, 10)).toBe(true);
    const late = postService.filter((c) => daysBetween(c.serviceDate!, c.at) > 3).length;
    expect(late / postService.length).toBeGreaterThan(0.05);
    expect(late / postService.length).toBeLessThan(0.25);
    for (const c of data.calls.filter((x) => x.purpose === 'complaint-follow-up')) expect(c.complaintId).toBeTruthy();
  });

  it('runs the training plan on its days, the retake two days later on another paper', () => {
    const testDay = data.settings.training.testDay as Record<string, number>;
    for (const t of data.training) {
      if (t.test !== 'probation-retake') expect(t.date).toBe(addDays(t.startDate, testDay[t.test]! - 1));
    }
    const retakes = data.training.filter((t) => t.test === 'probation-retake');
    expect(retakes).toHaveLength(2);
    for (const r of retakes) {
      const probation = data.training.find((t) => t.trainee === r.trainee && t.test === 'probation')!;
      expect(daysBetween(probation.date, r.date)).toBe(2);
      expect(r.paper).not.toBe(probation.paper);
    }
    expect(data.training.filter((t) => t.decision === 'leave')).toHaveLength(1);
  });

  it('eliminates on a failed day-3 basic exam: one trainee fails it and sits nothing after; everyone else passed it', () => {
    const pass = data.settings.training.passMark;
    const failed = data.training.filter((t) => t.test === 'basic' && t.score < pass);
    expect(failed).toHaveLength(1);
    expect(data.training.filter((t) => t.trainee === failed[0]!.trainee && t.date > failed[0]!.date)).toEqual([]);
  });

  it('puts late delivery and photo quality at the head of the complaints Pareto', () => {
    const byCategory = [...countBy(data.complaints, (c) => c.category)].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    expect(byCategory.slice(0, 2)).toEqual(['late-delivery', 'photo-quality']);
    expect(data.complaints.some((c) => !c.closedAt)).toBe(true);
  });
});

describe('writeSample', () => {
  let root: string;
  beforeAll(async () => { root = await mkdtemp(join(tmpdir(), 'kefu-sample-')); });
  afterAll(async () => { await rm(root, { recursive: true, force: true }); });

  it('writes the same bytes every time, leaves other files alone and no temp folder behind', async () => {
    const a = join(root, 'a');
    const b = join(root, 'b');
    const first = await writeSample(a, { customers: 80 });
    await writeFile(join(b, '..', 'keep.txt'), 'x');
    await writeSample(b, { customers: 80 });
    await writeFile(join(b, 'README.md'), 'mine');
    await writeSample(b, { customers: 80 });
    expect(first.map((f) => f.slice(a.length + 1))).toEqual(
      ['settings.csv', 'customers.csv', 'calls.csv', 'complaints.csv', 'qa-audits.csv', 'training.csv', 'points.csv', 'notes.csv']);
    for (const file of first) {
      const name = file.slice(a.length + 1);
      expect(await readFile(join(b, name))).toEqual(await readFile(file));
    }
    expect(await readFile(join(b, 'README.md'), 'utf8')).toBe('mine');
    expect((await readdir(root)).sort()).toEqual(['a', 'b', 'keep.txt']);
    const header = (await readFile(join(a, 'customers.csv'), 'utf8')).split('\r\n')[0];
    expect(header).toMatch(/^客户编号,客户姓名,联系电话/);
  });
});

describe('data/sample', () => {
  it('is the default sample, byte for byte', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kefu-sample-default-'));
    try {
      for (const file of await writeSample(dir)) {
        const name = file.slice(dir.length + 1);
        expect(await readFile(join('data/sample', name), 'utf8'), name).toBe(await readFile(file, 'utf8'));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('has a README whose contents and problems match the data', async () => {
    const readme = await readFile('data/sample/README.md', 'utf8');
    const summary = summariseSample(data);
    expect(readme).toContain(contentsMarkdown(summary));
    expect(readme).toContain(problemsMarkdown(summary));
  });
});

describe('generateSample for each business preset', () => {
  const OTHERS = ['car-service', 'clinic', 'online-shop'] as const;
  const samples = Object.fromEntries(OTHERS.map((b) => [b, generateSample({ business: b, customers: 200 })])) as Record<(typeof OTHERS)[number], SampleData>;

  it('photo-studio is the default, row for row', () => {
    expect(generateSample({ business: 'photo-studio', seed: 7, customers: 120 })).toEqual(small);
  });

  for (const business of OTHERS) {
    describe(business, () => {
      const d = samples[business];
      const preset = BUSINESS_PRESETS[business];

      it('uses its preset: business type, stages, complaint categories, service cycle', () => {
        expect(d.settings.businessType).toBe(business);
        expect(d.settings.lists.stages).toEqual(preset.stages);
        expect(d.settings.lists.complaintCategories).toEqual(preset.complaintCategories);
        const stages = new Set(preset.stages.map((s) => s.key));
        for (const c of d.customers) if (c.stage) expect(stages.has(c.stage)).toBe(true);
        for (const c of d.calls) if (c.stage) expect(stages.has(c.stage)).toBe(true);
        const categories = new Set(preset.complaintCategories.map((c) => c.key));
        for (const c of d.complaints) expect(categories.has(c.category)).toBe(true);
        // Every stage of the preset shows up in the archive or on calls, and every category in the register.
        expect(new Set([...d.customers, ...d.calls].map((c) => c.stage).filter(Boolean))).toEqual(stages);
        expect(new Set(d.complaints.map((c) => c.category))).toEqual(categories);
        for (const c of d.customers) expect(c.serviceCycleDays).toBe(preset.serviceCycleDays);
      });

      it('is deterministic and keeps every link, balance, tier and order consistent', () => {
        expect(generateSample({ business, customers: 200 })).toEqual(d);
        expectConsistent(d);
      });

      it('passes kefu check with no problems', async () => {
        const dir = await mkdtemp(join(tmpdir(), `kefu-sample-${business}-`));
        try {
          for (const [name, text] of sampleFiles(d)) await writeFile(join(dir, name), text);
          const workbook = loadWorkbook([dir]);
          expect(workbook.unusable).toEqual([]);
          expect(workbook.issues).toEqual([]);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      });

      it('shows the follow-up rules: late post-service calls, second calls after the last stage, and missed ones', () => {
        const last = preset.stages.at(-1)!.key;
        const postService = d.calls.filter((c) => c.purpose === 'post-service');
        expect(postService.length).toBeGreaterThan(50);
        const firsts = postService.filter((c) => c.reached === 'reached' && c.stage === last);
        const seconds = d.calls.filter((c) => c.purpose === 'second-follow-up');
        expect(seconds.length).toBeGreaterThan(0);
        for (const s of seconds) expect(s.stage).toBe(last);
        // 000 "第一次跟蹤服務的一周后的7天以內…第二次跟蹤服務": planned 7–14 days after the first; a no-answer is tried again a day or two on, closed days pass.
        const gaps = seconds.map((s) => daysBetween(firsts.filter((f) => f.customerId === s.customerId && f.at < s.at).at(-1)!.at, s.at));
        for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(7);
        expect(gaps.filter((gap) => gap <= 14).length / gaps.length).toBeGreaterThan(0.8);
        const answered = (f: (typeof firsts)[number]) => seconds.some((s) => s.customerId === f.customerId && s.reached === 'reached'
          && daysBetween(f.at, s.at) >= 7 && daysBetween(f.at, s.at) <= 14);
        expect(firsts.filter((f) => addDays(f.at.slice(0, 10), 14) <= '2026-10-31' && !answered(f)).length).toBeGreaterThan(0);
      });
    });
  }

  it('car service: the first after-sales call 3–7 days after 交车, a few later (000 "接車出廠…后三天至一周內")', () => {
    const calls = samples['car-service'].calls.filter((c) => c.purpose === 'post-service');
    for (const c of calls) expect(c.stage).toBe('handed-over');
    const days = calls.map((c) => daysBetween(c.serviceDate!, c.at));
    for (const n of days) expect(n).toBeGreaterThanOrEqual(3);
    const inWindow = days.filter((n) => n <= 7).length / days.length;
    expect(inWindow).toBeGreaterThan(0.75);
    expect(inWindow).toBeLessThan(1);
  });

  it('follows its own seasons: the online shop is busier in June (618) than in the months around it', () => {
    const byMonth = countBy(samples['online-shop'].calls, (c) => monthOf(c.at));
    expect(byMonth.get('2026-06')!).toBeGreaterThan(byMonth.get('2026-05')!);
    expect(byMonth.get('2026-06')!).toBeGreaterThan(byMonth.get('2026-07')!);
  });

  it('clinic and online shop: post-service calls within 3 days for most, a few late (001 "必须保证在三天之内完成回访")', () => {
    for (const business of ['clinic', 'online-shop'] as const) {
      const calls = samples[business].calls.filter((c) => c.purpose === 'post-service');
      const days = calls.map((c) => daysBetween(c.serviceDate!, c.at));
      const late = days.filter((n) => n > 3).length / days.length;
      for (const n of days) expect(n).toBeGreaterThanOrEqual(0);
      expect(late).toBeGreaterThan(0.05);
      expect(late).toBeLessThan(0.3);
    }
  });
});

describe('kefu sample --business', () => {
  it('refuses an unknown business with exit 2', async () => {
    const err: string[] = [];
    const exit = await runSample('unused-folder', { business: 'boat' }, { out: () => undefined, err: (t) => err.push(t) });
    expect(exit).toBe(2);
    expect(err.join('\n')).toBe('kefu sample: --business must be one of photo-studio, car-service, clinic, online-shop, not "boat"');
  });

  it('is in kefu sample --help', () => {
    const help = execFileSync('node', ['bin/kefu.js', 'sample', '--help', '--lang', 'en'], { encoding: 'utf8' });
    expect(help).toContain('kefu sample <folder> [--seed N] [--customers N] [--business photo-studio|car-service|clinic|online-shop]');
  });
});
