// `kefu sample <folder> [--business …]`: write a fictional shop's dataset (photo studio unless told) and say what was written.
import { BUSINESS_TYPE, type BusinessType } from '../../shared/enums';
import type { Output } from '../check';
import { writeSample } from './write-sample';

function positiveInteger(text: string | undefined, name: string): number | undefined | Error {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : new Error(`--${name} must be a whole number above 0, not "${text}"`);
}

export async function runSample(folder: string | undefined, flags: { seed?: string; customers?: string; business?: string }, io: Output): Promise<number> {
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
  const files = await writeSample(folder, { seed: seed as number | undefined, customers: customers as number | undefined, ...(business ? { business } : {}) });
  io.err(`Wrote ${files.length} files to ${folder}:`);
  for (const file of files) io.out(file);
  return 0;
}
