// validation.html in Chromium: every problem listed, and clicking one calls goToCell with its sheet and A1.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ValidationReport } from '../../../addon/src/rpc-contract';
import { context, fitsSidebar, launch, open, serve, type Answer } from './harness';

const report: ValidationReport = {
  checkedRows: 120,
  issues: [
    { sheet: '客户档案', a1: 'C12', message: '联系电话格式不对' },
    { sheet: '回访记录', a1: 'J5', message: '未接通的回访填写了满意度' },
    { sheet: '投诉登记', a1: 'A1', message: '缺少"受理时间"列' },
  ],
};

describe('validation.html', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => { [browser, server] = await Promise.all([launch(), serve()]); });
  afterAll(async () => { await browser?.close(); await server?.close(); });

  const answers = (lang: 'zh' | 'en', value: ValidationReport = report): Record<string, Answer> => ({
    getSidebarContext: { value: context(lang) },
    validationReport: { value },
    goToCell: { value: undefined },
  });

  it('lists every problem and goes to its cell on click', async () => {
    const s = await open(browser, server.url, 'validation.html', answers('zh'));
    const { page } = s;
    await expect.poll(() => page.locator('#issues li').count()).toBe(3);
    expect(await page.locator('#summary').textContent()).toBe('检查了 120 行，发现 3 个问题');
    expect(await fitsSidebar(page)).toBe(true);
    expect(await page.locator('#issues li').allInnerTexts()).toEqual([
      '客户档案!C12\n联系电话格式不对', '回访记录!J5\n未接通的回访填写了满意度', '投诉登记!A1\n缺少"受理时间"列',
    ]);

    await page.getByRole('button', { name: /回访记录!J5/ }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('已选中 回访记录!J5');
    expect(await s.calls('goToCell')).toEqual([{ name: 'goToCell', args: ['回访记录', 'J5'] }]);

    await page.getByRole('button', { name: '重新检查' }).click();
    await expect.poll(async () => (await s.calls('validationReport')).length).toBe(2);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('counts warnings apart from problems, in both languages', async () => {
    const warning = { sheet: '回访记录', a1: 'C4', message: '提醒：回访时间 2026-05-11 21:05 在客户休息时间 20:00-08:00（设置）内', level: 'warning' as const };
    const zh = await open(browser, server.url, 'validation.html', answers('zh', { checkedRows: 120, issues: [report.issues[0]!, warning] }));
    await expect.poll(() => zh.page.locator('#issues li').count()).toBe(2);
    expect(await zh.page.locator('#summary').textContent()).toBe('检查了 120 行，发现 1 个问题；另有 1 条提醒（不是数据错误）');
    await zh.close();
    const en = await open(browser, server.url, 'validation.html', answers('en', { checkedRows: 7, issues: [warning, warning] }));
    await expect.poll(() => en.page.locator('#issues li').count()).toBe(2);
    expect(await en.page.locator('#summary').textContent()).toBe('Checked 7 rows: no problems; 2 warnings (not data errors)');
    expect(await en.page.locator('#summary').getAttribute('class')).toBe('clean');
    expect([...zh.errors, ...en.errors]).toEqual([]);
    await en.close();
  });

  it('says the data is clean, in English', async () => {
    const s = await open(browser, server.url, 'validation.html', answers('en', { checkedRows: 7, issues: [] }));
    const { page } = s;
    await expect.poll(() => page.locator('#summary').textContent()).toBe('Checked 7 rows: no problems');
    expect(await page.getByRole('button', { name: 'Check again' }).count()).toBe(1);
    expect(await page.title()).toBe('Check the data');
    expect(s.errors).toEqual([]);
    await s.close();
  });
});
