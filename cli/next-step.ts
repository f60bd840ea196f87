// The line a command ends with when it succeeds: what to run next, in the chosen language, with paths that work from here.
import { relative, resolve } from 'node:path';
import type { Lang } from '../shared/issue';

/** A path as a shell reads it: quoted when it holds anything but plain path characters. */
function shellPath(path: string): string {
  return /^[\w@%+=:,./-]+$/u.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/** `npm run <script>` in the project: with --prefix when the user is elsewhere; data paths then absolute, as npm runs in the project. */
function npmRun(script: string, root: string, cwd: string): { run: string; path: (p: string) => string } {
  const here = relative(resolve(root), resolve(cwd)) === '';
  return {
    run: here ? `npm run ${script}` : `npm run ${script} --prefix ${shellPath(resolve(root))}`,
    path: (p) => shellPath(here ? p : resolve(cwd, p)),
  };
}

export function nextAfterSample(folder: string, lang: Lang, root: string, cwd: string): string {
  const build = npmRun('build', root, cwd);
  const data = `KEFU_DATA=${build.path(folder)} ${build.run}`;
  return lang === 'zh'
    ? `下一步：kefu check ${shellPath(folder)} 检查这些文件 · ${data} 用它们生成报告网站（输出到 dist/）`
    : `Next: kefu check ${shellPath(folder)} to check them · ${data} to build the report site from them (into dist/)`;
}

export function nextAfterSummary(folder: string, lang: Lang): string {
  return lang === 'zh'
    ? `下一步：kefu report --from ${shellPath(folder)} --out <网站文件夹> 生成可发布的月度报告网站`
    : `Next: kefu report --from ${shellPath(folder)} --out <site-folder> builds the monthly report site to publish`;
}

export function nextAfterExport(out: string, multiStore: boolean, lang: Lang): string {
  const report = `kefu report --from ${shellPath(out)} --out <${lang === 'zh' ? '网站文件夹' : 'site-folder'}>`;
  if (lang === 'zh') return `下一步：${multiStore ? '' : `kefu summary ${shellPath(out)} 查看月度数字 · `}${report} 生成报告网站`;
  return `Next: ${multiStore ? '' : `kefu summary ${shellPath(out)} for the month's figures · `}${report} to build the report site`;
}

export function nextAfterReport(out: string, lang: Lang, root: string, cwd: string): string {
  const preview = npmRun('preview', root, cwd);
  const command = `KEFU_OUT=${preview.path(out)} ${preview.run}`;
  return lang === 'zh'
    ? `下一步：预览 ${command}，再打开它给出的网址 · 发布：见 docs/export-and-publish.md`
    : `Next: preview with ${command} and open the address it prints · publish: see docs/export-and-publish.md`;
}

export function nextAfterWorkbook(file: string, lang: Lang): string {
  const path = shellPath(file);
  return lang === 'zh'
    ? `下一步：用 Excel、WPS 或 LibreOffice 打开它记录客服工作 · kefu check ${path} 检查 · kefu report --from ${path} --out <网站文件夹> 生成报告网站`
    : `Next: open it in Excel, WPS or LibreOffice and keep your records there · kefu check ${path} to check it · kefu report --from ${path} --out <site-folder> to build the report site`;
}
