import { toShanghaiIso, type Event, type ImportResult, type StatsOverview } from '@kepu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { create, eventInput, organisationInput } from '../../test/fixtures.js';

let t: TestApp;
let organiserId: string;
beforeAll(async () => {
  t = await buildTestApp();
  organiserId = (await create(t, 'organisations', organisationInput({ name: '沙坪坝区状态测试学会' }))).id;
});
afterAll(() => t.close());

const hourMs = 3_600_000;
const fromNow = (hours: number) => toShanghaiIso(new Date(Date.now() + hours * hourMs));

/** An event created without a status, from `startHours` to `endHours` from now. */
async function createdWithoutStatus(title: string, startHours: number, endHours: number): Promise<Event> {
  const { status: _status, ...body } = eventInput(organiserId, { title, startsAt: fromNow(startHours), endsAt: fromNow(endHours) });
  return create<Event>(t, 'events', body);
}

async function read(id: string): Promise<Event> {
  const response = await t.inject({ url: `/api/v1/events/${id}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Event>();
}

describe('an event created without 状态', () => {
  it('when it ended before now, it is stored as completed', async () => {
    const event = await createdWithoutStatus('状态测试：上月的讲座', -30 * 24, -30 * 24 + 2);
    expect((await read(event.id)).status).toBe('completed');
  });

  it('when it has not started, it is stored as planned', async () => {
    const event = await createdWithoutStatus('状态测试：下月的讲座', 30 * 24, 30 * 24 + 2);
    expect((await read(event.id)).status).toBe('planned');
  });

  it('when it started and has not ended, it is stored as ongoing', async () => {
    const event = await createdWithoutStatus('状态测试：正在进行的展览', -1, 1);
    expect((await read(event.id)).status).toBe('ongoing');
  });

  it('when a status is sent, it is kept even if the times say otherwise', async () => {
    const event = await create<Event>(t, 'events', eventInput(organiserId, { title: '状态测试：补录的计划', status: 'planned' }));
    expect((await read(event.id)).status).toBe('planned');
  });

  it('when it is patched without a status, the stored status stays', async () => {
    const event = await createdWithoutStatus('状态测试：将要结束的讲座', 2, 3);
    const patched = await t.inject({
      method: 'PATCH',
      url: `/api/v1/events/${event.id}`,
      headers: { 'if-match': `"${event.version}"` },
      payload: { startsAt: fromNow(-3), endsAt: fromNow(-2) },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(await read(event.id)).toMatchObject({ status: 'planned', version: 2 });
  });

  it('when the OpenAPI document describes the create body, 状态 says how it is set when left out', async () => {
    const document = (await t.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, { post: { requestBody: { content: Record<string, { schema: { $ref: string } }> } } }>;
      components: { schemas: Record<string, { properties: { status: { description?: string } } }> };
    }>();
    const body = document.paths['/api/v1/events']?.post.requestBody.content['application/json']?.schema.$ref ?? '';
    const schema = document.components.schemas[body.replace('#/components/schemas/', '')];
    expect(schema?.properties.status.description).toContain('ended → completed');
  });
});

describe('an imported event without 状态', () => {
  const overview2023 = async () => {
    const response = await t.inject({ url: '/api/v1/stats/overview?region=500106&year=2023' });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<StatsOverview>().events;
  };

  it('when it took place in the past, it is committed as 已完成 and the statistics count it', async () => {
    const before = await overview2023();
    const file = Buffer.from(
      [
        '\uFEFF活动名称,活动类型,行政区划,主办组织,开始时间,结束时间,活动形式,受众人次',
        '状态测试：补录的科普讲座,讲座,500106,沙坪坝区状态测试学会,2023-03-15 09:00,2023-03-15 11:00,线下,120',
      ].join('\r\n'),
      'utf8',
    );
    const checked = await t.inject({ method: 'POST', url: '/api/v1/imports?entity=events', payload: file, headers: { 'content-type': 'text/csv' } });
    expect(checked.statusCode, checked.body).toBe(201);
    const result = checked.json<ImportResult>();
    expect(result.summary).toMatchObject({ create: 1, error: 0 });
    expect((await t.inject({ method: 'POST', url: `/api/v1/imports/${result.id}/commit` })).statusCode).toBe(200);

    const list = await t.inject({ url: `/api/v1/events?q=${encodeURIComponent('补录的科普讲座')}` });
    expect(list.json<{ items: Event[] }>().items.map((event) => event.status)).toEqual(['completed']);
    const after = await overview2023();
    expect(after.events).toBe((before.events ?? 0) + 1);
    expect(after.attendance).toBe((before.attendance ?? 0) + 120);
  });
});
