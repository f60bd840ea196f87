// complaint.html in Chromium: register a complaint, list the open ones with SLA marks, advance one stage.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenComplaint } from '../../../addon/src/rpc-contract';
import { context, fitsSidebar, launch, open, serve, type Answer } from './harness';

const before: OpenComplaint[] = [
  { id: 'T0001', receivedAt: '2026-11-13T09:00:00', category: 'late-delivery', stage: 'judge', ageHours: 49, slaBreached: true },
  { id: 'T0002', receivedAt: '2026-11-15T08:10:00', category: 'photo-quality', stage: 'accept', ageHours: 2, slaBreached: false },
  { id: 'T0003', receivedAt: '2026-11-01T10:00:00', category: 'other', stage: 'review', ageHours: 336, slaBreached: false },
];
const registered: OpenComplaint = { id: 'T0004', receivedAt: '2026-11-15T10:30:00', category: 'pricing', stage: 'accept', ageHours: 0, slaBreached: false };
const afterRegister = [...before, registered];
const afterAdvance = afterRegister.map((c) => (c.id === 'T0001' ? { ...c, stage: 'investigate' } : c));

describe('complaint.html', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => { [browser, server] = await Promise.all([launch(), serve()]); });
  afterAll(async () => { await browser?.close(); await server?.close(); });

  const answers = (lang: 'zh' | 'en'): Record<string, Answer> => ({
    getSidebarContext: { value: context(lang) },
    searchCustomers: { value: [{ id: 'C0007', name: '王小明', phone: '13912345678' }] },
    registerComplaint: { value: { ok: true, id: 'T0004' } },
    listOpenComplaints: { sequence: [before, afterRegister, afterAdvance] },
    advanceComplaint: { value: { ok: true, id: 'T0001' } },
  });

  it('registers a complaint with keys, then advances one to its next stage', async () => {
    const s = await open(browser, server.url, 'complaint.html', answers('zh'));
    const { page } = s;
    const items = page.locator('#open li');
    await expect.poll(() => items.count()).toBe(3);
    expect(await fitsSidebar(page)).toBe(true);

    // SLA-breached ones are marked, each shows its stage and received time, the last stage has no button.
    const first = page.locator('#open li[data-id="T0001"]');
    expect(await first.getAttribute('class')).toContain('breached');
    expect(await first.innerText()).toContain('首次响应超时');
    expect(await first.innerText()).toContain('当前阶段：判断');
    expect(await first.innerText()).toContain('受理 2026-11-13 09:00');
    expect(await first.innerText()).toContain('已 49 小时');
    expect(await page.locator('#open li[data-id="T0002"]').innerText()).not.toContain('首次响应超时');
    expect(await page.locator('#open li[data-id="T0003"] button').count()).toBe(0);

    await page.getByLabel('客户（可不填）').fill('王');
    await page.getByRole('option', { name: /王小明/ }).click();
    await page.getByLabel('投诉渠道').selectOption({ label: '电话' });
    await page.getByLabel('投诉类别').selectOption({ label: '价格收费' });
    await page.getByLabel('投诉内容').fill('收费和报价不一致');
    await page.getByRole('button', { name: '登记' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('已登记投诉，编号 T0004');
    expect((await s.calls('registerComplaint'))[0]!.args).toEqual([
      { customerId: 'C0007', channel: 'phone', category: 'pricing', content: '收费和报价不一致' },
    ]);
    await expect.poll(() => items.count()).toBe(4);
    expect(await page.getByLabel('投诉内容').inputValue()).toBe('');

    await first.getByRole('button', { name: '推进到"调查"' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^T0001 已进入"调查"（\d{4}-\d\d-\d\d \d\d:\d\d）$/);
    expect(await s.calls('advanceComplaint')).toEqual([{ name: 'advanceComplaint', args: ['T0001', 'investigate'] }]);
    await expect.poll(() => first.innerText()).toContain('当前阶段：调查');
    expect(await first.getByRole('button').textContent()).toBe('推进到"方案"');
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('registers without a customer, and shows a content issue by its field', async () => {
    const s = await open(browser, server.url, 'complaint.html', {
      ...answers('en'),
      registerComplaint: { value: { ok: false, issues: [{ field: 'category', message: 'Unknown category' }] } },
    });
    const { page } = s;
    await expect.poll(() => page.locator('#open li').count()).toBe(3);
    expect(await page.title()).toBe('Register a complaint');
    expect(await page.locator('#open li[data-id="T0001"]').innerText()).toContain('first response late');

    await page.getByRole('button', { name: 'Register' }).click();
    expect(await page.locator('#issue-content').textContent()).toBe('Describe the complaint');
    expect(await s.calls('registerComplaint')).toEqual([]);

    await page.getByLabel('What happened').fill('Photos late');
    await page.getByRole('button', { name: 'Register' }).click();
    await expect.poll(() => page.locator('#issue-category').textContent()).toBe('Unknown category');
    expect((await s.calls('registerComplaint'))[0]!.args).toEqual([{ channel: 'phone', category: 'photo-quality', content: 'Photos late' }]);
    expect(await page.getByLabel('Category').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Move to "investigate"' }).count()).toBe(1);
    expect(s.errors).toEqual([]);
    await s.close();
  });
});
