// `kefu sample <folder> [--business …]`: write a fictional shop's dataset (photo studio unless told) and say what was written.
import { existsSync, statSync } from 'node:fs';
import { BUSINESS_TYPE, type BusinessType } from '../../shared/enums';
import type { Lang } from '../../shared/issue';
import type { Output } from '../check';
import { say } from '../export/export-failure';
import { outFolderProblem } from '../export/safe-write';
import { writeSample } from './write-sample';

const isFile = (path: string): boolean => existsSync(path) && !statSync(path).isDirectory();

function positiveInteger(text: string | undefined, name: string): number | undefined | Error {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : new Error(`--${name} must be a whole number above 0, not "${text}"`);
}

export interface SampleFlags {
  seed?: string;
  customers?: string;
  business?: string;
  /** Write the seven sample files over any of the same name in a folder Kefu did not make (nothing else is deleted). */
  force?: boolean;
  lang?: Lang;
}

export async function runSample(folder: string | undefined, flags: SampleFlags, io: Output): Promise<number> {
  if (!folder) {
    io.err('kefu sample: name the folder to write, e.g. kefu sample data/sample');
    return 2;
  }
  const seed = positiveInteger(flags.seed, 'seed');
  const customers = positiveInteger(flags.customers, 'customers');
  for (const value of [seed, customers]) {
    if (value instanceof Error) {
      io.err(`kefu sample: ${value.message}`);
      return 2;
    }
  }
  const types = BUSINESS_TYPE.map((b) => b.key);
  if (flags.business !== undefined && !types.includes(flags.business as BusinessType)) {
    io.err(`kefu sample: --business must be one of ${types.join(', ')}, not "${flags.business}"`);
    return 2;
  }
  const business = flags.business as BusinessType | undefined;
  const lang = flags.lang ?? 'en';
  // --force writes through a link into the folder it names, but never over a file.
  const problem = flags.force ? (isFile(folder) ? outFolderProblem(folder, 'sample') : undefined) : outFolderProblem(folder, 'sample');
  if (problem) {
    io.err(`kefu sample: ${say(lang, problem)}${flags.force || isFile(folder) ? '' : say(lang, {
      en: '. To write the seven sample files over any of the same name there (deleting nothing else), add --force',
      zh: '。如要在其中按文件名覆盖七个示例文件（不删除其他任何文件），请加 --force',
    })}`);
    return 2;
  }
  const files = await writeSample(folder, { seed: seed as number | undefined, customers: customers as number | undefined, ...(business ? { business } : {}) });
  io.err(`Wrote ${files.length} files to ${folder}:`);
  for (const file of files) io.out(file);
  return 0;
}
