// A failed Sheets API call (HTTP status, API message, network code) → an ExportFailure that says what to do, in both languages.
import { ExportFailure } from './export-failure';
import { networkCodeOf, statusOf } from './retry';

/** Who the request ran as: it decides what a 403 asks the person to do. */
export type Account =
  | { kind: 'service-account'; email: string }
  | { kind: 'user'; via: 'adc' | 'oauth'; tokenFile?: string }
  | { kind: 'other'; description: string };

export interface ApiContext {
  spreadsheetId: string;
  account: Account;
  attempts: number;
}

interface ApiErrorShape {
  message?: unknown;
  response?: { data?: unknown };
}

/** The API's own message: error.message from the JSON body, else the error's message. */
function apiMessage(error: unknown): string {
  const data = (error as ApiErrorShape | undefined)?.response?.data as { error?: { message?: unknown } | string; error_description?: unknown } | undefined;
  if (data && typeof data === 'object') {
    if (typeof data.error_description === 'string') return `${String(data.error)}: ${data.error_description}`;
    if (data.error && typeof data.error === 'object' && typeof data.error.message === 'string') return data.error.message;
    if (typeof data.error === 'string') return data.error;
  }
  const message = (error as ApiErrorShape | undefined)?.message;
  return typeof message === 'string' ? message : String(error);
}

function forbidden(message: string, context: ApiContext, cause: unknown): ExportFailure {
  const { spreadsheetId: id, account } = context;
  if (/insufficient authentication scopes|ACCESS_TOKEN_SCOPE_INSUFFICIENT/i.test(message)) {
    return new ExportFailure({
      en: `Google refused: the credentials do not include the Sheets read-only scope (${message}). With gcloud, sign in again with ` +
        '--scopes=https://www.googleapis.com/auth/spreadsheets.readonly,https://www.googleapis.com/auth/cloud-platform (see docs/export-and-publish.md)',
      zh: `Google 拒绝了请求：凭据不含 Sheets 只读权限范围（${message}）。使用 gcloud 时请加上 ` +
        '--scopes=https://www.googleapis.com/auth/spreadsheets.readonly,https://www.googleapis.com/auth/cloud-platform 重新登录（见 docs/export-and-publish.md）',
    }, 2, { cause });
  }
  if (/has not been used in project|is disabled|SERVICE_DISABLED/i.test(message)) {
    return new ExportFailure({
      en: `The Google Sheets API is not enabled in the Google Cloud project of these credentials: ${message}`,
      zh: `这些凭据所属的 Google Cloud 项目尚未启用 Google Sheets API：${message}`,
    }, 2, { cause });
  }
  if (/quota project/i.test(message)) {
    return new ExportFailure({
      en: `Google needs a quota project for these credentials: run gcloud auth application-default set-quota-project <project-id> (${message})`,
      zh: `这些凭据需要设置配额项目：请运行 gcloud auth application-default set-quota-project <项目 ID>（${message}）`,
    }, 2, { cause });
  }
  if (account.kind === 'service-account') {
    return new ExportFailure({
      en: `No permission to read spreadsheet ${id}. Share it (Share → Viewer) with the service account ${account.email}, then run the export again.`,
      zh: `无权读取表格 ${id}。请把它共享给服务账号 ${account.email}（共享 → 查看者），然后重新导出。`,
    }, 2, { cause });
  }
  return new ExportFailure({
    en: `No permission to read spreadsheet ${id}: the Google account you signed in with cannot open it. Ask its owner to share it with that account (Viewer is enough).`,
    zh: `无权读取表格 ${id}：你登录的 Google 账号无法打开它。请让表格所有者把它共享给该账号（查看者权限即可）。`,
  }, 2, { cause });
}

/** The error a Sheets call ended with (after its retries) as an ExportFailure; anything that is not an HTTP or network failure is returned as it is. */
export function explainApiError(error: unknown, context: ApiContext): unknown {
  if (error instanceof ExportFailure) return error;
  const status = statusOf(error);
  const network = networkCodeOf(error);
  const message = apiMessage(error);
  const tries = context.attempts === 1 ? 'once' : `${context.attempts} times`;
  if (status === 404) {
    return new ExportFailure({
      en: `Spreadsheet ${context.spreadsheetId} was not found (404). Check the id, or copy the address from the browser while the sheet is open.`,
      zh: `找不到表格 ${context.spreadsheetId}（404）。请核对 ID，或在打开表格时从浏览器地址栏复制地址。`,
    }, 2, { cause: error });
  }
  if (status === 403) return forbidden(message, context, error);
  if (status === 401 || (status === 400 && /invalid_grant|invalid_client|unauthorized_client/.test(message))) {
    const again = context.account.kind === 'user' && context.account.via === 'oauth'
      ? { en: `sign in again: delete ${context.account.tokenFile ?? 'the saved token'} and run the command with --oauth-client`, zh: `请重新登录：删除 ${context.account.tokenFile ?? '已保存的令牌'}，再带 --oauth-client 运行` }
      : context.account.kind === 'user'
        ? { en: 'sign in again with gcloud auth application-default login (see docs/export-and-publish.md)', zh: '请用 gcloud auth application-default login 重新登录（见 docs/export-and-publish.md）' }
        : { en: 'check the key file is current (the key may have been deleted in the Cloud console)', zh: '请确认密钥文件仍然有效（该密钥可能已在 Cloud 控制台中删除）' };
    return new ExportFailure({
      en: `Google did not accept the credentials (${status}: ${message}); ${again.en}`,
      zh: `Google 不接受这些凭据（${status}：${message}）；${again.zh}`,
    }, 2, { cause: error });
  }
  if (status === 429) {
    return new ExportFailure({
      en: `Google Sheets is still rate-limiting these requests after trying ${tries} (429: ${message}). Wait a minute and run the export again.`,
      zh: `尝试 ${context.attempts} 次后 Google Sheets 仍在限流（429：${message}）。请等一分钟后再导出。`,
    }, 2, { cause: error });
  }
  if (status !== undefined && status >= 500) {
    return new ExportFailure({
      en: `Google Sheets kept failing (${status}: ${message}) after trying ${tries}. Try again later; the previous export is unchanged.`,
      zh: `尝试 ${context.attempts} 次后 Google Sheets 仍然出错（${status}：${message}）。请稍后再试；之前的导出未被改动。`,
    }, 2, { cause: error });
  }
  // A gaxios error with no status never got an answer: TLS, proxy or DNS trouble that retrying did not fix.
  const unanswered = status === undefined && typeof error === 'object' && error !== null && 'config' in error;
  if (network || unanswered) {
    return new ExportFailure({
      en: `Could not reach Google Sheets (${network ?? 'no answer'}) after trying ${tries}: check the internet connection or proxy. ${message}`,
      zh: `尝试 ${context.attempts} 次后仍无法连接 Google Sheets（${network ?? '无应答'}）：请检查网络连接或代理。${message}`,
    }, 2, { cause: error });
  }
  if (status !== undefined) {
    return new ExportFailure({
      en: `The Sheets API refused the request (${status}): ${message}`,
      zh: `Sheets API 拒绝了请求（${status}）：${message}`,
    }, 2, { cause: error });
  }
  return error;
}
