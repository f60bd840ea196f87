// Where Kefu keeps the user's own files (the OAuth token, the pseudonym key): ~/.config/kefu, owner-only.
import { isAbsolute, join } from 'node:path';

/** $XDG_CONFIG_HOME/kefu when set to an absolute path (the XDG spec says to ignore a relative one), else ~/.config/kefu. */
export function defaultConfigDir(env: NodeJS.ProcessEnv, home: string): string {
  const xdg = env['XDG_CONFIG_HOME'];
  return xdg && isAbsolute(xdg) ? join(xdg, 'kefu') : join(home, '.config', 'kefu');
}
