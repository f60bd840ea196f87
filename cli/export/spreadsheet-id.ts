// `--spreadsheet` text (a bare id or the URL from the browser's address bar) → the spreadsheet id, or why it is not one.
import type { Bilingual } from './export-failure';

const ID = /^[A-Za-z0-9_-]+$/;
const IN_URL = /\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/;
const PUBLISHED = /\/spreadsheets\/d\/e\//;

export type SpreadsheetId = { ok: true; id: string } | { ok: false; problem: Bilingual };

export function parseSpreadsheetId(text: string): SpreadsheetId {
  const trimmed = text.trim();
  if (PUBLISHED.test(trimmed)) {
    return { ok: false, problem: {
      en: `"${trimmed}" is a "Publish to the web" link, which the Sheets API cannot read; use the address of the spreadsheet itself (…/spreadsheets/d/<id>/edit)`,
      zh: `“${trimmed}”是“发布到网络”的链接，Sheets API 无法读取；请使用表格本身的地址（…/spreadsheets/d/<id>/edit）`,
    } };
  }
  const inUrl = IN_URL.exec(trimmed);
  if (inUrl && inUrl[1] !== 'e') return { ok: true, id: inUrl[1]! };
  if (ID.test(trimmed)) return { ok: true, id: trimmed };
  return { ok: false, problem: {
    en: `"${trimmed}" is neither a spreadsheet id nor a Google Sheets address; copy the address from the browser, like https://docs.google.com/spreadsheets/d/<id>/edit`,
    zh: `“${trimmed}”既不是表格 ID，也不是 Google 表格的地址；请从浏览器地址栏复制，如 https://docs.google.com/spreadsheets/d/<id>/edit`,
  } };
}
