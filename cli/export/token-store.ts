// The OAuth desktop sign-in's tokens, kept under ~/.config/kefu/ readable by their owner only (0600).
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Credentials } from 'google-auth-library';
import { ExportFailure } from './export-failure';

export interface StoredToken {
  clientId: string;
  tokens: Credentials;
}

/** $XDG_CONFIG_HOME/kefu when set, else ~/.config/kefu. */
export function defaultConfigDir(env: NodeJS.ProcessEnv, home: string): string {
  return env['XDG_CONFIG_HOME'] ? join(env['XDG_CONFIG_HOME'], 'kefu') : join(home, '.config', 'kefu');
}

export const tokenPath = (configDir: string): string => join(configDir, 'oauth-token.json');

/** The saved tokens for this OAuth client, if any still work: a refresh token, or an access token not yet expired. */
export function readToken(file: string, clientId: string, now = Date.now()): Credentials | undefined {
  if (!existsSync(file)) return undefined;
  let stored: StoredToken;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as StoredToken;
  } catch (error) {
    throw new ExportFailure({
      en: `The saved sign-in ${file} cannot be read (${(error as Error).message}); delete it and run again to sign in anew`,
      zh: `无法读取已保存的登录信息 ${file}（${(error as Error).message}）；请删除该文件后重新运行并登录`,
    }, 2, { cause: error });
  }
  if (stored?.clientId !== clientId || typeof stored.tokens !== 'object' || stored.tokens === null) return undefined;
  const { tokens } = stored;
  if (tokens.refresh_token) return tokens;
  if (tokens.access_token && tokens.expiry_date && tokens.expiry_date > now + 60_000) return tokens;
  return undefined;
}

export function saveToken(file: string, configDir: string, clientId: string, tokens: Credentials): void {
  mkdirSync(configDir, { recursive: true, mode: 0o700 });
  const stored: StoredToken = { clientId, tokens };
  writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  // The mode above applies only to a new file; an older one may have been made wider.
  chmodSync(file, 0o600);
}
