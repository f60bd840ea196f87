// Every sidebar and dialog in Chromium, in each state a clerk meets (loading, failed, listed, with errors): lang, title, <main>, one <h1>, axe-core clean, 36 px controls; set-up asks first.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUpsToday, OpenComplaint, ValidationReport } from '../../../addon/src/rpc-contract';
import { SETTING_DESCRIPTORS } from '../../../shared/settings';
import { createDouble } from '../../../doubles/sheets';
import { buildAddon, loadAddon, removeBuild, type AddonContext, type BuiltAddon } from '../../../doubles/sheets/bundle';
import { hyperFormulaEngine } from '../../../doubles/sheets/formula-engine';
import { axeViolations, context, launch, open, openHtml, serve, shortControls, type Answer } from './harness';

const complaints: OpenComplaint[] = [{ id: 'T0001', receivedAt: '2026-11-13T09:00:00', category: 'other', stage: 'judge', ageHours: 49,
  slaBreached: true, sla: 'breached', hoursLeft: -25, content: '相册延期', customerName: '李睿' }];
const followUps: FollowUpsToday = {
  due: [{ customerId: 'C0001', name: '李睿', phone: '13912345678', reason: '服务后回访', due: '2026-11-15', sheetRow: 2, prefill: { purpose: 'post-service' } }],
  overdue: [{ customerId: 'C0002', name: '王芳', phone: '13812345678', reason: '约定的下次联系', due: '2026-11-10', sheetRow: 3, overdueDays: 5, prefill: {} }],
  folded: [], foldAfterDays: 14, counts: { today: 1, overdue: 1, week: 1 },
  coverage: { members: 40, covered: 30, share: 0.75 },
};
const report: ValidationReport = { checkedRows: 9, issues: [{ sheet: '客户档案', a1: 'C2', rule: 'bad-phone', place: '客户档案 · 第 2 行 · 联系电话', message: '联系电话格式不对' }] };

/** What every page must have: its language, a title, one <main>, exactly one <h1>, and no axe-core violation. */
async function expectAccessible(page: Page, lang: 'zh' | 'en', title: string): Promise<void> {
  expect(await page.locator('html').getAttribute('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
  expect(await page.title()).toBe(title);
  expect(await page.locator('main').count()).toBe(1);
  // One heading for what is shown: 今日回访 holds the list and the call form as two views, one hidden at a time.
  expect(await page.locator('h1:visible').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  expect(await shortControls(page)).toEqual([]);
}

describe('accessible sidebars and dialogs', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  let built: BuiltAddon;
  beforeAll(async () => { built = buildAddon(); [browser, server] = await Promise.all([launch(), serve()]); });
  afterAll(async () => { await browser?.close(); await server?.close(); removeBuild(built); });

  /** The dialogs as the built add-on shows them: a fresh workbook on the double, in `lang`. */
  function addon(lang: 'zh' | 'en'): { context: AddonContext; dialog: (show: string) => string; double: ReturnType<typeof createDouble> } {
    const double = createDouble({ htmlDir: built.dir });
    const now = Date.UTC(2026, 10, 15, 2, 30);
    const context = loadAddon(built, double, { now });
    if (lang === 'en') context['setLanguageEn']!();
    double.evaluate = hyperFormulaEngine({ now: () => now, timeZone: 'Asia/Shanghai', only: (n) => n.startsWith('_kefu_selftest_') });
    return { context, double, dialog: (show) => { context[show]!(); return double.ui.shown.at(-1)!.html; } };
  }

  const pages: { file: string; title: { zh: string; en: string }; answers: Record<string, Answer>; listed: string }[] = [
    { file: 'complaint.html', title: { zh: '登记投诉', en: 'Register a complaint' }, answers: { listOpenComplaints: { value: complaints } }, listed: '#open > li' },
    { file: 'validation.html', title: { zh: '数据检查', en: 'Check the data' }, answers: { validationReport: { value: report } }, listed: '#issues > li' },
    { file: 'follow-ups.html', title: { zh: '今日回访', en: "Today's follow-ups" }, answers: { todaysFollowUps: { value: followUps } }, listed: '#due li' },
    { file: 'log-call.html', title: { zh: '记录回访', en: 'Log a call' }, answers: {}, listed: '#channel option' },
  ];

  for (const p of pages) {
    it(`${p.file}: loading, failed to load, and loaded, in both languages`, async () => {
      for (const lang of ['zh', 'en'] as const) {
        // Loading: the page is already in the workbook's language, and its forms are locked.
        const loading = await open(browser, server.url, p.file, { getSidebarContext: { never: true } }, { lang });
        await expect.poll(() => loading.page.locator('#status').textContent()).toBe(lang === 'zh' ? '正在加载…' : 'Loading…');
        await expectAccessible(loading.page, lang, p.title[lang]);
        for (const form of await loading.page.locator('form').all()) expect(await form.getAttribute('aria-busy')).toBe('true');
        await loading.close();

        const failed = await open(browser, server.url, p.file, { getSidebarContext: { error: 'Exception: Service Spreadsheets timed out' } }, { lang });
        await expect.poll(() => failed.page.locator('#status button').count()).toBe(1);
        await expectAccessible(failed.page, lang, p.title[lang]);
        await failed.close();

        const loaded = await open(browser, server.url, p.file, { getSidebarContext: { value: context(lang) }, ...p.answers });
        await expect.poll(() => loaded.page.locator(p.listed).count()).toBeGreaterThan(0);
        await expectAccessible(loaded.page, lang, p.title[lang]);
        expect(loaded.errors).toEqual([]);
        await loaded.close();
      }
    });
  }

  it('a list that fails to load says so with a retry, on the follow-ups and complaints sidebars', async () => {
    const failing = { error: 'Exception: Service Spreadsheets timed out' };
    for (const [file, name, where] of [['follow-ups.html', 'todaysFollowUps', '#status'], ['complaint.html', 'listOpenComplaints', '#open-summary']] as const) {
      const s = await open(browser, server.url, file, { getSidebarContext: { value: context('zh') }, [name]: failing });
      await expect.poll(() => s.page.locator(where).innerText()).toBe('没能加载（Google 表格暂时没有响应）。请点“重试”。 重试');
      await expectAccessible(s.page, 'zh', file === 'complaint.html' ? '登记投诉' : '今日回访');
      await s.page.locator(where).getByRole('button', { name: '重试' }).click();
      await expect.poll(async () => (await s.calls(name)).length).toBe(2);
      await s.close();
    }
  });

  it('log-call.html with its field errors shown', async () => {
    const s = await open(browser, server.url, 'log-call.html', { getSidebarContext: { value: context('zh') } });
    await expect.poll(() => s.page.locator('#channel option').count()).toBeGreaterThan(0);
    await s.page.locator('#submit').click();
    await expect.poll(() => s.page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    await expectAccessible(s.page, 'zh', '记录回访');
    await s.close();
  });

  it('the set-up dialog says what it will create and runs only once confirmed', async () => {
    const s = await openHtml(browser, addon('zh').dialog('showSetup'), { setupWorkbook: { value: '设置完成。' } });
    const { page } = s;
    await expectAccessible(page, 'zh', '设置工作簿');
    expect(await page.locator('#confirm').isVisible()).toBe(false);

    await page.getByRole('button', { name: '影楼' }).click();
    // Issue 15: "Set-up runs on click with no confirmation": the click only shows what set-up will create.
    expect(await s.calls('setupWorkbook')).toEqual([]);
    const confirm = page.locator('#confirm');
    expect(await confirm.isVisible()).toBe(true);
    expect(await page.locator('#confirm-heading').textContent()).toBe('将为“影楼”设置工作簿，会创建：');
    const said = await confirm.locator('li').allInnerTexts();
    expect(said[0]).toBe('新建工作表：设置、客户档案、回访记录、投诉登记、质检、新人培训考核、积分、月度备注');
    expect(said[1]).toBe(`命名区域：“设置”表中每项设置一个，共 ${SETTING_DESCRIPTORS.length} 个（如 KEFU_COMPLAINT_FIRSTRESPONSEHOURS），公式按名称读取设置`);
    expect(said[2]).toContain('投诉登记（投诉时长(小时)、首次响应超时）');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe('confirm-heading');
    await expectAccessible(page, 'zh', '设置工作簿');

    await page.getByRole('button', { name: '返回' }).click();
    expect(await confirm.isVisible()).toBe(false);
    expect(await s.calls('setupWorkbook')).toEqual([]);
    await page.getByRole('button', { name: '汽车售后' }).click();
    await page.getByRole('button', { name: '开始设置' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('设置完成。');
    expect(await s.calls('setupWorkbook')).toEqual([{ name: 'setupWorkbook', args: ['car-service'] }]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('the set-up dialog of a set-up workbook creates no sheet, in English', async () => {
    const { context, dialog } = addon('en');
    context['setupWorkbook']!('clinic');
    const s = await openHtml(browser, dialog('showSetup'), {});
    await expectAccessible(s.page, 'en', 'Set up workbook');
    await s.page.getByRole('button', { name: /clinic/ }).click();
    expect(await s.page.locator('#confirm li').first().innerText()).toBe('Every sheet is already there: no sheet is created');
    await expectAccessible(s.page, 'en', 'Set up workbook');
    await s.close();
  });

  it('the export and self-test dialogs', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { context, dialog } = addon(lang);
      context['setupWorkbook']!('photo-studio');
      const exported = await openHtml(browser, dialog('exportCsv'), {});
      await expectAccessible(exported.page, lang, lang === 'zh' ? '导出 CSV' : 'Export CSV');
      await exported.close();
      // The self-test runs every live formula (≈ 15 s): once, in Chinese, is enough for its page.
      if (lang === 'en') continue;
      const selfTest = await openHtml(browser, dialog('runFormulaSelfTest'), {});
      await expectAccessible(selfTest.page, lang, '公式自检');
      await selfTest.close();
    }
  });
});
