import type { App } from '../src/app.js';
import { listen } from './app.js';

export interface TestRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string> | undefined;
  payload?: unknown;
}

export interface TestResponse {
  statusCode: number;
  headers: Record<string, string | undefined>;
  body: string;
  json<T = unknown>(): T;
}

export type Send = (request: TestRequest) => Promise<TestResponse>;

/** Behaviour tests run twice: through fastify.inject and over a real socket with fetch. */
export const transports = ['inject', 'http'] as const;
export type Transport = (typeof transports)[number];

export async function clientFor(transport: Transport, app: App, auth: Record<string, string>): Promise<Send> {
  if (transport === 'inject') {
    return async ({ method = 'GET', url, headers, payload }) => {
      const response = await app.inject({
        method,
        url,
        headers: { ...auth, ...headers },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      return {
        statusCode: response.statusCode,
        headers: response.headers as Record<string, string>,
        body: response.body,
        json: <T>() => response.json<T>(),
      };
    };
  }
  const origin = await listen(app);
  return async ({ method = 'GET', url, headers, payload }) => {
    const response = await fetch(`${origin}${url}`, {
      method,
      headers: { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...auth, ...headers },
      ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
    });
    const body = await response.text();
    return { statusCode: response.status, headers: Object.fromEntries(response.headers), body, json: <T>() => JSON.parse(body) as T };
  };
}
