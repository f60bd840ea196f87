// Writes the sample workbook as zh-headed CSV files, all or nothing: a temp folder beside the target, then renames.
import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { writeSheet } from '../../shared/csv/write-sheet';
import { createManifest, MANIFEST_FILE, SYSTEM_FILES } from '../export/folder-manifest';
import { CALLS, COMPLAINTS, CUSTOMERS, NOTES, POINTS, QA_AUDITS, SETTINGS_SHEET, TRAINING, type Row, type SettingRow, type SheetSchema } from '../../shared/schema';
import { formatSettingValue, getSetting, SETTING_DESCRIPTORS, type Settings } from '../../shared/settings';
import { generateSample, type SampleData, type SampleOptions } from './generate';

/** The Settings sheet as a shop's export shows it: key, Chinese name, value. */
export function settingRows(settings: Settings): SettingRow[] {
  return SETTING_DESCRIPTORS.map((d) => ({ key: d.key, name: d.zh, value: formatSettingValue(d, getSetting(settings, d.key)) }));
}

/** Each file's name and CSV text, settings first as a workbook shows them. */
export function sampleFiles(data: SampleData): [string, string][] {
  const sheets: [SheetSchema, readonly object[]][] = [
    [SETTINGS_SHEET, settingRows(data.settings)], [CUSTOMERS, data.customers], [CALLS, data.calls], [COMPLAINTS, data.complaints],
    [QA_AUDITS, data.qaAudits], [TRAINING, data.training], [POINTS, data.points], [NOTES, data.notes ?? []],
  ];
  return sheets.map(([schema, rows]) => [schema.file, writeSheet(rows as readonly Row[], schema, data.settings, 'zh')]);
}

/**
 * Other files in the folder (a README) are left alone; each CSV is replaced only once every one is written. The manifest
 * (kind "sample") is written only when the folder then holds nothing but the sample: a folder shared with other files is
 * not Kefu's to replace later.
 */
export async function writeSample(folder: string, options: SampleOptions = {}): Promise<string[]> {
  const target = resolve(folder);
  const files = sampleFiles(generateSample(options));
  const names = new Set([...files.map(([name]) => name), MANIFEST_FILE]);
  await mkdir(dirname(target), { recursive: true });
  const temp = await mkdtemp(join(dirname(target), `.${basename(target)}.tmp-`));
  try {
    for (const [name, text] of files) await writeFile(join(temp, name), text, 'utf8');
    await mkdir(target, { recursive: true });
    const alone = readdirSync(target).every((name) => names.has(name) || SYSTEM_FILES.has(name));
    if (alone) await writeFile(join(temp, MANIFEST_FILE), createManifest('sample', files.map(([name]) => name)), 'utf8');
    for (const [name] of files) await rename(join(temp, name), join(target, name));
    if (alone) await rename(join(temp, MANIFEST_FILE), join(target, MANIFEST_FILE));
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return files.map(([name]) => join(folder, name));
}
