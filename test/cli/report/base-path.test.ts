// --base / KEFU_BASE: the path a site is served under, written the one way Astro wants it, or refused in both languages.
import { describe, expect, it } from 'vitest';
import { readBasePath } from '../../../load/base-path';

describe('readBasePath', () => {
  const good = [
    { description: 'a GitHub Pages project path', input: '/kefu/', expected: '/kefu/' },
    { description: 'no slashes given', input: 'kefu', expected: '/kefu/' },
    { description: 'a nested folder without the last slash', input: '/reports/2026', expected: '/reports/2026/' },
    { description: 'the root', input: '/', expected: '/' },
    { description: 'doubled slashes', input: '//kefu//', expected: '/kefu/' },
  ];
  it.each(good)('$description', ({ input, expected }) => {
    expect(readBasePath(input)).toEqual({ ok: true, base: expected });
  });

  const bad = [
    { description: 'a whole address', input: 'https://shop.example/kefu/' },
    { description: 'a parent folder', input: '/a/../b/' },
    { description: 'a space', input: '/my reports/' },
    { description: 'a query', input: '/kefu/?x=1' },
    { description: 'empty', input: '' },
  ];
  it.each(bad)('refuses $description', ({ input }) => {
    const read = readBasePath(input);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problem.en).toContain('/kefu/');
      expect(read.problem.zh).toContain('/kefu/');
    }
  });
});
