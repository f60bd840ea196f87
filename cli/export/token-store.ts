// The OAuth desktop sign-in's tokens, kept under ~/.config/kefu/ readable by their owner only (0600).
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Credentials } from 'google-auth-library';
import { ExportFailure } from './export-failure';

export interface StoredToken {
  clientId: string;
  tokens: Credentials;
}

export const tokenPath = (configDir: string): string => join(configDir, 'oauth-token.json');

/** The saved tokens for this OAuth client, if any still work: a refresh token, or an access token not yet expired. */
export function readToken(file: string, clientId: string, now = Date.now()): Credentials | undefined {
  if (!existsSync(file)) return undefined;
  let stored: StoredToken;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as StoredToken;
  } catch (error) {
    // Never the parser's message: it quotes the file's first characters, which may be a token.
    const why = error instanceof SyntaxError ? { en: 'is not JSON', zh: '不是 JSON' } : { en: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, zh: `无法读取（${(error as NodeJS.ErrnoException).code ?? 'error'}）` };
    throw new ExportFailure({
      en: `The saved sign-in ${file} ${why.en}; delete it and run again to sign in anew`,
      zh: `已保存的登录信息 ${file} ${why.zh}；请删除该文件后重新运行并登录`,
    }, 2);
  }
  if (stored?.clientId !== clientId || typeof stored.tokens !== 'object' || stored.tokens === null) return undefined;
  const { tokens } = stored;
  if (tokens.refresh_token) return tokens;
  if (tokens.access_token && tokens.expiry_date && tokens.expiry_date > now + 60_000) return tokens;
  return undefined;
}

/**
 * The folder is made or tightened to 0700 first; the token goes into a new file created 0600 beside it (never into an
 * older, perhaps wider file), which is then renamed over the old one, so no reader ever sees it half-written or open.
 */
export function saveToken(file: string, configDir: string, clientId: string, tokens: Credentials): void {
  mkdirSync(configDir, { recursive: true, mode: 0o700 });
  // mkdir's mode applies only to a new folder; an existing ~/.config/kefu may be 0755.
  chmodSync(configDir, 0o700);
  const stored: StoredToken = { clientId, tokens };
  const temp = join(configDir, `.oauth-token.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    try {
      writeSync(fd, `${JSON.stringify(stored, null, 2)}\n`);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
