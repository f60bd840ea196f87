// `kefu sample <folder>`: write the fictional photo-studio dataset and say what was written.
import type { Output } from '../check';
import { writeSample } from './write-sample';

function positiveInteger(text: string | undefined, name: string): number | undefined | Error {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : new Error(`--${name} must be a whole number above 0, not "${text}"`);
}

export async function runSample(folder: string | undefined, flags: { seed?: string; customers?: string }, io: Output): Promise<number> {
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
  const files = await writeSample(folder, { seed: seed as number | undefined, customers: customers as number | undefined });
  io.err(`Wrote ${files.length} files to ${folder}:`);
  for (const file of files) io.out(file);
  return 0;
}
