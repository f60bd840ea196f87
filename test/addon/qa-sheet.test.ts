// The QA sheet after set-up: each criterion column's help says what it counts and follows the Settings rubric and reply limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QA_AUDITS } from '../../shared/schema';
import { createDouble } from '../../doubles/sheets';
import { buildAddon, loadAddon, removeBuild, type BuiltAddon } from '../../doubles/sheets/bundle';

let built: BuiltAddon;
beforeAll(() => { built = buildAddon(); });
afterAll(() => removeBuild(built));

const col = (key: string): number => QA_AUDITS.columns.findIndex((c) => c.key === key) + 1;

describe('QA criterion columns after set-up', () => {
  it('name the reply limit, the penalty and the critical mark, and follow a changed Settings sheet at the next set-up', () => {
    const double = createDouble({ htmlDir: built.dir });
    double.addSheet('工作表1');
    const context = loadAddon(built, double, { now: Date.UTC(2026, 10, 30, 2, 0) });
    context['setupWorkbook']!('photo-studio');
    const qa = double.sheet('质检')!;
    const help = (key: string): string => qa.cell(2, col(key))!.validation!._help;
    expect(help('response-time')).toBe('填写"响应时间（首次回复超过 60 秒）"不合格的会话数（整数），每条扣 5 分。');
    expect(help('attitude')).toBe('填写"服务态度"不合格的会话数（整数），每条扣 10 分。');
    expect(help('sampled')).toBe('请填写整数。');

    const rows = double.values('设置');
    const rowOf = (key: string): number => rows.findIndex((r) => r[0] === key) + 1;
    Object.assign(double.sheet('设置')!.edit(rowOf('qa.rubric'), 3), { value: '响应时间 8 一票否决' });
    Object.assign(double.sheet('设置')!.edit(rowOf('qa.chatFirstReplySeconds'), 3), { value: 45 });
    context['setupWorkbook']!('photo-studio');
    expect(help('response-time')).toBe('填写"响应时间（首次回复超过 45 秒）"不合格的会话数（整数），每条扣 8 分。一票否决：有一条即当日失分。');
  });

  it('renames a Settings row under the former key qa.noBonusBelow in place, keeping its value, with no second row', () => {
    const double = createDouble({ htmlDir: built.dir });
    double.addSheet('设置', [['设置项', '名称', '值'], ['qa.noBonusBelow', '低于此分无奖金', 10]]);
    const context = loadAddon(built, double, { now: Date.UTC(2026, 10, 30, 2, 0) });
    context['setupWorkbook']!('photo-studio');
    const rows = double.values('设置').filter((r) => String(r[0]).startsWith('qa.noBonus'));
    expect(rows.map((r) => r.slice(0, 3))).toEqual([['qa.noBonusAtOrBelow', '此分及以下无奖金', 10]]);
  });
});
