// follow-ups.html in Chromium: today's work first, overdue with their days, the long overdue folded, counts and coverage;
// Log opens the call form prefilled in the same sidebar and comes back with the item ticked and the keyboard on the next one.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUpsToday } from '../../../addon/src/rpc-contract';
import { context, fitsSidebar, keyCounter, launch, open, serve, type Answer } from './harness';

const today: FollowUpsToday = {
  due: [
    { customerId: 'C0001', name: '王小明', phone: '13912345678', reason: '服务后回访', due: '2026-11-15', sheetRow: 2,
      prefill: { purpose: 'post-service', stage: 'shoot', serviceDate: '2026-11-12' } },
    { customerId: 'C0002', name: '李雷', phone: '13800001111', reason: '二次回访', due: '2026-11-19', sheetRow: 3,
      prefill: { purpose: 'second-follow-up', stage: 'pickup' } },
  ],
  overdue: [
    { customerId: 'C0009', name: '韩梅梅', phone: '13700002222', reason: '服务后回访', due: '2026-11-11', sheetRow: 10, overdueDays: 4,
      prefill: { purpose: 'post-service', serviceDate: '2026-11-08' } },
    { customerId: 'C0010', name: '张伟', phone: '13700003333', reason: '承诺的答复逾期未解决，上报主管', due: '2026-11-12', sheetRow: 11, overdueDays: 3,
      prefill: {} },
  ],
  folded: [
    { customerId: 'C0020', name: '赵敏', phone: '13700004444', reason: '服务后回访', due: '2024-02-23', sheetRow: 21, overdueDays: 996,
      prefill: { purpose: 'post-service', serviceDate: '2024-02-20' } },
  ],
  foldAfterDays: 14,
  counts: { today: 1, overdue: 3, week: 2 },
  coverage: { members: 40, covered: 30, share: 0.75 },
};

const focused = (page: Page) => page.evaluate(() => {
  const el = (globalThis as unknown as { document: { activeElement: { id: string; getAttribute(n: string): string | null } | null } }).document.activeElement;
  return el ? el.id || el.getAttribute('aria-label') || '' : '';
});

describe('follow-ups.html', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => { [browser, server] = await Promise.all([launch(), serve()]); });
  afterAll(async () => { await browser?.close(); await server?.close(); });

  const answers = (lang: 'zh' | 'en', value: FollowUpsToday = today, extra: Record<string, Answer> = {}): Record<string, Answer> => ({
    getSidebarContext: { value: context(lang) },
    todaysFollowUps: { value },
    ...extra,
  });
  /** The clerk's name, remembered from an earlier call in this browser. */
  async function withAgent(page: Page, agent: string) {
    await page.evaluate((name) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('kefu.agent', name), agent);
    await page.reload();
  }

  it('lists today first, then overdue with their days, folds the long overdue, and counts today / overdue / this week', async () => {
    const s = await open(browser, server.url, 'follow-ups.html', answers('zh'));
    const { page } = s;
    await expect.poll(() => page.locator('#due-heading').textContent()).toBe('今天要做（2）');
    expect(await page.locator('#overdue-heading').textContent()).toBe('已逾期（2）');
    // The keyboard starts on the first call to make.
    expect(await focused(page)).toBe('记录 王小明');
    expect(await page.locator('#list-view li[data-customer-id]').evaluateAll((els) => els.map((e) => (e as unknown as { dataset: { customerId: string } }).dataset.customerId)))
      .toEqual(['C0001', 'C0002', 'C0009', 'C0010', 'C0020']);
    expect(await fitsSidebar(page)).toBe(true);
    const late = page.locator('#overdue li[data-customer-id="C0009"]');
    expect(await late.innerText()).toContain('韩梅梅 · 13700002222');
    expect(await late.innerText()).toContain('逾期 4 天');
    expect(await late.innerText()).toContain('期限 2026-11-11');
    expect(await page.locator('#overdue li[data-customer-id="C0010"]').innerText()).toContain('上报主管');
    // Folded: out of the way until opened.
    expect(await page.locator('#folded-heading').textContent()).toBe('逾期超过 14 天（1）');
    expect(await page.getByRole('button', { name: '记录 赵敏' }).isVisible()).toBe(false);
    await page.locator('#folded-heading').click();
    expect(await page.getByRole('button', { name: '记录 赵敏' }).isVisible()).toBe(true);
    expect(await page.locator('#folded li').innerText()).toContain('逾期 996 天');
    expect(await page.locator('.counts').innerText()).toMatch(/1\s*今天到期\s*3\s*逾期\s*2\s*本周到期/);
    expect(await page.locator('#coverage-text').textContent()).toBe('30 / 40 位会员，75%');
    expect(await page.locator('#coverage-meter').evaluate((m) => (m as unknown as { value: number }).value)).toBe(0.75);
    expect(await page.locator('#status').textContent()).toBe('3 条逾期，2 条今天要做');
    expect(await s.calls('todaysFollowUps')).toHaveLength(1);

    await page.getByRole('button', { name: '刷新' }).click();
    await expect.poll(async () => (await s.calls('todaysFollowUps')).length).toBe(2);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('logs an item: the form prefilled in the same sidebar, then back to the list with it ticked and the keyboard on the next — in at most 10 key presses', async () => {
    const s = await open(browser, server.url, 'follow-ups.html', answers('zh', today, { logCall: { value: { ok: true, id: 'HF00042' } } }));
    const { page } = s;
    await withAgent(page, '王芳');
    await expect.poll(() => focused(page)).toBe('记录 王小明');

    const keys = keyCounter(page);
    await keys.press('Enter'); // 记录 王小明
    expect(await page.locator('#form-view').isVisible()).toBe(true);
    expect(await page.locator('#list-view').isHidden()).toBe(true);
    expect(await page.locator('#customer-picked-text').textContent()).toBe('王小明 · 13912345678 (C0001)');
    expect(await page.locator('#form-reason').textContent()).toBe('服务后回访 · 期限 2026-11-15');
    expect(await page.getByLabel('回访目的').inputValue()).toBe('post-service');
    expect(await page.getByLabel('服务阶段').inputValue()).toBe('shoot');
    expect(await page.getByLabel('服务日期').inputValue()).toBe('2026-11-12');
    expect(await page.getByLabel('客服').inputValue()).toBe('王芳');
    expect(await focused(page)).toBe('reached');
    await keys.press('Tab'); // 接通情况 (已接通) → 满意度
    await keys.press('ArrowDown'); // 满意
    await keys.press('Control+Enter');

    await expect.poll(() => page.locator('#toast').textContent()).toBe('已记录回访 HF00042 · 王小明 · 满意 在表格中查看');
    expect((await s.calls('logCall')).map((c) => c.args)).toEqual([[{
      customerId: 'C0001', agent: '王芳', channel: 'phone', purpose: 'post-service', reached: 'reached', satisfaction: 'satisfied',
      stage: 'shoot', serviceDate: '2026-11-12',
    }]]);
    expect(keys.count).toBe(5);
    expect(keys.count).toBeLessThanOrEqual(10);
    expect(await page.locator('#list-view').isVisible()).toBe(true);
    const done = page.locator('#due li[data-customer-id="C0001"]');
    expect(await done.getAttribute('class')).toBe('done');
    expect(await done.innerText()).toContain('✓ 已记录');
    expect(await done.getByRole('button').count()).toBe(0);
    expect(await focused(page)).toBe('记录 李雷');

    // The next one, an escalation with nothing to prefill: the form's defaults, nothing left over from the last call.
    await page.getByRole('button', { name: '记录 张伟' }).click();
    expect(await page.locator('#customer-picked-text').textContent()).toBe('张伟 · 13700003333 (C0010)');
    expect(await page.getByLabel('回访目的').inputValue()).toBe('post-service');
    expect(await page.getByLabel('服务阶段').inputValue()).toBe('');
    expect(await page.getByLabel('服务日期').inputValue()).toBe('');
    expect(await page.getByLabel('满意度').inputValue()).toBe('');
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('Back returns to the list untouched, the keyboard on the item it left; 登记其他回访 opens an empty form', async () => {
    const s = await open(browser, server.url, 'follow-ups.html', answers('zh'));
    const { page } = s;
    await expect.poll(() => focused(page)).toBe('记录 王小明');
    await page.getByRole('button', { name: '记录 李雷' }).click();
    expect(await page.title()).toBe('记录回访');
    await page.getByRole('button', { name: '← 返回列表' }).click();
    expect(await page.locator('#list-view').isVisible()).toBe(true);
    expect(await page.title()).toBe('今日回访');
    expect(await focused(page)).toBe('记录 李雷');
    expect(await page.locator('li.done').count()).toBe(0);
    expect(await s.calls('todaysFollowUps')).toHaveLength(1);

    await page.getByRole('button', { name: '登记其他回访' }).click();
    expect(await focused(page)).toBe('customer-search');
    expect(await page.getByLabel('客户（姓名或电话）').inputValue()).toBe('');
    expect(await page.locator('#form-reason').textContent()).toBe('');
    expect(await page.locator('#customer-picked').isHidden()).toBe(true);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('opened from the menu on the form (log-call.html), Back loads the list', async () => {
    const s = await open(browser, server.url, 'log-call.html', answers('zh'));
    const { page } = s;
    await expect.poll(() => focused(page)).toBe('customer-search');
    expect(await s.calls('todaysFollowUps')).toEqual([]);
    await page.getByRole('button', { name: '← 返回列表' }).click();
    await expect.poll(() => page.locator('#due-heading').textContent()).toBe('今天要做（2）');
    expect(await s.calls('todaysFollowUps')).toHaveLength(1);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('says so when nothing is due, in English', async () => {
    const s = await open(browser, server.url, 'follow-ups.html', answers('en', {
      due: [], overdue: [], folded: [], foldAfterDays: 14, counts: { today: 0, overdue: 0, week: 0 },
      coverage: { members: 0, covered: 0, share: undefined },
    }));
    const { page } = s;
    await expect.poll(() => page.locator('#due-heading').textContent()).toBe('To do today (0)');
    expect(await page.locator('#overdue-heading').textContent()).toBe('Overdue (0)');
    expect(await page.locator('#due li').innerText()).toBe('None');
    expect(await page.locator('#folded-box').isHidden()).toBe(true);
    expect(await page.locator('.counts').innerText()).toMatch(/0\s*Due today\s*0\s*Overdue\s*0\s*Due this week/);
    expect(await page.locator('#coverage-text').textContent()).toBe('No members yet');
    expect(await page.title()).toBe("Today's follow-ups");
    expect(await focused(page)).toBe('new-call');
    expect(await page.locator('body').innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('in English the items read "N days overdue" and Log names the customer', async () => {
    const s = await open(browser, server.url, 'follow-ups.html', answers('en'));
    const { page } = s;
    await expect.poll(() => page.locator('#overdue li[data-customer-id="C0009"]').innerText()).toContain('4 days overdue');
    expect(await page.getByRole('button', { name: 'Log 韩梅梅' }).textContent()).toBe('Log');
    expect(await page.locator('#folded-heading').textContent()).toBe('Overdue more than 14 days (1)');
    await s.close();
  });

  it('keeps every control of the list at least 36 px high', async () => {
    const s = await open(browser, server.url, 'follow-ups.html', answers('zh'));
    const { page } = s;
    await expect.poll(() => page.locator('#due li').count()).toBe(2);
    await page.locator('#folded-heading').click();
    const heights = await page.locator('#list-view :is(button, summary):visible')
      .evaluateAll((els) => els.map((el) => (el as unknown as { getBoundingClientRect(): { height: number } }).getBoundingClientRect().height));
    expect(heights.length).toBe(8); // 5 Log, the fold, 登记其他回访, 刷新
    expect(heights.filter((h) => h < 36)).toEqual([]);
    await s.close();
  });
});
