// The add-on menu: built by onOpen with createAddonMenu and nothing else, so it works before authorization.
import { labels } from './labels';
import type { Lang } from './rpc-contract';

/** Caption key → the global function the item runs (each one an export of main.ts). */
export const MENU_ITEMS = [
  ['menuSetup', 'showSetup'],
  ['menuLogCall', 'showLogCall'],
  ['menuComplaint', 'showComplaint'],
  ['menuFollowUps', 'showFollowUps'],
  ['menuValidate', 'showValidation'],
  ['menuRecalculate', 'recalculate'],
  ['menuExport', 'exportCsv'],
  ['menuSettings', 'showSettings'],
  ['menuSelfTest', 'runFormulaSelfTest'],
] as const;

export function buildMenu(lang: Lang): void {
  const ui = SpreadsheetApp.getUi();
  const t = labels(lang);
  const menu = ui.createAddonMenu();
  MENU_ITEMS.forEach(([caption, fn], i) => {
    // Separators group set-up · daily work · checking · settings.
    if (i === 1 || i === 4 || i === 7) menu.addSeparator();
    menu.addItem(t[caption], fn);
  });
  menu.addSubMenu(ui.createMenu(t.menuLanguage).addItem('中文', 'setLanguageZh').addItem('English', 'setLanguageEn'));
  menu.addToUi();
}

/** In AuthMode.NONE (add-on installed but not yet used in this document) no properties can be read: zh. */
export function menuLanguage(e: { authMode?: GoogleAppsScript.Script.AuthMode } | undefined, read: () => Lang): Lang {
  if (e?.authMode !== undefined && e.authMode === ScriptApp.AuthMode.NONE) return 'zh';
  return read();
}
