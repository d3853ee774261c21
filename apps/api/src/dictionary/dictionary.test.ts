import {
  MAX_ENTRIES_PER_KIND,
  officialEntries,
  type DictionaryEntry,
  type DictionaryKind,
  type StatsBreakdown,
  type StatsRanking,
} from '@kepu/domain';
import { schema } from '@kepu/db';
import { readXlsx } from '@kepu/sheets';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type AuthHeaders, type TestApp } from '../../test/app.js';
import { create, organisationInput, venueInput } from '../../test/fixtures.js';

const yubei = { code: '500112', township: '500112017' };

describe('the dictionary (字典)', () => {
  let t: TestApp;
  let districtAdmin: AuthHeaders;
  let clerk: AuthHeaders;
  beforeAll(async () => {
    t = await buildTestApp();
    const { userId: _admin, ...admin } = await t.signIn('district_admin', yubei.code);
    const { userId: _clerk, ...townshipStaff } = await t.signIn('township_staff', yubei.township);
    districtAdmin = admin;
    clerk = townshipStaff;
  });
  afterAll(() => t.close());

  const entries = async (kind: DictionaryKind) =>
    (await t.inject({ url: `/api/v1/dictionary?kind=${kind}` })).json<{ items: DictionaryEntry[] }>().items;
  const errorsOf = (body: string) => (JSON.parse(body) as { errors: { field: string; message: string }[] }).errors;

  it('when a database is new, every entry the code names is seeded with its label, built in, and the indicator catalogue has units', async () => {
    for (const [kind, labels] of Object.entries(officialEntries) as [DictionaryKind, Record<string, string>][]) {
      const seeded = await entries(kind);
      for (const [code, label] of Object.entries(labels)) {
        expect(seeded.find((entry) => entry.code === code)).toMatchObject({ labelZh: label, active: true, official: true });
      }
    }
    const catalogue = await entries('indicator_kind');
    expect(catalogue.find((entry) => entry.code === 'kepu_china_app_users')).toMatchObject({ unit: '人', measure: 'count', official: false });
    expect(catalogue.find((entry) => entry.code === 'competition_awards_world')).toMatchObject({ parentCode: 'competition_awards' });
    expect(catalogue.every((entry) => entry.unit !== null && entry.measure !== null)).toBe(true);
  });

  it("when the city admin adds a venue type, a 镇街 clerk records a venue of it and the district's breakdown and 科普统计 form count it under its parent", async () => {
    const denied = await t.inject({
      method: 'POST',
      url: '/api/v1/dictionary/venue_type',
      headers: districtAdmin,
      payload: { code: 'learning_point', labelZh: '社区科普学教点', labelEn: 'Learning point' },
    });
    expect(denied.statusCode).toBe(403);
    const added = await t.inject({
      method: 'POST',
      url: '/api/v1/dictionary/venue_type',
      payload: { code: 'learning_point', labelZh: '社区科普学教点', labelEn: 'Community learning point', parentCode: 'community_hall' },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ kind: 'venue_type', code: 'learning_point', parentCode: 'community_hall', official: false, active: true });

    await create(t, 'venues', venueInput({ name: '龙溪社区科普学教点', type: 'learning_point', regionCode: yubei.township }), clerk);
    await create(t, 'venues', venueInput({ name: '龙溪社区科普活动室', type: 'community_hall', regionCode: yubei.township }), clerk);

    const breakdown = (
      await t.inject({ url: `/api/v1/stats/breakdown?region=${yubei.code}&by=venueType`, headers: districtAdmin })
    ).json<StatsBreakdown>();
    expect(breakdown.items.find((item) => item.key === 'learning_point')).toMatchObject({
      label: '社区科普学教点',
      parentKey: 'community_hall',
      venues: 1,
    });
    expect(breakdown.items.find((item) => item.key === 'community_hall')).toMatchObject({ parentKey: null, venues: 1 });

    const form = await t.inject({ url: `/api/v1/reports/statistics-form?region=${yubei.code}&year=2024&format=xlsx`, headers: districtAdmin });
    expect(form.statusCode, form.body).toBe(200);
    const rows = readXlsx(form.rawPayload).rows.map((row) => row.cells);
    expect(rows.find((cells) => cells[0] === '其中：社区科普馆/活动室（含社区科普学教点）')?.[1]).toBe(2);
    expect(rows.find((cells) => String(cells[0]).trim() === '其中：社区科普学教点')?.[1]).toBe(1);

    const document = await t.inject({ url: '/api/openapi.json' });
    expect(document.body).toContain('`learning_point` 社区科普学教点');
  });

  it('when a record names a code that is not an entry, or a retired one, it is refused on that field in Chinese; a record that holds a retired entry keeps it', async () => {
    const unknown = await t.inject({ method: 'POST', url: '/api/v1/venues', payload: venueInput({ name: '未知类型阵地', type: 'no_such_type' }) });
    expect(unknown.statusCode, unknown.body).toBe(422);
    const [problem] = errorsOf(unknown.body);
    expect(problem?.field).toBe('body.type');
    expect(problem?.message).toContain('“no_such_type”不是阵地类型字典中的条目');

    await t.inject({
      method: 'POST',
      url: '/api/v1/dictionary/organisation_type',
      payload: { code: 'reading_club', labelZh: '科普读书会', labelEn: 'Reading club' },
    });
    const club = await create(t, 'organisations', organisationInput({ name: '沙坪坝科普读书会', type: 'reading_club' }));
    const retired = await t.inject({ method: 'PATCH', url: '/api/v1/dictionary/organisation_type/reading_club', payload: { active: false } });
    expect(retired.json()).toMatchObject({ active: false });

    const refused = await t.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: organisationInput({ name: '又一个读书会', type: 'reading_club' }),
    });
    expect(refused.statusCode).toBe(422);
    expect(errorsOf(refused.body)[0]).toMatchObject({ field: 'body.type', message: '组织类型“科普读书会”已停用，请选择其他条目' });
    const kept = await t.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${club.id}`,
      headers: { 'if-match': `"${club.version}"` },
      payload: { contactName: '张老师' },
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json()).toMatchObject({ type: 'reading_club', contactName: '张老师' });
  });

  it('when an entry is removed, one in use, a built-in one or one with entries under it is refused with 409; an unused one goes', async () => {
    await t.inject({
      method: 'POST',
      url: '/api/v1/dictionary/event_category',
      payload: { code: 'star_party', labelZh: '观星活动', labelEn: 'Star party' },
    });
    await t.inject({
      method: 'POST',
      url: '/api/v1/dictionary/event_category',
      payload: { code: 'bird_walk', labelZh: '观鸟活动', labelEn: 'Bird walk' },
    });
    const organiser = await create(t, 'organisations', organisationInput({ name: '观星协会' }));
    await t.inject({
      method: 'POST',
      url: '/api/v1/summaries',
      payload: {
        title: '观星汇总',
        category: 'star_party',
        regionCode: '500106',
        organiserIds: [organiser.id],
        periodFrom: '2024-01-01',
        periodTo: '2024-12-31',
        eventCount: 12,
      },
    });
    const inUse = await t.inject({ method: 'DELETE', url: '/api/v1/dictionary/event_category/star_party' });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json()).toMatchObject({ code: 'dictionary.in_use' });
    const builtIn = await t.inject({ method: 'DELETE', url: '/api/v1/dictionary/event_category/lecture' });
    expect(builtIn.json()).toMatchObject({ status: 409, code: 'dictionary.official' });
    const parent = await t.inject({ method: 'DELETE', url: '/api/v1/dictionary/indicator_kind/competition_awards' });
    expect(parent.json()).toMatchObject({ status: 409, code: 'dictionary.in_use' });

    expect((await t.inject({ method: 'DELETE', url: '/api/v1/dictionary/event_category/bird_walk' })).statusCode).toBe(204);
    expect((await t.inject({ url: '/api/v1/dictionary/event_category/bird_walk' })).statusCode).toBe(404);
    const audit = await t.inject({ url: '/api/v1/audit?entity=dictionary' });
    expect(audit.statusCode, audit.body).toBe(200);
  });

  it('when entries break the shape rules (a unit on a venue type, a parent that is itself a child, a taken code or name), each is refused naming why', async () => {
    const unit = await t.inject({
      method: 'POST',
      url: '/api/v1/dictionary/venue_type',
      payload: { code: 'kiosk', labelZh: '科普亭', labelEn: 'Kiosk', unit: '个' },
    });
    expect(unit.statusCode).toBe(422);
    expect(errorsOf(unit.body)[0]?.field).toBe('body.unit');
    const grandchild = await t.inject({
      method: 'POST',
      url: '/api/v1/dictionary/indicator_kind',
      payload: { code: 'awards_gold', labelZh: '金奖', labelEn: 'Gold', parentCode: 'competition_awards_world', unit: '项', measure: 'count' },
    });
    expect(errorsOf(grandchild.body)[0]?.field).toBe('body.parentCode');
    const taken = await t.inject({
      method: 'POST',
      url: '/api/v1/dictionary/venue_type',
      payload: { code: 'caravan', labelZh: '大篷车', labelEn: 'Caravan' },
    });
    expect(taken.json()).toMatchObject({ status: 409, code: 'dictionary.code_taken' });
    const sameName = await t.inject({
      method: 'POST',
      url: '/api/v1/dictionary/venue_type',
      payload: { code: 'second_museum', labelZh: '科技馆', labelEn: 'Another science museum' },
    });
    expect(sameName.statusCode).toBe(422);
    expect(errorsOf(sameName.body)[0]).toMatchObject({
      field: 'body.labelZh',
      message: expect.stringContaining('已有名称为“科技馆”的条目（代码 science_museum）') as unknown,
    });
    const badCode = await t.inject({
      method: 'POST',
      url: '/api/v1/dictionary/venue_type',
      payload: { code: 'Kiosk 1', labelZh: '科普亭', labelEn: 'Kiosk' },
    });
    expect(badCode.statusCode).toBe(400);
    expect(errorsOf(badCode.body)[0]?.field).toBe('body.code');
  });

  it('when an indicator of a catalogue kind is recorded, a ratio above 100 is refused and districts can be ranked by it', async () => {
    const base = { regionCode: '500106', year: 2024, source: '区科协年报', level: 'district' };
    const over = await t.inject({ method: 'POST', url: '/api/v1/indicators', payload: { ...base, kind: 'resident_reach_rate', value: 120 } });
    expect(over.statusCode).toBe(422);
    expect(errorsOf(over.body)[0]).toMatchObject({ field: 'body.value', message: '百分比不能超过 100' });
    await create(t, 'indicators', { ...base, kind: 'kepu_china_app_users', value: 80_000 });
    const ranking = (await t.inject({ url: '/api/v1/stats/ranking?metric=kepu_china_app_users&year=2024' })).json<StatsRanking>();
    expect(ranking.label).toBe('“科普中国”App注册用户');
    expect(ranking.items.find((item) => item.region.code === '500106')).toMatchObject({ rank: 1, value: 80_000 });
    const unknown = await t.inject({ url: '/api/v1/stats/ranking?metric=happiness' });
    expect(unknown.statusCode).toBe(422);
    expect(errorsOf(unknown.body)[0]?.field).toBe('query.metric');
  });
  it('when a kind holds its maximum of entries, one more is refused with 409 and the list stays as long as documented', async () => {
    const { dictionaryEntries } = schema;
    const held = (await entries('event_category')).length;
    const filler = Array.from({ length: MAX_ENTRIES_PER_KIND - held }, (_, index) => ({
      kind: 'event_category' as const,
      code: `filler_${index}`,
      labelZh: `填充类型${index}`,
      labelEn: `Filler ${index}`,
      position: 1000 + index,
    }));
    await t.database.db.insert(dictionaryEntries).values(filler);
    const refused = await t.inject({
      method: 'POST',
      url: '/api/v1/dictionary/event_category',
      payload: { code: 'one_more', labelZh: '再加一个', labelEn: 'One more' },
    });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'dictionary.full' });
    expect(await entries('event_category')).toHaveLength(MAX_ENTRIES_PER_KIND);
    await t.database.db.delete(dictionaryEntries).where(and(eq(dictionaryEntries.kind, 'event_category'), like(dictionaryEntries.code, 'filler_%')));
  });
});
