import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // kefu's messages follow the locale (LC_ALL, LC_MESSAGES, LANG); tests expect English unless they pass --lang or an env.
    env: { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
    globalSetup: ['test/cli/global-setup.ts', 'test/site/global-setup.ts'],
  },
});
