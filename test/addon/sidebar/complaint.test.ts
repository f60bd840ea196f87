// complaint.html in Chromium: register a complaint, run the first-response clock live, respond, advance and close, errors and load failures.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenComplaint } from '../../../addon/src/rpc-contract';
import { axeViolations, context, fitsSidebar, launch, open, serve, shortControls, type Answer } from './harness';

const card = (c: Partial<OpenComplaint> & Pick<OpenComplaint, 'id'>): OpenComplaint => ({
  receivedAt: '2026-11-15T08:00:00', category: 'other', stage: 'accept', ageHours: 0, slaBreached: false, sla: 'pending',
  content: '…', ...c,
});
// As the server sorts them: unanswered by hours left (most overdue first), then answered ones.
const before: OpenComplaint[] = [
  card({ id: 'T0001', receivedAt: '2026-11-13T09:00:00', category: 'late-delivery', stage: 'accept', ageHours: 49, slaBreached: true, sla: 'breached',
    hoursLeft: -25, customerName: '李睿', content: '相册比约定晚了两周还没有交付，客户非常着急' }),
  card({ id: 'T0002', receivedAt: '2026-11-14T10:15:00', category: 'photo-quality', ageHours: 23, hoursLeft: 0.25, customerName: '王小明',
    content: '照片偏色' }),
  card({ id: 'T0003', receivedAt: '2026-11-01T10:00:00', category: 'other', stage: 'review', ageHours: 336, sla: 'met',
    firstResponseAt: '2026-11-01T11:30:00', customerName: '张三', content: '停车不便' }),
];
const registered = card({ id: 'T0004', receivedAt: '2026-11-15T10:30:00', category: 'pricing', hoursLeft: 24, customerName: '王小明',
  content: '收费和报价不一致' });

describe('complaint.html', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => { [browser, server] = await Promise.all([launch(), serve()]); });
  afterAll(async () => { await browser?.close(); await server?.close(); });

  const answers = (lang: 'zh' | 'en'): Record<string, Answer> => ({
    getSidebarContext: { value: context(lang) },
    searchCustomers: { value: [{ id: 'C0007', name: '王小明', phone: '13912345678' }] },
    registerComplaint: { value: { ok: true, id: 'T0004' } },
    listOpenComplaints: { value: before },
    goToRecord: { value: true },
  });

  it('shows each card with customer, complaint, age in days and hours, the clock and the six-stage progress, late first', async () => {
    const s = await open(browser, server.url, 'complaint.html', answers('zh'));
    const { page } = s;
    const items = page.locator('#open > li');
    await expect.poll(() => items.count()).toBe(3);
    expect(await fitsSidebar(page)).toBe(true);
    expect(await items.evaluateAll((els) => els.map((e) => (e as unknown as { dataset: { id: string } }).dataset.id))).toEqual(['T0001', 'T0002', 'T0003']);

    const first = page.locator('#open li[data-id="T0001"]');
    expect(await first.getAttribute('class')).toContain('late');
    const text = await first.innerText();
    // Issue 15: "customer and complaint summary on each card, ages as days + hours" (49 h = 2 天 1 小时).
    for (const part of ['T0001 · 李睿', '首次响应超时', '相册比约定晚了两周', '当前阶段：受理（1/6）', '受理 2026-11-13 09:00', '已 2 天 1 小时',
      '首次响应已超时 1 天 1 小时']) expect(text).toContain(part);
    expect(await first.locator('.summary').evaluate((e) => getComputedStyle(e as unknown as Element).whiteSpace)).toBe('nowrap');
    expect(await first.getByRole('list', { name: '处理进度' }).getByRole('listitem').allInnerTexts()).toEqual(['受理', '判断', '调查', '方案', '实施', '总结']);
    expect(await first.locator('[aria-current="step"]').innerText()).toBe('受理');
    expect(await page.locator('#open li[data-id="T0003"] .stages .done').count()).toBe(5);
    expect(await page.locator('#open li[data-id="T0002"]').innerText()).toContain('首次响应还剩 15 分');
    // Answered: the clock has stopped, there is no first-response button, and at 总结 the action is 结案.
    const third = page.locator('#open li[data-id="T0003"]');
    expect(await third.innerText()).toContain('已于 2026-11-01 11:30 首次响应');
    expect(await third.innerText()).toContain('已 14 天 0 小时');
    expect(await third.getByRole('button').allInnerTexts()).toEqual(['结案', '在表格中查看']);
    expect(await first.getByRole('button').allInnerTexts()).toEqual(['首次响应', '推进到"判断"', '在表格中查看']);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('moves the clock on without a reload: 15 minutes left become 1 minute over', async () => {
    const s = await open(browser, server.url, 'complaint.html', answers('zh'), { clockAt: new Date('2026-11-15T02:00:00Z') });
    const { page } = s;
    const second = page.locator('#open li[data-id="T0002"]');
    await expect.poll(() => second.locator('.clock').innerText()).toBe('首次响应还剩 15 分');
    expect(await second.getAttribute('class') ?? '').not.toContain('late');
    await page.clock.fastForward('10:00');
    await expect.poll(() => second.locator('.clock').innerText()).toBe('首次响应还剩 5 分');
    await page.clock.fastForward('06:00');
    await expect.poll(() => second.locator('.clock').innerText()).toBe('首次响应已超时 1 分');
    expect(await second.getAttribute('class')).toContain('late');
    expect(await second.innerText()).toContain('首次响应超时');
    expect(await s.calls('listOpenComplaints')).toHaveLength(1);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('records the first response, advances and closes, saying so on the card or in a toast', async () => {
    const responded = before.map((c) => (c.id === 'T0001' ? { ...c, firstResponseAt: '2026-11-15T10:40:00', hoursLeft: undefined } : c));
    const advanced = responded.map((c) => (c.id === 'T0001' ? { ...c, stage: 'judge' } : c));
    const closed = advanced.filter((c) => c.id !== 'T0003');
    const s = await open(browser, server.url, 'complaint.html', {
      ...answers('zh'),
      listOpenComplaints: { sequence: [before, responded, advanced, closed] },
      respondToComplaint: { value: { ok: true, id: 'T0001' } },
      advanceComplaint: { value: { ok: true, id: 'T0001' } },
      closeComplaint: { value: { ok: true, id: 'T0003', followUpDue: '2026-11-18' } },
    });
    const { page } = s;
    const first = page.locator('#open li[data-id="T0001"]');
    await first.getByRole('button', { name: '首次响应' }).click();
    await expect.poll(() => first.locator('.note').innerText()).toMatch(/^T0001 已记录首次响应（\d{4}-\d\d-\d\d \d\d:\d\d），计时停止$/);
    expect(await s.calls('respondToComplaint')).toEqual([{ name: 'respondToComplaint', args: ['T0001'] }]);
    expect(await first.locator('.clock').innerText()).toBe('已于 2026-11-15 10:40 首次响应（超时）');
    expect(await first.getByRole('button', { name: '首次响应' }).count()).toBe(0);

    await first.getByRole('button', { name: '推进到"判断"' }).click();
    await expect.poll(() => first.locator('.note').innerText()).toMatch(/^T0001 已进入"判断"（\d{4}-\d\d-\d\d \d\d:\d\d）$/);
    expect(await s.calls('advanceComplaint')).toEqual([{ name: 'advanceComplaint', args: ['T0001', 'judge'] }]);
    expect(await first.locator('[aria-current="step"]').innerText()).toBe('判断');
    // The focus stays on the card that was acted on.
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent))
      .toBe('推进到"调查"');

    // 001: "有投诉即时受理, 迅速有结果, 处理后有回访": closing says when the follow-up call is due, in the toast.
    await page.locator('#open li[data-id="T0003"]').getByRole('button', { name: '结案' }).click();
    const toast = page.locator('#toast');
    await expect.poll(() => toast.innerText()).toContain('T0003 · 张三 已结案。请在 2026-11-18 前回访客户（处理后有回访）');
    expect(await toast.getAttribute('role')).toBe('status');
    await expect.poll(() => page.locator('#open > li').count()).toBe(2);
    await toast.getByRole('button', { name: '在表格中查看' }).click();
    await expect.poll(() => s.calls('goToRecord')).toEqual([{ name: 'goToRecord', args: ['complaints', 'T0003'] }]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('closes a complaint without a customer saying no call back is owed', async () => {
    const alone = card({ id: 'T0005', stage: 'review', sla: 'met', firstResponseAt: '2026-11-15T08:30:00', content: '门口太滑' });
    const s = await open(browser, server.url, 'complaint.html', {
      ...answers('zh'), listOpenComplaints: { sequence: [[alone], []] }, closeComplaint: { value: { ok: true, id: 'T0005' } },
    });
    const { page } = s;
    const item = page.locator('#open li[data-id="T0005"]');
    expect(await item.locator('strong').innerText()).toBe('T0005 · 未留客户');
    await item.getByRole('button', { name: '结案' }).click();
    await expect.poll(() => page.locator('#toast').innerText()).toBe('T0005 已结案（未留客户，无需回访） 在表格中查看');
    await expect.poll(() => page.locator('#open-summary').innerText()).toBe('没有未结投诉');
    await s.close();
  });

  it('registers a complaint and names who and what, with a link to its row', async () => {
    const s = await open(browser, server.url, 'complaint.html', { ...answers('zh'), listOpenComplaints: { sequence: [before, [...before, registered]] } });
    const { page } = s;
    await expect.poll(() => page.locator('#open > li').count()).toBe(3);
    await page.getByLabel('客户（可不填）').fill('王');
    await page.getByRole('option', { name: /王小明/ }).click();
    await page.getByLabel('投诉渠道').selectOption({ label: '电话' });
    await page.getByLabel('投诉类别').selectOption({ label: '价格收费' });
    await page.getByLabel('投诉内容').fill('收费和报价不一致');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    // Issue 15: "the confirmation names who and what ("李睿 · 满意") with a link to the row".
    await expect.poll(() => page.locator('#toast').innerText()).toBe('已登记投诉 T0004 · 王小明 · 价格收费 在表格中查看');
    expect((await s.calls('registerComplaint'))[0]!.args).toEqual([
      { customerId: 'C0007', channel: 'phone', category: 'pricing', content: '收费和报价不一致' },
    ]);
    expect(await page.locator('#open > li').count()).toBe(4);
    expect(await page.getByLabel('投诉内容').inputValue()).toBe('');
    await page.locator('#toast').getByRole('button', { name: '在表格中查看' }).click();
    await expect.poll(() => s.calls('goToRecord')).toEqual([{ name: 'goToRecord', args: ['complaints', 'T0004'] }]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('puts the focus on the first bad field and clears its message on input, in English', async () => {
    const s = await open(browser, server.url, 'complaint.html', {
      ...answers('en'),
      registerComplaint: { value: { ok: false, issues: [{ field: 'category', message: 'Unknown category' }] } },
    });
    const { page } = s;
    await expect.poll(() => page.locator('#open > li').count()).toBe(3);
    expect(await page.title()).toBe('Register a complaint');
    expect(await page.locator('#open li[data-id="T0001"]').innerText()).toContain('2 d 1 h old');
    expect(await page.locator('#open li[data-id="T0001"] .clock').innerText()).toBe('First response 1 d 1 h overdue');

    await page.getByRole('button', { name: 'Register' }).click();
    expect(await page.locator('#issue-content').textContent()).toBe('Describe the complaint');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe('content');
    expect(await s.calls('registerComplaint')).toEqual([]);
    await page.keyboard.type('Photos late');
    expect(await page.locator('#issue-content').textContent()).toBe('');
    expect(await page.getByLabel('What happened').getAttribute('aria-invalid')).toBeNull();

    await page.getByRole('button', { name: 'Register' }).click();
    await expect.poll(() => page.locator('#issue-category').textContent()).toBe('Unknown category');
    expect((await s.calls('registerComplaint'))[0]!.args).toEqual([{ channel: 'phone', category: 'photo-quality', content: 'Photos late' }]);
    expect(await page.getByLabel('Category').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe('category');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Category').selectOption({ value: 'pricing' });
    expect(await page.locator('#issue-category').textContent()).toBe('');
    expect(await page.locator('#status').textContent()).toBe('');
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('turns a service failure into plain advice, keeps the entry and retries', async () => {
    const s = await open(browser, server.url, 'complaint.html', {
      ...answers('zh'), registerComplaint: { error: 'Exception: Service Spreadsheets timed out while accessing document with id 1x.' },
    });
    const { page } = s;
    await expect.poll(() => page.locator('#open > li').count()).toBe(3);
    await page.getByLabel('投诉内容').fill('等了很久');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await expect.poll(() => page.locator('#status').innerText()).toBe('没有保存成功（Google 表格暂时没有响应）。内容已保留，请再点保存。 重试');
    expect(await page.locator('#status').innerText()).not.toContain('Exception');
    expect(await page.getByLabel('投诉内容').inputValue()).toBe('等了很久');
    await page.locator('#status').getByRole('button', { name: '重试' }).click();
    await expect.poll(async () => (await s.calls('registerComplaint')).length).toBe(2);
    expect((await s.calls('registerComplaint'))[1]!.args).toEqual([{ channel: 'phone', category: 'photo-quality', content: '等了很久' }]);
    await s.close();
  });

  it('keeps a card whose action failed and offers to try it again there', async () => {
    const s = await open(browser, server.url, 'complaint.html', {
      ...answers('zh'), respondToComplaint: { error: 'Exception: Service Spreadsheets timed out while accessing document with id 1x.' },
    });
    const { page } = s;
    const first = page.locator('#open li[data-id="T0001"]');
    await first.getByRole('button', { name: '首次响应' }).click();
    await expect.poll(() => first.locator('.note').innerText()).toBe('没有完成（Google 表格暂时没有响应）。请再试一次。 重试');
    await first.locator('.note').getByRole('button', { name: '重试' }).click();
    await expect.poll(async () => (await s.calls('respondToComplaint')).length).toBe(2);
    // The retry failed too: the card stays, its action usable again once the answer is in.
    await expect.poll(() => first.getByRole('button', { name: '首次响应' }).isEnabled()).toBe(true);
    await s.close();
  });

  it('keeps the form locked when the load fails, in the workbook language from the start, and retries', async () => {
    const s = await open(browser, server.url, 'complaint.html', { getSidebarContext: { error: 'Exception: Service Spreadsheets timed out' } }, { lang: 'en' });
    const { page } = s;
    await expect.poll(() => page.locator('#status').innerText()).toBe('Could not load (Google Sheets did not answer). Press Try again. Try again');
    // Issue 15: "an English workbook flashes Chinese while loading": nothing Chinese at any point.
    expect(await page.title()).toBe('Register a complaint');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('body').innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await page.locator('form').getAttribute('aria-busy')).toBe('true');
    expect(await page.getByLabel('What happened').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Register' }).isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#status').getByRole('button', { name: 'Try again' }).click();
    await expect.poll(async () => (await s.calls('getSidebarContext')).length).toBe(2);
    await s.close();
  });

  it('has no axe-core violations and no control under 36 px, with the list shown', async () => {
    const s = await open(browser, server.url, 'complaint.html', answers('zh'));
    const { page } = s;
    await expect.poll(() => page.locator('#open > li').count()).toBe(3);
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('form').getAttribute('aria-busy')).toBe('false');
    expect(await axeViolations(page)).toEqual([]);
    expect(await shortControls(page)).toEqual([]);
    await s.close();
  });
});
