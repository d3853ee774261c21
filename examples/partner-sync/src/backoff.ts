export interface BackoffOptions {
  /** How many times one request is sent at most. */
  attempts?: number;
  /** The longest wait between two tries, whatever Retry-After asks. */
  maxWaitSeconds?: number;
  /** How to wait (a test passes one that moves a clock instead of sleeping). */
  sleep?: (seconds: number) => Promise<void>;
  log?: (line: string) => void;
}

const pause = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

/** Seconds to wait: Retry-After when Kepu sent it (it does on 429 and 503), else 1, 2, 4 … */
function waitOf(response: Response, attempt: number, maxWaitSeconds: number): number {
  const header = Number(response.headers.get('retry-after'));
  const seconds = Number.isFinite(header) && header >= 0 ? header : 2 ** (attempt - 1);
  return Math.min(seconds, maxWaitSeconds);
}

/**
 * A fetch that waits and tries again when Kepu says so: 429 (the key's budget is spent; nothing was
 * done, so any request may be sent again) and, for reads, 503 (the database is recovering).
 * A partner that hammers on instead only spends its next window too.
 */
export function politeFetch({ attempts = 6, maxWaitSeconds = 120, sleep = pause, log = () => undefined }: BackoffOptions = {}): typeof fetch {
  return async (input, init) => {
    const original = new Request(input, init);
    for (let attempt = 1; ; attempt += 1) {
      const response = await fetch(original.clone());
      const retriable = response.status === 429 || (response.status === 503 && original.method === 'GET');
      if (!retriable || attempt >= attempts) return response;
      const seconds = waitOf(response, attempt, maxWaitSeconds);
      log(`${response.status} on ${original.method} ${new URL(original.url).pathname}: waiting ${seconds} s (try ${attempt + 1} of ${attempts})`);
      await response.body?.cancel();
      await sleep(seconds);
    }
  };
}
