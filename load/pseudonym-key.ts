// The secret behind published pseudonyms: KEFU_PSEUDONYM_KEY, or one generated once into the user's config folder (0700/0600), never into the site.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfigDir } from './config-dir';

export const PSEUDONYM_KEY_FILE = 'pseudonym-key';

/** Fewest characters a key may have: a short key could be guessed by trying every pseudonym order. */
const MIN_KEY_LENGTH = 16;

export interface PseudonymKey {
  key: string;
  /** Where it came from: the environment, the file read, or the file just written. */
  source: 'env' | 'file' | 'created';
  file?: string;
}

/** The pseudonym key: KEFU_PSEUDONYM_KEY when set, else <config>/kefu/pseudonym-key, created with 32 random bytes the first time. */
export function readPseudonymKey(env: NodeJS.ProcessEnv, home: string): PseudonymKey {
  const given = env['KEFU_PSEUDONYM_KEY']?.trim();
  if (given) {
    if (given.length < MIN_KEY_LENGTH) throw new Error(`KEFU_PSEUDONYM_KEY must have at least ${MIN_KEY_LENGTH} characters (it has ${given.length}).`);
    return { key: given, source: 'env' };
  }
  const dir = defaultConfigDir(env, home);
  const file = join(dir, PSEUDONYM_KEY_FILE);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Only the owner may list the folder that holds the secret, even when it existed before at 755.
  if ((statSync(dir).mode & 0o077) !== 0) chmodSync(dir, 0o700);
  if (existsSync(file)) {
    const key = readFileSync(file, 'utf8').trim();
    if (key.length < MIN_KEY_LENGTH) {
      throw new Error(`The pseudonym key ${file} is empty or too short; delete it to have a new one made (published pseudonyms then change).`);
    }
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return { key, source: 'file', file };
  }
  const key = randomBytes(32).toString('hex');
  // "wx": never overwrite a key another build has just written; the mode applies before any byte is written.
  try {
    writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another build wrote it meanwhile: read that one. A name that exists but cannot be read (a broken link) is the user's to fix.
    if (existsSync(file)) return readPseudonymKey(env, home);
    throw new Error(`The pseudonym key ${file} is a link to nothing; remove it and build again.`);
  }
  return { key, source: 'created', file };
}
