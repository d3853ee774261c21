import type { ImportResult } from '@kepu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { create, eventInput, organisationInput, summaryInput } from '../../test/fixtures.js';

describe('activity summaries', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const fieldsOf = (body: string) => new Set((JSON.parse(body) as { errors: { field: string }[] }).errors.map((error) => error.field));

  it('when a summary gives 场次 and 人次 with their qualifiers and no 人数, it is read back with 人数 unknown, not zero', async () => {
    const created = await create(t, 'summaries', summaryInput({ title: '汇总读回测试' }));
    const read = await t.inject({ url: `/api/v1/summaries/${created.id}` });
    expect(read.json()).toMatchObject({
      title: '汇总读回测试',
      eventCount: 350,
      eventCountQualifier: 'more_than',
      attendance: 1_500_000,
      attendanceQualifier: 'more_than',
      participants: null,
      participantsQualifier: null,
      organiserIds: [],
      source: null,
    });
  });

  it('when a summary gives no figure, a qualifier without its figure, or ends before it starts, each is refused on its field', async () => {
    const cases = [
      {
        body: summaryInput({ eventCount: null, eventCountQualifier: null, attendance: null, attendanceQualifier: null }),
        fields: ['body.eventCount'],
      },
      { body: summaryInput({ participantsQualifier: 'about' }), fields: ['body.participantsQualifier'] },
      { body: summaryInput({ periodFrom: '2023-10-01', periodTo: '2023-09-30' }), fields: ['body.periodTo'] },
      { body: summaryInput({ attendance: 10, attendanceQualifier: null, participants: 11 }), fields: ['body.participants'] },
    ];
    for (const { body, fields } of cases) {
      const response = await t.inject({ method: 'POST', url: '/api/v1/summaries', payload: body });
      expect(response.statusCode, response.body).toBe(400);
      expect(fieldsOf(response.body)).toEqual(new Set(fields));
    }
  });

  it('when summaries are listed by year, a period that spans years is found in each of them and not outside', async () => {
    await create(t, 'summaries', summaryInput({ title: '社区科普大学授课', periodFrom: '2012-01-01', periodTo: '2022-12-31', eventCount: 2246 }));
    const titlesIn = async (year: number) =>
      (await t.inject({ url: `/api/v1/summaries?year=${year}&q=社区科普大学` }))
        .json<{ items: { title: string }[] }>()
        .items.map((item) => item.title);
    expect(await titlesIn(2012)).toEqual(['社区科普大学授课']);
    expect(await titlesIn(2022)).toEqual(['社区科普大学授课']);
    expect(await titlesIn(2023)).toEqual([]);
  });

  it('when summaries are exported, the qualifiers go out as staff write them', async () => {
    await create(t, 'summaries', summaryInput({ title: '汇总导出测试' }));
    const exported = await t.inject({ url: '/api/v1/summaries/export?format=csv&q=汇总导出测试' });
    expect(exported.statusCode, exported.body).toBe(200);
    const [header = '', row = ''] = exported.body.replace(/^\uFEFF/, '').split(/\r?\n/);
    const cells = Object.fromEntries(header.split(',').map((name, index) => [name, row.split(',')[index]]));
    expect(cells).toMatchObject({ 场次: '350', 场次限定: '余', 受众人次: '1500000', 人次限定: '余', 受众人数: '' });
  });

  it('when a 镇街 clerk reports a summary for their own 镇街, it is stored; for the district, it is refused', async () => {
    const clerk = await t.signIn('township_staff', '500106001');
    const own = await t.inject({
      method: 'POST',
      url: '/api/v1/summaries',
      headers: clerk,
      payload: summaryInput({ title: '街道汇总', regionCode: '500106001' }),
    });
    expect(own.statusCode, own.body).toBe(201);
    const above = await t.inject({ method: 'POST', url: '/api/v1/summaries', headers: clerk, payload: summaryInput({ title: '区级汇总' }) });
    expect(above.statusCode).toBe(403);
  });

  describe('never counting the same activities twice', () => {
    // 大足 (500111): a district summary of its 2023 全国科普日 month; its 镇街 and the district itself are covered.
    const region = '500111';
    let organiserId = '';
    beforeAll(async () => {
      organiserId = (await create(t, 'organisations', organisationInput({ name: '大足区科协', type: 'district_association', regionCode: region })))
        .id;
      await create(t, 'summaries', summaryInput({ title: '大足全国科普日汇总', regionCode: region, organiserIds: [organiserId] }));
    });
    const event = (overrides: Record<string, unknown>) =>
      t.inject({ method: 'POST', url: '/api/v1/events', payload: eventInput(organiserId, { regionCode: '500111001', ...overrides }) });

    it('when an event falls in a summary of its category, region and period, it is refused naming the summary; outside, or cancelled, it is stored', async () => {
      const inside = await event({ title: '大足科普日单场', startsAt: '2023-09-16T09:00:00+08:00', endsAt: '2023-09-16T11:00:00+08:00' });
      expect(inside.statusCode, inside.body).toBe(422);
      const [problem] = inside.json<{ errors: { field: string; message: string }[] }>().errors;
      expect(problem?.field).toBe('body.category');
      expect(problem?.message).toContain('活动汇总“大足全国科普日汇总”（2023-09-01 至 2023-09-30）');
      const after = await event({ title: '大足十月讲座', startsAt: '2023-10-02T09:00:00+08:00', endsAt: '2023-10-02T11:00:00+08:00' });
      expect(after.statusCode, after.body).toBe(201);
      const otherCategory = await event({
        title: '大足九月讲座',
        category: 'lecture',
        startsAt: '2023-09-16T09:00:00+08:00',
        endsAt: '2023-09-16T11:00:00+08:00',
      });
      expect(otherCategory.statusCode, otherCategory.body).toBe(201);
      const cancelled = await event({
        title: '取消的科普日',
        status: 'cancelled',
        startsAt: '2023-09-17T09:00:00+08:00',
        endsAt: '2023-09-17T11:00:00+08:00',
      });
      expect(cancelled.statusCode, cancelled.body).toBe(201);
    });

    it('when a summary would cover events already entered one by one, it is refused naming how many; another region is fine', async () => {
      const covering = await t.inject({
        method: 'POST',
        url: '/api/v1/summaries',
        payload: summaryInput({ title: '大足讲座汇总', category: 'lecture', regionCode: region, periodFrom: '2023-09-01', periodTo: '2023-12-31' }),
      });
      expect(covering.statusCode, covering.body).toBe(422);
      const [problem] = covering.json<{ errors: { field: string; message: string }[] }>().errors;
      expect(problem).toMatchObject({
        field: 'body.periodFrom',
        message: expect.stringContaining('已逐场录入 1 场讲座活动（如“大足九月讲座”）') as unknown,
      });
      const elsewhere = await t.inject({
        method: 'POST',
        url: '/api/v1/summaries',
        payload: summaryInput({
          title: '大足另一街道讲座汇总',
          category: 'lecture',
          regionCode: '500111002',
          periodFrom: '2023-09-01',
          periodTo: '2023-12-31',
        }),
      });
      expect(elsewhere.statusCode, elsewhere.body).toBe(201);
    });

    it('when an import brings an event inside a summary, the dry run refuses that row on 活动类型 and the commit writes nothing', async () => {
      const file = Buffer.from(
        `\uFEFF活动名称,活动类型,行政区划,主办组织,开始时间,结束时间,活动形式,受众人次\r\n导入的科普日单场,全国科普日,500111001,${organiserId},2023-09-20 09:00,2023-09-20 11:00,线下,100\r\n`,
        'utf8',
      );
      const checked = await t.inject({
        method: 'POST',
        url: '/api/v1/imports?entity=events&fileName=test',
        payload: file,
        headers: { 'content-type': 'text/csv' },
      });
      expect(checked.statusCode, checked.body).toBe(201);
      const result = checked.json<ImportResult>();
      expect(result.summary.error).toBe(1);
      expect(result.summary.problems[0]).toMatchObject({
        row: 2,
        column: '活动类型',
        message: expect.stringContaining('大足全国科普日汇总') as unknown,
      });
      const commit = await t.inject({ method: 'POST', url: `/api/v1/imports/${result.id}/commit` });
      expect(commit.statusCode).toBe(422);
    });
  });

  describe('in the statistics', () => {
    // 万盛 (500110) has no other records in the test database, so every figure read back is the summaries'.
    const region = '500110';
    const overview = async (query: string, within = region) =>
      (await t.inject({ url: `/api/v1/stats/overview?region=${within}&${query}` })).json<{
        events: Record<'events' | 'attendance' | 'participants' | 'onlineViews', number | null> & Record<string, number | null>;
      }>().events;
    const breakdown = async (by: string, query: string) =>
      (await t.inject({ url: `/api/v1/stats/breakdown?region=${region}&by=${by}&${query}` })).json<{
        items: { key: string; events?: number | null; attendance?: number | null; attendanceUnknown?: number; onlineViewsUnknown?: number }[];
      }>().items;

    beforeAll(async () => {
      // 350余场次 over September 2023 (30 days), 1,500,000 人次; and a lecture series of 2,246 over 2012–2022 with 人次 unknown.
      await create(t, 'summaries', summaryInput({ title: '万盛全国科普日', regionCode: region }));
      await create(
        t,
        'summaries',
        summaryInput({
          title: '万盛社区科普大学',
          category: 'lecture',
          regionCode: '500110001',
          periodFrom: '2012-01-01',
          periodTo: '2022-12-31',
          eventCount: 2246,
          eventCountQualifier: null,
          attendance: null,
          attendanceQualifier: null,
        }),
      );
    });

    it('when its whole period is asked for, a summary counts its figures exactly, and an unknown 人次 is counted as unknown, not 0', async () => {
      expect(await overview('from=2023-09-01&to=2023-09-30')).toEqual({
        events: 350,
        eventsUnknown: 0,
        attendance: 1_500_000,
        attendanceUnknown: 0,
        // 人数 not given, and a summary holds no online views or volunteers: nothing known, one record unknown.
        participants: null,
        participantsUnknown: 1,
        onlineViews: null,
        onlineViewsUnknown: 1,
        eventVolunteers: null,
        eventVolunteersUnknown: 1,
      });
      expect(await overview('from=2012-01-01&to=2016-12-31')).toMatchObject({ events: 1021, attendance: null, attendanceUnknown: 1 });
      // Both summaries in one period: the known 人次 is summed, the unknown one reported beside it.
      expect(await overview('from=2012-01-01&to=2023-12-31')).toMatchObject({ events: 2596, attendance: 1_500_000, attendanceUnknown: 1 });
    });

    it('when broken down by month or week, a summary is an unknown of each month and each week it touches, once', async () => {
      const months = await breakdown('month', 'year=2016');
      expect(months.map((month) => [month.attendance, month.attendanceUnknown])).toEqual(months.map(() => [null, 1]));
      const weeks = await breakdown('week', 'from=2023-09-01&to=2023-09-30');
      // 1–30 September 2023 touches ISO weeks 35 to 39; the 全国科普日 summary is one record of each.
      expect(weeks.map((week) => [week.key, week.attendanceUnknown, week.onlineViewsUnknown])).toEqual(
        ['2023-W35', '2023-W36', '2023-W37', '2023-W38', '2023-W39'].map((key) => [key, 0, 1]),
      );
      expect(weeks.reduce((sum, week) => sum + (week.attendance ?? 0), 0)).toBe(1_500_000);
      const series = (await t.inject({ url: `/api/v1/stats/timeseries?region=${region}&year=2023` })).json<{
        items: {
          month: string;
          attendance: number | null;
          attendanceUnknown: number;
          previousYear: { attendance: number | null; attendanceUnknown: number };
        }[];
      }>().items;
      expect(series.find((item) => item.month === '2023-09')).toMatchObject({ attendance: 1_500_000, attendanceUnknown: 0 });
      expect(series.find((item) => item.month === '2023-01')).toMatchObject({
        attendance: 0,
        attendanceUnknown: 0,
        previousYear: { attendance: null, attendanceUnknown: 1 },
      });
    });

    it('when a period holds part of a summary, it receives the floor of its share of days, and the months add up to the whole', async () => {
      // 10 of 30 days: floor(350 × 10 / 30) − floor(350 × 0 / 30) = 116.
      expect(await overview('from=2023-09-01&to=2023-09-10')).toMatchObject({ events: 116, attendance: 500_000 });
      expect(await overview('from=2023-09-11&to=2023-09-30')).toMatchObject({ events: 234, attendance: 1_000_000 });
      const years = await Promise.all(
        [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022].map((year) => overview(`year=${year}`, '500110001')),
      );
      expect(years.reduce((sum, year) => sum + (year.events ?? 0), 0)).toBe(2246);
      const months = await breakdown('month', 'year=2016');
      expect(months.reduce((sum, month) => sum + (month.events ?? 0), 0)).toBe((await overview('year=2016')).events);
    });

    it('when broken down by category and by 镇街, each summary lands in its own category and region', async () => {
      const categories = await breakdown('eventCategory', 'year=2022');
      expect(categories.find((item) => item.key === 'lecture')?.events).toBe((await overview('year=2022')).events);
      const townships = await breakdown('region', 'year=2022');
      expect(townships.find((item) => item.key === '500110001')?.events).toBe((await overview('year=2022', '500110001')).events);
    });

    it('when "since 2012" is asked in one call, the whole lecture series comes back; a series by month stays within five years', async () => {
      expect(await overview('from=2012-01-01&to=2026-12-31', '500110001')).toMatchObject({ events: 2246 });
      for (const url of [
        `/api/v1/stats/breakdown?region=${region}&by=month&from=2012-01-01&to=2017-01-31`,
        `/api/v1/stats/timeseries?region=${region}&from=2012-01-01&to=2017-01-31`,
        `/api/v1/stats/overview?region=${region}&from=1990-01-01&to=2020-01-01`,
      ]) {
        const response = await t.inject({ url });
        expect(response.statusCode, url).toBe(400);
        expect(fieldsOf(response.body), url).toEqual(new Set(['query.to']));
      }
    });

    it('when only planned events are asked for, summaries do not count', async () => {
      expect(await overview('from=2023-09-01&to=2023-09-30&status=planned')).toMatchObject({ events: 0, attendance: 0 });
    });
  });
});
