// Opens the sidebars and dialogs: each an HtmlService page shown through the spreadsheet's Ui.
import { getLanguage } from './language';
import { labels, type Labels } from './labels';
import { planSetup, setupDialogHtml } from './setup-dialog';
import { localizePage } from './sidebar-page';
import { clockOf, findSheet, readSettingsSheet } from './workbook';
import { SETTINGS_SHEET } from '../../shared/schema';

/** Sidebar pages, named as the files addon/build.mjs copies next to Code.js. */
export const SIDEBAR_FILES = ['log-call', 'complaint', 'follow-ups', 'validation'] as const;
export type SidebarFile = (typeof SIDEBAR_FILES)[number];

const TITLES: Record<SidebarFile, keyof Labels> = {
  'log-call': 'titleLogCall',
  complaint: 'titleComplaint',
  'follow-ups': 'titleFollowUps',
  validation: 'titleValidation',
};

export function showSidebar(file: SidebarFile): void {
  const lang = getLanguage();
  const title = labels(lang)[TITLES[file]] as string;
  const page = localizePage(HtmlService.createHtmlOutputFromFile(file).getContent(), lang);
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(page).setTitle(title));
}

export function showDialog(html: string, title: string, width = 480, height = 360): void {
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height), title);
}

export function showSetupDialog(): void {
  const lang = getLanguage();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // A workbook already set up names its business type in Settings: the dialog marks it.
  const current = findSheet(ss, SETTINGS_SHEET) ? readSettingsSheet(ss, clockOf(ss)).settings.businessType : undefined;
  const plan = planSetup((schema) => findSheet(ss, schema) !== null, lang);
  showDialog(setupDialogHtml(lang, current, plan), labels(lang).titleSetup, 520, 520);
}
