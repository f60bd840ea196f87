// The add-on's whole public surface: every export becomes a top-level Apps Script function (menus, triggers, google.script.run).
import { describeRecalculate, recalculateWorkbook } from './recalculate';
import { relabelWorkbook } from './relabel';
import { describeSetup, setUpWorkbook } from './setup-workbook';
import { csvChunk, csvExportPlan, exportDialogHtml } from './export-csv';
import { getLanguage, setLanguage } from './language';
import { labels } from './labels';
import { buildMenu, menuLanguage } from './menu';
import { handleEdit } from './on-edit';
import type { Lang } from './rpc-contract';
import { formulaSelfTest, selfTestHtml } from './self-test';
import { showDialog, showSetupDialog, showSidebar } from './sidebars';
import { activeSpreadsheet, clockOf, findSheet } from './workbook';
import { SETTINGS_SHEET } from '../../shared/schema';

export { addCustomer, logCall, registerComplaint } from './records';
export { advanceComplaint, closeComplaint, listOpenComplaints, respondToComplaint } from './open-complaints';
export { getSidebarContext, searchCustomers, todaysFollowUps } from './sidebar-data';
export { goToCell, goToRecord, validationReport } from './validate-all';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(menuLanguage(e, getLanguage));
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  handleEdit(e);
}

export function showSetup(): void {
  showSetupDialog();
}

/** Called by the set-up dialog with a business type key; returns what was done, in the workbook's language. */
export function setupWorkbook(businessType: string): string {
  const lang = getLanguage();
  return describeSetup(setUpWorkbook(businessType, lang), lang);
}

export function showLogCall(): void {
  showSidebar('log-call');
}

export function showComplaint(): void {
  showSidebar('complaint');
}

export function showFollowUps(): void {
  showSidebar('follow-ups');
}

export function showValidation(): void {
  showSidebar('validation');
}

export function recalculate(): void {
  const lang = getLanguage();
  const text = describeRecalculate(recalculateWorkbook(lang), lang);
  SpreadsheetApp.getUi().alert(labels(lang).menuRecalculate, text, SpreadsheetApp.getUi().ButtonSet.OK);
}

export function exportCsv(): void {
  const lang = getLanguage();
  showDialog(exportDialogHtml(csvExportPlan(activeSpreadsheet()), lang), labels(lang).titleExport, 480, 320);
}

/** Called by the export dialog for chunk `index` of one sheet's CSV (sheet key, e.g. customers). */
export function exportCsvChunk(key: string, index: number): string {
  return csvChunk(activeSpreadsheet(), String(key), Number(index), getLanguage());
}

/** 公式自检: Sheets computes the live formulas on hidden temporary sheets; the mismatches with the shared rules are shown. */
export function runFormulaSelfTest(): void {
  const lang = getLanguage();
  const ss = activeSpreadsheet();
  const report = formulaSelfTest(ss, lang, clockOf(ss).now);
  showDialog(selfTestHtml(report, lang), labels(lang).titleSelfTest, 640, 480);
}

export function showSettings(): void {
  const ss = activeSpreadsheet();
  const sheet = findSheet(ss, SETTINGS_SHEET);
  if (!sheet) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(labels(getLanguage()).noSettingsSheet);
    return;
  }
  ss.setActiveSheet(sheet);
}

function switchLanguage(lang: Lang): void {
  setLanguage(lang);
  relabelWorkbook(lang);
  buildMenu(lang);
  activeSpreadsheet().toast(labels(lang).languageSet);
}

export function setLanguageZh(): void {
  switchLanguage('zh');
}

export function setLanguageEn(): void {
  switchLanguage('en');
}
