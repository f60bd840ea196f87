// The `kefu` command: parse arguments and hand each subcommand to its module.
import { parseArgs } from 'node:util';
import { SHEETS } from '../shared/schema';
import type { Lang } from '../shared/issue';
import { EXIT, runCheck, type Output } from './check';

const HELP = `kefu — customer service kept in Google Sheets

Usage:
  kefu check <file|folder>... [--json] [--lang zh|en]
      Check CSV exports of a Kefu workbook. A folder is checked as one workbook,
      with references between sheets (a call's customer must exist) and
      duplicate ids and phones. Prints file:line:column: message per problem.
      Exit 0: no problems · 1: problems found · 2: input unusable
      (missing, empty, not a CSV, or not recognisably a Kefu sheet).
      Warnings (a call in quiet hours) follow the problems; they never change the exit code.
  kefu summary <folder> [--month YYYY-MM] [--json] [--lang zh|en]
      The month's figures (satisfaction, follow-ups, complaints, QA points and
      bands, trainees, customer tiers) as a short text, or exact numbers as JSON.
      Default month: the newest month with data that has ended (KEFU_TODAY=YYYY-MM-DD
      sets today). Exit 0: printed · 1/2: the data has problems, as kefu check
      reports them · 2: --month malformed or a month without data (lists those with data).
  kefu sample <folder> [--seed N] [--customers N] [--business photo-studio|car-service|clinic|online-shop] [--force]
      Write a realistic, fictional dataset of that business type (default photo
      studio; deterministic per seed). A folder holding files Kefu did not make
      (your real exports) is refused; --force writes the seven sample files over
      any of the same name there and deletes nothing else.
  kefu export --spreadsheet <id|URL> --out <folder> [--oauth-client <client_secret.json>]
  kefu export --spreadsheet <id|URL> --store <label> [--spreadsheet … --store …]... --out <folder>
      Read a Kefu workbook from Google Sheets (read-only) into CSV files, checked as
      by kefu check; --out is replaced only when every file passes, and only if it is
      new, empty or a folder Kefu built (.kefu-manifest.json). One workbook per
      store: repeat --spreadsheet/--store in pairs → <out>/<store>/*.csv + stores.json.
      Credentials: --oauth-client, else GOOGLE_APPLICATION_CREDENTIALS (service
      account key; share the sheet with its e-mail), else gcloud's Application
      Default Credentials. See docs/export-and-publish.md.
      Exit 0: exported · 1: the data has issues (nothing written) · 2: cannot export
      (credentials, not found, no permission, sheet missing, network).
  kefu report (--spreadsheet <id|URL> [--store <label>]... [--data <folder>] | --from <folder>)
              --out <site-folder>
      Export (or take a folder of CSVs), check, and build the report site into
      <site-folder>, ready to publish. Exit codes as for export.
  kefu help

File names map to sheets (either name works, also with a "Workbook - " prefix);
a file with another name is recognised by its header row:
${SHEETS.map((s) => `  ${s.file.padEnd(16)} ${s.zh}.csv  (${s.en})`).join('\n')}

Headers may be in Chinese or English; text may be UTF-8 (with or without BOM)
or GB18030/GBK as Excel and WPS save it.
`;

const consoleOutput: Output = { out: (t) => console.log(t), err: (t) => console.error(t) };

export async function main(argv: readonly string[], io: Output = consoleOutput): Promise<number> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'en' },
        seed: { type: 'string' },
        customers: { type: 'string' },
        month: { type: 'string' },
        business: { type: 'string' },
        spreadsheet: { type: 'string', multiple: true },
        store: { type: 'string', multiple: true },
        out: { type: 'string' },
        from: { type: 'string' },
        data: { type: 'string' },
        'oauth-client': { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`kefu: ${(error as Error).message}\n\n${HELP}`);
    return EXIT.unusable;
  }
  const { values, positionals } = parsed;
  if (!command || command === 'help' || command === '--help' || command === '-h' || values.help) {
    io.out(HELP);
    return EXIT.clean;
  }
  const lang: Lang = values.lang === 'zh' ? 'zh' : 'en';
  switch (command) {
    case 'check':
      if (positionals.length === 0) {
        io.err(`kefu check: name a CSV file or a folder of them\n\n${HELP}`);
        return EXIT.unusable;
      }
      return runCheck(positionals, { json: values.json, lang }, io);
    case 'summary': {
      if (positionals.length === 0) {
        io.err(`kefu summary: name a folder of CSV exports\n\n${HELP}`);
        return EXIT.unusable;
      }
      const { runSummary } = await import('./summary');
      const today = process.env['KEFU_TODAY']?.trim() || new Date().toISOString().slice(0, 10);
      return runSummary(positionals, { json: values.json, lang, month: values.month, today }, io);
    }
    case 'sample': {
      const { runSample } = await import('./sample/run-sample');
      return runSample(positionals[0], { seed: values.seed, customers: values.customers, business: values.business, force: values.force, lang }, io);
    }
    case 'export': {
      // Loaded on demand: the Sheets client costs ~0.6 s that `kefu check` should not pay.
      const { runExport } = await import('./export/run-export');
      return runExport({ spreadsheet: values.spreadsheet, store: values.store, out: values.out, oauthClient: values['oauth-client'], lang }, io);
    }
    case 'report': {
      const { runReport } = await import('./report/run-report');
      return runReport({
        spreadsheet: values.spreadsheet, store: values.store, from: values.from, data: values.data,
        out: values.out, oauthClient: values['oauth-client'], lang,
      }, io);
    }
    default:
      io.err(`kefu: unknown command "${command}"\n\n${HELP}`);
      return EXIT.unusable;
  }
}
