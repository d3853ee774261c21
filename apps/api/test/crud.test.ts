import { recordEntities } from '@kepu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './app.js';
import { resourceCases, type ResourceCase } from './resources.js';
import { clientFor, transports, type Send } from './transports.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const entities = recordEntities;

describe.each(transports)('over %s', (transport) => {
  let send: Send;
  let cases: ResourceCase[];
  beforeAll(async () => {
    send = await clientFor(transport, t.app, t.adminHeaders);
    cases = await resourceCases(t, transport === 'inject' ? 2021 : 2022);
  });

  describe.each(entities)('%s CRUD', (entity) => {
    const caseOf = () => cases.find((item) => item.entity === entity) as ResourceCase;
    let id: string;

    it('when created, it answers 201 with Location, ETag and the stored record', async () => {
      const response = await send({ method: 'POST', url: `/api/v1/${entity}`, payload: caseOf().valid });
      expect(response.statusCode, response.body).toBe(201);
      const body = response.json<{ id: string; version: number }>();
      id = body.id;
      expect(body.version).toBe(1);
      expect(response.headers.etag).toBe('"1"');
      expect(response.headers.location).toBe(`/api/v1/${entity}/${id}`);
      expect(body).toMatchObject(caseOf().valid);
    });

    it('when read by id, it returns the record with its version as ETag', async () => {
      const response = await send({ url: `/api/v1/${entity}/${id}` });
      expect(response.statusCode).toBe(200);
      expect(response.headers.etag).toBe('"1"');
      expect(response.json()).toMatchObject({ id, ...caseOf().valid });
    });

    it('when listed, the record is among the items and counted in total', async () => {
      const response = await send({ url: `/api/v1/${entity}?pageSize=100` });
      const page = response.json<{ items: { id: string }[]; total: number }>();
      expect(page.items.map((item) => item.id)).toContain(id);
      expect(page.total).toBe(page.items.length);
    });

    it('when patched without If-Match, it answers 428 and changes nothing', async () => {
      const response = await send({ method: 'PATCH', url: `/api/v1/${entity}/${id}`, payload: caseOf().patch });
      expect(response.statusCode).toBe(428);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect((await send({ url: `/api/v1/${entity}/${id}` })).headers.etag).toBe('"1"');
    });

    it('when patched with the current ETag, it applies the change and bumps the version', async () => {
      const response = await send({ method: 'PATCH', url: `/api/v1/${entity}/${id}`, headers: { 'if-match': '"1"' }, payload: caseOf().patch });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers.etag).toBe('"2"');
      expect(response.json()).toMatchObject({ ...caseOf().valid, ...caseOf().patch, version: 2 });
    });

    it('when patched with a stale ETag, it answers 412 with the current version and keeps the newer data', async () => {
      const response = await send({ method: 'PATCH', url: `/api/v1/${entity}/${id}`, headers: { 'if-match': '"1"' }, payload: caseOf().valid });
      expect(response.statusCode).toBe(412);
      expect(response.json()).toMatchObject({ status: 412, currentVersion: 2, code: `${entity}.version_conflict` });
      expect((await send({ url: `/api/v1/${entity}/${id}` })).json()).toMatchObject(caseOf().patch);
    });

    it('when deleted with a stale ETag, it answers 412 and the record stays', async () => {
      const response = await send({ method: 'DELETE', url: `/api/v1/${entity}/${id}`, headers: { 'if-match': '"1"' } });
      expect(response.statusCode).toBe(412);
      expect((await send({ url: `/api/v1/${entity}/${id}` })).statusCode).toBe(200);
    });

    it('when deleted, it answers 204, then 404 on get and leaves every list', async () => {
      expect((await send({ method: 'DELETE', url: `/api/v1/${entity}/${id}` })).statusCode).toBe(428);
      const response = await send({ method: 'DELETE', url: `/api/v1/${entity}/${id}`, headers: { 'if-match': '"2"' } });
      expect(response.statusCode).toBe(204);
      const get = await send({ url: `/api/v1/${entity}/${id}` });
      expect(get.statusCode).toBe(404);
      expect(get.json()).toMatchObject({ code: `${entity}.not_found` });
      const list = await send({ url: `/api/v1/${entity}?pageSize=100` });
      expect(list.json<{ items: { id: string }[] }>().items.map((item) => item.id)).not.toContain(id);
      const patch = await send({ method: 'PATCH', url: `/api/v1/${entity}/${id}`, headers: { 'if-match': '"3"' }, payload: caseOf().patch });
      expect(patch.statusCode).toBe(404);
    });

    it('when the record is gone, a new one with the same unique values can be created', async () => {
      const response = await send({ method: 'POST', url: `/api/v1/${entity}`, payload: caseOf().valid });
      expect(response.statusCode).toBe(201);
    });
  });

  describe('unknown ids', () => {
    it.each(entities)('when %s has no such id, get, patch and delete answer 404', async (entity) => {
      const url = `/api/v1/${entity}/6f1c1f0e-0000-4000-8000-000000000000`;
      expect((await send({ url })).statusCode).toBe(404);
      expect((await send({ method: 'PATCH', url, headers: { 'if-match': '"1"' }, payload: { name: 'x' } })).statusCode).toBeOneOf([400, 404]);
      expect((await send({ method: 'DELETE', url, headers: { 'if-match': '"1"' } })).statusCode).toBe(404);
    });
  });
});
