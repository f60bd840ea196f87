// The report model `kefu report` builds from the workbooks it has just checked, written to a file the site build reads (KEFU_MODEL) instead of the CSVs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bilingual } from '../../shared/issue';
import { readPseudonymKey } from '../../load/pseudonym-key';
import { MODEL_FILE_ENV, readReportEnv } from '../../shared/report/report-env';
import { assembleReportInput, type CheckedFolder } from '../../shared/report/report-input';
import { buildReportModel } from '../../shared/report/report-model';

export { MODEL_FILE_ENV };

export type ModelFile = { ok: true; file: string; remove: () => void } | { ok: false; problem: Bilingual };

/**
 * Builds the model from `folders` (each loaded and checked once) under the build's environment (KEFU_MONTH, KEFU_TODAY,
 * KEFU_PSEUDONYMISE …) and writes it to a private temporary folder; `remove` deletes it, whatever the build did.
 */
export function writeReportModel(dataFolder: string, folders: readonly CheckedFolder[], env: Record<string, string | undefined>, warn: (text: string) => void): ModelFile {
  let json: string;
  try {
    const pseudonymKey = () => {
      const { key, source, file } = readPseudonymKey(env, homedir());
      // Said once, when made: the same pseudonyms next month need this same key (on CI, as KEFU_PSEUDONYM_KEY).
      if (source === 'created') warn(`Kefu made a pseudonym key in ${file}: keep it, or 客服 A … and 学员 1 … change; on CI set KEFU_PSEUDONYM_KEY.`);
      return key;
    };
    json = JSON.stringify(buildReportModel(assembleReportInput(dataFolder, folders, readReportEnv(env), pseudonymKey)));
  } catch (error) {
    // Bad data or settings the check let through (a month with no data, KEFU_MIN_GROUP): said as the build would say it.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { en: message, zh: message } };
  }
  const folder = mkdtempSync(join(tmpdir(), 'kefu-model-'));
  const file = join(folder, 'report-model.json');
  writeFileSync(file, json);
  return { ok: true, file, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
