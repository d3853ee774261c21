import type { ImportResult } from '@kepu/domain';
import { readTable } from '@kepu/sheets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { create, organisationInput } from '../../test/fixtures.js';

// The "add a field" recipe done for real: `website` is the table column plus one entry in the
// domain's field list, and nothing else; this proves it reaches the API, exports and imports.

describe('an organisation website', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const cellsOf = (payload: Buffer) => readTable(payload).rows.map((row) => row.cells.map(String));

  it('when an organisation is created with a website, it is read back, patched and listed with it', async () => {
    const created = await create(t, 'organisations', organisationInput({ name: '网址测试学会', website: ' https://www.spbkx.cn/about ' }));
    expect(created).toMatchObject({ website: 'https://www.spbkx.cn/about' });
    const read = await t.inject({ url: `/api/v1/organisations/${created.id}` });
    expect(read.json()).toMatchObject({ name: '网址测试学会', website: 'https://www.spbkx.cn/about' });

    const patched = await t.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${created.id}`,
      headers: { 'if-match': '"1"' },
      payload: { website: 'http://kx.example.cn' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const list = await t.inject({ url: '/api/v1/organisations?q=网址测试' });
    expect(list.json<{ items: unknown[] }>().items).toEqual([expect.objectContaining({ website: 'http://kx.example.cn' })]);
  });

  it('when a website is not an http(s) URL or is too long, it is refused on that field', async () => {
    for (const website of ['ftp://kx.example.cn', 'javascript:alert(1)', `https://${'a'.repeat(200)}.cn`]) {
      const response = await t.inject({ method: 'POST', url: '/api/v1/organisations', payload: organisationInput({ name: '坏网址学会', website }) });
      expect(response.statusCode, website).toBe(400);
      expect(new Set(response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field))).toEqual(new Set(['body.website']));
    }
  });

  it('when organisations are exported as CSV, a 网址 column carries the website', async () => {
    await create(t, 'organisations', organisationInput({ name: '网址导出学会', website: 'https://export.example.cn' }));
    const exported = await t.inject({ url: '/api/v1/organisations/export?format=csv&q=网址导出' });
    expect(exported.statusCode, exported.body).toBe(200);
    const [header, row] = cellsOf(exported.rawPayload);
    const column = header?.indexOf('网址') ?? -1;
    expect(column).toBeGreaterThan(-1);
    expect(row?.[column]).toBe('https://export.example.cn');
  });

  it('when organisations are imported from CSV with a 网址 column, they are stored with their website', async () => {
    const template = await t.inject({ url: '/api/v1/import-templates/organisations?format=csv' });
    expect(cellsOf(template.rawPayload)[0]).toContain('网址');

    const file = Buffer.from('\uFEFF名称,类型,行政区划,网址\r\n网址导入学会,学会/协会,500106,https://import.example.cn\r\n', 'utf8');
    const checked = await t.inject({
      method: 'POST',
      url: '/api/v1/imports?entity=organisations&fileName=test',
      payload: file,
      headers: { 'content-type': 'text/csv' },
    });
    expect(checked.statusCode, checked.body).toBe(201);
    const result = checked.json<ImportResult>();
    expect(result.summary).toMatchObject({ rows: 1, create: 1, error: 0 });
    expect((await t.inject({ method: 'POST', url: `/api/v1/imports/${result.id}/commit` })).statusCode).toBe(200);
    const list = await t.inject({ url: '/api/v1/organisations?q=网址导入' });
    expect(list.json<{ items: unknown[] }>().items).toEqual([
      expect.objectContaining({ name: '网址导入学会', website: 'https://import.example.cn' }),
    ]);
  });
});
