import type { ImportResult } from '@kepu/domain';
import { schema } from '@kepu/db';
import { readTable, readXlsx, xlsxChunks, type Cell } from '@kepu/sheets';
import { handWrittenXlsx, zipBomb } from '@kepu/sheets/testing';
import { count, eq, isNull, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type AuthHeaders, type TestApp } from '../../test/app.js';
import { loadDemoData } from '../demo/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.database.db);
});
afterAll(() => t.close());

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function xlsx(rows: Cell[][]): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of xlsxChunks([{ layout: { name: 'Sheet1' }, rows }])) parts.push(chunk);
  return Buffer.concat(parts);
}

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

async function check(entity: string, file: Buffer, headers: AuthHeaders = {}) {
  return t.inject({
    method: 'POST',
    url: `/api/v1/imports?entity=${entity}&fileName=test`,
    payload: file,
    headers: { 'content-type': file[0] === 0x50 ? xlsxType : 'text/csv', ...headers },
  });
}

async function checked(entity: string, file: Buffer, headers: AuthHeaders = {}): Promise<ImportResult> {
  const response = await check(entity, file, headers);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<ImportResult>();
}

const commit = (id: string, headers: AuthHeaders = {}) => t.inject({ method: 'POST', url: `/api/v1/imports/${id}/commit`, headers });

/** Every live record's id and version, to prove an import changed nothing. */
async function snapshot() {
  const { organisations, venues, events } = schema;
  const versions = async (table: typeof organisations | typeof venues | typeof events) =>
    (await t.database.db.select({ id: table.id, version: table.version }).from(table).where(isNull(table.deletedAt)))
      .map((row) => `${row.id}@${row.version}`)
      .sort();
  return { organisations: await versions(organisations), venues: await versions(venues), events: await versions(events) };
}

const importAudits = async () =>
  (await t.database.db.select({ n: count() }).from(schema.auditLog).where(eq(schema.auditLog.action, 'import')))[0]?.n ?? 0;

describe('the import template', () => {
  it('when the events template is downloaded, its first sheet has the Chinese headers an import expects', async () => {
    const response = await t.inject({ url: '/api/v1/import-templates/events?format=xlsx' });
    expect(response.statusCode).toBe(200);
    const { sheetName, rows } = readXlsx(response.rawPayload);
    expect(sheetName).toBe('科普活动');
    expect(rows[0]?.cells.slice(0, 5)).toEqual(['活动名称', '活动类型', '行政区划', '主办组织', '举办阵地']);
    const csvTemplate = await t.inject({ url: '/api/v1/import-templates/venues?format=csv' });
    expect(readTable(csvTemplate.rawPayload).rows[0]?.cells[0]).toBe('名称');
  });
});

describe('import round trip', () => {
  for (const [entity, format] of [
    ['organisations', 'xlsx'],
    ['venues', 'csv'],
    ['events', 'xlsx'],
  ] as const) {
    it(`when 沙坪坝区's ${entity} are exported as ${format} and imported again, every row is unchanged and nothing is written`, async () => {
      const exported = await t.inject({ url: `/api/v1/${entity}/export?format=${format}&region=500106` });
      expect(exported.statusCode).toBe(200);
      const exportedRows = readTable(exported.rawPayload).rows.length - 1;
      expect(exportedRows).toBeGreaterThan(10);
      const before = await snapshot();
      const audits = await importAudits();

      const result = await checked(entity, exported.rawPayload);
      expect(result.summary).toMatchObject({ rows: exportedRows, create: 0, update: 0, error: 0, unchanged: exportedRows });
      const committed = await commit(result.id);
      expect(committed.statusCode, committed.body).toBe(200);
      expect(committed.json<ImportResult>().status).toBe('committed');

      expect(await snapshot()).toEqual(before);
      // The import itself is audited once, with its row count; no record changed, so no record entries.
      expect(await importAudits()).toBe(audits + 1);
    });
  }
});

describe("a commit taking its dry run's answer", () => {
  it('when records of the file, or others, change between the check of an unchanged file and its commit, the commit still leaves the records as the file has them', async () => {
    const exported = await t.inject({ url: '/api/v1/events/export?format=csv&region=500106' });
    expect(exported.statusCode).toBe(200);
    const ids = (await t.database.db.select({ id: schema.events.id }).from(schema.events).where(eq(schema.events.regionCode, '500106'))).map(
      (row) => row.id,
    );
    const edit = fc.record({
      kind: fc.constantFrom('retitle', 'attendance', 'unrelated event'),
      index: fc.nat(),
      value: fc.integer({ min: 1, max: 9_999 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 3 }), async (edits) => {
        const result = await checked('events', exported.rawPayload);
        expect(result.summary).toMatchObject({ create: 0, update: 0, error: 0 });
        for (const { kind, index, value } of edits) {
          if (kind === 'unrelated event') {
            await t.database.db.execute(
              sql`update events set title = ${`别区的活动${value}`} where id = (select id from events where region_code like '500112%' and deleted_at is null limit 1)`,
            );
            continue;
          }
          const id = ids[index % ids.length] as string;
          const current = await t.inject({ url: `/api/v1/events/${id}` });
          const patch = kind === 'retitle' ? { title: `改过的标题${value}` } : { attendance: 1_000_000 + value };
          const patched = await t.inject({
            method: 'PATCH',
            url: `/api/v1/events/${id}`,
            headers: { 'if-match': current.headers.etag as string },
            payload: patch,
          });
          expect(patched.statusCode, patched.body).toBe(200);
        }
        const committed = await commit(result.id);
        expect(committed.statusCode, committed.body).toBe(200);
        // The records now hold what the file holds: checking it once more finds nothing to change.
        expect((await checked('events', exported.rawPayload)).summary).toMatchObject({ create: 0, update: 0, error: 0 });
      }),
      { numRuns: 4 },
    );
  }, 120_000);
});

describe('creating and updating by import', () => {
  const header = '名称,类型,行政区划,统一社会信用代码,会员数,注册志愿者数';

  it('when new organisations come in with names, full-width digits and regions by name, they are created once and a re-import changes nothing', async () => {
    const file = csv([header, '沙坪坝区导入测试学会,学会/协会,重庆市沙坪坝区,,１２０,"1,500"', '导入测试科普e站,科普e站,500106001,,0,12']);
    const result = await checked('organisations', file);
    expect(result.summary).toMatchObject({ rows: 2, create: 2, update: 0, unchanged: 0, error: 0 });
    expect((await commit(result.id)).statusCode).toBe(200);
    const list = await t.inject({ url: '/api/v1/organisations?q=导入测试&sort=name' });
    expect(list.json<{ items: { name: string; memberCount: number; volunteerCount: number; regionCode: string }[] }>().items).toEqual([
      expect.objectContaining({ name: '导入测试科普e站', regionCode: '500106001', volunteerCount: 12 }),
      expect.objectContaining({ name: '沙坪坝区导入测试学会', regionCode: '500106', memberCount: 120, volunteerCount: 1500 }),
    ]);
    const audit = await t.inject({ url: '/api/v1/audit?entity=imports' });
    expect(audit.json<{ items: { after: Record<string, unknown> }[] }>().items[0]?.after).toMatchObject({
      entity: 'organisations',
      rows: 2,
      created: 2,
    });

    const again = await checked('organisations', file);
    expect(again.summary).toMatchObject({ create: 0, update: 0, unchanged: 2 });
    const changed = await checked('organisations', csv([header, '沙坪坝区导入测试学会,学会/协会,500106,,121,1500']));
    expect(changed.summary).toMatchObject({ update: 1 });
  });

  it('when an XLSX gives dates as Excel serials and as text, both are read as Asia/Shanghai times', async () => {
    const file = await xlsx([
      ['活动名称', '活动类型', '行政区划', '主办组织', '开始时间', '结束时间', '活动形式', '受众人次'],
      ['导入测试讲座甲', '讲座', '500106', '沙坪坝区导入测试学会', 45550.375, 45550.5, '线下', 300],
      ['导入测试讲座乙', '讲座', '500106', '沙坪坝区导入测试学会', '2024年9月16日 9:00', '2024/9/16 11:30', '线下', '３００'],
    ]);
    const result = await checked('events', file);
    expect(result.summary, JSON.stringify(result.summary.problems)).toMatchObject({ create: 2, error: 0 });
    expect((await commit(result.id)).statusCode).toBe(200);
    const list = await t.inject({ url: '/api/v1/events?q=导入测试讲座&sort=startsAt' });
    expect(list.json<{ items: { startsAt: string; endsAt: string; attendance: number }[] }>().items).toEqual([
      expect.objectContaining({ startsAt: '2024-09-15T09:00:00+08:00', endsAt: '2024-09-15T12:00:00+08:00', attendance: 300 }),
      expect.objectContaining({ startsAt: '2024-09-16T09:00:00+08:00', endsAt: '2024-09-16T11:30:00+08:00', attendance: 300 }),
    ]);
  });
});

describe('references to rows of the same file', () => {
  const header = '名称,类型,行政区划,上级组织';
  type Listed = { id: string; name: string; parentId: string | null };
  const organisationsNamed = async (q: string) =>
    new Map(
      (await t.inject({ url: `/api/v1/organisations?q=${encodeURIComponent(q)}&pageSize=100` }))
        .json<{ items: Listed[] }>()
        .items.map((item) => [item.name, item]),
    );

  for (const { township, village, order } of [
    { township: '曾家镇', village: '500106108001 曾家社区居民委员会', order: 'a later' },
    { township: '中梁镇', village: '500106112200 茅山峡村村民委员会', order: 'an earlier' },
  ]) {
    it(`when a 村社科普工作站 names as 上级组织 a 镇街科协 that ${order} row of the same file creates, the child points at the new row and the same file again changes nothing`, async () => {
      const station = `同文件${township}村社科普工作站,村社科普工作站,${village},同文件${township}科协`;
      const association = `同文件${township}科协,镇街科协,${township},沙坪坝区科学技术协会`;
      const file = csv(order === 'a later' ? [header, station, association] : [header, association, station]);
      const result = await checked('organisations', file);
      expect(result.summary, JSON.stringify(result.summary.problems)).toMatchObject({ rows: 2, create: 2, error: 0 });
      const committed = await commit(result.id);
      expect(committed.statusCode, committed.body).toBe(200);

      const found = await organisationsNamed(`同文件${township}`);
      const district = (await organisationsNamed('沙坪坝区科学技术协会')).get('沙坪坝区科学技术协会');
      expect(found.get(`同文件${township}科协`)?.parentId).toBe(district?.id);
      expect(found.get(`同文件${township}村社科普工作站`)?.parentId).toBe(found.get(`同文件${township}科协`)?.id);
      // Now the 镇街科协 is both a stored record and a row of the file: one record, not two namesakes.
      expect((await checked('organisations', file)).summary).toMatchObject({ unchanged: 2, error: 0 });
    });
  }

  it('when two rows of the file name each other as 上级组织, both are refused on that column, a row naming one of them too, and nothing is written', async () => {
    const file = csv([
      header,
      '循环甲学会,学会/协会,500106,循环乙学会',
      '循环乙学会,学会/协会,500106,循环甲学会',
      '循环丙学会,学会/协会,500106,循环甲学会',
    ]);
    const result = await checked('organisations', file);
    expect(result.summary).toMatchObject({ rows: 3, create: 0, error: 3 });
    expect(result.summary.problems).toEqual([
      { row: 2, column: '上级组织', message: '组织不能隶属于自己或自己的下级组织' },
      { row: 3, column: '上级组织', message: '组织不能隶属于自己或自己的下级组织' },
      { row: 4, column: '上级组织', message: '所指的第 2 行有错误，请先改正该行' },
    ]);

    const before = await snapshot();
    const refused = await commit(result.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'imports.invalid',
      errors: [{ field: 'file.rows.2.上级组织' }, { field: 'file.rows.3.上级组织' }, { field: 'file.rows.4.上级组织' }],
    });
    expect(await snapshot()).toEqual(before);
    expect((await organisationsNamed('循环')).size).toBe(0);
  });

  it('when a new row bears the name of a stored organisation in the same district, a row naming that name is asked for the id, as with any two namesakes', async () => {
    const file = csv([header, '沙坪坝区科学技术协会,学会/协会,500106001,', '同名测试学会,学会/协会,500106,沙坪坝区科学技术协会']);
    const result = await checked('organisations', file);
    expect(result.summary).toMatchObject({ create: 1, error: 1 });
    expect(result.summary.problems).toEqual([
      { row: 3, column: '上级组织', message: '有 2 条记录名为“沙坪坝区科学技术协会”（含本文件第 2 行），请改填编号' },
    ]);
  });
});

describe('bad files write nothing and say why', () => {
  async function refused(entity: string, file: Buffer, contentType?: string) {
    const before = await snapshot();
    const response = await t.inject({
      method: 'POST',
      url: `/api/v1/imports?entity=${entity}`,
      payload: file,
      headers: { 'content-type': contentType ?? (file[0] === 0x50 ? xlsxType : 'text/csv') },
    });
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await snapshot()).toEqual(before);
    return { status: response.statusCode, problem: response.json<{ code: string; errors: { field: string; message: string }[] }>() };
  }

  it('refuses a file that is not CSV or XLSX', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const { status, problem } = await refused('venues', png, 'application/octet-stream');
    expect(status).toBe(422);
    expect(problem.errors[0]).toMatchObject({ field: 'file' });
    const legacy = await refused('venues', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'application/vnd.ms-excel');
    expect(legacy.problem.errors[0]?.message).toContain('.xls');
  });

  it('refuses wrong headers, naming the unknown and the missing columns', async () => {
    const unknown = await refused('venues', csv(['名称,类型,行政区划,颜色', 'x,科技馆,500106,红']));
    expect(unknown).toMatchObject({ status: 422, problem: { code: 'imports.headers' } });
    expect(unknown.problem.errors[0]?.message).toContain('"颜色"');
    const missing = await refused('venues', csv(['名称,行政区划', 'x,500106']));
    expect(missing.problem.errors[0]?.message).toContain('"类型"');
  });

  it('refuses a 50 MB file before reading it', async () => {
    const { status, problem } = await refused('events', Buffer.alloc(50 * 1024 * 1024, 0x41), 'text/csv');
    expect(status).toBe(413);
    expect(problem.errors[0]?.field).toBe('body');
  });

  it('stops an XLSX bomb at the unpack limit', async () => {
    const bomb = zipBomb(288);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { status, problem } = await refused('events', bomb);
    expect(status).toBe(422);
    expect(problem.code).toBe('imports.too_large');
  });

  it('refuses formulas and merged cells, naming the cell', async () => {
    const formula = await refused(
      'venues',
      Buffer.from(
        handWrittenXlsx('<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row><row r="2"><c r="A2"><f>1+1</f><v>2</v></c></row>'),
      ),
    );
    expect(formula.problem).toMatchObject({ code: 'imports.formula', errors: [{ field: 'file.A2' }] });
    const merged = await refused(
      'venues',
      Buffer.from(handWrittenXlsx('<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row>', { merges: ['A2:A3'] })),
    );
    expect(merged.problem).toMatchObject({ code: 'imports.merged', errors: [{ field: 'file.A2:A3' }] });
  });

  it('when one row of many is wrong, the dry run names it, the error sheet marks it and the commit writes nothing', async () => {
    const file = csv([
      '活动名称,活动类型,行政区划,主办组织,开始时间,结束时间,活动形式,受众人次',
      '全有或全无甲,讲座,500106,沙坪坝区导入测试学会,2024-10-01 09:00,2024-10-01 10:00,线下,10',
      '全有或全无乙,讲座座,500106,沙坪坝区导入测试学会,2024-13-01 09:00,2024-10-01 10:00,线下,-3',
    ]);
    const result = await checked('events', file);
    expect(result.summary).toMatchObject({ rows: 2, create: 1, error: 1 });
    expect(result.summary.problems.map((problem) => [problem.row, problem.column])).toEqual([
      [3, '活动类型'],
      [3, '开始时间'],
    ]);
    const sheet = await t.inject({ url: `/api/v1/imports/${result.id}/errors?format=csv` });
    const rows = readTable(sheet.rawPayload).rows.map((row) => row.cells);
    expect(rows[0]?.at(-1)).toBe('错误');
    expect(rows[1]?.at(-1)).toBe('');
    expect(rows[2]?.slice(0, 2)).toEqual(['全有或全无乙', '讲座座']);
    expect(rows[2]?.at(-1)).toContain('活动类型');

    const before = await snapshot();
    const refusedCommit = await commit(result.id);
    expect(refusedCommit.statusCode).toBe(422);
    expect(refusedCommit.json()).toMatchObject({
      code: 'imports.invalid',
      errors: [{ field: 'file.rows.3.活动类型' }, { field: 'file.rows.3.开始时间' }],
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe('the language of row problems', () => {
  const file = () => csv(['名称,类型,行政区划', '语言测试阵地,科技宫,500106']);
  const sheetProblems = async (id: string) => {
    const sheet = await t.inject({ url: `/api/v1/imports/${id}/errors?format=csv` });
    const [header, row] = readTable(sheet.rawPayload).rows.map((each) => each.cells);
    return [header?.at(-1), row?.at(-1)];
  };

  it('when no language is asked for, the summary and the error sheet are in Chinese', async () => {
    const result = await checked('venues', file());
    // The choices are the dictionary's active entries: the built-in ones, then those the demo's districts added.
    expect(result.summary.problems[0]?.message).toBe(
      '“科技宫”不是可选值，可选：科技馆、科普教育基地、校园科技馆、社区科普馆/活动室、社区科普公园、农村科普示范基地、科普画廊/宣传栏、LED科普屏、科普e站、科普网络书屋、新时代文明实践所(站)科普平台、科普大篷车、' +
        '社区科普学教点、社区科普大课堂、“科普文化重庆云”终端',
    );
    expect(await sheetProblems(result.id)).toEqual(['错误', `类型：${result.summary.problems[0]?.message}`]);
  });

  it("when the uploader prefers English, the stored summary and the error sheet stay English whoever asks later; a refused commit answers in its own request's language", async () => {
    const result = await checked('venues', file(), { 'accept-language': 'en-GB,en;q=0.9,zh-CN;q=0.5' });
    expect(result.summary.problems[0]?.message).toMatch(/^"科技宫" is not one of 科技馆、/);
    expect(await sheetProblems(result.id)).toEqual(['Problems', `类型: ${result.summary.problems[0]?.message}`]);
    const refused = await commit(result.id);
    const problem = refused.json<{ title: string; errors: { field: string; message: string }[] }>();
    expect(refused.headers['content-language']).toBe('zh-CN');
    expect(problem.title).toBe('1 行共有 1 处问题，未导入任何数据');
    expect(problem.errors).toEqual([{ field: 'file.rows.2.类型', message: expect.stringMatching(/^“科技宫”不是可选值/) as string }]);
    const stored = await t.inject({ url: `/api/v1/imports/${result.id}` });
    expect(stored.json<ImportResult>().summary).toEqual(result.summary);
  });
});

describe('scope', () => {
  it('when a 沙坪坝区 admin imports a 渝北区 row, the row is refused and nothing is written', async () => {
    const headers = await t.signIn('district_admin', '500106');
    const result = await checked('venues', csv(['名称,类型,行政区划', '越界阵地,科技馆,500112', '本区阵地,科技馆,500106']), {
      ...headers,
      'accept-language': 'en',
    });
    expect(result.summary).toMatchObject({ create: 1, error: 1, problems: [{ row: 2, column: '行政区划' }] });
    expect(result.summary.problems[0]?.message).toContain('outside your scope');
    expect((await commit(result.id, headers)).statusCode).toBe(422);
    const found = await t.inject({ url: '/api/v1/venues?q=阵地&region=500112' });
    expect(found.json<{ total: number }>().total).toBe(0);
  });

  it("when a 沙坪坝区 admin writes another district's organisation or a made-up record by id, the reference is refused as not found and nothing is written", async () => {
    const yubei = (await t.inject({ url: `/api/v1/organisations?q=${encodeURIComponent('渝北区科学技术协会')}` })).json<{ items: { id: string }[] }>()
      .items[0]?.id;
    const madeUp = '00000000-0000-4000-8000-000000000000';
    const headers = await t.signIn('district_admin', '500106');
    const file = csv(['名称,类型,行政区划,上级组织', `越界上级学会,学会/协会,500106,${String(yubei)}`, `虚构上级学会,学会/协会,500106,${madeUp}`]);
    const result = await checked('organisations', file, headers);
    expect(result.summary).toMatchObject({ create: 0, error: 2 });
    expect(result.summary.problems).toEqual([
      { row: 2, column: '上级组织', message: `找不到记录 ${String(yubei)}，它可能已被删除，或不在您的权限范围内` },
      { row: 3, column: '上级组织', message: `找不到记录 ${madeUp}，它可能已被删除，或不在您的权限范围内` },
    ]);
    expect((await commit(result.id, headers)).statusCode).toBe(422);
  });

  it("when a 沙坪坝区 admin asks for another district's import, it does not exist for them", async () => {
    const cityImport = await checked('venues', csv(['名称,类型,行政区划', '市级导入阵地,科技馆,500112']));
    const headers = await t.signIn('district_admin', '500106');
    expect((await t.inject({ url: `/api/v1/imports/${cityImport.id}`, headers })).statusCode).toBe(404);
    expect((await commit(cityImport.id, headers)).statusCode).toBe(404);
  });
});
