// The BUILT add-on (addon/build.mjs → Code.js) in a vm context over the spreadsheet double: every public name resolves, menus build.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSidebarPage, sidebarPageNames } from '../../addon/sidebar-pages.mjs';
import { localizePage } from '../../addon/src/sidebar-page';
import { SERVER_FUNCTION_NAMES } from '../../addon/src/rpc-contract';
import { createDouble } from '../../doubles/sheets';
import { buildAddon, loadAddon, removeBuild, type BuiltAddon } from '../../doubles/sheets/bundle';

const SRC = resolve(import.meta.dirname, '../../addon/src');
const NOW = Date.UTC(2026, 4, 12, 2, 30); // 2026-05-12 10:30 in Shanghai

let built: BuiltAddon;
beforeAll(() => { built = buildAddon(); });
afterAll(() => removeBuild(built));

/** The function a google.script.run chain ends in: with…(…) calls are skipped, arguments may nest brackets. */
function chainTarget(text: string, from: number): string | undefined {
  let i = from;
  for (;;) {
    const step = /^\s*\.\s*(\w+)\s*\(/.exec(text.slice(i));
    if (!step) return undefined;
    if (!step[1]!.startsWith('with')) return step[1];
    i += step[0].length;
    for (let depth = 1; depth > 0 && i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
    }
  }
}

/** Every server function a page calls: google.script.run….name( directly, or through a run('name', …) helper. */
function serverCallsIn(text: string): string[] {
  const direct = [...text.matchAll(/google\.script\.run/g)].map((m) => chainTarget(text, m.index + m[0].length)).filter((n): n is string => !!n);
  const helper = [...text.matchAll(/\brun\(\s*['"](\w+)['"]/g)].map((m) => m[1]!);
  return [...direct, ...helper];
}

function menuFunctions(items: { functionName?: string; submenu?: { items: unknown[] } }[]): string[] {
  return items.flatMap((i) => [
    ...(i.functionName ? [i.functionName] : []),
    ...(i.submenu ? menuFunctions(i.submenu.items as typeof items) : []),
  ]);
}

describe('built bundle', () => {
  it('writes Code.js, the manifest with exactly the two scopes, and the sidebar pages', () => {
    const manifest = JSON.parse(readFileSync(join(built.dir, 'appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Shanghai' });
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    const pages = readdirSync(join(SRC, 'sidebar')).filter((f) => f.endsWith('.html')).sort();
    expect(readdirSync(built.dir).sort()).toEqual(['Code.js', 'appsscript.json', ...pages].sort());
    expect(built.code).toMatch(/^"use strict";\nvar Kefu = \(\(\) => \{/);
  });

  it('bundles no CSV reader (issue 13): no papaparse, nothing of shared/csv but the writer its Export CSV uses', () => {
    expect(built.code).not.toMatch(/papaparse|BAD_DELIMITERS/);
    expect([...new Set([...built.code.matchAll(/shared\/csv\/([a-z-]+)\.ts/g)].map((m) => m[1]))]).toEqual(['write-sheet']);
  });

  it('writes each sidebar page self-contained: the shared parts inlined, no marker left, nothing loaded from elsewhere', () => {
    const common = { css: readFileSync(join(SRC, 'sidebar/common.css'), 'utf8'), js: readFileSync(join(SRC, 'sidebar/common.js'), 'utf8') };
    expect(sidebarPageNames()).toEqual(['complaint', 'follow-ups', 'log-call', 'validation']);
    for (const name of sidebarPageNames()) {
      const html = readFileSync(join(built.dir, `${name}.html`), 'utf8');
      expect(html, name).toBe(renderSidebarPage(name));
      expect(html, name).not.toContain('kefu:');
      expect(html, name).not.toMatch(/\b(?:src|href)\s*=/i);
      expect(html, name).not.toMatch(/@import|url\(|<link\b/i);
      expect(html, name).toContain(`<style>\n${common.css}</style>`);
      expect(html, name).toContain(`<script>\n${common.js}</script>`);
      // The shared script comes before the page's own (the last), which uses run, t, say and start.
      expect(html.indexOf(`<script>\n${common.js}`), name).toBeLessThan(html.lastIndexOf('<script>'));
      expect(html.match(/function run\(/g), name).toHaveLength(1);
    }
  });

  it('declares one top-level wrapper per export of main.ts, each a function in the context', () => {
    const double = createDouble({ htmlDir: built.dir });
    const context = loadAddon(built, double, { now: NOW });
    const exported = Object.keys(context['Kefu'] as object).sort();
    const wrappers = [...built.code.matchAll(/^function (\w+)\(\) \{ return Kefu\.\1\.apply\(this, arguments\); \}$/gm)].map((m) => m[1]!).sort();
    expect(wrappers).toEqual(exported);
    for (const name of exported) expect(typeof context[name], name).toBe('function');
  });

  it('onOpen builds the add-on menu in Chinese without touching anything but the Ui in AuthMode.NONE', () => {
    const double = createDouble({ htmlDir: built.dir });
    const context = loadAddon(built, double, { now: NOW });
    context['onOpen']!({ authMode: 'NONE' });
    expect(Object.keys(double.calls).filter((k) => !/^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(k))).toEqual([]);
    const menu = double.ui.menus.find((m) => m.addon)!;
    expect(menu.items.filter((i) => !i.separator).map((i) => i.caption)).toEqual([
      '设置工作簿', '登记回访', '登记投诉', '今日回访', '全部校验', '重新计算', '导出 CSV', '设置', '公式自检', '语言',
    ]);
    const language = menu.items.find((i) => i.submenu)!.submenu!;
    expect(language.items.map((i) => [i.caption, i.functionName])).toEqual([['中文', 'setLanguageZh'], ['English', 'setLanguageEn']]);
  });

  it('switches the menu to English and keeps the choice in the document properties', () => {
    const double = createDouble({ htmlDir: built.dir });
    const context = loadAddon(built, double, { now: NOW });
    context['setLanguageEn']!();
    expect(double.properties.document.get('kefu.lang')).toBe('en');
    context['onOpen']!({ authMode: 'LIMITED' });
    const menu = double.ui.menus.find((m) => m.addon)!;
    expect(menu.items.filter((i) => !i.separator).map((i) => i.caption)).toEqual([
      'Set up workbook', 'Log a call', 'Register a complaint', "Today's follow-ups", 'Validate all', 'Recalculate',
      'Export CSV', 'Settings', 'Formula self-test', 'Language',
    ]);
  });

  it('resolves every menu item, every google.script.run name in the pages and the setup dialog, and the RPC contract', () => {
    const double = createDouble({ htmlDir: built.dir });
    const context = loadAddon(built, double, { now: NOW });
    context['onInstall']!({ authMode: 'FULL' });
    const fromMenu = menuFunctions(double.ui.menus.find((m) => m.addon)!.items);
    const pages = readdirSync(join(SRC, 'sidebar')).filter((f) => f.endsWith('.html'));
    const fromPages = pages.flatMap((p) => serverCallsIn(readFileSync(join(built.dir, p), 'utf8')));
    const fromSource = readdirSync(SRC).filter((f) => f.endsWith('.ts')).flatMap((f) => serverCallsIn(readFileSync(join(SRC, f), 'utf8')));
    expect(fromMenu.length).toBe(11);
    expect(fromPages.length).toBeGreaterThan(0);
    expect(fromSource).toContain('setupWorkbook');
    for (const name of new Set([...fromMenu, ...fromPages, ...fromSource, ...SERVER_FUNCTION_NAMES])) {
      expect(typeof context[name], name).toBe('function');
    }
  });

  it('opens each sidebar from its file with a title, and the set-up dialog', () => {
    const double = createDouble({ htmlDir: built.dir });
    const context = loadAddon(built, double, { now: NOW });
    for (const name of ['showLogCall', 'showComplaint', 'showFollowUps', 'showValidation', 'showSetup']) context[name]!();
    expect(double.ui.shown.map((s) => [s.kind, s.title])).toEqual([
      ['sidebar', '登记回访'], ['sidebar', '登记投诉'], ['sidebar', '今日回访'], ['sidebar', '校验结果'], ['dialog', '设置工作簿'],
    ]);
    // Sent in the workbook's language (issue 15: nothing flashes in the other one).
    expect(double.ui.shown[0]!.html).toBe(localizePage(renderSidebarPage('log-call'), 'zh'));
    expect(double.ui.shown[0]!.html).toContain('<script>var KEFU_LANG = "zh";</script>');
    context['setLanguageEn']!();
    context['showComplaint']!();
    expect(double.ui.shown.at(-1)!.html).toMatch(/^<!--[^\n]*\n<!DOCTYPE html>\n<html lang="en">\n<head>\n<script>var KEFU_LANG = "en";<\/script>/);
    expect(double.ui.shown[4]!.html).toContain('.setupWorkbook(');
  });
});
