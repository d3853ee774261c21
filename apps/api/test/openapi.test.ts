import { readFile } from 'node:fs/promises';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Document as SpectralDocument, Spectral } from '@stoplight/spectral-core';
import { DiagnosticSeverity } from '@stoplight/types';
import { Json as JsonParser } from '@stoplight/spectral-parsers';
import type { OpenAPIV3 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ruleset from '../openapi.spectral.mjs';
import { clientSchemaFile, clientSchemaSource } from '../src/cli/client-schema.js';
import { codeNamespaces } from '../src/kernel/problem-types.js';
import { buildTestApp, type TestApp } from './app.js';
import { compileAt, strictAjv, type OpenApiDocument } from './document.js';

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
        const mediaTypes = (route.schema.consumes as string[] | undefined) ?? ['application/json'];
        expect(Object.keys(body.content), label).toEqual(mediaTypes);
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
      for (const status of statuses.filter((code) => code.startsWith('2') && code !== '204')) {
        const response = operation.responses[status] as OpenAPIV3.ResponseObject;
        const produces = route.schema?.produces as string[] | undefined;
        expect(Object.keys(response.content ?? {}), `${label} ${status}`).toEqual(produces ?? ['application/json']);
        expect(Object.values(response.content ?? {})[0]?.schema, `${label} ${status}`).toBeDefined();
      }
    }
  });

  it('when an operation can fail, every error is the one shared problem+json response for its status', () => {
    for (const route of documented().filter((entry) => entry.url.startsWith('/api/'))) {
      const operation = document.paths[toOpenApiPath(route.url)]?.[route.method.toLowerCase() as OpenAPIV3.HttpMethods] as OpenAPIV3.OperationObject;
      const errors = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
      expect(
        errors.map(([status]) => status),
        `${route.method} ${route.url}`,
      ).toEqual(expect.arrayContaining(['400', '429', '500', '503']));
      for (const [status, response] of errors) {
        const name = (response as OpenAPIV3.ReferenceObject).$ref?.replace('#/components/responses/', '') ?? '';
        const shared = document.components?.responses?.[name] as OpenAPIV3.ResponseObject | undefined;
        expect(Object.keys(shared?.content ?? {}), `${route.method} ${route.url} ${status}`).toEqual(['application/problem+json']);
      }
    }
  });

  it('when a write needs the ETag, If-Match is a required header', () => {
    const patch = document.paths['/api/v1/events/{id}']?.patch as OpenAPIV3.OperationObject;
    expect(patch.parameters).toContainEqual(expect.objectContaining({ in: 'header', name: 'if-match', required: true }));
  });

  it('when linted with Spectral (OpenAPI rules and OWASP API Top 10 2023, waivers in openapi.spectral.mjs), it has no errors', async () => {
    const spectral = new Spectral();
    spectral.setRuleset(ruleset);
    const findings = await spectral.run(new SpectralDocument(JSON.stringify(document), JsonParser, 'openapi.json'));
    const errors = findings
      .filter((finding) => finding.severity === DiagnosticSeverity.Error)
      .map((finding) => `${finding.code} at ${finding.path.join('/')}: ${finding.message}`);
    expect(errors).toEqual([]);
  }, 120_000);

  it('when every component schema is compiled by Ajv for JSON Schema 2020-12 in strict mode, none is refused', () => {
    const strict = document as unknown as OpenApiDocument;
    const ajv = strictAjv(strict);
    const names = Object.keys(strict.components.schemas);
    expect(names.length).toBeGreaterThan(50);
    for (const name of names) expect(() => compileAt(ajv, 'components', 'schemas', name), name).not.toThrow();
  });

  it('when sign-in is left aside, every write requires credentials (the waiver of owasp:api2:2023-write-restricted)', () => {
    const open = Object.entries(document.paths).flatMap(([path, item]) =>
      (['post', 'put', 'patch', 'delete'] as const).filter((method) => item?.[method]?.security?.length === 0).map((method) => `${method} ${path}`),
    );
    expect(open).toEqual(['post /api/v1/auth/login']);
  });

  it('when a page on another origin asks, no answer allows it (the waiver of owasp:api8:2023-define-cors-origin)', async () => {
    for (const method of ['GET', 'OPTIONS'] as const) {
      const response = await t.inject({
        method,
        url: '/api/v1/events',
        headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET' },
      });
      expect(response.headers['access-control-allow-origin'], method).toBeUndefined();
    }
  });

  it('when the SDK in packages/client is compared with the served document, its types are what the document generates', async () => {
    const committed = await readFile(clientSchemaFile, 'utf8');
    const generated = await clientSchemaSource(document as unknown as Record<string, unknown>);
    expect(generated === committed, 'packages/client/src/schema.ts is stale: run `npm run client:generate`').toBe(true);
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
