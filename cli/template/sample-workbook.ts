// `kefu sample --xlsx <file>`: the sample dataset (the same generator and data as data/sample) as one workbook, through the template writer.
import type { SheetName } from '../../shared/schema';
import type { Output } from '../check';
import { generateSample, SAMPLE_DEFAULTS, type SampleOptions } from '../sample/generate';
import { writeWorkbookFile, type WorkbookFlags } from './run-template';

export async function writeSampleWorkbook(file: string, options: SampleOptions, flags: WorkbookFlags, io: Output): Promise<number> {
  const data = generateSample(options);
  const rows: Partial<Record<SheetName, readonly object[]>> = {
    customers: data.customers, calls: data.calls, complaints: data.complaints, qaAudits: data.qaAudits,
    training: data.training, points: data.points, notes: data.notes ?? [],
  };
  // The sample's last day stands for "now" in the file's properties, so the same seed gives the same workbook.
  const now = new Date(`${options.to ?? SAMPLE_DEFAULTS.to}T00:00:00Z`);
  return writeWorkbookFile(file, { settings: data.settings, rows }, flags, 'kefu sample', io, now);
}
