// log-call.html in Chromium: search, pick, fill, submit → logCall gets exactly the CallInput; issues show by their fields.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerMatch } from '../../../addon/src/rpc-contract';
import { context, fitsSidebar, launch, open, serve, type Answer } from './harness';

const matches: CustomerMatch[] = [
  { id: 'C0007', name: '王小明', phone: '13912345678', tier: 'vip' },
  { id: 'C0012', name: '王小红', phone: '13800001111' },
];

describe('log-call.html', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => { [browser, server] = await Promise.all([launch(), serve()]); });
  afterAll(async () => { await browser?.close(); await server?.close(); });

  const answers = (lang: 'zh' | 'en', logCall: Answer): Record<string, Answer> => ({
    getSidebarContext: { value: context(lang) },
    searchCustomers: { value: matches },
    logCall,
  });

  it('searches (debounced), picks, submits the CallInput by keys and shows the new id', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('zh', { value: { ok: true, id: 'R0042' } }));
    const { page } = s;
    await expect.poll(() => page.locator('#channel option').count()).toBeGreaterThan(0);
    expect(await page.getByText('记录回访', { exact: true }).first().isVisible()).toBe(true);

    await page.getByLabel('客户（姓名或电话）').pressSequentially('王小', { delay: 40 });
    await page.getByRole('button', { name: /王小明/ }).click();
    expect(await s.calls('searchCustomers')).toEqual([{ name: 'searchCustomers', args: ['王小'] }]);
    await expect.poll(() => page.locator('#customer-picked').textContent()).toContain('C0007');

    await page.getByLabel('客服').fill('王芳');
    await page.getByLabel('接通情况').selectOption({ label: '已接通' });
    await page.getByLabel('满意度').selectOption({ label: '不满意' });
    await page.getByLabel('方式').selectOption({ label: '微信' });
    await page.getByLabel('回访目的').selectOption({ label: '二次回访' });
    await page.getByLabel('服务日期').fill('2026-11-10');
    await page.getByLabel('客户意见').fill('  希望快点取件 ');
    await page.getByLabel('承诺答复日期').fill('2026-11-17');
    await page.getByLabel('下次联系日期').fill('2026-12-01');
    await page.getByRole('button', { name: '保存回访' }).click();

    await expect.poll(() => page.getByRole('status').textContent()).toBe('已记录回访，编号 R0042');
    expect(await s.calls('logCall')).toEqual([{ name: 'logCall', args: [{
      customerId: 'C0007', agent: '王芳', channel: 'wechat', purpose: 'second-follow-up', reached: 'reached',
      satisfaction: 'dissatisfied', serviceDate: '2026-11-10', comment: '希望快点取件', promisedAnswerDate: '2026-11-17',
      nextContactDate: '2026-12-01',
    }] }]);
    // Cleared for the next call (the agent stays).
    expect(await page.getByLabel('客户（姓名或电话）').inputValue()).toBe('');
    expect(await page.getByLabel('客户意见').inputValue()).toBe('');
    expect(await page.getByLabel('服务日期').inputValue()).toBe('');
    expect(await page.locator('#customer-picked').isHidden()).toBe(true);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('leaves out empty optional fields and satisfaction when the customer was not reached', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('zh', { value: { ok: true, id: 'R0043' } }));
    const { page } = s;
    await expect.poll(() => page.locator('#channel option').count()).toBeGreaterThan(0);
    await page.getByLabel('客户（姓名或电话）').fill('139');
    await page.getByRole('button', { name: /王小红/ }).click();
    await page.getByLabel('客服').fill('李娜');
    await page.getByLabel('满意度').selectOption('satisfied');
    await page.getByLabel('接通情况').selectOption('no-answer');
    expect(await page.getByLabel('满意度').isDisabled()).toBe(true);
    await page.getByRole('button', { name: '保存回访' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('R0043');
    expect((await s.calls('logCall'))[0]!.args).toEqual([
      { customerId: 'C0012', agent: '李娜', channel: 'phone', purpose: 'post-service', reached: 'no-answer' },
    ]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('shows a returned issue next to its field and keeps the form', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('en', { sequence: [
      { ok: false, issues: [{ field: 'nextContactDate', message: 'Next contact date is before the call' }] },
      { ok: true, id: 'R0044' },
    ] }));
    const { page } = s;
    await expect.poll(() => page.locator('#channel option').count()).toBeGreaterThan(0);
    await page.getByLabel('Customer (name or phone)').fill('Wang');
    await page.getByRole('button', { name: /王小明/ }).click();
    await page.getByLabel('Agent').fill('王芳');
    await page.getByLabel('Next contact date').fill('2020-01-01');
    await page.getByRole('button', { name: 'Save call' }).click();

    const field = page.getByLabel('Next contact date');
    await expect.poll(() => page.locator('#issue-nextContactDate').textContent()).toBe('Next contact date is before the call');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    // The message sits in the same field block and describes the input.
    expect(await page.locator('[data-field="nextContactDate"] .issue').textContent()).toBe('Next contact date is before the call');
    expect(await field.getAttribute('aria-describedby')).toContain('issue-nextContactDate');
    expect(await page.getByRole('status').textContent()).toBe('Please fix the marked fields');
    expect(await field.inputValue()).toBe('2020-01-01');

    await field.fill('2026-12-01');
    await page.getByRole('button', { name: 'Save call' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Call logged: R0044');
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
    await expect.poll(() => page.locator('#channel option').count()).toBeGreaterThan(0);
    await page.getByLabel('客户（姓名或电话）').fill('王');
    await page.getByRole('button', { name: /王小明/ }).click();
    await page.getByLabel('客服').fill('王芳');
    await page.getByLabel('回访时间').fill('2026-11-15T21:30');
    await page.getByRole('button', { name: '保存回访' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`已记录回访，编号 R0045 ${warning}`);
    expect(await page.getByRole('status').getAttribute('class')).toBe('warn');
    expect((await s.calls('logCall'))[0]!.args).toEqual([
      { customerId: 'C0007', at: '2026-11-15T21:30', agent: '王芳', channel: 'phone', purpose: 'post-service', reached: 'reached' },
    ]);
    // Saved and cleared like any call: the next one defaults to now again.
    expect(await page.getByLabel('回访时间').inputValue()).toBe('');
    expect(await page.locator('#customer-picked').isHidden()).toBe(true);

    await page.getByLabel('客户（姓名或电话）').fill('王');
    await page.getByRole('button', { name: /王小明/ }).click();
    await page.getByRole('button', { name: '保存回访' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('已记录回访，编号 R0046');
    expect(await page.getByRole('status').getAttribute('class')).toBe('ok');
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('asks for a customer before calling the server, and reports a server failure', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('zh', { error: 'Exception: 无法写入' }));
    const { page } = s;
    await expect.poll(() => page.locator('#channel option').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '保存回访' }).click();
    expect(await page.locator('#issue-customerId').textContent()).toBe('请先搜索并选择客户');
    expect(await s.calls('logCall')).toEqual([]);

    await page.getByLabel('客户（姓名或电话）').fill('王');
    await page.getByRole('button', { name: /王小明/ }).click();
    await page.getByLabel('客服').fill('王芳');
    await page.getByRole('button', { name: '保存回访' }).click();
    // Issue 15: a service failure becomes plain advice ("内容已保留，请再点保存") with a retry, never the raw exception.
    await expect.poll(() => page.getByRole('status').innerText()).toBe('没有保存成功（Google 表格暂时没有响应）。内容已保留，请再点保存。 重试');
    expect(await page.getByLabel('客服').inputValue()).toBe('王芳');
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('switches every label to English from context.lang', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('en', { value: { ok: true, id: 'R1' } }));
    const { page } = s;
    await expect.poll(() => page.locator('#channel option').count()).toBeGreaterThan(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Log a call');
    for (const label of ['Call time', 'Customer (name or phone)', 'Agent', 'Reached', 'Satisfaction', 'Channel', 'Purpose', 'Service date',
      'Comment', 'Promised answer date', 'Next contact date']) {
      expect(await page.getByLabel(label, { exact: true }).count(), label).toBe(1);
    }
    expect(await page.locator('#channel option').allTextContents()).toEqual(['phone', 'SMS', 'e-mail', 'WeChat', 'letter', 'visit', 'staff visit']);
    expect(await page.locator('body').innerText()).not.toMatch(/[回访客服]/);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('fits the 300 px sidebar without sideways scrolling', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('zh', { value: { ok: true, id: 'R1' } }));
    await expect.poll(() => s.page.locator('#channel option').count()).toBeGreaterThan(0);
    expect(await fitsSidebar(s.page)).toBe(true);
    await s.close();
  });
});
