// The OAuth desktop sign-in: a loopback server on 127.0.0.1 receives Google's redirect; the URL to open is printed, the token saved.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { CodeChallengeMethod, OAuth2Client, type Credentials, type OAuth2ClientOptions } from 'google-auth-library';
import { ExportFailure } from './export-failure';
import { readToken, saveToken, tokenPath } from './token-store';

export const SHEETS_READONLY = 'https://www.googleapis.com/auth/spreadsheets.readonly';

export interface OAuthClientFile {
  clientId: string;
  clientSecret: string;
}

export interface DesktopSignIn {
  configDir: string;
  /** Shows the sign-in URL to the person running the command. */
  showUrl(url: string): void;
  /** How long to wait for the browser; 5 minutes unless a test says otherwise. */
  timeoutMs?: number;
  /** Google's endpoints unless a test points them at a local server. */
  endpoints?: OAuth2ClientOptions['endpoints'];
}

/** client_secret.json as the Cloud console downloads it for a "Desktop app" client ({ installed: { client_id, client_secret } }). */
export function readClientFile(path: string): OAuthClientFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    // Never the parser's message: it quotes the file's first characters, which may be the client secret.
    const code = (error as NodeJS.ErrnoException).code;
    const why = error instanceof SyntaxError ? { en: 'is not JSON', zh: '不是 JSON' }
      : code === 'ENOENT' ? { en: 'does not exist', zh: '不存在' } : { en: `cannot be read (${code ?? 'error'})`, zh: `无法读取（${code ?? 'error'}）` };
    throw new ExportFailure({
      en: `--oauth-client ${path} ${why.en}; download the client's JSON again from the Google Cloud console (APIs & Services → Credentials)`,
      zh: `--oauth-client ${path} ${why.zh}；请在 Google Cloud 控制台（API 和服务 → 凭据）重新下载该客户端的 JSON`,
    }, 2);
  }
  const body = (json as { installed?: Record<string, unknown>; web?: Record<string, unknown> } | null);
  const client = body?.installed ?? body?.web;
  if (!client || typeof client['client_id'] !== 'string' || typeof client['client_secret'] !== 'string') {
    throw new ExportFailure({
      en: `--oauth-client ${path} is not an OAuth client file: it needs "installed" (a Desktop app client) with client_id and client_secret`,
      zh: `--oauth-client ${path} 不是 OAuth 客户端文件：需要含 client_id 和 client_secret 的 "installed"（桌面应用客户端）`,
    });
  }
  return { clientId: client['client_id'], clientSecret: client['client_secret'] };
}

const PAGE = (text: string): string => `<!doctype html><meta charset="utf-8"><title>Kefu</title><p style="font:16px sans-serif">${text}</p>`;

/** Waits for one redirect to the loopback server and answers the browser; resolves with the authorisation code. */
function awaitCode(server: Server, state: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new ExportFailure({
      en: `No sign-in arrived within ${Math.round(timeoutMs / 1000)} seconds; run the command again and open the URL it prints`,
      zh: `${Math.round(timeoutMs / 1000)} 秒内没有完成登录；请重新运行命令并打开它显示的网址`,
    })), timeoutMs);
    server.on('request', (request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const code = url.searchParams.get('code');
      const error = url.searchParams.get('error');
      if (!code && !error) {
        response.writeHead(404).end();
        return;
      }
      if (url.searchParams.get('state') !== state) {
        response.writeHead(400, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE('This sign-in link is not from this run of Kefu. 此登录链接不属于本次运行。'));
        return;
      }
      clearTimeout(timer);
      if (error) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE('Sign-in cancelled. 登录已取消。'));
        reject(new ExportFailure({ en: `The sign-in did not complete (${error}); run the command again to retry`, zh: `登录未完成（${error}）；请重新运行命令再试` }));
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE('Kefu is signed in; you can close this tab. Kefu 已登录，可以关闭此页面。'));
      resolve(code!);
    });
  });
}

async function signIn(client: OAuth2Client, options: DesktopSignIn): Promise<Credentials> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  try {
    const port = (server.address() as { port: number }).port;
    const redirectUri = `http://127.0.0.1:${port}`;
    const state = randomBytes(16).toString('hex');
    const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
    const url = client.generateAuthUrl({
      access_type: 'offline',
      // Consent every time the flow runs, so Google hands out a refresh token again.
      prompt: 'consent',
      scope: [SHEETS_READONLY],
      state,
      redirect_uri: redirectUri,
      code_challenge: codeChallenge!,
      code_challenge_method: CodeChallengeMethod.S256,
    });
    const waiting = awaitCode(server, state, options.timeoutMs ?? 5 * 60_000);
    options.showUrl(url);
    const code = await waiting;
    try {
      const { tokens } = await client.getToken({ code, codeVerifier, redirect_uri: redirectUri });
      return tokens;
    } catch (error) {
      throw new ExportFailure({
        en: `Google did not accept the sign-in (${(error as Error).message}); run the command again`,
        zh: `Google 未接受此次登录（${(error as Error).message}）；请重新运行命令`,
      }, 2, { cause: error });
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

/** An OAuth2Client for the person at the keyboard: the saved token if there is one, else a browser sign-in (then saved). */
export async function desktopClient(clientFile: string, options: DesktopSignIn): Promise<{ client: OAuth2Client; tokenFile: string }> {
  const { clientId, clientSecret } = readClientFile(clientFile);
  const client = new OAuth2Client({ clientId, clientSecret, ...(options.endpoints ? { endpoints: options.endpoints } : {}) });
  const tokenFile = tokenPath(options.configDir);
  const saved = readToken(tokenFile, clientId);
  if (saved) {
    client.setCredentials(saved);
    return { client, tokenFile };
  }
  const tokens = await signIn(client, options);
  saveToken(tokenFile, options.configDir, clientId, tokens);
  client.setCredentials(tokens);
  return { client, tokenFile };
}
