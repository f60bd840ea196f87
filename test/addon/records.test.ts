// Logging calls and complaints through the built bundle: issues as data with no write, ids under the lock, two users interleaved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMERS } from '../../shared/schema';
import type { Row } from '../../shared/schema/types';
import { createDouble, type SpreadsheetServicesDouble } from '../../doubles/sheets';
import { buildAddon, loadAddon, removeBuild, type AddonContext, type BuiltAddon, type TestClock } from '../../doubles/sheets/bundle';
import { pasteRows, sampleData } from '../../doubles/sheets/sample-workbook';

const NOW = Date.UTC(2026, 4, 12, 2, 30); // 2026-05-12 10:30 Shanghai
let built: BuiltAddon;
beforeAll(() => { built = buildAddon(); });
afterAll(() => removeBuild(built));

interface Result { ok: boolean; id?: string; issues?: { field: string; message: string }[]; warnings?: { field: string; message: string }[] }

function workbook() {
  const double = createDouble({ htmlDir: built.dir });
  const clock: TestClock = { now: NOW };
  const context = loadAddon(built, double, clock, { user: 'a@shop.cn' });
  context['setupWorkbook']!('photo-studio');
  const data = sampleData();
  pasteRows(double, '客户档案', CUSTOMERS, data.customers as unknown as Row[], data.settings, 'zh');
  double.resetCalls();
  return { double, context, clock };
}

const call = (extra: Record<string, unknown> = {}) => ({
  customerId: 'C0001', agent: '王芳', channel: 'phone', purpose: 'post-service', reached: 'reached', satisfaction: 'satisfied', ...extra,
});

describe('logCall', () => {
  it('appends the call with the next id, labels in the sheet language and the time now', () => {
    const { double, context } = workbook();
    const result = context['logCall']!(call({ comment: '很满意', serviceDate: '2026-05-10' })) as Result;
    expect(result).toEqual({ ok: true, id: 'HF00001' });
    expect(double.writeCalls()).toEqual({ 'Range.setValues': 1 });
    const row = double.values('回访记录')[1]!;
    expect(row.slice(0, 6)).toEqual(['HF00001', 'C0001', new Date(NOW), '王芳', '电话', '服务后回访']);
    expect(row.slice(8, 11)).toEqual(['已接通', '满意', '很满意']);
    expect(row[6]).toEqual(new Date(Date.UTC(2026, 4, 9, 16)));
    expect((context['logCall']!(call()) as Result).id).toBe('HF00002');
  });

  it('returns every problem as data and writes nothing', () => {
    const { double, context } = workbook();
    const result = context['logCall']!({
      customerId: 'C9999', agent: '', channel: 'pigeon', purpose: 'post-service', reached: 'no-answer', satisfaction: 'satisfied',
      serviceDate: '2026-02-30',
    }) as Result;
    expect(result.ok).toBe(false);
    expect(result.issues!.map((i) => i.field)).toEqual(['agent', 'channel', 'serviceDate']);
    expect(result.issues![1]!.message).toMatch(/^方式：“pigeon”不在可选列表中/);
    const second = context['logCall']!(call({ customerId: 'C9999', reached: 'no-answer' })) as Result;
    expect(second.issues).toEqual([
      { field: 'satisfaction', message: '未接通的回访不能记录满意度。' },
      { field: 'customerId', message: '客户编号“C9999”不在客户档案中。' },
    ]);
    expect(double.writeCalls()).toEqual({});
    expect(double.values('回访记录')).toHaveLength(1);
  });

  it('saves a phone call logged inside quiet hours with a warning on its time, never blocking it', () => {
    const { double, context } = workbook();
    // 001 "避免在客户休息时打扰客户"; default quiet hours 12:00-14:00 and 20:00-08:00, the end not included.
    const cases: { description: string; input: Record<string, unknown>; expected: Result }[] = [
      { description: 'a phone call at 21:05', input: call({ at: '2026-05-11T21:05' }), expected: { ok: true, id: 'HF00001', warnings: [
        { field: 'at', message: '已保存。但回访时间 2026-05-11 21:05 在客户休息时间 20:00-08:00 内：请尽量避免在客户休息时打扰客户。' }] } },
      { description: 'a phone call at 14:00', input: call({ at: '2026-05-11 14:00' }), expected: { ok: true, id: 'HF00002' } },
      { description: 'a phone call at 13:59', input: call({ at: '2026-05-11 13:59' }), expected: { ok: true, id: 'HF00003', warnings: [
        { field: 'at', message: '已保存。但回访时间 2026-05-11 13:59 在客户休息时间 12:00-14:00 内：请尽量避免在客户休息时打扰客户。' }] } },
      { description: 'a WeChat message at 21:05', input: call({ at: '2026-05-11 21:05', channel: 'wechat' }), expected: { ok: true, id: 'HF00004' } },
      { description: 'an inbound call at 21:05', input: call({ at: '2026-05-11 21:05', purpose: 'inbound', satisfaction: undefined }), expected: { ok: true, id: 'HF00005' } },
    ];
    for (const { description, input, expected } of cases) expect(context['logCall']!(input), description).toEqual(expected);
    expect(double.values('回访记录')).toHaveLength(6);
  });

  it('warns in English too, for a call logged now while now is the lunch rest', () => {
    const { context, clock } = workbook();
    context['setLanguageEn']!();
    clock.now = Date.UTC(2026, 4, 12, 4, 30); // 12:30 Shanghai
    const result = context['logCall']!(call()) as Result;
    expect(result.ok).toBe(true);
    expect(result.warnings?.map((w) => w.field)).toEqual(['at']);
    expect(result.warnings![0]!.message).toMatch(/2026-05-12 12:30 .*12:00-14:00/);
  });

  it('records the stage of the service the call follows up (a follow-up item prefills it), as the sheet shows the stage', () => {
    const { double, context } = workbook();
    expect(context['logCall']!(call({ stage: 'shoot', serviceDate: '2026-05-10' }))).toEqual({ ok: true, id: 'HF00001' });
    const header = double.values('回访记录')[0]!.map(String);
    expect(double.values('回访记录')[1]![header.indexOf('服务阶段')]).toBe('拍摄');
    const bad = context['logCall']!(call({ stage: 'moon' })) as Result;
    expect(bad.issues!.map((i) => i.field)).toEqual(['stage']);
  });

  it('checks the dates as validate-all does: no service after the call, no agreed date before it', () => {
    const { double, context } = workbook();
    // Today is 2026-05-12 (Shanghai); issue 15: "a service date next year, a next-contact date in the past" must be refused.
    const cases: { description: string; input: Record<string, unknown>; expected: Result }[] = [
      { description: 'a service date next year', input: call({ serviceDate: '2027-01-03' }), expected: { ok: false, issues: [
        { field: 'serviceDate', message: '服务日期 2027-01-03 晚于回访日期 2026-05-12：回访针对已完成的服务，请填写实际服务的日期' }] } },
      { description: 'a next contact in the past', input: call({ nextContactDate: '2026-05-01' }), expected: { ok: false, issues: [
        { field: 'nextContactDate', message: '下次联系日期 2026-05-01 早于回访日期 2026-05-12：请填写回访当天或以后的日期' }] } },
      { description: 'a promised answer in the past, and a service tomorrow', input: call({ promisedAnswerDate: '2026-05-11', serviceDate: '2026-05-13' }),
        expected: { ok: false, issues: [
          { field: 'serviceDate', message: '服务日期 2026-05-13 晚于回访日期 2026-05-12：回访针对已完成的服务，请填写实际服务的日期' },
          { field: 'promisedAnswerDate', message: '承诺答复日期 2026-05-11 早于回访日期 2026-05-12：请填写回访当天或以后的日期' }] } },
      { description: 'a backdated call judged by its own day', input: call({ at: '2026-05-01 10:00', serviceDate: '2026-04-30', nextContactDate: '2026-05-05' }),
        expected: { ok: true, id: 'HF00001' } },
      { description: 'a service today and a next contact today', input: call({ serviceDate: '2026-05-12', nextContactDate: '2026-05-12' }),
        expected: { ok: true, id: 'HF00002' } },
    ];
    for (const { description, input, expected } of cases) expect(context['logCall']!(input), description).toEqual(expected);
    expect(double.values('回访记录')).toHaveLength(3);
  });

  it('answers date problems in the workbook language', () => {
    const { context } = workbook();
    context['setLanguageEn']!();
    expect(context['logCall']!(call({ nextContactDate: '2026-05-11' }))).toEqual({ ok: false, issues: [
      { field: 'nextContactDate', message: 'Next contact date 2026-05-11 is before the call (2026-05-12): enter the day of the call or a later one' }] });
  });

  it('selects the row of a record just saved, for the confirmation\'s link', () => {
    const { double, context } = workbook();
    context['logCall']!(call());
    const second = context['logCall']!(call({ customerId: 'C0002' })) as Result;
    expect(context['goToRecord']!('calls', second.id)).toBe(true);
    // HF00002 is on row 3: the whole row is selected.
    expect({ sheet: double.model.active?.name, box: double.model.activeBox }).toEqual({
      sheet: '回访记录', box: { row: 3, column: 1, rows: 1, columns: double.sheet('回访记录')!.lastColumn() } });
    expect(context['goToRecord']!('calls', 'HF99999')).toBe(false);
    expect(context['goToRecord']!('weather', 'HF00001')).toBe(false);
  });

  it('keeps a formula-looking comment as text', () => {
    const { double, context } = workbook();
    context['logCall']!(call({ comment: '=HYPERLINK("http://x.example","点我")' }));
    const cell = double.cell('回访记录', 2, 11)!;
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe('=HYPERLINK("http://x.example","点我")');
  });
});

describe('two people logging at once', () => {
  /** A small deterministic generator, so a failing interleaving can be replayed. */
  function lcg(seed: number): () => number {
    let s = seed;
    return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  }

  /**
   * 200 appends, 100 per user. While one user's logCall runs, the other's next logCall is started
   * from inside it, at a random call of the first (or just before its write); one refused for the lock
   * is retried later, as the sidebar asks the person to.
   */
  function interleave(double: SpreadsheetServicesDouble, a: AddonContext, b: AddonContext, seed: number) {
    const random = lcg(seed);
    const queues = { a: Array.from({ length: 100 }, (_, i) => `a-${i}`), b: Array.from({ length: 100 }, (_, i) => `b-${i}`) };
    const results: { tag: string; result: Result }[] = [];
    const run = (user: 'a' | 'b', tag: string): void => {
      const result = (user === 'a' ? a : b)['logCall']!(call({ comment: tag })) as Result;
      results.push({ tag, result });
      if (!result.ok) queues[user].push(tag);
    };
    let busy = 0;
    for (let turn = 0; queues.a.length + queues.b.length > 0 && turn < 2000; turn++) {
      const user = queues.a.length === 0 ? 'b' : queues.b.length === 0 ? 'a' : random() < 0.5 ? 'a' : 'b';
      const other = user === 'a' ? 'b' : 'a';
      const tag = queues[user].shift()!;
      const nestedTag = queues[other].shift();
      let calls = 0;
      const at = Math.floor(random() * 60);
      const beforeWrite = random() < 0.3;
      let nested = nestedTag;
      double.onCall = (name) => {
        calls++;
        if (nested === undefined) return;
        if (beforeWrite ? name === 'Range.setValues' : calls === at) {
          const t = nested;
          nested = undefined;
          run(other, t);
        }
      };
      run(user, tag);
      double.onCall = undefined;
      if (nested !== undefined) run(other, nested);
    }
    busy = results.filter((r) => !r.result.ok).length;
    return { results, busy };
  }

  it('loses no row and gives no id twice', () => {
    const { double } = workbook();
    const clock: TestClock = { now: NOW };
    const a = loadAddon(built, double, clock, { user: 'a@shop.cn' });
    const b = loadAddon(built, double, clock, { user: 'b@shop.cn' });
    const { busy } = interleave(double, a, b, 7);
    const rows = double.values('回访记录').slice(1);
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((r) => r[0])).size).toBe(200);
    expect(new Set(rows.map((r) => r[10])).size).toBe(200);
    expect(rows.map((r) => r[0]).sort()).toEqual(Array.from({ length: 200 }, (_, i) => `HF${String(i + 1).padStart(5, '0')}`));
    expect(busy).toBeGreaterThan(0);
    expect(double.lock.holder).toBeUndefined();
  });

  it('without the lock (getDocumentLock() null) the same interleaving loses rows: the lock is what keeps them', () => {
    const { double } = workbook();
    const clock: TestClock = { now: NOW };
    const a = loadAddon(built, double, clock, { user: 'a@shop.cn', noDocumentLock: true });
    const b = loadAddon(built, double, clock, { user: 'b@shop.cn', noDocumentLock: true });
    interleave(double, a, b, 7);
    expect(double.values('回访记录').length - 1).toBeLessThan(200);
  });
});

describe('addCustomer (新建客户 from the sidebar)', () => {
  const header = (double: SpreadsheetServicesDouble) => double.values('客户档案')[0]!.map(String);
  const lastId = () => Math.max(...sampleData().customers.map((c) => Number(c.id.slice(1))));

  it('appends the customer under the document lock with the next id, the phone as the rule reads it and 建档日期 today', () => {
    const { double, context } = workbook();
    const before = double.values('客户档案').length;
    const result = context['addCustomer']!({ name: '  赵敏 ', phone: '139-0000 1234', consent: true }) as Result;
    // ids.ts: prefix C, one more than the highest, at least 4 digits.
    expect(result).toEqual({ ok: true, id: `C${String(lastId() + 1).padStart(4, '0')}` });
    expect(double.calls['LockService.getDocumentLock']).toBe(1);
    expect(double.calls['Lock.tryLock']).toBe(1);
    expect(double.calls['Lock.releaseLock']).toBe(1);
    expect(double.lock.holder).toBeUndefined();
    const rows = double.values('客户档案');
    expect(rows).toHaveLength(before + 1);
    const cols = header(double);
    const row = rows[rows.length - 1]!;
    expect(row[cols.indexOf('客户编号')]).toBe(result.id);
    expect(row[cols.indexOf('客户姓名')]).toBe('赵敏');
    expect(row[cols.indexOf('联系电话')]).toBe('13900001234');
    expect(row[cols.indexOf('同意回访')]).toBe(true);
    // NOW is 2026-05-12 10:30 in Shanghai: the date is that day's midnight there.
    expect(row[cols.indexOf('建档日期')]).toEqual(new Date(Date.UTC(2026, 4, 11, 16)));
    // Found at once by the search the sidebar uses.
    expect((context['searchCustomers']!('0000 1234') as { id: string }[]).map((c) => c.id)).toEqual([result.id]);
  });

  it('leaves consent blank when it was not given', () => {
    const { double, context } = workbook();
    const result = context['addCustomer']!({ name: '钱多多', phone: '13900004321' }) as Result;
    expect(result.ok).toBe(true);
    const rows = double.values('客户档案');
    expect(rows[rows.length - 1]![header(double).indexOf('同意回访')]).toBe('');
  });

  const refusals: { description: string; input: Record<string, unknown>; lang: 'zh' | 'en'; expected: { field: string; message: RegExp }[] }[] = [
    // The phone rule's own message, as validate-all gives it for the cell.
    { description: 'a phone the rule does not read', input: { name: '赵敏', phone: '12345' }, lang: 'zh',
      expected: [{ field: 'phone', message: /^联系电话：“?12345”?不是可识别的电话号码。请填写 11 位手机号/ }] },
    { description: 'no name and no phone', input: { name: ' ', phone: '' }, lang: 'zh',
      expected: [{ field: 'name', message: /^客户姓名：此项必填。$/ }, { field: 'phone', message: /^联系电话：此项必填。$/ }] },
    { description: 'a bad phone, in English', input: { name: 'Zhao Min', phone: '0123' }, lang: 'en',
      expected: [{ field: 'phone', message: /^Phone: .*0123.* is not a phone number we recognise\./ }] },
  ];
  it.each(refusals)('refuses $description with a field message and writes nothing', ({ input, lang, expected }) => {
    const { double, context } = workbook();
    if (lang === 'en') context['setLanguageEn']!();
    double.resetCalls();
    const result = context['addCustomer']!(input) as Result;
    expect(result.ok).toBe(false);
    expect(result.issues!.map((i) => i.field)).toEqual(expected.map((e) => e.field));
    result.issues!.forEach((issue, i) => expect(issue.message).toMatch(expected[i]!.message));
    expect(double.writeCalls()).toEqual({});
  });

  it('refuses a phone an archived customer already has, however it is written, and names that customer', () => {
    const { double, context } = workbook();
    const first = sampleData().customers[0]!;
    const spaced = `${first.phone.slice(0, 3)} ${first.phone.slice(3, 7)}-${first.phone.slice(7)}`;
    const result = context['addCustomer']!({ name: '新客户', phone: spaced }) as Result;
    expect(result).toEqual({ ok: false, issues: [{ field: 'phone',
      message: `电话 ${first.phone} 已是客户“${first.name}”（${first.id}）的电话：请搜索并选择这位客户，不要重复建档。` }] });
    expect(double.writeCalls()).toEqual({});
  });
});

describe('complaints', () => {
  it('registers a complaint, lists it as open and stamps each stage it is moved to', () => {
    const { double, context, clock } = workbook();
    const registered = context['registerComplaint']!({ customerId: 'C0002', channel: 'wechat', category: 'late-delivery', content: '相册延期' }) as Result;
    expect(registered).toEqual({ ok: true, id: 'TS001' });
    clock.now = NOW + 30 * 3_600_000;
    const open = context['listOpenComplaints']!() as { id: string; ageHours: number; slaBreached: boolean; stage: string }[];
    // 004 "在24小时内给出初步回复": 30 h without a response is 6 h over; the card names the customer and what happened.
    expect(open).toEqual([{ id: 'TS001', receivedAt: '2026-05-12T10:30:00', category: 'late-delivery', stage: 'accept', ageHours: 30,
      slaBreached: true, sla: 'breached', hoursLeft: -6, content: '相册延期', customerName: sampleData().customers[1]!.name }]);
    double.resetCalls();
    expect(context['advanceComplaint']!('TS001', 'judge')).toEqual({ ok: true, id: 'TS001' });
    // Issue 15: "the first advance records the first response if none was recorded": stage, 判断时间 and 首次响应时间.
    expect(double.writeCalls()).toEqual({ 'Range.setValue': 3 });
    const row = double.values('投诉登记')[1]!;
    expect(row[6]).toBe('判断');
    expect(row[12]).toEqual(new Date(NOW + 30 * 3_600_000));
    expect(row[13]).toEqual(new Date(NOW + 30 * 3_600_000));
    const stopped = (context['listOpenComplaints']!() as Record<string, unknown>[])[0]!;
    expect(stopped).toMatchObject({ sla: 'breached', firstResponseAt: '2026-05-13T16:30:00' });
    expect(stopped['hoursLeft']).toBeUndefined();
    expect((context['advanceComplaint']!('TS001', 'nonsense') as Result).issues![0]!.field).toBe('stage');
    expect((context['advanceComplaint']!('TS404', 'judge') as Result).issues![0]!.field).toBe('id');
  });

  it('records a first response that stops the clock, and closes a complaint only at its last stage', () => {
    const { double, context, clock } = workbook();
    context['registerComplaint']!({ customerId: 'C0003', channel: 'phone', category: 'pricing', content: '报价不一致' });
    context['registerComplaint']!({ channel: 'phone', category: 'other', content: '没留姓名' });
    clock.now = NOW + 2 * 3_600_000;
    expect(context['respondToComplaint']!('TS001')).toEqual({ ok: true, id: 'TS001' });
    clock.now = NOW + 40 * 3_600_000;
    expect(context['respondToComplaint']!('TS001')).toEqual({ ok: true, id: 'TS001' });
    expect(double.values('投诉登记')[1]![12]).toEqual(new Date(NOW + 2 * 3_600_000));
    // Answered after 2 h of the 24: met, even though 40 h have passed since.
    expect(context['listOpenComplaints']!()).toMatchObject([{ id: 'TS002', sla: 'breached' }, { id: 'TS001', sla: 'met', slaBreached: false, ageHours: 40 }]);

    expect(context['closeComplaint']!('TS001')).toEqual({ ok: false, issues: [
      { field: 'stage', message: '投诉“TS001”还没到“总结”阶段：请先逐步推进，再结案。' }] });
    for (const stage of ['judge', 'investigate', 'propose', 'implement', 'review']) context['advanceComplaint']!('TS001', stage);
    double.resetCalls();
    // 001 "处理后有回访" within its three days (followUp.postServiceDays): closed 2026-05-14 04:30 → call by 2026-05-17.
    expect(context['closeComplaint']!('TS001')).toEqual({ ok: true, id: 'TS001', followUpDue: '2026-05-17' });
    expect(double.writeCalls()).toEqual({ 'Range.setValue': 1 });
    expect(double.values('投诉登记')[1]![18]).toEqual(new Date(NOW + 40 * 3_600_000));
    expect((context['listOpenComplaints']!() as { id: string }[]).map((c) => c.id)).toEqual(['TS002']);
    expect(context['closeComplaint']!('TS001')).toEqual({ ok: false, issues: [{ field: 'id', message: '投诉“TS001”已结案。' }] });
    // No customer, no one to call back: closed without a follow-up date.
    for (const stage of ['judge', 'investigate', 'propose', 'implement', 'review']) context['advanceComplaint']!('TS002', stage);
    expect(context['closeComplaint']!('TS002')).toEqual({ ok: true, id: 'TS002' });
  });

  it("puts the call owed after closing on today's list until a call after closing is logged", () => {
    const { double, context, clock } = workbook();
    // C0002 without a last visit owes no post-service call: the complaint's is the only one on the list.
    delete double.sheet('客户档案')!.edit(3, 14).value;
    context['registerComplaint']!({ customerId: 'C0002', channel: 'phone', category: 'pricing', content: '报价不一致' });
    for (const stage of ['judge', 'investigate', 'propose', 'implement', 'review']) context['advanceComplaint']!('TS001', stage);
    expect(context['closeComplaint']!('TS001')).toMatchObject({ ok: true, followUpDue: '2026-05-15' });
    type Today = { due: { customerId: string; reason: string; due: string }[]; overdue: { customerId: string; reason: string }[] };
    // 001 "处理后有回访": due by the close day + followUp.postServiceDays (3), listed from the close day on.
    expect((context['todaysFollowUps']!() as Today).due.filter((d) => d.customerId === 'C0002')).toEqual([
      expect.objectContaining({ reason: '投诉处理后回访', due: '2026-05-15' })]);
    clock.now = NOW + 4 * 86_400_000;
    expect((context['todaysFollowUps']!() as Today).overdue.filter((d) => d.customerId === 'C0002')).toEqual([
      expect.objectContaining({ reason: '投诉处理后回访', due: '2026-05-15' })]);
    context['logCall']!(call({ customerId: 'C0002', purpose: 'complaint-follow-up', complaintId: 'TS001', satisfaction: undefined }));
    const after = context['todaysFollowUps']!() as Today;
    expect([...after.due, ...after.overdue].filter((d) => d.customerId === 'C0002')).toEqual([]);
  });

  it('lists the most overdue first response at the top, answered complaints after', () => {
    const { context, clock } = workbook();
    for (const content of ['甲', '乙', '丙']) {
      context['registerComplaint']!({ channel: 'phone', category: 'pricing', content });
      clock.now += 3_600_000;
    }
    context['respondToComplaint']!('TS001');
    clock.now = NOW + 30 * 3_600_000;
    // TS001 answered; TS002 received at 11:30 is 5 h over, TS003 at 12:30 is 4 h over.
    expect((context['listOpenComplaints']!() as { id: string; hoursLeft?: number }[]).map((c) => [c.id, c.hoursLeft]))
      .toEqual([['TS002', -5], ['TS003', -4], ['TS001', undefined]]);
  });

  it('rejects a category that is not in the Settings list, writing nothing', () => {
    const { double, context } = workbook();
    const result = context['registerComplaint']!({ channel: 'phone', category: 'weather', content: '下雨' }) as Result;
    expect(result.ok).toBe(false);
    expect(result.issues![0]!.message).toContain('设置');
    expect(double.writeCalls()).toEqual({});
  });
});

describe('sidebar data', () => {
  it('gives the dropdown choices, today in the spreadsheet zone, and finds customers by name or phone digits', () => {
    const { context } = workbook();
    context['logCall']!(call());
    const ctx = context['getSidebarContext']!() as { lang: string; today: string; agents: string[]; complaintCategories: { key: string }[] };
    expect(ctx).toMatchObject({ lang: 'zh', today: '2026-05-12', agents: ['王芳'] });
    expect(ctx.complaintCategories.map((c) => c.key)).toContain('photo-quality');
    // The studio's service stages from Settings, for a call's 服务阶段.
    expect((ctx as unknown as { stages: { key: string; zh: string }[] }).stages.map((c) => c.zh)).toEqual(['订单', '礼服挑选', '拍摄', '选片', '取件']);
    const first = sampleData().customers[0]!;
    const byName = context['searchCustomers']!(first.name) as { id: string }[];
    expect(byName.map((c) => c.id)).toContain(first.id);
    const byPhone = context['searchCustomers']!(first.phone.slice(-6)) as { id: string; phone: string }[];
    expect(byPhone[0]).toMatchObject({ id: first.id, phone: first.phone });
    expect((context['searchCustomers']!('1') as unknown[]).length).toBeLessThanOrEqual(20);
  });

  it("lists today's follow-ups: a visit three days ago with no call since is due today", () => {
    const { double, context } = workbook();
    const customers = double.sheet('客户档案')!;
    customers.edit(2, 14).value = new Date(Date.UTC(2026, 4, 8, 16)); // last visit 2026-05-09
    customers.edit(2, 24).value = true;
    const today = context['todaysFollowUps']!() as { due: { customerId: string; reason: string; due: string }[]; overdue: unknown[]; coverage: { members: number } };
    expect(today.due.find((d) => d.customerId === 'C0001')).toMatchObject({ reason: '服务后回访', due: '2026-05-12' });
    context['logCall']!(call());
    const after = context['todaysFollowUps']!() as typeof today;
    expect(after.due.find((d) => d.customerId === 'C0001')).toBeUndefined();
    expect(after.coverage.members).toBeGreaterThan(0);
  });
});
