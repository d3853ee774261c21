import { headlineFigures, headlineValueText, type FirstScreenData, type StatsOverview } from '@kepu/domain';
import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type AuthHeaders, type TestApp } from '../../test/app.js';
import { create, eventInput, organisationInput } from '../../test/fixtures.js';
import { dataBlock } from './first-screen.js';

const page = '<!doctype html><html lang="zh-CN"><head><title>全域科普管理平台</title></head><body><div id="root"></div></body></html>';

/** The painting's data block, parsed, or undefined when the page has none. */
function paintedData(html: string) {
  const block = /<script type="application\/json" id="first-screen-data">(.*?)<\/script>/s.exec(html)?.[1];
  return block === undefined ? undefined : (JSON.parse(block) as FirstScreenData);
}

/** The figures' texts as the painting shows them, by Element Timing name. */
const paintedFigures = (html: string): Record<string, string> =>
  Object.fromEntries([...html.matchAll(/elementtiming="(kpi-[a-z]+)">([^<]*)</g)].map((match) => [match[1] ?? '', match[2] ?? '']));

describe("the dashboard's first figures painted into the console's page", () => {
  let t: TestApp;
  let directory: string;
  let district: AuthHeaders;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kepu-console-'));
    await writeFile(join(directory, 'index.html'), page);
    t = await buildTestApp({ consoleDirectory: directory });
    district = await t.signIn('district_admin', '500112');
    // Entered as the district's own admin would, through the API: two events in 2024, one without 受众人次.
    const organisation = await create(t, 'organisations', organisationInput({ name: '渝北区科普作家协会', regionCode: '500112' }), district);
    await create(t, 'events', eventInput(organisation.id, { title: '渝北科普讲座', regionCode: '500112017', attendance: 1234 }), district);
    await create(
      t,
      'events',
      eventInput(organisation.id, { title: '渝北科普展', regionCode: '500112017', attendance: null, participants: null }),
      district,
    );
  });

  afterAll(async () => {
    await t?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it("paints a signed-in user's figures as the overview gives them, with the answers, for their region by default", async () => {
    const response = await t.app.inject({ url: '/?year=2024', headers: district });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const data = paintedData(response.body);
    expect(data?.query).toEqual({ region: '500112', year: 2024 });
    const overview = (await t.app.inject({ url: '/api/v1/stats/overview?region=500112&year=2024', headers: district })).json<StatsOverview>();
    expect(data?.overview).toEqual(overview);
    expect(data?.session).toEqual((await t.app.inject({ url: '/api/v1/auth/me', headers: district })).json());
    const figures = paintedFigures(response.body);
    expect(figures['kpi-events']).toBe('2');
    expect(figures['kpi-attendance']).toBe('1,234');
    expect(response.body).toContain('另1条未填报');
    expect(figures).toEqual(Object.fromEntries(headlineFigures(overview, 'zh').map((figure) => [`kpi-${figure.id}`, headlineValueText(figure)])));
    expect(response.body).toContain('数据看板 · 渝北区');
    // The console's own page follows, unchanged.
    expect(response.body.endsWith('<div id="root"></div></body></html>')).toBe(true);
  });

  it('paints in the language the console was switched to', async () => {
    const response = await t.app.inject({ url: '/?year=2024', headers: { ...district, cookie: `${district.cookie}; kepu_language=en` } });
    expect(response.body).toContain('Dashboard · ');
    expect(response.body).toContain('1 records not reported');
  });

  it('serves the plain page without a session, for another page, and when the figures are refused or the query is wrong', async () => {
    const cases = [
      { url: '/', headers: {} },
      { url: '/', headers: { cookie: 'kepu_session=not-a-session' } },
      { url: '/events', headers: district },
      // Outside the district's scope: the stats route refuses it, so nothing is painted.
      { url: '/?region=500106', headers: district },
      { url: '/?year=二〇二四', headers: district },
    ];
    for (const { url, headers } of cases) {
      const response = await t.app.inject({ url, headers });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toBe(page);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('keeps a hostile label inside the data block: the console reads back the answer as given', async () => {
    const label = '</script><script>alert(1)</script><!--';
    const added = await t.inject({
      method: 'POST',
      url: '/api/v1/dictionary/organisation_type',
      payload: { code: 'hostile', labelZh: label, labelEn: label },
    });
    expect(added.statusCode, added.body).toBe(201);
    await create(t, 'organisations', organisationInput({ name: '渝北区某组织', type: 'hostile', regionCode: '500112' }), district);
    const response = await t.app.inject({ url: '/?year=2024', headers: district });
    expect(response.body.match(/<script/g)).toHaveLength(1);
    expect(paintedData(response.body)?.overview.organisations.byType.map((type) => type.label)).toContain(label);
  });

  it('writes any JSON value as a data block that cannot be closed from inside and reads back the same', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const block = dataBlock(value);
        expect(block).not.toContain('<');
        expect(JSON.parse(block)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
