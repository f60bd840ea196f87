// Today's follow-up list: the core's obligations listed from their window's first day and overdue after its last, plus next contacts, birthdays and service due.
import { describe, expect, it } from 'vitest';
import { followUpsToday, type CustomerRow } from '../../addon/src/follow-up-list';
import type { Call, Customer } from '../../shared/schema';
import { defaultSettings, withSetting, type Settings } from '../../shared/settings';

const studio = defaultSettings('photo-studio');
const car = defaultSettings('car-service');

const row = (extra: Partial<Customer> = {}): CustomerRow => ({ customer: { id: 'C1', name: '王小明', phone: '13912345678', ...extra }, sheetRow: 2 });
let seq = 0;
const call = (at: string, extra: Partial<Call> = {}): Call => ({
  id: `K${++seq}`, customerId: 'C1', at, agent: '王芳', channel: 'phone', purpose: 'post-service', reached: 'reached', ...extra,
});

type Line = { reason: string; due: string };
interface Case {
  description: string;
  input: { customer: Partial<Customer>; calls: Call[]; today: string; settings?: Settings };
  expected: { due: Line[]; overdue: Line[] };
}

const none = { due: [], overdue: [] };
const visit = { lastVisit: '2026-11-02' };
const handedOver = { lastVisit: '2026-11-02', stage: 'handed-over' };
const pickup = call('2026-11-05T10:00:00', { serviceDate: '2026-11-04', stage: 'pickup' });
const promise = call('2026-11-03T10:00:00', { purpose: 'inbound', promisedAnswerDate: '2026-11-04' });
const served = call('2026-05-10T10:00:00', { serviceDate: '2026-05-09' });

const cases: Case[] = [
  // 001: "必须保证在三天之内完成回访"
  { description: 'post-service: day 3 with no call → due today', input: { customer: visit, calls: [], today: '2026-11-05' }, expected: { due: [{ reason: '服务后回访', due: '2026-11-05' }], overdue: [] } },
  { description: 'post-service: day 4 with no call → overdue', input: { customer: visit, calls: [], today: '2026-11-06' }, expected: { due: [], overdue: [{ reason: '服务后回访', due: '2026-11-05' }] } },
  { description: 'post-service: an unanswered call leaves it on the list', input: { customer: visit, calls: [call('2026-11-03T10:00:00', { reached: 'no-answer' })], today: '2026-11-05' }, expected: { due: [{ reason: '服务后回访', due: '2026-11-05' }], overdue: [] } },
  { description: 'post-service: an inbound enquiry leaves it on the list', input: { customer: visit, calls: [call('2026-11-03T10:00:00', { purpose: 'inbound' })], today: '2026-11-06' }, expected: { due: [], overdue: [{ reason: '服务后回访', due: '2026-11-05' }] } },
  { description: 'post-service: a reached call takes it off', input: { customer: visit, calls: [call('2026-11-03T10:00:00')], today: '2026-11-06' }, expected: none },
  // 000: "接車出廠…後三天至一周內…作售後第一次跟蹤服務"
  { description: 'after-sales: not listed on day 2', input: { customer: handedOver, calls: [], today: '2026-11-04', settings: car }, expected: none },
  { description: 'after-sales: listed from day 3, due by day 7', input: { customer: handedOver, calls: [], today: '2026-11-05', settings: car }, expected: { due: [{ reason: '售后首次回访', due: '2026-11-09' }], overdue: [] } },
  { description: 'after-sales: still due on day 7', input: { customer: handedOver, calls: [], today: '2026-11-09', settings: car }, expected: { due: [{ reason: '售后首次回访', due: '2026-11-09' }], overdue: [] } },
  { description: 'after-sales: overdue on day 8', input: { customer: handedOver, calls: [], today: '2026-11-10', settings: car }, expected: { due: [], overdue: [{ reason: '售后首次回访', due: '2026-11-09' }] } },
  { description: 'after-sales: a reached call on day 2 is too early, so day 3 still lists it', input: { customer: handedOver, calls: [call('2026-11-04T10:00:00')], today: '2026-11-05', settings: car }, expected: { due: [{ reason: '售后首次回访', due: '2026-11-09' }], overdue: [] } },
  // 000: "第一次跟蹤服務的一周後的7天以內…第二次跟蹤服務"
  { description: 'second follow-up: not listed 6 days after the reached 取件 call', input: { customer: {}, calls: [pickup], today: '2026-11-11' }, expected: none },
  { description: 'second follow-up: listed on day 7, due by day 14', input: { customer: {}, calls: [pickup], today: '2026-11-12' }, expected: { due: [{ reason: '二次回访', due: '2026-11-19' }], overdue: [] } },
  { description: 'second follow-up: overdue on day 15', input: { customer: {}, calls: [pickup], today: '2026-11-20' }, expected: { due: [], overdue: [{ reason: '二次回访', due: '2026-11-19' }] } },
  { description: 'second follow-up: a reached second call takes it off', input: { customer: {}, calls: [pickup, call('2026-11-13T10:00:00', { purpose: 'second-follow-up' })], today: '2026-11-20' }, expected: none },
  // Domain: "unresolved after 2 days it goes to the supervisor"; 000: "要在兩日內報告業務主管"
  { description: 'promised answer: owed from the call', input: { customer: {}, calls: [promise], today: '2026-11-03' }, expected: { due: [{ reason: '承诺的答复', due: '2026-11-05' }], overdue: [] } },
  { description: 'promised answer: unsettled after 2 days → to the supervisor', input: { customer: {}, calls: [promise], today: '2026-11-06' }, expected: { due: [], overdue: [{ reason: '承诺的答复逾期未解决，上报主管', due: '2026-11-05' }] } },
  { description: 'promised answer: a later reached contact settles it', input: { customer: {}, calls: [promise, call('2026-11-04T10:00:00', { purpose: 'greeting' })], today: '2026-11-06' }, expected: none },
  { description: 'agreed next contact on its day', input: { customer: {}, calls: [call('2026-11-01T10:00:00', { purpose: 'greeting', nextContactDate: '2026-11-05' })], today: '2026-11-05' }, expected: { due: [{ reason: '约定的下次联系', due: '2026-11-05' }], overdue: [] } },
  // 003: "客户生日…的问候"
  { description: 'birthday: due on the day', input: { customer: { birthday: '1990-11-05' }, calls: [], today: '2026-11-05' }, expected: { due: [{ reason: '生日问候', due: '2026-11-05' }], overdue: [] } },
  { description: 'birthday: not the day after', input: { customer: { birthday: '1990-11-05' }, calls: [], today: '2026-11-06' }, expected: none },
  { description: 'birthday on 29 February: the 28th in a common year', input: { customer: { birthday: '1992-02-29' }, calls: [], today: '2027-02-28' }, expected: { due: [{ reason: '生日问候', due: '2027-02-28' }], overdue: [] } },
  // 000: "保養周期、下一次保養期…通知客戶按期保養": last visit 05-09 + 180 days = 11-05
  { description: 'service due on last visit + cycle', input: { customer: { lastVisit: '2026-05-09', serviceCycleDays: 180 }, calls: [served], today: '2026-11-05' }, expected: { due: [{ reason: '保养到期提醒', due: '2026-11-05' }], overdue: [] } },
  { description: 'service due: not the day before', input: { customer: { lastVisit: '2026-05-09', serviceCycleDays: 180 }, calls: [served], today: '2026-11-04' }, expected: none },
  { description: 'two reasons on one day make one line', input: { customer: { ...visit, birthday: '1990-11-05' }, calls: [], today: '2026-11-05' }, expected: { due: [{ reason: '服务后回访；生日问候', due: '2026-11-05' }], overdue: [] } },
  { description: 'a customer who refused contact is never listed', input: { customer: { ...visit, birthday: '1990-11-06', consent: false }, calls: [promise], today: '2026-11-06' }, expected: none },
];

describe('followUpsToday', () => {
  it.each(cases)('$description', ({ input, expected }) => {
    const list = followUpsToday([row(input.customer)], input.calls, input.settings ?? studio, input.today, 'zh');
    const lines = (items: typeof list.due) => items.map(({ reason, due }) => ({ reason, due }));
    expect({ due: lines(list.due), overdue: lines(list.overdue) }).toEqual(expected);
  });

  it('speaks English, and the most recently missed comes first', () => {
    const rows = [row(visit), { customer: { id: 'C2', name: 'Li Lei', phone: '13800001111', lastVisit: '2026-10-20' }, sheetRow: 3 }];
    const list = followUpsToday(rows, [], studio, '2026-11-10', 'en');
    // C2, missed 18 days ago, is past followUp.foldOverdueAfterDays (14): folded, after the recent ones.
    expect([...list.overdue, ...list.folded].map((i) => [i.customerId, i.reason, i.due, i.sheetRow])).toEqual([
      ['C1', 'post-service follow-up', '2026-11-05', 2],
      ['C2', 'post-service follow-up', '2026-10-23', 3],
    ]);
  });
});

describe('followUpsToday for working from the list', () => {
  const customer = (id: string, name: string, sheetRow: number, extra: Partial<Customer> = {}): CustomerRow =>
    ({ customer: { id, name, phone: `1390000${String(sheetRow).padStart(4, '0')}`, ...extra }, sheetRow });

  it('prefills the call form from what is owed: purpose, stage and service date', () => {
    const cases: { description: string; input: { customer: Partial<Customer>; calls: Call[]; today: string; settings: Settings }; expected: object }[] = [
      // 001 "三天之内完成回访": a 服务后回访 for the service on the last visit, at the archive's stage.
      { description: 'post-service', input: { customer: { lastVisit: '2026-11-03', stage: 'shoot' }, calls: [], today: '2026-11-05', settings: studio },
        expected: { purpose: 'post-service', stage: 'shoot', serviceDate: '2026-11-03' } },
      // 000 "三天至一周內…售後第一次跟蹤服務": still a post-service call, for the handed-over car.
      { description: 'after-sales first call', input: { customer: handedOver, calls: [], today: '2026-11-05', settings: car },
        expected: { purpose: 'post-service', stage: 'handed-over', serviceDate: '2026-11-02' } },
      // 000 "第二次跟蹤服務": the second call, at the stage of the first.
      { description: 'second follow-up', input: { customer: {}, calls: [pickup], today: '2026-11-12', settings: studio },
        expected: { purpose: 'second-follow-up', stage: 'pickup' } },
      { description: 'birthday', input: { customer: { birthday: '1990-11-05' }, calls: [], today: '2026-11-05', settings: studio }, expected: { purpose: 'greeting' } },
      { description: 'service due', input: { customer: { lastVisit: '2026-05-09', serviceCycleDays: 180 }, calls: [served], today: '2026-11-05', settings: studio },
        expected: { purpose: 'renewal' } },
      { description: 'a promised answer: any purpose settles it, so none is chosen', input: { customer: {}, calls: [promise], today: '2026-11-03', settings: studio }, expected: {} },
    ];
    for (const { description, input, expected } of cases) {
      const list = followUpsToday([row(input.customer)], input.calls, input.settings, input.today, 'zh');
      expect([...list.due, ...list.overdue][0]?.prefill, description).toEqual(expected);
    }
  });

  it('orders due by deadline (today first), counts today / overdue / this week, and folds the long overdue', () => {
    const today = '2026-11-20';
    const rows = [
      customer('A', '阿', 2, { lastVisit: '2026-11-17' }), // post-service due 11-20: today
      customer('B', '贝', 3, { lastVisit: '2026-11-19' }), // due 11-22: this week
      customer('C', '车', 4, { lastVisit: '2026-11-16' }), // due 11-19: 1 day overdue
      customer('D', '丁', 5, { lastVisit: '2026-11-02' }), // due 11-05: 15 days overdue > 14 → folded
      customer('E', '鹅', 6, { lastVisit: '2026-11-03' }), // due 11-06: 14 days overdue, not folded
      customer('G', '阁', 8, { lastVisit: '2026-11-01', consent: false }), // refused contact: never listed
    ];
    const list = followUpsToday(rows, [], studio, today, 'zh');
    expect(list.due.map((i) => [i.customerId, i.due])).toEqual([['A', '2026-11-20'], ['B', '2026-11-22']]);
    expect(list.overdue.map((i) => [i.customerId, i.overdueDays])).toEqual([['C', 1], ['E', 14]]);
    expect(list.folded.map((i) => [i.customerId, i.overdueDays])).toEqual([['D', 15]]);
    expect(list.counts).toEqual({ today: 1, overdue: 3, week: 2 });
  });

  it('folds after the Setting followUp.foldOverdueAfterDays', () => {
    const rows = [customer('C', '车', 4, { lastVisit: '2026-11-16' }), customer('E', '鹅', 6, { lastVisit: '2026-11-03' })];
    const list = followUpsToday(rows, [], withSetting(studio, 'followUp.foldOverdueAfterDays', 0), '2026-11-20', 'zh');
    expect(list.overdue).toEqual([]);
    expect(list.folded.map((i) => i.customerId)).toEqual(['C', 'E']);
  });

  it('counts the week as deadlines up to six days ahead', () => {
    // Second follow-up window 11-12 … 11-19 (000 "一周後的7天以內"): due within the week from 11-13, not on 11-12.
    const on = (today: string) => followUpsToday([row({})], [pickup], studio, today, 'zh').counts;
    expect(on('2026-11-12')).toEqual({ today: 0, overdue: 0, week: 0 });
    expect(on('2026-11-13')).toEqual({ today: 0, overdue: 0, week: 1 });
    expect(on('2026-11-19')).toEqual({ today: 1, overdue: 0, week: 1 });
  });
});
