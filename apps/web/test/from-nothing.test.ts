import { recordEntities } from '@kepu/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityAdmin, launchChromium, startKepu, type Kepu } from './kepu.js';

// A new user's first minutes, before any restart: the real server on an empty DATA_DIR (or on a
// PostgreSQL database created for this test) with the demo data, as `npm start` runs it. Then every
// GET the OpenAPI document lists — plain, and once per value of every enum parameter — and every
// console page opened directly, as a reload or a shared link does. Every other test starts from a
// migrated dump; this one catches what only the process that ran the migrations gets wrong. The
// request budgets are the shipped ones too: a sweep like this one must not run into them.

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: { enum?: string[]; items?: { enum?: string[] }; example?: string | number };
}
interface Document {
  paths: Record<string, Record<string, { parameters?: Parameter[]; responses: Record<string, unknown> }>>;
}

let kepu: Kepu;
let browser: Browser;
let cookie = '';
let csrfToken = '';

beforeAll(async () => {
  kepu = await startKepu({ budgets: 'as shipped' });
  browser = await launchChromium();
  const login = await fetch(`${kepu.origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(cityAdmin),
  });
  expect(login.status).toBe(200);
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  csrfToken = ((await login.json()) as { csrfToken: string }).csrfToken;
}, 180_000);

/** A second 市科协 administrator, signed in: the console's visitor is another person than the sweep's. */
async function anotherAdministrator(): Promise<string> {
  const person = { username: 'console-visitor', password: 'console-visitor-password' };
  const created = await fetch(`${kepu.origin}/api/v1/users`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ ...person, displayName: '控制台访客', role: 'city_admin', scopeRegionCode: '500000' }),
  });
  expect(created.status).toBe(201);
  const login = await fetch(`${kepu.origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(person),
  });
  expect(login.status).toBe(200);
  return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

afterAll(async () => {
  await browser?.close();
  await kepu?.close();
});

const enumValues = (parameter: Parameter) => parameter.schema.enum ?? parameter.schema.items?.enum ?? [];

async function get(path: string) {
  const response = await fetch(`${kepu.origin}${path}`, { headers: { cookie } });
  await response.arrayBuffer();
  return response;
}

/** An id of the collection's first record, so `/{id}` paths reach a real one when there is one. */
async function firstId(collection: string): Promise<string> {
  const response = await fetch(`${kepu.origin}/api/v1/${collection}?pageSize=1`, { headers: { cookie } });
  if (!response.ok) return '00000000-0000-4000-8000-000000000000';
  const page = (await response.json()) as { items?: { id: string }[] };
  return page.items?.[0]?.id ?? '00000000-0000-4000-8000-000000000000';
}

describe('from nothing', () => {
  it('when a new process on a new database is asked every documented GET with every enum value, it answers each as documented', async () => {
    const document = (await (await fetch(`${kepu.origin}/api/openapi.json`)).json()) as Document;
    const failures: string[] = [];
    let calls = 0;
    for (const [template, methods] of Object.entries(document.paths)) {
      const operation = methods.get;
      if (!operation) continue;
      const parameters = operation.parameters ?? [];
      const entityValues = enumValues(
        parameters.find((parameter) => parameter.in === 'path' && parameter.name === 'entity') ?? { name: '', in: '', schema: {} },
      );
      for (const entity of entityValues.length > 0 ? entityValues : ['']) {
        const collection = template.split('/')[3] ?? '';
        const id = template.includes('{id}') ? await firstId(collection === 'trash' ? 'events' : collection) : '';
        const path = template.replace('{entity}', entity).replace('{code}', '500112').replace('{id}', id);
        const required = parameters
          .filter((parameter) => parameter.in === 'query' && parameter.required)
          .map((parameter) => `${parameter.name}=${encodeURIComponent(String(enumValues(parameter)[0] ?? parameter.schema.example ?? 'x'))}`);
        const variants = [
          { query: required, enumParameter: false },
          ...parameters
            .filter((parameter) => parameter.in === 'query')
            .flatMap((parameter) =>
              enumValues(parameter).map((value) => ({
                query: [...required.filter((pair) => !pair.startsWith(`${parameter.name}=`)), `${parameter.name}=${encodeURIComponent(value)}`],
                enumParameter: true,
              })),
            ),
        ];
        for (const { query, enumParameter } of variants) {
          const url = `${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
          const response = await get(url);
          calls += 1;
          const documented = Object.keys(operation.responses).includes(String(response.status));
          // An enum value the document offers must never be refused as malformed.
          const refusedEnum = enumParameter && response.status === 400;
          // Nor may a sweep like this one, with the budgets npm start ships, run into them.
          if (response.status >= 500 || response.status === 429 || !documented || refusedEnum) failures.push(`GET ${url} → ${response.status}`);
        }
      }
    }
    console.log(`from nothing: ${calls} documented GETs answered`);
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(150);
  }, 600_000);

  it('when every console page is opened directly (a reload, a shared link), each shows its page and every API call it makes succeeds', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const [name = '', value = ''] = (await anotherAdministrator()).split('=');
    await context.addCookies([{ name, value, url: kepu.origin }]);
    const page: Page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    page.on('response', (response) => {
      if (response.url().includes('/api/') && response.status() >= 400)
        problems.push(`${page.url()}: ${response.request().method()} ${response.url()} → ${response.status()}`);
    });
    const document = (await (await fetch(`${kepu.origin}/api/openapi.json`)).json()) as Document;
    const pages = ['/', '/password', '/trash', '/users', '/api-keys', '/schedules', '/import/organisations', '/import/venues', '/import/events'];
    for (const entity of recordEntities) {
      const id = await firstId(entity);
      pages.push(`/${entity}`, `/${entity}/new`, `/${entity}/${id}`, `/${entity}/${id}/edit`);
      // The list's filters live in the URL and go to the API as they are: one page per enum filter.
      for (const parameter of document.paths[`/api/v1/${entity}`]?.get?.parameters ?? []) {
        const [first] = enumValues(parameter);
        if (first && parameter.name !== 'sort') pages.push(`/${entity}?${parameter.name}=${first}`);
      }
    }
    for (const path of pages) {
      const response = await page.goto(`${kepu.origin}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()['content-type'], path).toContain('text/html');
      expect(await page.locator('.ant-result-404, .ant-result-error, .ant-result-500').count(), path).toBe(0);
    }
    console.log(`from nothing: ${pages.length} console pages opened directly`);
    expect(problems).toEqual([]);
    await context.close();
  }, 600_000);
});
