// `kefu check` end to end on a late archive: a warning at the 建档日期 cell, in English and Chinese; warnings never change the exit code.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';

const dir = mkdtempSync(join(tmpdir(), 'kefu-check-archive-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(...args: string[]): Promise<{ exit: number; out: string }> {
  const out: string[] = [];
  const exit = await main(['check', ...args], { out: (t) => out.push(t), err: () => undefined });
  return { exit, out: out.join('\n') };
}

describe('kefu check on 建档日期', () => {
  // 000: "两日内建立相应的客户档案" — day 2 on time, day 3 late.
  const file = join(dir, 'customers.csv');
  writeFileSync(file, '客户编号,客户姓名,联系电话,首次到店,建档日期\r\nC1,王芳,13812345678,2026-03-05,2026-03-07\r\nC2,李强,13912345678,2026-03-05,2026-03-08\r\n');

  it('warns only about the archive made 3 days after the first visit, and exits 0', async () => {
    const en = await check(file);
    expect(en.exit).toBe(0);
    expect(en.out).toContain(`${file}:3:5: warning: Created (建档日期) 2026-03-08 is 3 days after First visit (首次到店) 2026-03-05; the archive should be made within 2 days of the first visit`);
    const zh = await check(file, '--lang', 'zh');
    expect(zh.out).toContain('晚 3 天，档案应在首次到店后 2 天内建立');
  });
});
