// `kefu template <file.xlsx>` and `kefu sample --xlsx <file>`: write the Kefu workbook for Excel, WPS and LibreOffice, empty or with the sample.
import { BUSINESS_TYPE, type BusinessType } from '../../shared/enums';
import type { Lang } from '../../shared/issue';
import type { SheetName } from '../../shared/schema';
import { defaultSettings, type Settings } from '../../shared/settings';
import type { Output } from '../check';
import { say } from '../export/export-failure';
import { nextAfterWorkbook } from '../next-step';
import { buildWorkbook } from './build-workbook';
import { saveWorkbook, workbookProblem } from './save-workbook';
import { SPARE_ROWS } from './spare-rows';


export interface WorkbookFlags {
  business?: string;
  /** Language of the workbook's headers and labels (zh unless --lang en was given). */
  workbookLang: Lang;
  force?: boolean;
  /** Language of the messages. */
  lang: Lang;
}

/** The business type asked for, or a message naming the choices. */
export function readBusiness(text: string | undefined, command: string, lang: Lang): BusinessType | string {
  const types = BUSINESS_TYPE.map((b) => b.key);
  if (text === undefined || types.includes(text as BusinessType)) return (text ?? 'photo-studio') as BusinessType;
  return lang === 'zh' ? `${command}：--business 应为 ${types.join('、')} 之一，而不是"${text}"`
    : `${command}: --business must be one of ${types.join(', ')}, not "${text}"`;
}

export interface WorkbookData {
  settings: Settings;
  rows?: Partial<Record<SheetName, readonly object[]>>;
}

/** Writes the workbook at file unless it would replace something it must not; returns the exit code. */
export async function writeWorkbookFile(file: string, data: WorkbookData, flags: WorkbookFlags, command: string, io: Output, now: Date): Promise<number> {
  const zh = flags.lang === 'zh';
  const refuse = (text: { en: string; zh: string }): number => {
    io.err(`${command}${zh ? '：' : ': '}${say(flags.lang, text)}`);
    return 2;
  };
  const problem = await workbookProblem(file, flags.force === true);
  if (problem) return refuse(problem);
  const wb = await buildWorkbook({ ...data, lang: flags.workbookLang, spareRows: SPARE_ROWS, now });
  const late = await saveWorkbook(wb, file, flags.force === true);
  if (late) return refuse(late);
  io.err(zh ? `已写入 ${file}（${wb.worksheets.length - 1} 张工作表，另有一张隐藏的下拉列表）` : `Wrote ${file} (${wb.worksheets.length - 1} sheets and a hidden one for the dropdown lists)`);
  io.out(file);
  io.err(nextAfterWorkbook(file, flags.lang));
  return 0;
}

export async function runTemplate(file: string | undefined, flags: WorkbookFlags, io: Output, now: Date): Promise<number> {
  const zh = flags.lang === 'zh';
  if (!file) {
    io.err(zh ? 'kefu template：请指定要写入的工作簿，例如 kefu template 客服.xlsx' : 'kefu template: name the workbook to write, e.g. kefu template 客服.xlsx');
    return 2;
  }
  const business = readBusiness(flags.business, 'kefu template', flags.lang);
  if (!BUSINESS_TYPE.some((b) => b.key === business)) {
    io.err(business);
    return 2;
  }
  return writeWorkbookFile(file, { settings: defaultSettings(business as BusinessType) }, flags, 'kefu template', io, now);
}
