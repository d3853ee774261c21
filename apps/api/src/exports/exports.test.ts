import { readTable } from '@kepu/sheets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { create, eventInput, organisationInput } from '../../test/fixtures.js';

let t: TestApp;
let organiser: { id: string };
beforeAll(async () => {
  t = await buildTestApp();
  organiser = await create(t, 'organisations', organisationInput({ name: '=cmd|calc 科普协会' }));
  await create(t, 'events', eventInput(organiser.id, { title: '@SUM 讲座', category: 'lecture', audienceGroups: ['youth', 'elderly'] }));
  await create(
    t,
    'events',
    eventInput(organiser.id, {
      title: '渝北区科普讲座',
      regionCode: '500112',
      startsAt: '2024-10-01T09:30:00+08:00',
      endsAt: '2024-10-01T11:00:00+08:00',
    }),
  );
});
afterAll(() => t.close());

const rowsOf = (body: Buffer) => readTable(body).rows.map((row) => row.cells);

describe('exporting a list', () => {
  it('when events are exported as CSV, the file has a BOM, Chinese headers and labels, names for references and escaped formulas', async () => {
    const response = await t.inject({
      url: '/api/v1/events/export?format=csv&region=500106&columns=title,category,regionCode,organiserIds,startsAt,audienceGroups,attendance',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''%E7%A7%91%E6%99%AE%E6%B4%BB%E5%8A%A8-");
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(response.body).toContain("'@SUM 讲座");
    expect(response.body).toContain("'=cmd|calc 科普协会");
    expect(rowsOf(response.rawPayload)).toEqual([
      ['活动名称', '活动类型', '行政区划', '主办组织', '开始时间', '受众群体', '受众人次'],
      ['@SUM 讲座', '讲座', '500106 重庆市沙坪坝区', '=cmd|calc 科普协会', '2024-09-15 09:00', '青少年；老年人', '1200'],
    ]);
  });

  it('when events are exported as XLSX, numbers stay numbers and the list filters apply', async () => {
    const response = await t.inject({ url: '/api/v1/events/export?format=xlsx&columns=title,attendance&sort=startsAt' });
    expect(response.statusCode, response.body).toBe(200);
    expect(rowsOf(response.rawPayload)).toEqual([
      ['活动名称', '受众人次'],
      ['@SUM 讲座', 1200],
      ['渝北区科普讲座', 1200],
    ]);
  });

  it('when a 沙坪坝区 admin exports, the 渝北区 event is not in the file, and asking for 渝北区 is refused', async () => {
    const headers = await t.signIn('district_admin', '500106');
    const own = await t.inject({ url: '/api/v1/events/export?columns=title', headers });
    expect(rowsOf(own.rawPayload)).toEqual([['活动名称'], ['@SUM 讲座']]);
    const other = await t.inject({ url: '/api/v1/events/export?region=500112', headers });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ errors: [{ field: 'query.region' }] });
  });

  it('when a column is unknown, the answer is 400 naming query.columns', async () => {
    const response = await t.inject({ url: '/api/v1/events/export?columns=title,secret' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ errors: [{ field: 'query.columns' }] });
  });
});
