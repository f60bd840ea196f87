// log-call.html (the follow-up page opened on its form) in Chromium: the customer combobox, IME, keyboard paths and key counts,
// folded optional fields, the pinned Save, inline 新建客户, and the CallInput logCall gets.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerMatch } from '../../../addon/src/rpc-contract';
import { context, fitsSidebar, keyCounter, launch, open, serve, type Answer } from './harness';

const matches: CustomerMatch[] = [
  { id: 'C0007', name: '王小明', phone: '13912345678', tier: 'vip' },
  { id: 'C0012', name: '王小红', phone: '13800001111' },
];

/** The page's focused element's id (the test tsconfig has no DOM types). */
const focusedId = (page: Page) => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id ?? '');

describe('log-call.html', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => { [browser, server] = await Promise.all([launch(), serve()]); });
  afterAll(async () => { await browser?.close(); await server?.close(); });

  const answers = (lang: 'zh' | 'en', logCall: Answer, extra: Record<string, Answer> = {}): Record<string, Answer> => ({
    getSidebarContext: { value: context(lang) },
    searchCustomers: { value: matches },
    logCall,
    ...extra,
  });
  const ready = (page: Page) => expect.poll(() => page.locator('#channel option').count()).toBeGreaterThan(0);

  it('opens on the form with the cursor in the search; searches (debounced), picks, submits the CallInput by keys and shows the new id', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('zh', { value: { ok: true, id: 'R0042' } }));
    const { page } = s;
    await ready(page);
    expect(await focusedId(page)).toBe('customer-search');
    expect(await page.title()).toBe('记录回访');
    expect(await page.locator('#list-view').isHidden()).toBe(true);
    expect(await s.calls('todaysFollowUps')).toEqual([]);

    await page.getByLabel('客户（姓名或电话）').pressSequentially('王小', { delay: 40 });
    await page.locator('#customer-results').getByRole('option', { name: /王小明/ }).click();
    expect(await s.calls('searchCustomers')).toEqual([{ name: 'searchCustomers', args: ['王小'] }]);
    await expect.poll(() => page.locator('#customer-picked').textContent()).toContain('C0007');
    expect(await focusedId(page)).toBe('reached');

    await page.getByLabel('客服').fill('王芳');
    await page.getByLabel('接通情况').selectOption({ label: '已接通' });
    await page.getByLabel('满意度').selectOption({ label: '不满意' });
    await page.getByLabel('回访目的').selectOption({ label: '二次回访' });
    await page.getByLabel('服务阶段').selectOption({ label: '取件' });
    await page.getByLabel('服务日期').fill('2026-11-10');
    await page.getByLabel('客户意见').fill('  希望快点取件 ');
    // Channel and the promise / next-contact dates are folded until asked for.
    expect(await page.getByLabel('方式').isVisible()).toBe(false);
    await page.getByText('更多：方式、时间、承诺与下次联系').click();
    await page.getByLabel('方式').selectOption({ label: '微信' });
    await page.getByLabel('承诺答复日期').fill('2026-11-17');
    await page.getByLabel('下次联系日期').fill('2026-12-01');
    await page.getByRole('button', { name: '保存回访' }).click();

    await expect.poll(() => page.locator('#toast').textContent()).toBe('已记录回访 R0042 · 王小明 · 不满意 在表格中查看');
    expect(await s.calls('logCall')).toEqual([{ name: 'logCall', args: [{
      customerId: 'C0007', agent: '王芳', channel: 'wechat', purpose: 'second-follow-up', reached: 'reached',
      satisfaction: 'dissatisfied', stage: 'pickup', serviceDate: '2026-11-10', comment: '希望快点取件', promisedAnswerDate: '2026-11-17',
      nextContactDate: '2026-12-01',
    }] }]);
    // An empty form for the next call, the cursor in the search (the agent stays).
    expect(await page.getByLabel('客户（姓名或电话）').inputValue()).toBe('');
    expect(await page.getByLabel('客户意见').inputValue()).toBe('');
    expect(await page.getByLabel('服务日期').inputValue()).toBe('');
    expect(await page.getByLabel('客服').inputValue()).toBe('王芳');
    expect(await page.locator('#customer-picked').isHidden()).toBe(true);
    expect(await focusedId(page)).toBe('customer-search');
    // Issue 15: "the confirmation names who and what … with a link to the row".
    await page.locator('#toast').getByRole('button', { name: '在表格中查看' }).click();
    await expect.poll(() => s.calls('goToRecord')).toEqual([{ name: 'goToRecord', args: ['calls', 'R0042'] }]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('leaves out empty optional fields and satisfaction when the customer was not reached', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('zh', { value: { ok: true, id: 'R0043' } }));
    const { page } = s;
    await ready(page);
    await page.getByLabel('客户（姓名或电话）').fill('139');
    await page.locator('#customer-results').getByRole('option', { name: /王小红/ }).click();
    await page.getByLabel('客服').fill('李娜');
    await page.getByLabel('满意度').selectOption('satisfied');
    await page.getByLabel('接通情况').selectOption('no-answer');
    expect(await page.getByLabel('满意度').isDisabled()).toBe(true);
    await page.getByRole('button', { name: '保存回访' }).click();
    await expect.poll(() => page.locator('#toast').textContent()).toContain('R0043 · 王小红 · ');
    expect((await s.calls('logCall'))[0]!.args).toEqual([
      { customerId: 'C0012', agent: '李娜', channel: 'phone', purpose: 'post-service', reached: 'no-answer' },
    ]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('shows a returned issue next to its field, unfolding it, focuses it and keeps the form', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('en', { sequence: [
      { ok: false, issues: [{ field: 'nextContactDate', message: 'Next contact date is before the call' }] },
      { ok: true, id: 'R0044' },
    ] }));
    const { page } = s;
    await ready(page);
    await page.getByLabel('Customer (name or phone)').fill('Wang');
    await page.locator('#customer-results').getByRole('option', { name: /王小明/ }).click();
    await page.getByLabel('Agent').fill('王芳');
    await page.getByText('More: channel, time, promise and next contact').click();
    await page.getByLabel('Next contact date').fill('2020-01-01');
    await page.getByText('More: channel, time, promise and next contact').click(); // folded again before saving
    await page.getByRole('button', { name: 'Save call' }).click();

    const field = page.getByLabel('Next contact date');
    await expect.poll(() => page.locator('#issue-nextContactDate').textContent()).toBe('Next contact date is before the call');
    expect(await field.isVisible()).toBe(true);
    expect(await focusedId(page)).toBe('nextContactDate');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-field="nextContactDate"] .issue').textContent()).toBe('Next contact date is before the call');
    expect(await field.getAttribute('aria-describedby')).toContain('issue-nextContactDate');
    expect(await page.locator('#status').textContent()).toBe('Please fix the marked fields');
    expect(await field.inputValue()).toBe('2020-01-01');

    await field.fill('2026-12-01');
    await page.getByRole('button', { name: 'Save call' }).click();
    await expect.poll(() => page.locator('#toast').textContent()).toMatch(/^Call R0044 logged · 王小明 · \S/);
    expect(await page.locator('#issue-nextContactDate').textContent()).toBe('');
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('sends the call time entered and shows the quiet-hours warning beside the saved id, without blocking', async () => {
    const warning = '已保存。但回访时间 2026-11-15 21:30 在客户休息时间 20:00-08:00 内：请尽量避免在客户休息时打扰客户。';
    const s = await open(browser, server.url, 'log-call.html', answers('zh', { sequence: [
      { ok: true, id: 'R0045', warnings: [{ field: 'at', message: warning }] },
      { ok: true, id: 'R0046' },
    ] }));
    const { page } = s;
    await ready(page);
    await page.getByLabel('客户（姓名或电话）').fill('王');
    await page.locator('#customer-results').getByRole('option', { name: /王小明/ }).click();
    await page.getByLabel('客服').fill('王芳');
    await page.getByText('更多：方式、时间、承诺与下次联系').click();
    await page.getByLabel('回访时间').fill('2026-11-15T21:30');
    await page.getByRole('button', { name: '保存回访' }).click();
    await expect.poll(() => page.locator('#toast').textContent()).toBe(`已记录回访 R0045 · 王小明 · 已接通 ${warning} 在表格中查看`);
    expect(await page.locator('#toast').getAttribute('class')).toBe('warn');
    expect((await s.calls('logCall'))[0]!.args).toEqual([
      { customerId: 'C0007', at: '2026-11-15T21:30', agent: '王芳', channel: 'phone', purpose: 'post-service', reached: 'reached' },
    ]);
    // Saved and cleared like any call: the next one defaults to now again.
    expect(await page.getByLabel('回访时间').inputValue()).toBe('');
    expect(await page.locator('#customer-picked').isHidden()).toBe(true);

    await page.getByLabel('客户（姓名或电话）').fill('王');
    await page.locator('#customer-results').getByRole('option', { name: /王小明/ }).click();
    await page.getByRole('button', { name: '保存回访' }).click();
    await expect.poll(() => page.locator('#toast').textContent()).toBe('已记录回访 R0046 · 王小明 · 已接通 在表格中查看');
    expect(await page.locator('#toast').getAttribute('class')).toBe('ok');
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('asks for a customer before calling the server, and reports a server failure', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('zh', { error: 'Exception: 无法写入' }));
    const { page } = s;
    await ready(page);
    await page.getByRole('button', { name: '保存回访' }).click();
    expect(await page.locator('#issue-customerId').textContent()).toBe('请先搜索并选择客户');
    expect(await s.calls('logCall')).toEqual([]);

    await page.getByLabel('客户（姓名或电话）').fill('王');
    await page.locator('#customer-results').getByRole('option', { name: /王小明/ }).click();
    await page.getByLabel('客服').fill('王芳');
    await page.getByRole('button', { name: '保存回访' }).click();
    // Issue 15: a service failure becomes plain advice ("内容已保留，请再点保存") with a retry, never the raw exception.
    await expect.poll(() => page.locator('#status').innerText()).toBe('没有保存成功（Google 表格暂时没有响应）。内容已保留，请再点保存。 重试');
    expect(await page.getByLabel('客服').inputValue()).toBe('王芳');
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('is a real combobox: ARIA roles and states, ↑↓ move, Enter picks and never submits, Escape closes, the count announced', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('zh', { value: { ok: true, id: 'R1' } }));
    const { page } = s;
    await ready(page);
    const box = page.getByRole('combobox', { name: '客户（姓名或电话）' });
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.getAttribute('aria-autocomplete')).toBe('list');
    await page.keyboard.type('王');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    const listbox = page.getByRole('listbox', { name: '搜索结果' });
    expect(await box.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));
    expect(await listbox.getByRole('option').allTextContents()).toEqual(['王小明 · 13912345678 · VIP', '王小红 · 13800001111']);
    const count = page.locator('#customer-count');
    expect(await count.getAttribute('aria-live')).toBe('polite');
    expect(await count.textContent()).toBe('找到 2 位客户');
    expect(await box.getAttribute('aria-activedescendant')).toBeNull();

    const active = async () => page.locator(`[id="${await box.getAttribute('aria-activedescendant')}"]`).textContent();
    await page.keyboard.press('ArrowDown');
    expect(await active()).toContain('王小明');
    expect(await page.locator('#customer-results').getByRole('option', { selected: true }).textContent()).toContain('王小明');
    await page.keyboard.press('ArrowDown');
    expect(await active()).toContain('王小红');
    await page.keyboard.press('ArrowDown'); // wraps
    expect(await active()).toContain('王小明');
    await page.keyboard.press('ArrowUp');
    expect(await active()).toContain('王小红');
    expect(await focusedId(page)).toBe('customer-search');

    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#customer-results').getByRole('option').count()).toBe(0);

    // With one match Enter picks it: no form submitted, no issue shown.
    await page.getByLabel('客户（姓名或电话）').fill('');
    const single = await open(browser, server.url, 'log-call.html', {
      ...answers('zh', { value: { ok: true, id: 'R1' } }), searchCustomers: { value: [matches[1]] },
    });
    await ready(single.page);
    await single.page.keyboard.type('1111');
    await expect.poll(() => single.page.locator('#customer-count').textContent()).toBe('找到 1 位客户');
    await single.page.keyboard.press('Enter');
    expect(await single.page.locator('#customer-picked-text').textContent()).toBe('王小红 · 13800001111 (C0012)');
    expect(await single.calls('logCall')).toEqual([]);
    expect(await single.page.locator('#issue-agent').textContent()).toBe('');
    expect(await single.page.locator('#status').textContent()).toBe('');
    expect(s.errors).toEqual([]);
    expect(single.errors).toEqual([]);
    await single.close();
    await s.close();
  });

  it('searches nothing while a pinyin IME composes: wang → 王 searches 王 once, and the IME\'s Enter picks nothing', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('zh', { value: { ok: true, id: 'R1' } }));
    const { page } = s;
    await ready(page);
    await page.evaluate(async () => {
      type El = { value: string; dispatchEvent(e: unknown): void };
      const g = globalThis as unknown as {
        document: { getElementById(id: string): El };
        CompositionEvent: new (type: string, init?: object) => unknown; InputEvent: new (type: string, init?: object) => unknown;
        KeyboardEvent: new (type: string, init?: object) => unknown;
      };
      const box = g.document.getElementById('customer-search');
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      box.dispatchEvent(new g.CompositionEvent('compositionstart', { data: '' }));
      for (const typed of ['w', 'wa', 'wan', 'wang']) {
        box.value = typed;
        box.dispatchEvent(new g.CompositionEvent('compositionupdate', { data: typed }));
        box.dispatchEvent(new g.InputEvent('input', { data: typed, isComposing: true, inputType: 'insertCompositionText' }));
        await sleep(120);
      }
      await sleep(400); // longer than the debounce: still nothing may be searched
      // The IME's own Enter (choosing 王) arrives as a composing key event.
      box.dispatchEvent(new g.KeyboardEvent('keydown', { key: 'Enter', isComposing: true, keyCode: 229, bubbles: true, cancelable: true }));
      box.value = '王';
      box.dispatchEvent(new g.InputEvent('input', { data: '王', isComposing: true, inputType: 'insertCompositionText' }));
      box.dispatchEvent(new g.CompositionEvent('compositionend', { data: '王' }));
    });
    expect(await s.calls('searchCustomers')).toEqual([]);
    await expect.poll(() => s.calls('searchCustomers')).toEqual([{ name: 'searchCustomers', args: ['王'] }]);
    await expect.poll(() => page.locator('#customer-results').getByRole('option').count()).toBe(2);
    expect(await page.locator('#customer-picked').isHidden()).toBe(true);
    expect(await s.calls('logCall')).toEqual([]);
    await page.waitForTimeout(400);
    expect(await s.calls('searchCustomers')).toHaveLength(1);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('logs a reached, satisfied call from an empty form in at most 12 key presses (customer found by 4 phone digits)', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('zh', { value: { ok: true, id: 'R0050' } }, {
      searchCustomers: { value: [matches[0]] },
    }));
    const { page } = s;
    await ready(page);
    // The agent typed once is remembered for every later call.
    await page.getByLabel('客户（姓名或电话）').fill('5678');
    await page.locator('#customer-results').getByRole('option', { name: /王小明/ }).click();
    await page.getByLabel('客服').fill('王芳');
    await page.getByRole('button', { name: '保存回访' }).click();
    await expect.poll(() => page.locator('#toast').textContent()).toBe('已记录回访 R0050 · 王小明 · 已接通 在表格中查看');
    await page.reload(); // a new sidebar: the stub's records start again
    await ready(page);
    expect(await page.locator('#status').textContent()).toBe('');
    expect(await page.getByLabel('客服').inputValue()).toBe('王芳');
    expect(await focusedId(page)).toBe('customer-search');

    const keys = keyCounter(page);
    await keys.press('5', '6', '7', '8');
    await expect.poll(() => page.locator('#customer-results').getByRole('option').count()).toBe(1);
    await keys.press('ArrowDown', 'Enter'); // the match
    await keys.press('Tab'); // 接通情况 (已接通) → 满意度
    await keys.press('ArrowDown'); // 满意
    await keys.press('Control+Enter');
    await expect.poll(() => page.locator('#toast').textContent()).toBe('已记录回访 R0050 · 王小明 · 满意 在表格中查看');
    expect((await s.calls('logCall'))[0]!.args).toEqual([
      { customerId: 'C0007', agent: '王芳', channel: 'phone', purpose: 'post-service', reached: 'reached', satisfaction: 'satisfied' },
    ]);
    expect(keys.count).toBe(10);
    expect(keys.count).toBeLessThanOrEqual(12);
    expect(await focusedId(page)).toBe('customer-search');
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('costs one Tab per date box and pins Save in sight at 300 × 800', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('zh', { value: { ok: true, id: 'R1' } }));
    const { page } = s;
    await ready(page);
    await page.getByLabel('服务日期').focus();
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('agent');
    await page.getByText('更多：方式、时间、承诺与下次联系').click();
    await page.getByLabel('回访时间').focus();
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('promisedAnswerDate');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('nextContactDate');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('submit');

    // Unfolded, the form is taller than the sidebar; Save stays at the bottom of the view wherever it is scrolled.
    await page.getByLabel('客户意见').fill('很长的意见\n'.repeat(4));
    await page.locator('#comment').evaluate((el) => { (el as unknown as { style: { height: string } }).style.height = '400px'; });
    const scrollHeight = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document.documentElement.scrollHeight);
    expect(scrollHeight).toBeGreaterThan(800);
    for (const y of [0, 300]) {
      await page.evaluate((top) => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, top), y);
      const save = await page.getByRole('button', { name: '保存回访' }).boundingBox();
      expect(save!.y, `scrolled to ${y}`).toBeGreaterThanOrEqual(0);
      expect(save!.y + save!.height, `scrolled to ${y}`).toBeLessThanOrEqual(800);
    }
    expect(await fitsSidebar(page)).toBe(true);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('adds a customer inline from a search with no match, then continues with that customer picked', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('zh', { value: { ok: true, id: 'R0060' } }, {
      searchCustomers: { value: [] },
      addCustomer: { sequence: [
        { ok: false, issues: [{ field: 'phone', message: '联系电话：“12345”不是可识别的电话号码。' }] },
        { ok: true, id: 'C0501' },
      ] },
    }));
    const { page } = s;
    await ready(page);
    await page.getByLabel('客服').fill('王芳');
    await page.getByLabel('客户（姓名或电话）').focus();
    await page.keyboard.type('赵敏');
    await expect.poll(() => page.locator('#customer-count').textContent()).toBe('没有找到客户');
    expect(await page.locator('#customer-results').getByRole('option').allTextContents()).toEqual(['＋ 新建客户“赵敏”']);
    await page.keyboard.press('Enter'); // the only option: 新建客户
    expect(await page.getByRole('group', { name: '新建客户' }).isVisible()).toBe(true);
    expect(await page.getByLabel('客户姓名').inputValue()).toBe('赵敏');
    expect(await focusedId(page)).toBe('new-phone');
    await page.keyboard.type('12345');
    await page.keyboard.press('Enter'); // adds the customer, never saves the call
    await expect.poll(() => page.locator('#issue-new-phone').textContent()).toBe('联系电话：“12345”不是可识别的电话号码。');
    expect(await page.getByLabel('联系电话').getAttribute('aria-invalid')).toBe('true');
    expect(await focusedId(page)).toBe('new-phone');
    expect(await s.calls('logCall')).toEqual([]);

    await page.getByLabel('联系电话').fill('13900001234');
    await page.getByLabel('客户同意回访联系').check();
    await page.getByRole('button', { name: '建档并选择' }).click();
    await expect.poll(() => page.locator('#customer-picked-text').textContent()).toBe('赵敏 · 13900001234 (C0501)');
    expect((await s.calls('addCustomer')).map((c) => c.args)).toEqual([
      [{ name: '赵敏', phone: '12345' }],
      [{ name: '赵敏', phone: '13900001234', consent: true }],
    ]);
    expect(await page.getByRole('group', { name: '新建客户' }).isHidden()).toBe(true);
    expect(await page.locator('#status').textContent()).toBe('已建档：赵敏（C0501）');
    expect(await focusedId(page)).toBe('reached');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => s.calls('logCall')).toHaveLength(1);
    expect((await s.calls('logCall'))[0]!.args[0]).toMatchObject({ customerId: 'C0501', agent: '王芳' });
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('switches every label to English from context.lang', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('en', { value: { ok: true, id: 'R1' } }));
    const { page } = s;
    await ready(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Log a call');
    await page.getByText('More: channel, time, promise and next contact').click();
    for (const label of ['Call time', 'Customer (name or phone)', 'Agent', 'Reached', 'Satisfaction', 'Channel', 'Purpose', 'Stage',
      'Service date', 'Comment', 'Promised answer date', 'Next contact date']) {
      expect(await page.getByLabel(label, { exact: true }).count(), label).toBe(1);
    }
    expect(await page.locator('#channel option').allTextContents()).toEqual(['phone', 'SMS', 'e-mail', 'WeChat', 'letter', 'visit', 'staff visit']);
    await page.getByLabel('Customer (name or phone)').fill('Zhao');
    await expect.poll(() => page.locator('#customer-results').getByRole('option').allTextContents()).toEqual(['王小明 · 13912345678 · VIP', '王小红 · 13800001111']);
    expect(await page.locator('#customer-count').textContent()).toBe('Customers found: 2');
    expect(await page.locator('body').innerText()).not.toMatch(/[回访客服建档]/);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('fits the 300 px sidebar without sideways scrolling, every control at least 36 px high', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('zh', { value: { ok: true, id: 'R1' } }, { searchCustomers: { value: [] } }));
    const { page } = s;
    await ready(page);
    await page.getByText('更多：方式、时间、承诺与下次联系').click();
    await page.getByLabel('客户（姓名或电话）').fill('赵敏');
    await page.locator('#customer-results').getByRole('option', { name: /新建客户/ }).click();
    expect(await fitsSidebar(page)).toBe(true);
    const heights = await page.locator('#form-view :is(button, input:not([type="checkbox"]), select, textarea, summary, label.check):visible')
      .evaluateAll((els) => els.map((el) => [(el as unknown as { id: string }).id || (el as unknown as { textContent: string }).textContent,
        (el as unknown as { getBoundingClientRect(): { height: number } }).getBoundingClientRect().height] as const));
    expect(heights.length).toBeGreaterThan(15);
    expect(heights.filter(([, h]) => h < 36)).toEqual([]);
    await s.close();
  });
});
