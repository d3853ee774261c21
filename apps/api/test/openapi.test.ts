import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV3 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeNamespaces } from '../src/kernel/problem-types.js';
import { buildTestApp, type TestApp } from './app.js';

let t: TestApp;
let document: OpenAPIV3.Document;
beforeAll(async () => {
  t = await buildTestApp();
  document = (await t.inject({ url: '/api/openapi.json' })).json<OpenAPIV3.Document>();
});
afterAll(() => t.close());

const toOpenApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');
const documented = () => t.app.routeTable.filter((route) => !route.schema?.hide && !route.url.startsWith('/api/docs'));

describe('OpenAPI document', () => {
  it('when validated as OpenAPI 3, it has no errors', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('when compared with the route table, it lists every API route', () => {
    const routes = documented();
    expect(routes.length).toBeGreaterThanOrEqual(29);
    for (const route of routes) {
      const operation = document.paths[toOpenApiPath(route.url)]?.[route.method.toLowerCase() as OpenAPIV3.HttpMethods];
      expect(operation, `${route.method} ${route.url}`).toBeDefined();
    }
  });

  it('when reading each operation, it has an id, a tag, a request schema for what it accepts and a response schema for every status', () => {
    for (const route of documented()) {
      const label = `${route.method} ${route.url}`;
      const operation = document.paths[toOpenApiPath(route.url)]?.[route.method.toLowerCase() as OpenAPIV3.HttpMethods] as OpenAPIV3.OperationObject;
      expect(operation.operationId, label).toBeTruthy();
      expect(operation.tags?.length, label).toBeGreaterThan(0);
      if (route.schema?.body) {
        const body = operation.requestBody as OpenAPIV3.RequestBodyObject;
        expect(body.content['application/json']?.schema, label).toBeDefined();
      }
      if (route.url.includes(':'))
        expect(
          operation.parameters?.some((parameter) => 'in' in parameter && parameter.in === 'path'),
          label,
        ).toBe(true);
      const statuses = Object.keys(operation.responses);
      expect(
        statuses.some((status) => status.startsWith('2')),
        label,
      ).toBe(true);
      for (const status of statuses.filter((code) => code !== '204')) {
        const response = operation.responses[status] as OpenAPIV3.ResponseObject;
        expect(Object.values(response.content ?? {})[0]?.schema, `${label} ${status}`).toBeDefined();
      }
    }
  });

  it('when any schema is text, a list or a whole number, it says how long or how large it may be (OWASP API4: 2023)', () => {
    const unbounded: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const schema = node as Record<string, unknown>;
      const bounded =
        schema.type === 'string'
          ? 'maxLength' in schema || 'enum' in schema || 'const' in schema
          : schema.type === 'array'
            ? 'maxItems' in schema
            : schema.type === 'integer'
              ? ('minimum' in schema || 'exclusiveMinimum' in schema) && ('maximum' in schema || 'exclusiveMaximum' in schema)
              : true;
      if (!bounded) unbounded.push(path);
      for (const [key, value] of Object.entries(schema)) visit(value, `${path}/${key}`);
    };
    visit(document, '#');
    expect(unbounded).toEqual([]);
  });

  it('when a write route fails, the document promises problem+json for it', () => {
    const problemRef = JSON.stringify(document.paths['/api/v1/events']?.post?.responses['400']);
    expect(problemRef).toContain('Problem');
  });

  it('when served, the docs page answers with HTML', async () => {
    const page = await t.inject({ url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('when the problem catalogue names a resource namespace, it is a path segment of a route', () => {
    const segments = new Set(t.app.routeTable.flatMap((route) => route.url.split('/')));
    for (const namespace of codeNamespaces.resources) expect(segments, namespace).toContain(namespace);
  });
});
