// What a run against the fake Sheets API signs in with and how fast it retries: no Google account, retries in milliseconds.
import { OAuth2Client } from 'google-auth-library';
import type { ResolvedCredentials } from '../../cli/export/credentials';
import type { Account } from '../../cli/export/explain-api-error';

/** An OAuth2Client holding a made-up access token: it never asks Google for anything. */
export function testCredentials(account: Account = { kind: 'user', via: 'adc' }): ResolvedCredentials {
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: 'test' });
  return { auth, account, description: { en: 'test credentials', zh: '测试凭据' } };
}

export const FAST_RETRY = { baseDelayMs: 1, maxDelayMs: 4, maxRetryAfterMs: 4 } as const;
