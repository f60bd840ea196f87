// Where credentials come from — none, a service-account key, gcloud's ADC file, the OAuth desktop sign-in — all without Google.
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCredentials, type CredentialSources } from '../../../cli/export/credentials';
import { runExport, type ExportDeps } from '../../../cli/export/run-export';
import { FakeSheetsApi } from '../../../doubles/sheets-api/fake-sheets-api';
import { FAST_RETRY, scratch } from './helpers';
import { servedWorkbook, typedWorkbook } from '../../../doubles/sheets-api/served-workbook';

const ID = 'kefu-test-sheet-0123456789';
let fake: FakeSheetsApi;

beforeAll(async () => {
  fake = await FakeSheetsApi.start();
  fake.add(servedWorkbook(typedWorkbook(), { spreadsheetId: ID }));
});
afterAll(() => fake.close());

async function run(args: { oauthClient?: string; lang?: 'en' | 'zh' }, deps: ExportDeps, onErr?: (text: string) => void) {
  const err: string[] = [];
  const exit = await runExport({ spreadsheet: [ID], out: join(scratch(), 'data'), lang: args.lang ?? 'en', ...(args.oauthClient ? { oauthClient: args.oauthClient } : {}) },
    { out: () => {}, err: (t) => { err.push(t); onErr?.(t); } },
    { rootUrl: fake.rootUrl, retry: FAST_RETRY, ...deps });
  return { exit, err: err.join('\n') };
}

const sources = (env: NodeJS.ProcessEnv, home = scratch()): CredentialSources =>
  ({ env, home, platform: 'linux', signIn: { configDir: join(home, 'kefu'), showUrl: () => {} } });

function serviceAccountKey(folder: string): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const path = join(folder, 'key.json');
  writeFileSync(path, JSON.stringify({ type: 'service_account', project_id: 'shop', private_key_id: 'k1', private_key: privateKey, client_email: 'kefu@shop.iam.gserviceaccount.com', client_id: '1', token_uri: 'https://oauth2.googleapis.com/token' }));
  return path;
}

describe('credentials', () => {
  it('with none, exits 2 naming the three ways, before any request', async () => {
    fake.reset();
    const result = await run({}, { env: {}, home: scratch() });
    expect(result.exit).toBe(2);
    for (const way of ['gcloud auth application-default login', 'GOOGLE_APPLICATION_CREDENTIALS', '--oauth-client']) expect(result.err).toContain(way);
    expect(fake.requests).toHaveLength(0);
    expect((await run({ lang: 'zh' }, { env: {}, home: scratch() })).err).toContain('找不到 Google 凭据');
  });

  it('says when GOOGLE_APPLICATION_CREDENTIALS names no file', async () => {
    const result = await run({}, { env: { GOOGLE_APPLICATION_CREDENTIALS: '/no/such/key.json' }, home: scratch() });
    expect(result.exit).toBe(2);
    expect(result.err).toContain('GOOGLE_APPLICATION_CREDENTIALS /no/such/key.json: no such file');
  });

  it('reads a service-account key and knows its e-mail, without a request', async () => {
    const credentials = await resolveCredentials(sources({ GOOGLE_APPLICATION_CREDENTIALS: serviceAccountKey(scratch()) }));
    expect(credentials.account).toEqual({ kind: 'service-account', email: 'kefu@shop.iam.gserviceaccount.com' });
  });

  it('rejects a key whose private key is broken', async () => {
    const folder = scratch();
    writeFileSync(join(folder, 'key.json'), JSON.stringify({ type: 'service_account', client_email: 'a@b', private_key: 'not a key' }));
    await expect(resolveCredentials(sources({ GOOGLE_APPLICATION_CREDENTIALS: join(folder, 'key.json') }))).rejects.toThrow(/private_key is not a usable key/);
  });

  it("finds gcloud's Application Default Credentials file in ~/.config/gcloud", async () => {
    const home = scratch();
    mkdirSync(join(home, '.config', 'gcloud'), { recursive: true });
    writeFileSync(join(home, '.config', 'gcloud', 'application_default_credentials.json'),
      JSON.stringify({ type: 'authorized_user', client_id: 'id', client_secret: 'secret', refresh_token: 'r' }));
    expect((await resolveCredentials(sources({}, home))).account).toEqual({ kind: 'user', via: 'adc' });
  });

  it('signs in through the loopback redirect, keeps the token 0600, and reuses it next time', async () => {
    fake.reset();
    const home = scratch();
    const clientFile = join(home, 'client_secret.json');
    writeFileSync(clientFile, JSON.stringify({ installed: { client_id: 'desk.apps.googleusercontent.com', client_secret: 's3cret', redirect_uris: ['http://localhost'] } }));
    const configDir = join(home, 'config', 'kefu');
    const deps: ExportDeps = { env: {}, home, configDir, oauthEndpoints: { oauth2TokenUrl: `${fake.rootUrl}token` } };
    let browser: Promise<Response> | undefined;
    // The "browser": opens the printed URL's redirect with a code, as Google would after the person consents.
    const first = await run({ oauthClient: clientFile }, deps, (text) => {
      const url = /https:\/\/accounts\.google\.com\S+/.exec(text)?.[0];
      if (!url) return;
      const asked = new URL(url).searchParams;
      expect(asked.get('scope')).toBe('https://www.googleapis.com/auth/spreadsheets.readonly');
      expect(asked.get('code_challenge_method')).toBe('S256');
      browser = fetch(`${asked.get('redirect_uri')}/?code=the-code&state=${asked.get('state')}`);
    });
    expect(first.err).toContain('open this URL in a browser');
    expect(first.exit).toBe(0);
    expect(await (await browser!).text()).toContain('you can close this tab');
    expect(new URLSearchParams(fake.requests.find((r) => r.kind === 'token')!.body).get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(fake.requests.filter((r) => r.kind === 'batchGet').map((r) => r.authorization)).toEqual(['Bearer fake-access-token']);
    expect(statSync(join(configDir, 'oauth-token.json')).mode & 0o777).toBe(0o600);
    expect(statSync(configDir).mode & 0o777).toBe(0o700);

    fake.reset();
    const second = await run({ oauthClient: clientFile }, deps);
    expect(second.exit).toBe(0);
    expect(second.err).not.toContain('open this URL');
    expect(fake.count('token')).toBe(0);
  });

  it('gives up on a sign-in that never comes', async () => {
    const home = scratch();
    writeFileSync(join(home, 'client.json'), JSON.stringify({ installed: { client_id: 'x', client_secret: 'y' } }));
    const result = await run({ oauthClient: join(home, 'client.json') }, { env: {}, home, configDir: join(home, 'kefu'), signInTimeoutMs: 50 });
    expect(result.exit).toBe(2);
    expect(result.err).toContain('No sign-in arrived');
  });

  it('explains a client file that is not one', async () => {
    const home = scratch();
    writeFileSync(join(home, 'client.json'), JSON.stringify({ web: {} }));
    const result = await run({ oauthClient: join(home, 'client.json') }, { env: {}, home });
    expect(result.exit).toBe(2);
    expect(result.err).toContain('is not an OAuth client file');
  });
});
