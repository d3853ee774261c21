import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './app.js';
import { create, eventInput, organisationInput, venueInput } from './fixtures.js';
import { clientFor, transports, type Send } from './transports.js';

let t: TestApp;
const ids: Record<string, string> = {};

interface Page<T = { id: string }> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

let send: Send;

async function list<T = { id: string }>(url: string): Promise<Page<T>> {
  const response = await send({ url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page<T>>();
}

beforeAll(async () => {
  t = await buildTestApp();
  // 沙坪坝区 (500106) with a 镇街 and a 村/社区 below it, and 渝北区 (500112) beside it.
  ids.district = (
    await create(t, 'organisations', organisationInput({ name: '沙坪坝区科协', type: 'district_association', regionCode: '500106' }))
  ).id;
  ids.township = (
    await create(t, 'organisations', organisationInput({ name: '小龙坎街道科协', type: 'township_association', regionCode: '500106001' }))
  ).id;
  ids.village = (
    await create(t, 'organisations', organisationInput({ name: '龙泉路社区科普工作站', type: 'village_station', regionCode: '500106001001' }))
  ).id;
  ids.yubei = (await create(t, 'organisations', organisationInput({ name: '渝北区科普e站·空港', type: 'e_station', regionCode: '500112' }))).id;
  ids.venue = (await create(t, 'venues', venueInput({ name: '重庆科技馆', type: 'science_museum', regionCode: '500105' }))).id;
  for (const [index, month] of ['01', '05', '09'].entries()) {
    await create(
      t,
      'events',
      eventInput(ids.township, {
        title: `小龙坎科普讲座第${index + 1}期`,
        category: 'lecture',
        regionCode: '500106001',
        startsAt: `2024-${month}-10T19:00:00+08:00`,
        endsAt: `2024-${month}-10T21:00:00+08:00`,
        attendance: 100 * (index + 1),
        participants: 50,
      }),
    );
  }
  await create(
    t,
    'events',
    eventInput(ids.yubei, {
      title: '渝北科技活动周',
      category: 'science_week',
      regionCode: '500112',
      startsAt: '2024-05-20T09:00:00+08:00',
      endsAt: '2024-05-26T17:00:00+08:00',
    }),
  );
});
afterAll(() => t.close());

describe.each(transports)('over %s', (transport) => {
  beforeAll(async () => {
    send = await clientFor(transport, t.app, t.adminHeaders);
  });

  describe('region subtree filter', () => {
    it('when filtering by a district, it includes the district and every 镇街 and 村/社区 below it, nothing beside it', async () => {
      const page = await list('/api/v1/organisations?region=500106&pageSize=100');
      expect(page.items.map((item) => item.id).sort()).toEqual([ids.district, ids.township, ids.village].sort());
    });

    it('when filtering by a 镇街, it includes the 村/社区 below but not the district above', async () => {
      const page = await list('/api/v1/organisations?region=500106001');
      expect(page.items.map((item) => item.id).sort()).toEqual([ids.township, ids.village].sort());
    });

    it('when filtering by the city, it includes every district', async () => {
      expect((await list('/api/v1/organisations?region=500000')).total).toBe(4);
    });

    it('when combining region and type, both apply', async () => {
      const page = await list('/api/v1/organisations?region=500112&type=e_station');
      expect(page.items.map((item) => item.id)).toEqual([ids.yubei]);
      expect((await list('/api/v1/organisations?region=500106&type=e_station')).total).toBe(0);
      expect((await list('/api/v1/organisations?type=e_station,village_station')).total).toBe(2);
    });
  });

  describe('text search', () => {
    it('when searching Chinese substrings of two or more characters, it finds the names that contain them', async () => {
      expect((await list(`/api/v1/organisations?q=${encodeURIComponent('小龙坎')}`)).items.map((item) => item.id)).toEqual([ids.township]);
      expect((await list(`/api/v1/organisations?q=${encodeURIComponent('科协')}`)).total).toBe(2);
      expect((await list(`/api/v1/venues?q=${encodeURIComponent('科技馆')}`)).items.map((item) => item.id)).toEqual([ids.venue]);
      expect((await list(`/api/v1/events?q=${encodeURIComponent('讲座')}&region=500106`)).total).toBe(3);
    });

    it('when nothing matches, it returns an empty page with total 0', async () => {
      expect(await list(`/api/v1/events?q=${encodeURIComponent('天文台')}`)).toMatchObject({ items: [], total: 0 });
    });
  });

  describe('date range, sort and paging', () => {
    it('when given a date range, it keeps events starting within it (Asia/Shanghai days, inclusive)', async () => {
      const page = await list<{ title: string }>('/api/v1/events?from=2024-05-10&to=2024-09-10');
      expect(page.items.map((item) => item.title).sort()).toEqual(['小龙坎科普讲座第2期', '小龙坎科普讲座第3期', '渝北科技活动周']);
    });

    it('when sorting by attendance descending, the largest comes first', async () => {
      const page = await list<{ attendance: number }>('/api/v1/events?region=500106&sort=-attendance');
      expect(page.items.map((item) => item.attendance)).toEqual([300, 200, 100]);
    });

    it('when paging, pages do not overlap and total counts every match', async () => {
      const first = await list('/api/v1/events?pageSize=2&page=1&sort=startsAt');
      const second = await list('/api/v1/events?pageSize=2&page=2&sort=startsAt');
      expect(first.total).toBe(4);
      expect(first.items).toHaveLength(2);
      expect(second.items).toHaveLength(2);
      expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(4);
      expect(await list('/api/v1/events?pageSize=2&page=3')).toMatchObject({ items: [], total: 4, page: 3 });
    });

    it('when filtering events by organiser, it returns the events that organisation ran', async () => {
      expect((await list(`/api/v1/events?organisationId=${ids.yubei}`)).total).toBe(1);
    });
  });

  describe('regions', () => {
    it('when asked for 沙坪坝区, it returns the district under 重庆市', async () => {
      const response = await send({ url: '/api/v1/regions/500106' });
      expect(response.json()).toEqual({ code: '500106', name: '沙坪坝区', level: 'district', parentCode: '500000', fullName: '重庆市沙坪坝区' });
    });

    it('when asked for the children of 重庆市 and 沙坪坝区, it returns 38 区县 and 26 镇街', async () => {
      expect((await send({ url: '/api/v1/regions/500000/children' })).json<{ items: unknown[] }>().items).toHaveLength(38);
      expect((await send({ url: '/api/v1/regions/500106/children' })).json<{ items: unknown[] }>().items).toHaveLength(26);
    });

    it('when searching by a name fragment, the district comes before the places inside it', async () => {
      const found = (await send({ url: `/api/v1/regions?q=${encodeURIComponent('沙坪坝')}&limit=5` })).json<{ items: { code: string }[] }>();
      expect(found.items[0]?.code).toBe('500106');
      const villages = await send({ url: `/api/v1/regions?q=${encodeURIComponent('社区')}&within=500106001&level=village&limit=100` });
      expect(villages.json<{ items: { code: string }[] }>().items.every((item) => item.code.startsWith('500106001'))).toBe(true);
    });

    it('when the region does not exist, it answers 404', async () => {
      expect((await send({ url: '/api/v1/regions/500199' })).statusCode).toBe(404);
      expect((await send({ url: '/api/v1/regions/500199/children' })).statusCode).toBe(404);
    });
  });
});
