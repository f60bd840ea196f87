// `kefu sample <folder> [--business …]`: write a fictional shop's dataset (photo studio unless told) and say what was written.
import { existsSync, statSync } from 'node:fs';
import { BUSINESS_TYPE, type BusinessType } from '../../shared/enums';
import type { Lang } from '../../shared/issue';
import type { Output } from '../check';
import { say } from '../export/export-failure';
import { outFolderProblem } from '../export/safe-write';
import { nextAfterSample } from '../next-step';
import { countOf } from '../../shared/plural';
import { PROJECT_ROOT } from '../report/build-site';
import { writeSample } from './write-sample';

const isFile = (path: string): boolean => existsSync(path) && !statSync(path).isDirectory();

function positiveInteger(text: string | undefined, name: string, lang: Lang): number | undefined | Error {
  if (text === undefined) return undefined;
  if (/^\d+$/.test(text) && Number(text) > 0) return Number(text);
  return new Error(lang === 'zh' ? `--${name} 应为大于 0 的整数，而不是"${text}"` : `--${name} must be a whole number above 0, not "${text}"`);
}

export interface SampleFlags {
  seed?: string;
  customers?: string;
  business?: string;
  /** Write the seven sample files over any of the same name in a folder Kefu did not make (nothing else is deleted). */
  force?: boolean;
  lang?: Lang;
  /** Write the sample as one Excel workbook at this path instead of CSV files in a folder. */
  xlsx?: string;
  /** The workbook's language (zh unless --lang en was given). */
  workbookLang?: Lang;
}

export async function runSample(folder: string | undefined, flags: SampleFlags, io: Output): Promise<number> {
  const lang = flags.lang ?? 'en';
  const zh = lang === 'zh';
  if (flags.xlsx !== undefined && folder) {
    io.err(zh ? `kefu sample：请只指定文件夹或 --xlsx 文件之一，而不是两者（${folder}、${flags.xlsx}）`
      : `kefu sample: name a folder or an --xlsx file, not both (${folder}, ${flags.xlsx})`);
    return 2;
  }
  if (!folder && flags.xlsx === undefined) {
    io.err(zh ? 'kefu sample：请指定要写入的文件夹，例如 kefu sample data/sample' : 'kefu sample: name the folder to write, e.g. kefu sample data/sample');
    return 2;
  }
  const seed = positiveInteger(flags.seed, 'seed', lang);
  const customers = positiveInteger(flags.customers, 'customers', lang);
  for (const value of [seed, customers]) {
    if (value instanceof Error) {
      io.err(`kefu sample${zh ? '：' : ': '}${value.message}`);
      return 2;
    }
  }
  const types = BUSINESS_TYPE.map((b) => b.key);
  if (flags.business !== undefined && !types.includes(flags.business as BusinessType)) {
    io.err(zh ? `kefu sample：--business 应为 ${types.join('、')} 之一，而不是"${flags.business}"`
      : `kefu sample: --business must be one of ${types.join(', ')}, not "${flags.business}"`);
    return 2;
  }
  const business = flags.business as BusinessType | undefined;
  if (flags.xlsx !== undefined) {
    // Loaded here: exceljs is only for the workbook.
    const { writeSampleWorkbook } = await import('../template/sample-workbook');
    return writeSampleWorkbook(flags.xlsx, { seed: seed as number | undefined, customers: customers as number | undefined, ...(business ? { business } : {}) },
      { workbookLang: flags.workbookLang ?? 'zh', force: flags.force, lang }, io);
  }
  if (!folder) return 2;
  // --force writes through a link into the folder it names, but never over a file.
  const problem = flags.force ? (isFile(folder) ? outFolderProblem(folder, 'sample') : undefined) : outFolderProblem(folder, 'sample');
  if (problem) {
    io.err(`kefu sample${zh ? '：' : ': '}${say(lang, problem)}${flags.force || isFile(folder) ? '' : say(lang, {
      en: '. To write the seven sample files over any of the same name there (deleting nothing else), add --force',
      zh: '。如要在其中按文件名覆盖七个示例文件（不删除其他任何文件），请加 --force',
    })}`);
    return 2;
  }
  const files = await writeSample(folder, { seed: seed as number | undefined, customers: customers as number | undefined, ...(business ? { business } : {}) });
  io.err(zh ? `已写入 ${files.length} 个文件到 ${folder}：` : `Wrote ${countOf(files.length, 'file')} to ${folder}:`);
  for (const file of files) io.out(file);
  io.err(nextAfterSample(folder, lang, PROJECT_ROOT, process.cwd()));
  return 0;
}
