import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, operations, paths } from './schema.js';

/** What every refusal of the API is: RFC 9457 problem details, `code` stable, `errors[].field` naming the input. */
export type Problem = components['schemas']['Problem'];

/** Answers are JSON and refusals problem+json: both are what `data` and `error` are typed from. */
type JsonMediaType = `application/${string}json`;

export type KepuClient = Client<paths, JsonMediaType>;

export interface KepuClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** Where Kepu answers, e.g. `https://kepu.example.gov.cn`; the console passes its own origin. */
  baseUrl: string;
  /** A partner's API key (`kepu_…`), sent as `Authorization: Bearer`; leave it out to use a session cookie. */
  apiKey?: string;
  /** Sent as Accept-Language so problem titles and field messages come in it: Chinese unless `en`. */
  language?: 'zh' | 'en';
}

/**
 * A typed client for the Kepu API: paths, parameters, bodies and answers come from the OpenAPI
 * document, so a call the server would refuse for its shape does not compile.
 * ```ts
 * const kepu = createKepuClient({ baseUrl: 'https://kepu.example.gov.cn', apiKey: process.env.KEPU_KEY });
 * const { data, error } = await kepu.GET('/api/v1/events', { params: { query: { region: '500112', pageSize: 100 } } });
 * ```
 */
export function createKepuClient({ apiKey, language, ...options }: KepuClientOptions): KepuClient {
  const client = createClient<paths, JsonMediaType>(options);
  const identify: Middleware = {
    onRequest({ request }) {
      if (apiKey) request.headers.set('authorization', `Bearer ${apiKey}`);
      if (language) request.headers.set('accept-language', language === 'en' ? 'en' : 'zh-CN');
      return request;
    },
  };
  client.use(identify);
  return client;
}
