import { MAX_PAGE_SIZE } from '@kepu/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type TestApp } from './app.js';
import { resolve, validValue, type JsonSchema, type SchemaContext } from './generated/arbitraries.js';
import { resourceCases } from './resources.js';

// A list page is written by PostgreSQL (`responseJson`), a single record by the API (`toResponse`):
// records made from bodies generated off each create schema must read the same either way. Each
// body is a valid one with up to four fields generated: bodies generated whole mostly break rules no
// schema states (an event's end before its start) and are refused.

const entities = ['organisations', 'venues', 'events', 'summaries', 'designations', 'indicators', 'users'];

type Document = {
  paths: Record<string, { post?: { requestBody?: { content: Record<string, { schema: JsonSchema }> } } }>;
  components: { schemas: Record<string, JsonSchema> };
};

describe('list pages and single records', () => {
  let t: TestApp;
  let context: SchemaContext;
  let valid: Map<string, Record<string, unknown>>;

  beforeAll(async () => {
    t = await buildTestApp();
    const cases = await resourceCases(t);
    valid = new Map(cases.map((each) => [each.entity, each.valid]));
    // The case's indicator is created below; one of unknown year is never a duplicate of it (null is distinct).
    valid.set('indicators', { ...valid.get('indicators'), year: null });
    valid.set('users', {
      username: 'list-reader',
      displayName: '列表读者',
      role: 'viewer',
      scopeRegionCode: '500106',
      password: 'a long enough password',
    });
    const ids: string[] = [];
    for (const { entity, valid } of cases) {
      const created = await t.inject({ method: 'POST', url: `/api/v1/${entity}`, payload: valid });
      ids.push(created.json<{ id: string }>().id);
    }
    const document = t.app.swagger() as unknown as Document;
    context = { components: document.components.schemas, pools: { ids, regionCodes: ['500000', '500112', '500106', '500106001', '500112017'] } };
  });

  afterAll(async () => t?.close());

  it.each(entities)('a page of %s holds each record as GET answers it', async (entity) => {
    const runs = inject('fuzzRuns') || 30;
    const document = t.app.swagger() as unknown as Document;
    const body = document.paths[`/api/v1/${entity}`]?.post?.requestBody?.content['application/json']?.schema;
    if (!body) throw new Error(`no create body for ${entity}`);
    const created: string[] = [];
    const schema = resolve(body, context);
    const names = Object.keys(schema.properties ?? {});
    await fc.assert(
      fc.asyncProperty(validValue(schema, context), fc.subarray(names, { maxLength: 4 }), async (generated, varied) => {
        const fields = generated as Record<string, unknown>;
        const payload = { ...valid.get(entity), ...Object.fromEntries(varied.filter((name) => name in fields).map((name) => [name, fields[name]])) };
        const response = await t.inject({ method: 'POST', url: `/api/v1/${entity}`, payload });
        if (response.statusCode === 201) created.push(response.json<{ id: string }>().id);
        else expect(response.statusCode, response.body).toBeLessThan(500);
      }),
      { numRuns: runs, ...(inject('fuzzSeed') ? { seed: inject('fuzzSeed') } : {}) },
    );
    expect(created.length, `none of ${runs} generated ${entity} was accepted`).toBeGreaterThan(0);

    const listed = new Map<string, unknown>();
    for (let page = 1; ; page += 1) {
      const answer = await t.inject({ url: `/api/v1/${entity}?pageSize=${MAX_PAGE_SIZE}&page=${page}` });
      expect(answer.statusCode, answer.body).toBe(200);
      const { items } = answer.json<{ items: { id: string }[] }>();
      for (const item of items) listed.set(item.id, item);
      if (items.length < MAX_PAGE_SIZE) break;
    }
    for (const id of created) {
      const single = await t.inject({ url: `/api/v1/${entity}/${id}` });
      expect(listed.get(id), id).toEqual(single.json());
    }
  });
});
