import { fillText, type LocalText } from '@kepu/domain';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityLabels } from '../src/kernel/errors.js';
import { problemTypes } from '../src/kernel/problem-types.js';
import { buildTestApp, type AuthHeaders, type TestApp } from './app.js';
import { create, eventInput, organisationInput } from './fixtures.js';

const han = /\p{Script=Han}/u;

interface Answer {
  status: number;
  code: string;
  title: string;
  errors?: { field: string; message: string }[];
}

const headersOf = ({ userId: _, ...headers }: AuthHeaders & { userId: string }): AuthHeaders => headers;

let t: TestApp;
let organiserId = '';
let event: { id: string; version: number };
let viewer: AuthHeaders;
let yubeiAdmin: AuthHeaders;
beforeAll(async () => {
  t = await buildTestApp();
  organiserId = (await create(t, 'organisations', organisationInput())).id;
  event = await create(t, 'events', eventInput(organiserId));
  viewer = headersOf(await t.signIn('viewer', '500000'));
  yubeiAdmin = headersOf(await t.signIn('district_admin', '500112'));
});
afterAll(() => t.close());

/** Representative bad requests, one per way a problem arises, with the code and fields each must keep. */
const badRequests: { what: string; request: () => InjectOptions; code: string; fields: string[] }[] = [
  {
    what: 'a field of the wrong type (zod)',
    request: () => ({ method: 'POST', url: '/api/v1/events', payload: { ...eventInput(organiserId), attendance: 'many' } }),
    code: 'request.invalid',
    fields: ['body.attendance'],
  },
  {
    what: 'an unknown field',
    request: () => ({ method: 'POST', url: '/api/v1/events', payload: { ...eventInput(organiserId), colour: 'red' } }),
    code: 'request.invalid',
    fields: ['body.colour'],
  },
  {
    what: 'our own refinements (the end before the start, a date outside the domain)',
    request: () => ({
      method: 'POST',
      url: '/api/v1/events',
      payload: eventInput(organiserId, { startsAt: '2024-09-15T09:00:00+08:00', endsAt: '2024-09-14T09:00:00+08:00', participants: 5000 }),
    }),
    code: 'request.invalid',
    fields: ['body.endsAt', 'body.participants'],
  },
  {
    what: 'a date outside 1949–2100 in a query',
    request: () => ({ url: '/api/v1/events?from=2101-01-01' }),
    code: 'request.invalid',
    fields: ['query.from'],
  },
  {
    what: 'text with a NUL character',
    request: () => ({ method: 'POST', url: '/api/v1/organisations', payload: organisationInput({ name: '科协\u0000' }) }),
    code: 'request.invalid',
    fields: ['body.name'],
  },
  {
    what: 'a record that is not there',
    request: () => ({ url: '/api/v1/events/6f1c1f0e-0000-4000-8000-000000000000' }),
    code: 'events.not_found',
    fields: [],
  },
  {
    what: 'a change to a version someone else replaced',
    request: () => ({
      method: 'PATCH',
      url: `/api/v1/events/${event.id}`,
      payload: { title: '改名' },
      headers: { 'if-match': `"${event.version + 1}"` },
    }),
    code: 'events.version_conflict',
    fields: [],
  },
  {
    what: 'a role that may not write',
    request: () => ({ method: 'POST', url: '/api/v1/events', payload: eventInput(organiserId), headers: viewer }),
    code: 'auth.forbidden',
    fields: [],
  },
  {
    what: "a region outside the caller's scope",
    request: () => ({ method: 'POST', url: '/api/v1/organisations', payload: organisationInput({ name: '越界组织' }), headers: yubeiAdmin }),
    code: 'scope.forbidden',
    fields: ['body.regionCode'],
  },
];

async function ask(request: InjectOptions, acceptLanguage?: string) {
  const headers = { ...(request.headers as Record<string, string> | undefined), ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) };
  const response = await t.inject({ ...request, headers });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(String(response.headers.vary)).toMatch(/accept-language/i);
  return { language: response.headers['content-language'], problem: response.json<Answer>() };
}

describe('the language of problems', () => {
  describe.each(badRequests)('when the request has $what', ({ request, code, fields }) => {
    it.each([undefined, 'zh-CN', 'zh-CN,zh;q=0.9,en;q=0.8'])(
      'and Accept-Language is %s, the title and every field message are Chinese',
      async (acceptLanguage) => {
        const { language, problem } = await ask(request(), acceptLanguage);
        expect(language).toBe('zh-CN');
        expect(problem.code).toBe(code);
        expect(problem.errors?.map((error) => error.field) ?? []).toEqual(expect.arrayContaining(fields));
        for (const text of [problem.title, ...(problem.errors ?? []).map((error) => error.message)])
          expect(text, JSON.stringify(problem)).toMatch(han);
      },
    );

    it.each(['en', 'en-US,en;q=0.9,zh-CN;q=0.5'])(
      'and Accept-Language is %s, they are English, with the same code and fields',
      async (acceptLanguage) => {
        const chinese = await ask(request());
        const { language, problem } = await ask(request(), acceptLanguage);
        expect(language).toBe('en');
        expect(problem).toMatchObject({ status: chinese.problem.status, code: chinese.problem.code });
        expect(problem.errors?.map((error) => error.field)).toEqual(chinese.problem.errors?.map((error) => error.field));
        expect(problem.title, JSON.stringify(problem)).not.toMatch(han);
        // Field messages may quote Chinese (labels, the user's own values); they are not the Chinese sentences.
        problem.errors?.forEach((error, index) => expect(error.message).not.toBe(chinese.problem.errors?.[index]?.message));
      },
    );
  });

  it('when staff get the common problems, the Chinese says what to do', async () => {
    const invalid = (await ask(badRequests[2]?.request() ?? {})).problem;
    expect(invalid.title).toBe('请求中有字段填写有误，请按各字段的提示修改');
    expect(invalid.errors).toEqual(
      expect.arrayContaining([
        { field: 'body.endsAt', message: '结束时间须晚于开始时间' },
        { field: 'body.participants', message: '受众人数不能多于受众人次' },
      ]),
    );
    const outside = (await ask({ url: '/api/v1/events?from=2101-01-01' })).problem;
    expect(outside.errors).toEqual([{ field: 'query.from', message: '日期须在 1949-01-01 至 2100-12-31 之间' }]);
    expect((await ask({ url: '/api/v1/events/6f1c1f0e-0000-4000-8000-000000000000' })).problem.title).toBe(
      '找不到该科普活动，它可能已被删除，或不在您的权限范围内',
    );
    const english = (await ask({ url: '/api/v1/events?from=2101-01-01' }, 'en')).problem;
    expect(english.errors).toEqual([{ field: 'query.from', message: 'must be between 1949-01-01 and 2100-12-31' }]);
  });

  it('when a route does not exist, the 404 is Chinese by default and English on request', async () => {
    expect((await ask({ url: '/api/v1/nowhere' })).problem).toMatchObject({ code: 'route.not_found', title: '没有这个接口：GET /api/v1/nowhere' });
    expect((await ask({ url: '/api/v1/nowhere' }, 'en')).problem).toMatchObject({ code: 'route.not_found', title: 'No route GET /api/v1/nowhere' });
  });
});

describe('the problem catalogue', () => {
  const sample = (slots: string[]) => Object.fromEntries(slots.map((slot) => [slot, 'X']));
  const slotsOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');

  it.each(Object.entries(problemTypes))('%s has a stable code, a status and a title in Chinese and in English', (_name, type) => {
    expect(type.code).toMatch(/^[a-z_{}-]+(\.[a-z_{}-]+)+$/);
    expect(type.status).toBeGreaterThanOrEqual(400);
    const title: LocalText = type.title;
    const filled = fillText(title, sample([...slotsOf(title.zh), ...slotsOf(title.en)]));
    expect(filled.zh).toMatch(han);
    expect(filled.en).not.toMatch(han);
    expect(filled.en.trim()).not.toBe('');
  });

  it('every kind of record a 404 or 412 can name has a Chinese label', () => {
    for (const [entity, label] of Object.entries(entityLabels)) expect(label, entity).toMatch(han);
  });
});
