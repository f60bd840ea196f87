// The report model as built: plain JSON, every page's figures once, and nothing in it names a customer or says what one said.
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../load/load-workbook';
import { buildHeadline, buildMonthReport, buildMonthReports } from '../../../shared/report/month-report';
import { readReportEnv } from '../../../shared/report/report-env';
import { assembleReportInput } from '../../../shared/report/report-input';
import { buildReportModel, pageOf } from '../../../shared/report/report-model';
import { recordsOf } from '../../../shared/sheet/records';

const SAMPLE = 'data/sample';
const key = () => 'report-model-test-key';
// Read as the site reads it (the calls as a table); the call rows, read apart, say what must not be published.
const workbook = loadWorkbook([SAMPLE], { tables: true });
const callRows = recordsOf(loadWorkbook([SAMPLE]).sheets.calls, 'calls');
const inputFor = (env: Record<string, string> = {}) =>
  assembleReportInput(SAMPLE, [{ folder: SAMPLE, workbook }], readReportEnv({ KEFU_TODAY: '2026-11-30', ...env }), key);

describe('buildReportModel on the bundled sample', () => {
  const input = inputFor();
  const model = buildReportModel(input);
  const json = JSON.stringify(model);

  it('is plain JSON: what a file hands the build reads back the same', () => {
    expect(JSON.parse(json)).toEqual(model);
  });

  it('holds one page per month with data, the report month, and the cohorts as at the newest month', () => {
    // The sample spans November 2025 to October 2026; on 30 November the newest ended month is October.
    expect(model.months).toHaveLength(12);
    expect(model.pages.map((p) => p.report.month)).toEqual(model.months);
    expect(model.reportMonth).toBe('2026-10');
    expect(model.cohorts.month).toBe('2026-10');
    expect(model.pages.map((p) => p.partial)).toEqual(model.months.map(() => undefined));
    // Built on 15 October, October is still in progress: its page says so, and the overview opens on September.
    const mid = buildReportModel(inputFor({ KEFU_TODAY: '2026-10-15' }));
    expect(mid.reportMonth).toBe('2026-09');
    expect(pageOf(mid, '2026-10').partial).toEqual({ zh: '截至 10月15日，本月尚未结束', en: 'partial: to 15 Oct' });
  });

  it('names no customer, phone, customer id or comment anywhere (issue 13: safe to publish as built)', () => {
    const rows = input.data;
    const secrets = [
      ...rows.customers.flatMap((c) => [c.name, c.phone, c.id]),
      ...callRows.flatMap((c) => [c.comment, c.suggestion, c.customerId]),
      ...rows.complaints.flatMap((c) => [c.content, c.feedback, c.customerId]),
    ].filter((s): s is string => typeof s === 'string' && s.trim() !== '');
    expect(secrets.length).toBeGreaterThan(500);
    expect(secrets.filter((s) => json.includes(`"${s}"`) || json.includes(s))).toEqual([]);
  });

  it('leaves out the exact counts a page never prints beside a suppressed share', () => {
    const { report } = pageOf(model, '2026-10');
    expect(report.complaints).not.toHaveProperty('medianHoursToClose');
    expect(report.complaints).not.toHaveProperty('firstResponseMet');
    expect(report.complaints).not.toHaveProperty('closedWithFollowUp');
    expect(report.followUps).not.toHaveProperty('postServiceOnTime');
    expect(report.followUps.memberCoverage).not.toHaveProperty('covered');
    expect(report.complaints.summary).not.toHaveProperty('valid');
    expect(report.complaints.summary).not.toHaveProperty('sla');
    expect(report.training).not.toHaveProperty('trainees');
  });

  it('says how the answers split only where the satisfaction share itself is shown (KEFU_MIN_GROUP=100000)', () => {
    expect(pageOf(model, '2026-10').report.satisfaction.csat).toHaveProperty('satisfied');
    const hidden = pageOf(buildReportModel(inputFor({ KEFU_MIN_GROUP: '100000' })), '2026-10').report.satisfaction.csat;
    expect(hidden.suppressed).toBe(true);
    expect(Object.keys(hidden).sort()).toEqual(['answered', 'n', 'suppressed']);
  });

  it('starts every trend at the first month with data', () => {
    const first = pageOf(model, model.months[0]!).report;
    expect(first.satisfaction.trend.map((t) => t.month)).toEqual([model.months[0]]);
    expect(pageOf(model, '2026-10').report.complaints.trend.map((t) => t.month)).toEqual(model.months.slice(0, 12));
  });

  it('gives each page the QA points of the month before only when that month has data', () => {
    expect(model.pages[0]!.pointsBefore).toBeUndefined();
    expect(pageOf(model, '2026-10').pointsBefore?.month).toBe('2026-09');
  });
});

describe('buildReportModel with agents pseudonymised (KEFU_PSEUDONYMISE=1)', () => {
  const input = inputFor({ KEFU_PSEUDONYMISE: '1' });
  const json = JSON.stringify(buildReportModel(input));
  it('names no agent, assigned or working, and no trainee or mentor', () => {
    const staff = new Set([
      ...callRows.map((c) => c.agent), ...input.data.customers.map((c) => c.assignedAgent),
      ...input.data.training.flatMap((t) => [t.trainee, t.mentor]),
    ].filter((s): s is string => typeof s === 'string' && s.trim() !== ''));
    expect(staff.size).toBeGreaterThan(3);
    expect([...staff].filter((name) => json.includes(name))).toEqual([]);
    expect(json).toContain('客服 A');
    expect(json).not.toContain(key());
  });
});

describe('buildMonthReports: every month in one pass', () => {
  const { data, settings, options, months } = inputFor();
  it('gives each month the report buildMonthReport gives it alone, the month before included', () => {
    expect(buildMonthReports(data, months, settings, options)).toEqual(months.map((m) => buildMonthReport(data, m, settings, options)));
  });
  it('gives a store\'s headline without building the month before', () => {
    expect(buildHeadline(data, '2026-10', settings, options)).toEqual(buildMonthReport(data, '2026-10', settings, options).headline);
  });
});
