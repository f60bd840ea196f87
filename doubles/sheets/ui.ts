// The spreadsheet's Ui and HtmlService of the double: menus, sidebars and dialogs are recorded for a test to inspect.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { counted, type Core } from './core';

export interface MenuItem { caption: string; functionName?: string; separator?: boolean; submenu?: MenuRecord }
export interface MenuRecord { title: string; addon: boolean; items: MenuItem[] }

export interface Shown { kind: 'sidebar' | 'dialog'; title: string; html: string; width?: number; height?: number }

export interface UiLog {
  menus: MenuRecord[];
  shown: Shown[];
  alerts: { title?: string; prompt: string }[];
  /** Answers the next ui.prompt calls take, in order (text and button); OK with '' when none are left. */
  promptAnswers: { text: string; button?: string }[];
}

export class MenuDouble {
  _record: MenuRecord;
  constructor(public _core: Core, public _log: UiLog, title: string, addon: boolean) {
    this._record = { title, addon, items: [] };
  }
  addItem(caption: string, functionName: string): MenuDouble { this._record.items.push({ caption, functionName }); return this; }
  addSeparator(): MenuDouble { this._record.items.push({ caption: '', separator: true }); return this; }
  addSubMenu(menu: MenuDouble): MenuDouble { this._record.items.push({ caption: menu._record.title, submenu: menu._record }); return this; }
  addToUi(): void {
    // Adding a menu of the same title again replaces it, as a second onOpen does.
    this._log.menus = this._log.menus.filter((m) => !(m.title === this._record.title && m.addon === this._record.addon));
    this._log.menus.push(this._record);
  }
}
counted(MenuDouble, 'Menu');

export const BUTTON = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const BUTTON_SET = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

export class HtmlOutputDouble {
  _title = '';
  _width?: number;
  _height?: number;
  constructor(public _core: Core, public _html: string) {}
  getContent(): string { return this._html; }
  setContent(html: string): HtmlOutputDouble { this._html = html; return this; }
  append(html: string): HtmlOutputDouble { this._html += html; return this; }
  setTitle(title: string): HtmlOutputDouble { this._title = title; return this; }
  getTitle(): string { return this._title; }
  setWidth(width: number): HtmlOutputDouble { this._width = width; return this; }
  getWidth(): number | undefined { return this._width; }
  setHeight(height: number): HtmlOutputDouble { this._height = height; return this; }
  getHeight(): number | undefined { return this._height; }
  setSandboxMode(): HtmlOutputDouble { return this; }
  setXFrameOptionsMode(): HtmlOutputDouble { return this; }
  addMetaTag(): HtmlOutputDouble { return this; }
}
counted(HtmlOutputDouble, 'HtmlOutput');

export class UiDouble {
  ButtonSet = BUTTON_SET;
  Button = BUTTON;
  constructor(public _core: Core, public _log: UiLog) {}
  createAddonMenu(): MenuDouble { return new MenuDouble(this._core, this._log, 'addon', true); }
  createMenu(title: string): MenuDouble { return new MenuDouble(this._core, this._log, title, false); }
  showSidebar(output: HtmlOutputDouble): void {
    this._log.shown.push({ kind: 'sidebar', title: output._title, html: output._html });
  }
  showModalDialog(output: HtmlOutputDouble, title: string): void {
    this._log.shown.push({ kind: 'dialog', title, html: output._html, width: output._width, height: output._height });
  }
  showModelessDialog(output: HtmlOutputDouble, title: string): void { this.showModalDialog(output, title); }
  alert(a: string, b?: string): string {
    this._log.alerts.push(b === undefined || b in BUTTON_SET ? { prompt: a } : { title: a, prompt: b });
    return BUTTON.OK;
  }
  prompt(): { getResponseText(): string; getSelectedButton(): string } {
    const answer = this._log.promptAnswers.shift() ?? { text: '' };
    return { getResponseText: () => answer.text, getSelectedButton: () => answer.button ?? BUTTON.OK };
  }
}
counted(UiDouble, 'Ui');

export class HtmlTemplateDouble {
  constructor(public _core: Core, public _html: string) {}
  /** Scriptlets are not run: the double hands back the file as it is. */
  evaluate(): HtmlOutputDouble { return new HtmlOutputDouble(this._core, this._html); }
  getRawContent(): string { return this._html; }
}
counted(HtmlTemplateDouble, 'HtmlTemplate');

export class HtmlServiceDouble {
  SandboxMode = { IFRAME: 'IFRAME' };
  XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };
  constructor(public _core: Core, public _htmlDir: string | undefined) {}
  _file(name: string): string {
    const path = this._htmlDir ? join(this._htmlDir, name.endsWith('.html') ? name : `${name}.html`) : undefined;
    if (!path || !existsSync(path)) throw new Error(`Exception: No HTML file named ${name} was found.`);
    return readFileSync(path, 'utf8');
  }
  createHtmlOutput(html = ''): HtmlOutputDouble { return new HtmlOutputDouble(this._core, html); }
  createHtmlOutputFromFile(name: string): HtmlOutputDouble { return new HtmlOutputDouble(this._core, this._file(name)); }
  createTemplateFromFile(name: string): HtmlTemplateDouble { return new HtmlTemplateDouble(this._core, this._file(name)); }
  createTemplate(html: string): HtmlTemplateDouble { return new HtmlTemplateDouble(this._core, html); }
}
counted(HtmlServiceDouble, 'HtmlService');
