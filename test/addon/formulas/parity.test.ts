// HyperFormula evaluates every live formula over generated rows and must agree with the shared TypeScript rules.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { monthOf } from '../../../shared/dates';
import { enumLabel, PURPOSE, REACHED, TIER, TRAINING_RESULT } from '../../../shared/enums';
import {
  classifyTier, complaintAgeHours, dayPoint, firstResponseSla, followUpStatus, hoursToClose, listFollowUpObligations, monthlyPoints, nextServiceDate,
  passes, postServiceDue, serviceWindow,
} from '../../../shared/rules';
import { CALLS, COMPLAINTS, CUSTOMERS, QA_AUDITS, TRAINING, type Call, type Complaint, type Customer, type QaAudit } from '../../../shared/schema';
import { defaultSettings, getSetting, withSetting, type Settings } from '../../../shared/settings';
import {
  generateComplaints, generateCustomers, generateQaAudits, generateTraining, NOW, random, toDataRow, TODAY,
} from './generate';
import { buildWorkbook, isoOfSerial, type Workbook } from './workbook';

const ROWS = 400; // the formulas' row bound in these tests: every generated row plus a blank tail
const settings = defaultSettings();
const rand = random(20261115);
const { customers, calls } = generateCustomers(rand);
const complaints = generateComplaints(rand);
const audits = generateQaAudits(rand);
const training = generateTraining(rand);

// The calls sheet holds reached and purpose as the workbook's labels, as its dropdowns write them.
const callRow = (c: Call, lang: 'zh' | 'en') => ({ ...toDataRow(c, ['at']), reached: enumLabel(REACHED, c.reached, lang), purpose: enumLabel(PURPOSE, c.purpose, lang) });

function workbook(lang: 'zh' | 'en' = 'zh', s: Settings = settings): Workbook {
  return buildWorkbook(s, [
    { schema: CUSTOMERS, rows: customers.map((c) => toDataRow(c, ['lastVisit'])) },
    { schema: CALLS, rows: calls.map((c) => callRow(c, lang)) },
    { schema: COMPLAINTS, rows: complaints.map((c) => toDataRow(c, ['receivedAt', 'firstResponseAt', 'closedAt'])) },
    { schema: QA_AUDITS, rows: audits.map((a) => toDataRow(a, ['date'])) },
    { schema: TRAINING, rows: training.map((t) => toDataRow(t, ['date', 'startDate'])) },
  ], { lang, rows: ROWS });
}

// What each rule says, row by row.
const referralCount = (c: Customer): number => customers.filter((o) => o.referrerId === c.id).length;
const expectTier = (s: Settings, lang: 'zh' | 'en') => customers.map((c) =>
  enumLabel(TIER, classifyTier({ ...c, referrals: referralCount(c) }, s), lang));
const expectNext = (s: Settings) => customers.map((c) => nextServiceDate(c, s) ?? '');
const expectDue = (s: Settings) => customers.map((c) => (c.lastVisit ? serviceWindow(c.lastVisit, c.stage, s).window.to : ''));
/** Overdue in the sheet = the core's obligation for the last visit (post-service or after-sales) is missed today. */
function expectOverdue(s: Settings, allCalls: readonly Call[]): boolean[] {
  const lastVisitOf = new Map(customers.map((c) => [c.id, c.lastVisit]));
  const missed = new Set(listFollowUpObligations(customers, allCalls, s, TODAY)
    .filter((o) => (o.kind === 'post-service' || o.kind === 'first-after-sales') && o.status === 'missed' && lastVisitOf.get(o.customerId) === o.since)
    .map((o) => o.customerId));
  return customers.map((c) => missed.has(c.id));
}
const expectAge = (c: Complaint): number => Math.floor(hoursToClose(c) ?? complaintAgeHours(c, NOW)!);
const expectBreached = (s: Settings) => complaints.map((c) => firstResponseSla(c, s, NOW) === 'breached');
function expectMonthly(s: Settings): number[] {
  const groups = new Map<string, QaAudit[]>();
  for (const a of audits) {
    const key = `${a.agent}\u0000${monthOf(a.date)}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return audits.map((a) => monthlyPoints(groups.get(`${a.agent}\u0000${monthOf(a.date)}`)!, s).points);
}
/** A row's day point is its agent's whole day: rows of the same agent and date are added up (monthlyPoints' lostDays). */
const expectDayPoint = (s: Settings) => audits.map((a) =>
  (monthlyPoints(audits.filter((o) => o.agent === a.agent && monthOf(o.date) === monthOf(a.date)), s).lostDays.includes(a.date) ? 0 : 1));
const expectResult = (s: Settings, lang: 'zh' | 'en') => training.map((t) =>
  enumLabel(TRAINING_RESULT, passes(t.score, s) ? 'pass' : 'fail', lang));
// A blank cell (null) is the rule's "no date".
const dates = (values: unknown[]): string[] => values.map((v) => (typeof v === 'number' ? isoOfSerial(v) : v === null ? '' : String(v)));

describe('live formulas agree with the shared rules (HyperFormula)', () => {
  let wb: Workbook;

  beforeAll(() => {
    // HyperFormula's NOW() and TODAY() read Date.now(): freeze it at NOW (local time) so boundaries are exact.
    vi.useFakeTimers({ toFake: ['Date'] });
    const [d, t] = NOW.split('T') as [string, string];
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    const [hh, mm] = t.split(':').map(Number) as [number, number];
    vi.setSystemTime(new Date(y, m - 1, day, hh, mm, 0));
    wb = workbook();
  }, 60_000); // a whole workbook computed once: seconds in HyperFormula, more on a loaded machine
  afterAll(() => vi.useRealTimers());

  it('generates at least 200 rows per sheet with the boundaries in them', () => {
    for (const rows of [customers, calls, complaints, audits, training]) expect(rows.length).toBeGreaterThanOrEqual(200);
    expect(customers.some((c) => c.spendThisYear === settings.tier.vip.spend)).toBe(true);
    expect(audits.some((a) => a.unqualified === settings.qa.unqualifiedLimit)).toBe(true);
    expect(training.map((t) => t.score)).toEqual(expect.arrayContaining([79, 80]));
    const states = complaints.map((c) => firstResponseSla(c, settings, NOW));
    expect(states).toEqual(expect.arrayContaining(['met', 'breached', 'pending']));
    const lostCounts = new Set(expectMonthly(settings).map((p) => settings.qa.pointsPerMonth - p));
    expect([...lostCounts]).toEqual(expect.arrayContaining([0, 1, settings.qa.pointsPerMonth]));
  });

  it('customers.referrals counts the customers naming each one as referrer', () => {
    expect(wb.column(CUSTOMERS, 'referrals', customers.length)).toEqual(customers.map(referralCount));
  });

  it('customers.tier = classifyTier', () => {
    expect(wb.column(CUSTOMERS, 'tier', customers.length)).toEqual(expectTier(settings, 'zh'));
  });

  it('customers.nextServiceDate = nextServiceDate, followUpDue = the last day of the service window', () => {
    expect(dates(wb.column(CUSTOMERS, 'nextServiceDate', customers.length))).toEqual(expectNext(settings));
    expect(dates(wb.column(CUSTOMERS, 'followUpDue', customers.length))).toEqual(expectDue(settings));
  });

  it('customers.followUpOverdue: the last visit\'s follow-up missed (only reached, outbound calls complete it)', () => {
    const expected = expectOverdue(settings, calls);
    expect(wb.column(CUSTOMERS, 'followUpOverdue', customers.length)).toEqual(expected);
    expect(expected.filter(Boolean).length).toBeGreaterThan(10);
    expect(expected.filter((v) => !v).length).toBeGreaterThan(10);
  });

  it('complaints.ageHours: whole hours to closing, or to now while open', () => {
    expect(wb.column(COMPLAINTS, 'ageHours', complaints.length)).toEqual(complaints.map(expectAge));
  });

  it('complaints.slaBreached = firstResponseSla is breached (24 h exactly is met)', () => {
    expect(wb.column(COMPLAINTS, 'slaBreached', complaints.length)).toEqual(expectBreached(settings));
  });

  it('qaAudits.dayPoint = dayPoint of the agent\'s whole day, monthlyPoints = monthlyPoints of that agent and month', () => {
    expect(wb.column(QA_AUDITS, 'dayPoint', audits.length)).toEqual(expectDayPoint(settings));
    expect(wb.column(QA_AUDITS, 'monthlyPoints', audits.length)).toEqual(expectMonthly(settings));
  });

  it('training.result = passes', () => {
    expect(wb.column(TRAINING, 'result', training.length)).toEqual(expectResult(settings, 'zh'));
  });

  it('shows each live column\'s header in its header cell, where the formula sits', () => {
    for (const [schema, key, header] of [[CUSTOMERS, 'tier', '客户等级'], [QA_AUDITS, 'monthlyPoints', '当月积分'], [TRAINING, 'result', '考核结果']] as const) {
      const col = schema.columns.findIndex((c) => c.key === key);
      const sheet = wb.hf.getSheetId(schema.zh)!;
      expect(wb.hf.getCellValue({ sheet, row: 0, col })).toBe(header);
      expect(wb.hf.getCellFormula({ sheet, row: 0, col })).toMatch(/^=ARRAYFORMULA\(IF\(SEQUENCE\(ROWS\(A1:A\d+\)\)=1,"/);
      expect(wb.hf.getCellFormula({ sheet, row: 1, col })).toBeUndefined();
    }
  });

  it('is truly blank (not "") below the last row', () => {
    const tail = (schema: typeof CUSTOMERS, key: string, count: number) => wb.column(schema, key, ROWS).slice(count);
    expect(new Set(tail(CUSTOMERS, 'tier', customers.length))).toEqual(new Set([null]));
    expect(new Set(tail(CUSTOMERS, 'followUpOverdue', customers.length))).toEqual(new Set([null]));
    expect(new Set(tail(COMPLAINTS, 'ageHours', complaints.length))).toEqual(new Set([null]));
    expect(new Set(tail(QA_AUDITS, 'monthlyPoints', audits.length))).toEqual(new Set([null]));
    expect(new Set(tail(TRAINING, 'result', training.length))).toEqual(new Set([null]));
  });

  describe('a changed Settings cell changes the results as the rule changes', () => {
    const change = (key: string, value: number): Settings => {
      wb.setSetting(key, value);
      return withSetting(settings, key, value);
    };
    afterAll(() => {
      for (const key of ['training.passMark', 'tier.vip.spend', 'tier.core.referrals', 'serviceCycleDays', 'followUp.postServiceDays',
        'complaint.firstResponseHours', 'qa.unqualifiedLimit', 'qa.pointsPerMonth']) wb.setSetting(key, getSetting(settings, key) as number);
      // Eight full recalculations; HyperFormula scans a computed array linearly in MATCH, so the sorted lookups take seconds each here.
    }, 60_000);

    it('pass mark 85', () => {
      const s = change('training.passMark', 85);
      const results = wb.column(TRAINING, 'result', training.length);
      expect(results).toEqual(expectResult(s, 'zh'));
      expect(results).not.toEqual(expectResult(settings, 'zh'));
    });

    it('VIP spend 8000 and core referrals 5', () => {
      let s = change('tier.vip.spend', 8000);
      s = withSetting(s, 'tier.core.referrals', 5);
      wb.setSetting('tier.core.referrals', 5);
      expect(wb.column(CUSTOMERS, 'tier', customers.length)).toEqual(expectTier(s, 'zh'));
    });

    it('service cycle 30 days and follow-up within 1 day', () => {
      let s = change('serviceCycleDays', 30);
      s = withSetting(s, 'followUp.postServiceDays', 1);
      wb.setSetting('followUp.postServiceDays', 1);
      expect(dates(wb.column(CUSTOMERS, 'nextServiceDate', customers.length))).toEqual(expectNext(s));
      expect(dates(wb.column(CUSTOMERS, 'followUpDue', customers.length))).toEqual(expectDue(s));
      expect(wb.column(CUSTOMERS, 'followUpOverdue', customers.length)).toEqual(expectOverdue(s, calls));
    });

    it('first response within 48 h', () => {
      const s = change('complaint.firstResponseHours', 48);
      expect(wb.column(COMPLAINTS, 'slaBreached', complaints.length)).toEqual(expectBreached(s));
    });

    it('unqualified limit 3 and 20 points a month', () => {
      let s = change('qa.unqualifiedLimit', 3);
      s = withSetting(s, 'qa.pointsPerMonth', 20);
      wb.setSetting('qa.pointsPerMonth', 20);
      expect(wb.column(QA_AUDITS, 'dayPoint', audits.length)).toEqual(expectDayPoint(s));
      expect(wb.column(QA_AUDITS, 'monthlyPoints', audits.length)).toEqual(expectMonthly(s));
    });
  });
});

describe('live formulas in an English workbook', () => {
  let wb: Workbook;
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 15, 10, 30, 0));
    wb = workbook('en');
  }, 60_000);
  afterAll(() => vi.useRealTimers());

  it('writes English labels and reads the calls sheet by its English title', () => {
    expect(wb.column(CUSTOMERS, 'tier', customers.length)).toEqual(expectTier(settings, 'en'));
    expect(wb.column(TRAINING, 'result', training.length)).toEqual(expectResult(settings, 'en'));
    expect(wb.column(CUSTOMERS, 'followUpOverdue', customers.length)).toEqual(expectOverdue(settings, calls));
  });
});

describe('live follow-up formulas for a car-service desk (000: after-sales first call on day 3–7)', () => {
  const car = defaultSettings('car-service');
  let wb: Workbook;
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 15, 10, 30, 0));
    wb = workbook('zh', car);
  }, 60_000);
  afterAll(() => vi.useRealTimers());

  it('followUpDue and followUpOverdue follow the after-sales window for 交车 and the 3-day rule otherwise', () => {
    expect(dates(wb.column(CUSTOMERS, 'followUpDue', customers.length))).toEqual(expectDue(car));
    const expected = expectOverdue(car, calls);
    expect(wb.column(CUSTOMERS, 'followUpOverdue', customers.length)).toEqual(expected);
    expect(expected).not.toEqual(expectOverdue(settings, calls));
  });
});
