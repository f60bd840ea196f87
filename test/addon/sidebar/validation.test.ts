// validation.html in Chromium: problems grouped by sheet and rule with counts, places in words, and a click selects the cell.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ValidationIssue, ValidationReport } from '../../../addon/src/rpc-contract';
import { axeViolations, context, fitsSidebar, launch, open, serve, shortControls, type Answer } from './harness';

// Issue 15: "183 ungrouped cards from one rule": here 183 points mismatches on 客户档案 column T, rows 2 … 184.
const points: ValidationIssue[] = Array.from({ length: 183 }, (_, i) => ({
  sheet: '客户档案', a1: `T${i + 2}`, rule: 'points-mismatch', column: '积分', place: `客户档案 · 第 ${i + 2} 行 · 积分`,
  message: `积分为 ${i + 10}，但积分流水合计为 ${i}`,
}));
const report: ValidationReport = {
  checkedRows: 620,
  issues: [
    { sheet: '客户档案', a1: 'C12', rule: 'bad-phone', column: '联系电话', place: '客户档案 · 第 12 行 · 联系电话', message: '联系电话格式不对' },
    ...points,
    { sheet: '投诉登记', a1: 'A1', rule: 'missing-column', place: '投诉登记 · 表头', message: '缺少"受理时间"列' },
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

  it('groups one rule of one sheet into one folded group with its count, and goes to a cell said in words', async () => {
    const s = await open(browser, server.url, 'validation.html', answers('zh'));
    const { page } = s;
    const groups = page.locator('#issues > li');
    await expect.poll(() => groups.count()).toBe(3);
    expect(await page.locator('#summary').textContent()).toBe('检查了 620 行，发现 185 个问题');
    expect(await fitsSidebar(page)).toBe(true);
    expect(await groups.nth(0).innerText()).toBe('客户档案 · 第 12 行 · 联系电话\n联系电话格式不对');
    expect(await groups.nth(2).innerText()).toBe('投诉登记 · 表头\n缺少"受理时间"列');
    const group = groups.nth(1).locator('details');
    expect(await group.locator('summary').innerText()).toBe('客户档案 · 积分\n183 个问题 · 例：积分为 10，但积分流水合计为 0');
    expect(await group.getAttribute('open')).toBeNull();
    expect(await page.getByRole('button', { name: /第 5 行/ }).isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await group.locator('summary').click();
    expect(await group.getByRole('button').count()).toBe(183);
    await page.getByRole('button', { name: '转到 客户档案 · 第 5 行 · 积分：积分为 13，但积分流水合计为 3' }).click();
    // Said where the eye is: the toast stays in view however far down the list the person is.
    await expect.poll(() => page.locator('#toast').textContent()).toBe('已选中 客户档案 · 第 5 行 · 积分');
    expect(await page.locator('#toast').isVisible()).toBe(true);
    expect(await s.calls('goToCell')).toEqual([{ name: 'goToCell', args: ['客户档案', 'T5'] }]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await shortControls(page)).toEqual([]);

    await page.getByRole('button', { name: '重新检查' }).click();
    await expect.poll(async () => (await s.calls('validationReport')).length).toBe(2);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('counts warnings apart from problems, in both languages', async () => {
    const warning = { sheet: '回访记录', a1: 'C4', rule: 'quiet-hours-call', column: '回访时间', place: '回访记录 · 第 4 行 · 回访时间',
      message: '提醒：回访时间 2026-05-11 21:05 在客户休息时间 20:00-08:00（设置）内', level: 'warning' as const };
    const zh = await open(browser, server.url, 'validation.html', answers('zh', { checkedRows: 120, issues: [report.issues[0]!, warning] }));
    await expect.poll(() => zh.page.locator('#issues > li').count()).toBe(2);
    expect(await zh.page.locator('#summary').textContent()).toBe('检查了 120 行，发现 1 个问题；另有 1 条提醒（不是数据错误）');
    await zh.close();
    const enWarning = { ...warning, place: '回访记录 · row 4 · Date and time', column: 'Date and time' };
    const en = await open(browser, server.url, 'validation.html', answers('en', { checkedRows: 7, issues: [enWarning, { ...enWarning, a1: 'C9', place: '回访记录 · row 9 · Date and time' }] }));
    await expect.poll(() => en.page.locator('#issues > li').count()).toBe(1);
    expect(await en.page.locator('#summary').textContent()).toBe('Checked 7 rows: no problems; 2 warnings (not data errors)');
    expect(await en.page.locator('#summary').getAttribute('class')).toBe('clean');
    expect(await en.page.locator('summary').innerText()).toMatch(/^回访记录 · Date and time\n2 warnings · e\.g\. /);
    expect([...zh.errors, ...en.errors]).toEqual([]);
    await en.close();
  });

  it('says the data is clean, in English', async () => {
    const s = await open(browser, server.url, 'validation.html', answers('en', { checkedRows: 7, issues: [] }));
    const { page } = s;
    await expect.poll(() => page.locator('#summary').textContent()).toBe('Checked 7 rows: no problems');
    expect(await page.getByRole('button', { name: 'Check again' }).count()).toBe(1);
    expect(await page.title()).toBe('Check the data');
    expect(await axeViolations(page)).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('offers to try again when the check fails, without the raw exception', async () => {
    const s = await open(browser, server.url, 'validation.html', { ...answers('zh'), validationReport: { error: 'Exception: Service Spreadsheets timed out' } });
    const { page } = s;
    await expect.poll(() => page.locator('#status').innerText()).toBe('没能加载（Google 表格暂时没有响应）。请点“重试”。 重试');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#status').getByRole('button', { name: '重试' }).click();
    await expect.poll(async () => (await s.calls('validationReport')).length).toBe(2);
    await s.close();
  });
});
