// Which Google credentials an export runs with: --oauth-client, GOOGLE_APPLICATION_CREDENTIALS, or gcloud's Application Default Credentials.
import type { Bilingual } from '../../shared/issue';
import { createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GoogleAuth, type OAuth2Client } from 'google-auth-library';
import type { Account } from './explain-api-error';
import { ExportFailure } from './export-failure';
import { desktopClient, SHEETS_READONLY, type DesktopSignIn } from './oauth-desktop';

export interface ResolvedCredentials {
  auth: OAuth2Client | GoogleAuth;
  account: Account;
  /** Said on stderr so the person knows whose access is used. */
  description: Bilingual;
}

export interface CredentialSources {
  oauthClient?: string;
  env: NodeJS.ProcessEnv;
  home: string;
  platform: NodeJS.Platform;
  signIn: Omit<DesktopSignIn, 'endpoints'> & { endpoints?: DesktopSignIn['endpoints'] };
}

export const NO_CREDENTIALS = {
  en: [
    'No Google credentials found. Use one of these three ways (docs/export-and-publish.md has the details):',
    '  1. Application Default Credentials, signed in with gcloud:',
    '       gcloud auth application-default login --scopes=openid,https://www.googleapis.com/auth/userinfo.email,https://www.googleapis.com/auth/cloud-platform,https://www.googleapis.com/auth/spreadsheets.readonly',
    '  2. A service-account key file, with the spreadsheet shared with the service account\'s e-mail:',
    '       export GOOGLE_APPLICATION_CREDENTIALS=/path/to/key.json',
    '  3. An OAuth "Desktop app" client; Kefu prints a URL to sign in once and keeps the token in ~/.config/kefu/:',
    '       kefu export --oauth-client client_secret.json …',
  ].join('\n'),
  zh: [
    '找不到 Google 凭据。请使用以下三种方式之一（详见 docs/export-and-publish.md）：',
    '  1. 应用默认凭据（ADC），用 gcloud 登录：',
    '       gcloud auth application-default login --scopes=openid,https://www.googleapis.com/auth/userinfo.email,https://www.googleapis.com/auth/cloud-platform,https://www.googleapis.com/auth/spreadsheets.readonly',
    '  2. 服务账号密钥文件，并把表格共享给该服务账号的邮箱：',
    '       export GOOGLE_APPLICATION_CREDENTIALS=/path/to/key.json',
    '  3. OAuth“桌面应用”客户端；Kefu 显示一个登录网址，登录一次后令牌保存在 ~/.config/kefu/：',
    '       kefu export --oauth-client client_secret.json …',
  ].join('\n'),
};

/** Where `gcloud auth application-default login` writes its file. */
export function adcFilePath(env: NodeJS.ProcessEnv, home: string, platform: NodeJS.Platform): string | undefined {
  if (env['CLOUDSDK_CONFIG']) return join(env['CLOUDSDK_CONFIG'], 'application_default_credentials.json');
  if (platform === 'win32') return env['APPDATA'] ? join(env['APPDATA'], 'gcloud', 'application_default_credentials.json') : undefined;
  return home ? join(home, '.config', 'gcloud', 'application_default_credentials.json') : undefined;
}

function keyFileProblem(path: string, origin: string, en: string, zh: string, cause?: unknown): ExportFailure {
  return new ExportFailure({ en: `${origin} ${path}: ${en}`, zh: `${origin} ${path}：${zh}` }, 2, { cause });
}

/** A credentials JSON file (service account key, gcloud's ADC file, or another kind GoogleAuth reads) → credentials, checked before any request. */
async function fromKeyFile(path: string, origin: string): Promise<ResolvedCredentials> {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw keyFileProblem(path, origin, 'no such file', '文件不存在', error);
    // Never the parser's message (nor the error as cause): it quotes the file's first characters, which may be a key.
    if (error instanceof SyntaxError) throw keyFileProblem(path, origin, 'is not JSON; a credentials file is the JSON file Google gives you', '不是 JSON；凭据文件应是 Google 提供的 JSON 文件');
    throw keyFileProblem(path, origin, `cannot be read (${code ?? 'error'})`, `无法读取（${code ?? 'error'}）`, error);
  }
  const type = json?.['type'];
  let account: Account;
  let description: Bilingual;
  if (type === 'service_account') {
    const email = json['client_email'];
    if (typeof email !== 'string' || typeof json['private_key'] !== 'string') {
      throw keyFileProblem(path, origin, 'a service-account key needs client_email and private_key; download a new JSON key', '服务账号密钥需要 client_email 和 private_key；请重新下载 JSON 密钥');
    }
    try {
      createPrivateKey(json['private_key']);
    } catch (error) {
      throw keyFileProblem(path, origin, `its private_key is not a usable key (${(error as Error).message}); download a new JSON key`, `其中的 private_key 无法使用（${(error as Error).message}）；请重新下载 JSON 密钥`, error);
    }
    account = { kind: 'service-account', email };
    description = { en: `service account ${email}`, zh: `服务账号 ${email}` };
  } else if (type === 'authorized_user') {
    account = { kind: 'user', via: 'adc' };
    description = { en: 'your gcloud sign-in (Application Default Credentials)', zh: '你的 gcloud 登录（应用默认凭据）' };
  } else if (type === 'impersonated_service_account') {
    const url = String(json['service_account_impersonation_url'] ?? '');
    const email = /serviceAccounts\/([^:/]+)/.exec(url)?.[1];
    account = email ? { kind: 'service-account', email: decodeURIComponent(email) } : { kind: 'other', description: String(type) };
    description = { en: `impersonated service account ${email ?? ''}`.trim(), zh: `模拟的服务账号 ${email ?? ''}`.trim() };
  } else if (typeof type === 'string' && /^external_account/.test(type)) {
    account = { kind: 'other', description: type };
    description = { en: `workload identity federation (${type})`, zh: `工作负载身份联合（${type}）` };
  } else {
    throw keyFileProblem(path, origin, `"type" is ${JSON.stringify(type)}, not a Google credentials file Kefu can use`, `"type" 为 ${JSON.stringify(type)}，不是 Kefu 可用的 Google 凭据文件`);
  }
  const auth = new GoogleAuth({ keyFilename: path, scopes: [SHEETS_READONLY] });
  try {
    await auth.getClient();
  } catch (error) {
    throw keyFileProblem(path, origin, (error as Error).message, (error as Error).message, error);
  }
  return { auth, account, description };
}

/**
 * The first of: --oauth-client, GOOGLE_APPLICATION_CREDENTIALS, gcloud's ADC file. The metadata server of a Google Cloud
 * machine is not probed: on any other machine that costs seconds of waiting and a request that cannot succeed.
 */
export async function resolveCredentials(sources: CredentialSources): Promise<ResolvedCredentials> {
  if (sources.oauthClient) {
    const { client, tokenFile } = await desktopClient(sources.oauthClient, sources.signIn);
    return { auth: client, account: { kind: 'user', via: 'oauth', tokenFile }, description: { en: `your Google sign-in (token in ${tokenFile})`, zh: `你的 Google 登录（令牌在 ${tokenFile}）` } };
  }
  const keyFile = sources.env['GOOGLE_APPLICATION_CREDENTIALS'];
  if (keyFile) return fromKeyFile(keyFile, 'GOOGLE_APPLICATION_CREDENTIALS');
  const adc = adcFilePath(sources.env, sources.home, sources.platform);
  if (adc && existsSync(adc)) return fromKeyFile(adc, 'gcloud application-default');
  throw new ExportFailure(NO_CREDENTIALS);
}
