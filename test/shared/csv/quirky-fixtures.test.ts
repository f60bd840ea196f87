// Each real-world quirky file in test/fixtures/quirky is read with the issues (codes and places) expected.json lists.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../cli/read-one-file';
import { SHEETS } from '../../../shared/schema';
import { defaultSettings } from '../../../shared/settings';

const dir = fileURLToPath(new URL('../../fixtures/quirky/', import.meta.url));

interface Expected { exit: 1 | 2; codes: string[]; lines: string[] }
const expected = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Record<string, Expected>;

/** "…-customers.csv" → the customers sheet. */
const sheetOf = (file: string) => SHEETS.find((s) => s.name === file.replace(/\.csv$/, '').split('-').pop())!;

/** Duplicates are the workbook checker's job, not the reader's. */
const readerOnly = (e: Expected): string[] =>
  e.codes.map((code, i) => `${code}@${e.lines[i]}`).filter((entry) => !entry.startsWith('duplicate-'));

describe('quirky fixtures', () => {
  it('lists every fixture file, with one place per code', () => {
    expect(Object.keys(expected).sort()).toEqual(readdirSync(dir).filter((f) => f.endsWith('.csv')).sort());
    for (const [file, e] of Object.entries(expected)) {
      expect(e.lines).toHaveLength(e.codes.length);
      expect(sheetOf(file), file).toBeDefined();
      // Exit 2 exactly when the file cannot be checked at all: every issue is about the whole file (no line).
      expect(e.exit === 2, file).toBe(e.lines.every((place) => place === file));
    }
  });

  it.each(Object.entries(expected))('%s', (file, e) => {
    const read = readCsvFile(`${dir}${file}`, sheetOf(file), defaultSettings(), file);
    // Places as formatIssue writes them: file:line:column, or the file alone for a file-level issue.
    const got = read.issues.map((i) => `${i.code}@${i.line > 0 ? `${i.file}:${i.line}:${i.column}` : i.file}`);
    expect(got).toEqual(readerOnly(e));
    for (const issue of read.issues) {
      expect(issue.message.length).toBeGreaterThan(10);
      expect(issue.messageZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('reads the good rows of the quirky files', () => {
    const gbk = readCsvFile(`${dir}gbk-customers.csv`, sheetOf('gbk-customers.csv'), defaultSettings());
    expect(gbk.rows.map((r) => r.values.name)).toEqual(['陈静', '刘洋', '周杰']);
    expect(gbk.rows[2]!.values).toMatchObject({ phone: '0755-86001234', address: '深圳市南山区科技园', source: 'phone', spendThisYear: 0 });
    const bom = readCsvFile(`${dir}bom-crlf-customers.csv`, sheetOf('bom-crlf-customers.csv'), defaultSettings());
    expect(bom.rows[1]!.values).toMatchObject({ id: 'C002', phone: '010-62345678', source: 'referral', firstVisit: '2026-03-05', spendThisYear: 3500 });
    expect(bom.rows[4]!.values).toMatchObject({ phone: '18600001111', consent: true });
    const calls = readCsvFile(`${dir}quoted-newlines-calls.csv`, sheetOf('quoted-newlines-calls.csv'), defaultSettings());
    expect(calls.rows.map((r) => r.line)).toEqual([2, 5, 6, 8]);
    expect(calls.rows[0]!.values.comment).toBe('照片很好看，\n下次还来。\n谢谢');
    const complaints = readCsvFile(`${dir}formula-text-complaints.csv`, sheetOf('formula-text-complaints.csv'), defaultSettings());
    expect(complaints.rows[3]!.values.content).toBe('=written by our own export: kept as text');
    expect(complaints.rows[4]!.values.content).toBe('-5 yuan refund still missing');
  });
});
