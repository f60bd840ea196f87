// Every way the site's data can be unusable throws DataProblem, the error an `astro build` prints alone and stops on (no stack trace).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataProblem, loadSiteData, readSiteEnv, readStoreLabels } from '../../site/data/site-data';

const dir = mkdtempSync(join(tmpdir(), 'kefu-data-problem-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('DataProblem', () => {
  it.each([
    { description: 'a bad KEFU_MIN_GROUP', input: () => readSiteEnv({ KEFU_MIN_GROUP: 'five' }), expected: /KEFU_MIN_GROUP/ },
    {
      description: 'a stores.json that is not JSON',
      input: () => {
        const folder = mkdtempSync(join(dir, 'stores-'));
        writeFileSync(join(folder, 'stores.json'), '{');
        return readStoreLabels(folder);
      },
      expected: /stores\.json is not valid JSON/,
    },
    {
      description: 'data with a problem',
      input: () => {
        const folder = join(dir, 'bad');
        cpSync('data/sample', folder, { recursive: true });
        writeFileSync(join(folder, 'customers.csv'), '客户编号,客户姓名,联系电话\nC0001,张\u202E敏,13812345678\n');
        return loadSiteData(readSiteEnv({ KEFU_DATA: folder }));
      },
      expected: /customers\.csv:2:2: Name \(客户姓名\): "张<U\+202E>敏" holds an invisible character/,
    },
  ])('is thrown for $description', ({ input, expected }) => {
    expect(input).toThrow(DataProblem);
    expect(input).toThrow(expected);
  });
});
