// Bounded retries with exponential backoff for 429, 5xx and network failures, honouring Retry-After.

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** The wait before the second try; each later wait doubles, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** The longest Retry-After honoured; a longer one is cut to this. */
  maxRetryAfterMs: number;
  sleep(ms: number): Promise<void>;
  /** 0 ≤ n < 1, for jitter; injectable so tests are exact. */
  random(): number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  // 2 + 4 + 8 + 16 s ≈ 30 s of waiting in all: long enough for a per-minute quota (60 requests/min) to refill.
  baseDelayMs: 2_000,
  maxDelayMs: 32_000,
  maxRetryAfterMs: 120_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** Network failures worth another try (node and node-fetch codes, and fetch's DOMException names). */
const TRANSIENT_CODES = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH',
  'EHOSTUNREACH', 'ENETDOWN', 'ERR_STREAM_PREMATURE_CLOSE', 'UND_ERR_SOCKET', 'TimeoutError', 'AbortError',
]);

interface HttpishError { status?: unknown; code?: unknown; response?: { status?: unknown; headers?: unknown }; cause?: unknown }

export function statusOf(error: unknown): number | undefined {
  const e = error as HttpishError | undefined;
  const status = e?.response?.status ?? e?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The network error code of an error or anything in its cause chain, e.g. "ECONNREFUSED". */
export function networkCodeOf(error: unknown): string | undefined {
  for (let e = error as HttpishError | undefined, depth = 0; e && depth < 5; e = e.cause as HttpishError | undefined, depth++) {
    if (typeof e.code === 'string' && TRANSIENT_CODES.has(e.code)) return e.code;
  }
  return undefined;
}

export function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return status === 429 || status === 408 || status >= 500;
  return networkCodeOf(error) !== undefined;
}

/** Retry-After as milliseconds: either seconds ("30") or an HTTP date. */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
  const headers = (error as HttpishError | undefined)?.response?.headers;
  let value: unknown;
  if (headers && typeof (headers as { get?: unknown }).get === 'function') value = (headers as Headers).get('retry-after');
  else if (headers && typeof headers === 'object') value = (headers as Record<string, unknown>)['retry-after'];
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (/^\d+(?:\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export interface RetryNotice {
  attempt: number;
  attempts: number;
  delayMs: number;
  error: unknown;
}

/** The wait before try `attempt + 1`: doubling from the base, with half of it jittered, or what Retry-After asks. */
export function backoffMs(attempt: number, policy: RetryPolicy, error: unknown): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = exponential / 2 + (exponential / 2) * policy.random();
  const asked = retryAfterMs(error);
  return asked === undefined ? Math.round(jittered) : Math.min(policy.maxRetryAfterMs, Math.max(asked, Math.round(jittered)));
}

/** Runs `task` until it succeeds, fails for good, or the attempts run out; the last error is thrown as it came. */
export async function withRetry<T>(task: () => Promise<T>, policy: RetryPolicy, onRetry?: (notice: RetryNotice) => void): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= policy.attempts || !isRetryable(error)) throw error;
      const delayMs = backoffMs(attempt, policy, error);
      onRetry?.({ attempt, attempts: policy.attempts, delayMs, error });
      await policy.sleep(delayMs);
    }
  }
}
