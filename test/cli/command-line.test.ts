// The `kefu` command line as people expect it: --lang and the locale, help per command, --version, did-you-mean, plurals, next steps.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatInternalError, main } from '../../cli/main';
import { suggestWord } from '../../cli/did-you-mean';
import { langFromLocale } from '../../cli/locale';
import { nextAfterReport, nextAfterSample } from '../../cli/next-step';
import { countOf } from '../../shared/plural';

interface Run { exit: number; out: string; err: string }

const ENGLISH = { LANG: 'en_US.UTF-8' };
const CHINESE = { LANG: 'zh_CN.UTF-8' };

async function kefu(argv: string[], env: NodeJS.ProcessEnv = ENGLISH): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, env);
  return { exit, out: out.join('\n'), err: err.join('\n') };
}

/** Node's own parseArgs wording, which must never reach the user. */
const NODE_PARSER = /Unknown option|To specify an option argument|argument missing|ERR_PARSE_ARGS|strict:/;

describe('the language: --lang, else the locale', () => {
  it.each([
    { description: 'French', input: ['check', 'data/sample', '--lang', 'fr'], bad: 'fr' },
    { description: 'a region tag', input: ['summary', 'data/sample', '--lang=zh-TW'], bad: 'zh-TW' },
    { description: 'empty', input: ['check', '--lang=', 'data/sample'], bad: '' },
  ])('refuses $description with exit 2 and the choices', async ({ input, bad }) => {
    const run = await kefu(input);
    expect(run.exit).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toContain(`--lang must be one of zh, en`);
    expect(run.err).toContain(`not "${bad}"`);
  });

  it('says so in the locale language when --lang is unknown', async () => {
    const run = await kefu(['check', 'data/sample', '--lang', 'fr'], CHINESE);
    expect(run.exit).toBe(2);
    expect(run.err).toContain('--lang 只能是 zh, en 之一');
  });

  it.each([
    { description: 'nothing set', input: {}, expected: 'en' },
    { description: 'LANG=zh_CN.UTF-8', input: { LANG: 'zh_CN.UTF-8' }, expected: 'zh' },
    { description: 'LANG=zh_TW.Big5', input: { LANG: 'zh_TW.Big5' }, expected: 'zh' },
    { description: 'LANG=C', input: { LANG: 'C' }, expected: 'en' },
    { description: 'LANG=de_DE.UTF-8', input: { LANG: 'de_DE.UTF-8' }, expected: 'en' },
    { description: 'LC_ALL wins over LANG', input: { LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' }, expected: 'en' },
    { description: 'LC_MESSAGES wins over LANG', input: { LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, expected: 'zh' },
    { description: 'an empty LC_ALL is not set', input: { LC_ALL: '', LANG: 'zh_CN.UTF-8' }, expected: 'zh' },
  ])('reads the locale: $description → $expected', ({ input, expected }) => {
    expect(langFromLocale(input)).toBe(expected);
  });

  it('checks in Chinese under a Chinese locale without --lang, and in English when --lang en overrides it', async () => {
    const zh = await kefu(['check', 'data/sample'], CHINESE);
    expect(zh.exit).toBe(0);
    expect(zh.err).toContain('没有问题：已检查 8 个文件');
    const en = await kefu(['check', 'data/sample', '--lang', 'en'], CHINESE);
    expect(en.err).toContain('No issues: 8 files checked');
  });
});

describe('help in the chosen language', () => {
  it('gives the general help in Chinese, with no English sentences', async () => {
    for (const argv of [['--help'], ['help'], ['help', '--lang', 'zh'], []]) {
      const run = await kefu(argv, argv.includes('zh') ? ENGLISH : CHINESE);
      expect(run.exit).toBe(0);
      expect(run.out).toContain('用法：kefu <命令> [选项]');
      expect(run.out).not.toMatch(/Usage|Commands|Options/);
    }
  });

  it('gives the general help in English under an English locale', async () => {
    const run = await kefu(['--help']);
    expect(run.out).toContain('Usage: kefu <command> [options]');
    expect(run.out).not.toContain('用法');
  });

  it.each(['check', 'summary', 'sample', 'template', 'export', 'report'])('`kefu %s --help` and `kefu help %s` print that command\'s help only', async (command) => {
    const others = ['check', 'summary', 'sample', 'template', 'export', 'report'].filter((c) => c !== command);
    for (const argv of [[command, '--help'], [command, '-h'], ['help', command]]) {
      const run = await kefu(argv);
      expect(run.exit).toBe(0);
      expect(run.out).toContain(`kefu ${command} `);
      for (const other of others) expect(run.out).not.toContain(`  kefu ${other} `);
    }
    const zh = await kefu([command, '--help', '--lang', 'zh']);
    expect(zh.out).toMatch(/^用法：/);
    expect(zh.out).toContain('选项：');
  });

  it('puts usage mistakes in the chosen language', async () => {
    const zh = await kefu(['check', '--lang', 'zh']);
    expect(zh.exit).toBe(2);
    expect(zh.err).toContain('kefu check：请指定一个 CSV 文件');
    expect(zh.err).toContain('运行 kefu check --help 查看完整说明');
    expect(zh.err).not.toMatch(/name a CSV|Usage/);
    const en = await kefu(['summary']);
    expect(en.exit).toBe(2);
    expect(en.err).toContain('kefu summary: name a folder of CSV exports');
    expect(en.err).toContain('kefu summary <folder>');
    expect(en.err).not.toContain('kefu export');
  });

  it('speaks the chosen language in kefu sample\'s messages', async () => {
    const run = await kefu(['sample', join(mkdtempSync(join(tmpdir(), 'kefu-cli-')), 'x'), '--seed', 'abc', '--lang', 'zh']);
    expect(run.exit).toBe(2);
    expect(run.err).toBe('kefu sample：--seed 应为大于 0 的整数，而不是"abc"');
  });
});

describe('kefu report --base and --pdf', () => {
  it('are options of report (refused elsewhere), listed in its help in both languages, and reach the command', async () => {
    expect((await kefu(['export', '--spreadsheet', 'x', '--out', 'y', '--pdf'])).err).toContain('`--pdf` is not an option of kefu export (it goes with kefu report)');
    expect((await kefu(['check', 'data/sample', '--base', '/kefu/'])).err).toContain('`--base` is not an option of kefu check (it goes with kefu report)');
    for (const lang of ['en', 'zh']) {
      const help = (await kefu(['report', '--help', '--lang', lang])).out;
      expect(help).toContain('--base');
      expect(help).toContain('--pdf');
    }
    // A bad base reaches runReport, which refuses it before anything is built.
    const bad = await kefu(['report', '--from', 'data/sample', '--out', join(mkdtempSync(join(tmpdir(), 'kefu-base-')), 'site'), '--base', 'https://x.github.io/kefu/']);
    expect(bad.exit).toBe(2);
    expect(bad.err).toContain('--base should be the path the site is served under');
  });
});

describe('kefu sample --force', () => {
  it('is an option of sample (refused elsewhere), listed in its help', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-force-'));
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const refused = await kefu(['sample', dir, '--customers', '60', '--lang', 'zh']);
    expect(refused.exit).toBe(2);
    expect(refused.err).toMatch(/^kefu sample：/);
    const forced = await kefu(['sample', dir, '--customers', '60', '--force']);
    expect(forced.exit).toBe(0);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    // kefu template (issue 14) takes --force too.
    expect((await kefu(['check', dir, '--force'])).err).toContain('`--force` is not an option of kefu check (it goes with kefu sample, kefu template)');
    expect((await kefu(['sample', '--help'])).out).toContain('--force');
  });
});

describe('--version', () => {
  it.each([['--version'], ['-v'], ['check', '--version']])('prints package.json\'s version for %j', async (...argv) => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const run = await kefu(argv);
    expect(run.exit).toBe(0);
    expect(run.out).toBe(`kefu ${pkg.version}`);
  });
});

describe('did you mean', () => {
  it.each([
    { description: 'a dropped letter', input: 'chek', expected: 'check' },
    { description: 'two letters swapped', input: 'reprot', expected: 'report' },
    { description: 'a doubled letter missing', input: 'sumary', expected: 'summary' },
    { description: 'capitals', input: 'Sample', expected: 'sample' },
  ])('suggests a command for $description', async ({ input, expected }) => {
    const run = await kefu([input, 'data/sample']);
    expect(run.exit).toBe(2);
    expect(run.err).toContain(`unknown command \`${input}\`; did you mean \`${expected}\`?`);
  });

  it('suggests nothing for a word far from every command, and lists the commands', async () => {
    const run = await kefu(['publish']);
    expect(run.exit).toBe(2);
    expect(run.err).toContain('unknown command `publish`');
    expect(run.err).not.toContain('did you mean');
    // kefu template (issue 14) is listed after sample.
    expect(run.err).toContain('Commands: check, summary, sample, template, export, report, help');
  });

  it('asks in Chinese under --lang zh', async () => {
    const run = await kefu(['chek', 'data/sample', '--lang', 'zh']);
    expect(run.err).toContain('没有 `chek` 这个命令；你是不是想输入 `check`？');
  });

  it.each([
    { description: 'swapped letters', input: ['check', 'data/sample', '--lnag', 'zh'], raw: '--lnag', expected: '--lang' },
    { description: 'a plural', input: ['export', '--spreadsheets', 'x', '--out', 'y'], raw: '--spreadsheets', expected: '--spreadsheet' },
    { description: 'a beginning', input: ['report', '--spread', 'x', '--out', 'y'], raw: '--spread', expected: '--spreadsheet' },
    { description: 'a typo with =', input: ['summary', 'data/sample', '--mnoth=2026-10'], raw: '--mnoth', expected: '--month' },
  ])('suggests an option for $description, without Node\'s parser message', async ({ input, raw, expected }) => {
    const run = await kefu(input);
    expect(run.exit).toBe(2);
    expect(run.err).toContain(`unknown option \`${raw}\`; did you mean \`${expected}\`?`);
    expect(run.err).not.toMatch(NODE_PARSER);
  });

  it.each([
    { description: 'an option of another command', input: ['check', 'data/sample', '--month', '2026-10'], expected: '`--month` is not an option of kefu check (it goes with kefu summary, kefu report)' },
    { description: 'a missing value', input: ['report', '--from', 'data/sample', '--out'], expected: '`--out` needs a value after it' },
    { description: 'a value starting with -', input: ['sample', '--seed', '-5', 'x'], expected: '`--seed` needs a value after it (for a value starting with -, write `--seed=-5`)' },
    { description: 'a value given to a switch', input: ['check', 'data/sample', '--json=yes'], expected: '`--json` takes no value; write just --json' },
    { description: 'an unknown short option', input: ['check', '-x', 'data/sample'], expected: 'unknown option `-x`' },
    { description: 'a folder without --out', input: ['report', '--from', 'data/sample', 'site'], expected: 'unexpected argument `site` (a folder goes after --out or --from)' },
    { description: 'a second folder for sample', input: ['sample', 'a', 'b'], expected: 'unexpected argument `b`' },
  ])('refuses $description in plain words with exit 2', async ({ input, expected }) => {
    const run = await kefu(input);
    expect(run.exit).toBe(2);
    expect(run.err).toContain(expected);
    expect(run.err).not.toMatch(NODE_PARSER);
  });

  it.each([
    { input: 'lnag', candidates: ['lang', 'json'], expected: 'lang' },
    { input: 'jsno', candidates: ['lang', 'json'], expected: 'json' },
    { input: 'x', candidates: ['lang', 'json'], expected: undefined },
    { input: 'out', candidates: ['out', 'data'], expected: 'out' },
    { input: 'sto', candidates: ['store', 'spreadsheet'], expected: 'store' },
  ])('suggestWord($input) → $expected', ({ input, candidates, expected }) => {
    expect(suggestWord(input, candidates)).toBe(expected);
  });
});

describe('plurals', () => {
  it.each([
    { input: [0, 'issue'] as const, expected: '0 issues' },
    { input: [1, 'issue'] as const, expected: '1 issue' },
    { input: [2, 'issue'] as const, expected: '2 issues' },
    { input: [1, 'row'] as const, expected: '1 row' },
  ])('countOf($input) → $expected', ({ input, expected }) => {
    expect(countOf(input[0], input[1])).toBe(expected);
  });

  it('says "1 issue" and "1 row" for a file with one row and one problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-plural-'));
    writeFileSync(join(dir, 'customers.csv'), '客户编号,客户姓名,联系电话,首次到店\nC1,王芳,12345,2026-03-05\n');
    const run = await kefu(['check', join(dir, 'customers.csv')]);
    expect(run.exit).toBe(1);
    expect(run.err).toContain('(Customers): 1 row, 1 issue');
    expect(run.err).not.toMatch(/\b1 (rows|issues)\b/);
  });
});

describe('the next step', () => {
  it('ends kefu sample with how to check the data and build the site from it, in both languages', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kefu-next-')), 'demo');
    const en = await kefu(['sample', dir, '--customers', '60']);
    expect(en.exit).toBe(0);
    expect(en.err).toContain(`Wrote 8 files to ${dir}:`);
    expect(en.err).toMatch(new RegExp(`Next: kefu check ${dir} .*KEFU_DATA=${dir} npm run build`));
    const zh = await kefu(['sample', dir, '--customers', '60', '--lang', 'zh']);
    expect(zh.err).toContain(`已写入 8 个文件到 ${dir}：`);
    expect(zh.err).toMatch(new RegExp(`下一步：kefu check ${dir} .*KEFU_DATA=${dir} npm run build`));
  });

  it('ends kefu summary\'s text (not its JSON) with how to publish the month', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-next-summary-'));
    cpSync('data/sample', dir, { recursive: true });
    const text = await kefu(['summary', dir, '--month', '2026-10']);
    expect(text.exit).toBe(0);
    expect(text.err).toContain(`Next: kefu report --from ${dir} --out <site-folder>`);
    const json = await kefu(['summary', dir, '--month', '2026-10', '--json']);
    expect(json.err).toBe('');
  });
});

describe('next-step commands from another folder', () => {
  it('runs npm in the project with --prefix and names the data by its absolute path', () => {
    expect(nextAfterSample('demo', 'en', '/opt/kefu', '/home/li')).toBe(
      'Next: kefu check demo to check them · KEFU_DATA=/home/li/demo npm run build --prefix /opt/kefu to build the report site from them (into dist/)');
    expect(nextAfterReport('my site', 'en', '/opt/kefu', '/home/li')).toBe(
      "Next: preview with KEFU_OUT='/home/li/my site' npm run preview --prefix /opt/kefu and open the address it prints · publish: see docs/export-and-publish.md");
  });
});

describe('an internal error', () => {
  it.each([
    { description: '--lang zh', input: { argv: ['check', 'x', '--lang', 'zh'], env: ENGLISH }, expected: 'kefu：内部错误：boom\n这是 Kefu 自身的问题，请连同你运行的命令一起报告。' },
    { description: 'a Chinese locale', input: { argv: ['check', 'x'], env: CHINESE }, expected: 'kefu：内部错误：boom\n这是 Kefu 自身的问题，请连同你运行的命令一起报告。' },
    { description: 'an English locale', input: { argv: ['check', 'x'], env: ENGLISH }, expected: 'kefu: internal error: boom\nPlease report this with the command you ran.' },
  ])('is reported in the chosen language: $description', ({ input, expected }) => {
    expect(formatInternalError(new Error('boom'), input.argv, input.env)).toBe(expected);
  });
});
