// `kefu summary`'s core: the default month, month text, and every figure of a hand-written month worked out by hand.
import { describe, expect, it } from 'vitest';
import { isMonthText, latestEndedMonth, summariseMonth } from '../../../shared/report/summary';
import { formatMonthSummary } from '../../../shared/report/summary-text';
import { defaultSettings } from '../../../shared/settings';
import { call, customer, data } from './fixtures';
import { summaryFixture } from './summary-fixture';

const settings = defaultSettings();
const october = summariseMonth(summaryFixture(), '2026-10', settings);

describe('latestEndedMonth', () => {
  const months = ['2026-09', '2026-10', '2026-11'];
  const cases = [
    { description: 'late in November: October is the newest month that has ended', input: '2026-11-30', expected: '2026-10' },
    { description: 'November 1st: October has ended', input: '2026-11-01', expected: '2026-10' },
    { description: 'October 31st: October has not ended yet', input: '2026-10-31', expected: '2026-09' },
    { description: 'December: November has ended and has data', input: '2026-12-01', expected: '2026-11' },
    { description: 'long after: still the newest month with data', input: '2027-06-15', expected: '2026-11' },
    { description: 'no month with data has ended', input: '2026-09-30', expected: undefined },
  ];
  for (const { description, input, expected } of cases) {
    it(description, () => expect(latestEndedMonth(months, input)).toBe(expected));
  }
});

describe('isMonthText', () => {
  const cases = [
    { description: 'YYYY-MM', input: '2026-10', expected: true },
    { description: 'December', input: '2026-12', expected: true },
    { description: 'month 13', input: '2026-13', expected: false },
    { description: 'month 00', input: '2026-00', expected: false },
    { description: 'one-digit month', input: '2026-1', expected: false },
    { description: 'no dash', input: '202610', expected: false },
    { description: 'a date', input: '2026-10-01', expected: false },
    { description: 'slashes', input: '2026/10', expected: false },
  ];
  for (const { description, input, expected } of cases) {
    it(description, () => expect(isMonthText(input)).toBe(expected));
  }
});

describe('summariseMonth on the hand-written October', () => {
  const cases: { description: string; input: (s: typeof october) => unknown; expected: unknown }[] = [
    // Reached calls with an answer in October: 10-06 satisfied, 10-13 satisfied, 10-24 neutral, 10-28 satisfied (inbound), 10-29 dissatisfied.
    { description: 'satisfaction: 3 satisfied of 5 answers', input: (s) => s.satisfaction, expected: { responses: 5, satisfied: 3, rate: 0.6 } },
    // 001 "必须保证在三天之内完成回访": due day = service + 3. C1@10-10 due 10-13, C2@10-20 due 10-23, C4@09-28 due 10-01;
    // C1@10-29 is due 11-01, C4's last visit 09-02 due 09-05, C3 refused contact, C5's visit is in November.
    { description: 'post-service due in October: 3 services', input: (s) => s.followUps.postServiceDue, expected: 3 },
    // C1 reached on day 3 (on time), C4 on day 2; C2 not answered on day 1, reached on day 4 (late).
    { description: 'post-service on time: day 3 counts, day 4 and a no-answer do not', input: (s) => s.followUps.postServiceOnTime, expected: 2 },
    // 000 "第一次跟蹤服務的一周后的7天以內…第二次跟蹤服務" (days 7–14): C4's pickup call 09-30 → window 10-07…10-14, its second call on 10-15 (day 15) is too late;
    // C1's pickup call 09-22 → window 09-29…10-06, second call on 10-06 (day 14) is in time.
    { description: 'second follow-up missed: day 15 misses, day 14 does not', input: (s) => s.followUps.secondMissedCustomers, expected: 1 },
    // C2's reached pickup call 10-24 → window 10-31…11-07, open at month end; C1's pickup call 10-29 opens 11-05, not yet open.
    { description: 'second follow-up due at month end: a window opening on the last day', input: (s) => s.followUps.secondDueCustomers, expected: 1 },
    // Received in October: T1, T2, T4, T5, T6; closed in October: T3 (received in September) and T1.
    { description: 'complaints received', input: (s) => s.complaints.received, expected: 5 },
    { description: 'complaints closed in the month, whenever received', input: (s) => s.complaints.closed, expected: 2 },
    // Open at 10-31 23:59:59: T2, T4, T5, and T6 (closed only on 11-02).
    { description: 'complaints open at month end', input: (s) => s.complaints.open, expected: 4 },
    // 004 "及时回复客户,并尽量在24小时内": T1 answered in exactly 24:00:00 (met), T2 in 24:00:01 (late), T5 unanswered 11 days (late), T6 in 1 h (met);
    // T4 came at 10-31 12:00, its 24 h run past month end: pending, not yet due.
    { description: 'first responses due', input: (s) => s.complaints.firstResponseDue, expected: 4 },
    { description: 'first responses met (24:00:00 met, 24:00:01 late)', input: (s) => s.complaints.firstResponseMet, expected: 2 },
    // Closed in October: T1 after 120 h (10-05 10:00 → 10-10 10:00), T3 after 288 h (09-20 08:00 → 10-02 08:00); median (120 + 288) / 2.
    { description: 'median hours to close over complaints closed in the month', input: (s) => s.complaints.medianHoursToClose, expected: 204 },
    // 002: "有4條不合格者扣一分…共計26分,每人每月得分低于20分者,扣除當月獎金的50元,低于15分者扣除100元".
    // 12 points is left out here: the ≤ 12 reading (12分以下本月奖金没有) is being changed in the QA rules.
    {
      // 002: "低于20分者,扣除當月獎金的50元,低于15分者扣除100元,12分以下本月獎金沒有!26分全滿者基本獎金全得"; 26 − lost days.
      description: 'QA points and bands: 15 → minus 50, 19 → minus 50, 14 → minus 100, 22 → standard (2 + 2 on one day lost), 12 → none (以下 includes 12), 26 → full, 13 → minus 100',
      input: (s) => s.quality.agents,
      expected: [
        { agent: 'Bo', points: 15, band: 'minus50' },
        { agent: 'Li', points: 19, band: 'minus50' },
        { agent: 'Qi', points: 14, band: 'minus100' },
        { agent: 'Wang', points: 22, band: 'standard' },
        { agent: 'Xu', points: 12, band: 'none' },
        { agent: 'Zhao', points: 26, band: 'full' },
        { agent: 'Zhu', points: 13, band: 'minus100' },
      ],
    },
    // 000: "基本能力考試…不合格者淘汰" (An, basic 70); "合格者試用期1個月后轉正": a pass on 09-30 has served its month by 10-31 (Dai);
    // retake failed with decisions extend (Eng) and leave (Fan); Cui failed only the typing test (79), which does not eliminate.
    {
      description: 'trainees by cohort, oldest cohort first',
      input: (s) => s.training.trainees,
      expected: [
        { cohort: '2026-09', trainee: 'Dai', status: 'confirmed' },
        { cohort: '2026-09', trainee: 'Eng', status: 'extended' },
        { cohort: '2026-09', trainee: 'Fan', status: 'left' },
        { cohort: '2026-10', trainee: 'An', status: 'eliminated' },
        { cohort: '2026-10', trainee: 'Bai', status: 'in-training' },
        { cohort: '2026-10', trainee: 'Cui', status: 'in-training' },
      ],
    },
    // Default thresholds: spend 25000 ≥ 20000 VIP, 13000 ≥ 12000 core, 5 visits ≥ 5 potential, spend 100 ordinary; C5 first came in November.
    { description: 'customers by tier at month end', input: (s) => s.customers, expected: { total: 4, tiers: { vip: 1, core: 1, potential: 1, ordinary: 1 } } },
  ];
  for (const { description, input, expected } of cases) {
    it(description, () => expect(input(october)).toEqual(expected));
  }

  it('names the month and has no figure beyond the ones listed', () => {
    expect(october.month).toBe('2026-10');
    expect(Object.keys(october).sort()).toEqual(['complaints', 'customers', 'followUps', 'month', 'quality', 'satisfaction', 'training']);
  });

  it('gives null, not NaN, for a rate and a median without data', () => {
    const empty = summariseMonth(summaryFixture(), '2026-08', settings);
    expect(empty.satisfaction.rate).toBeNull();
    expect(empty.complaints.medianHoursToClose).toBeNull();
    expect(JSON.parse(JSON.stringify(empty))).toEqual(empty);
  });
});

describe('formatMonthSummary', () => {
  it('reads in English', () => {
    const text = formatMonthSummary(october, 'en');
    expect(text).toContain('Figures for 2026-10');
    expect(text).toContain('Satisfaction: 60.0% (3 satisfied of 5 responses)');
    expect(text).toContain('Post-service calls: 3 due this month, 2 on time');
    expect(text).toContain('Second follow-ups: 1 customer missed this month, 1 due at month end');
    expect(text).toContain('Complaints: 5 received, 2 closed, 4 open at month end; first response on time 2 of 4; median 204.0 hours to close');
    expect(text).toContain('Wang 22 points (standard bonus)');
    expect(text).toContain('An (2026-10) eliminated');
    expect(text).toContain('Customers: 4 (VIP 1, core 1, potential 1, ordinary 1)');
  });

  it('reads in Chinese', () => {
    const text = formatMonthSummary(october, 'zh');
    expect(text).toContain('2026-10 月度数字');
    expect(text).toContain('满意度：60.0%（满意 3 / 回答 5）');
    expect(text).toContain('投诉：受理 5，结案 2，月末未结 4；首次响应按时 2 / 4；结案中位时长 204.0 小时');
    expect(text).toContain('Zhao 26 分（全额奖金）');
    expect(text).toContain('Fan（2026-09）已离职');
  });

  it('shows a dash for a rate without responses', () => {
    const text = formatMonthSummary(summariseMonth(summaryFixture(), '2026-08', settings), 'en');
    expect(text).toContain('Satisfaction: — (0 satisfied of 0 responses)');
    expect(text).toContain('QA: none');
  });
});

describe('summariseMonth for a car-service desk: the first after-sales call', () => {
  // 000: "接車出廠…後三天至一周內,應主動電話聯繫客戶,作售後第一次跟蹤服務" — a window of days 3–7 after 交车.
  const car = defaultSettings('car-service');
  const handedOver = { stage: 'handed-over', purpose: 'post-service' as const };
  const month = summariseMonth(data({
    customers: [
      customer('A', { lastVisit: '2026-10-01', stage: 'handed-over' }),
      customer('B', { lastVisit: '2026-10-10', stage: 'handed-over' }),
      customer('C', { lastVisit: '2026-10-20', stage: 'handed-over' }),
    ],
    calls: [
      // A: reached on day 5 (10-06): on time. B: reached on day 2 (10-12), before the window opens: it does not count,
      // and nothing follows by day 7 (10-17): missed. C: its window ends 10-27 and nobody called: due and missed.
      call('A', '2026-10-06T10:00', { ...handedOver, serviceDate: '2026-10-01' }),
      call('B', '2026-10-12T10:00', { ...handedOver, serviceDate: '2026-10-10' }),
    ],
  }), '2026-10', car);

  it('counts the calls whose 3–7-day window ends in the month (3) and the ones kept inside it (1)', () => {
    expect({ due: month.followUps.afterSalesDue, onTime: month.followUps.afterSalesOnTime }).toEqual({ due: 3, onTime: 1 });
  });

  it('names them in the text', () => {
    expect(formatMonthSummary(month, 'zh')).toContain('售后首次回访：本月到期 3 次，按时完成 1 次');
    expect(formatMonthSummary(month, 'en')).toContain('First after-sales calls: 3 due this month, 1 on time');
  });
});
