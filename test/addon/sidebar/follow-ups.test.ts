// follow-ups.html in Chromium: to-do and overdue lists with counts and reasons (escalations among them), and member coverage.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUpsToday } from '../../../addon/src/rpc-contract';
import { context, fitsSidebar, launch, open, serve, type Answer } from './harness';

const today: FollowUpsToday = {
  due: [
    { customerId: 'C0001', name: '王小明', phone: '13912345678', reason: '服务后回访（11-12 到店）', due: '2026-11-15', sheetRow: 2 },
    { customerId: 'C0002', name: '李雷', phone: '13800001111', reason: '二次回访', due: '2026-11-19', sheetRow: 3 },
  ],
  overdue: [
    { customerId: 'C0009', name: '韩梅梅', phone: '13700002222', reason: '服务后回访（11-08 到店）', due: '2026-11-11', sheetRow: 10 },
    { customerId: 'C0010', name: '张伟', phone: '13700003333', reason: '承诺的答复逾期未解决，上报主管', due: '2026-11-12', sheetRow: 11 },
  ],
  coverage: { members: 40, covered: 30, share: 0.75 },
};

describe('follow-ups.html', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => { [browser, server] = await Promise.all([launch(), serve()]); });
  afterAll(async () => { await browser?.close(); await server?.close(); });

  const answers = (lang: 'zh' | 'en', value: FollowUpsToday = today): Record<string, Answer> => ({
    getSidebarContext: { value: context(lang) },
    todaysFollowUps: { value },
  });

  it('lists due and overdue calls with counts, reasons and coverage', async () => {
    const s = await open(browser, server.url, 'follow-ups.html', answers('zh'));
    const { page } = s;
    await expect.poll(() => page.locator('#due-heading').textContent()).toBe('今天要做（2）');
    expect(await page.locator('#overdue-heading').textContent()).toBe('已逾期（2）');
    expect(await page.locator('#due li').count()).toBe(2);
    expect(await fitsSidebar(page)).toBe(true);
    const late = page.locator('#overdue li[data-customer-id="C0009"]');
    expect(await late.innerText()).toContain('韩梅梅 · 13700002222');
    expect(await late.innerText()).toContain('服务后回访（11-08 到店）');
    expect(await late.innerText()).toContain('期限 2026-11-11');
    expect(await page.locator('#overdue li[data-customer-id="C0010"]').innerText()).toContain('上报主管');
    expect(await page.locator('#coverage-text').textContent()).toBe('30 / 40 位会员，75%');
    expect(await page.locator('#coverage-meter').evaluate((m) => (m as unknown as { value: number }).value)).toBe(0.75);
    expect(await page.getByRole('status').textContent()).toBe('2 条逾期，2 条今天要做');
    expect(await s.calls('todaysFollowUps')).toHaveLength(1);

    await page.getByRole('button', { name: '刷新' }).click();
    await expect.poll(async () => (await s.calls('todaysFollowUps')).length).toBe(2);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('says so when nothing is due, in English', async () => {
    const s = await open(browser, server.url, 'follow-ups.html',
      answers('en', { due: [], overdue: [], coverage: { members: 0, covered: 0, share: undefined } }));
    const { page } = s;
    await expect.poll(() => page.locator('#due-heading').textContent()).toBe('To do today (0)');
    expect(await page.locator('#overdue-heading').textContent()).toBe('Overdue (0)');
    expect(await page.locator('#due li').innerText()).toBe('None');
    expect(await page.locator('#coverage-text').textContent()).toBe('No members yet');
    expect(await page.title()).toBe("Today's follow-ups");
    expect(s.errors).toEqual([]);
    await s.close();
  });
});
