import openapiTS, { astToString } from 'openapi-typescript';
import { openDatabase } from '@kepu/db';
import { buildApp } from '../app.js';

/** Where the SDK's types live; `npm run client:generate` rewrites it, a test checks it matches the served document. */
export const clientSchemaFile = new URL('../../../../packages/client/src/schema.ts', import.meta.url);

/** The document as a fresh server serves it (dictionary entries included), without one running. */
export async function servedDocument(): Promise<Record<string, unknown>> {
  const database = await openDatabase({});
  await database.migrate();
  const app = await buildApp({ database, consoleDirectory: null });
  try {
    return (await app.inject({ url: '/api/openapi.json' })).json();
  } finally {
    await app.close();
    await database.close();
  }
}

/** The TypeScript openapi-typescript writes for a document, under a line saying where it comes from. */
export async function clientSchemaSource(document: Record<string, unknown>): Promise<string> {
  // defaultNonNullable would make every property with a default required, also in the *Input bodies,
  // where a default is exactly what a caller may leave out; the document's `required` decides instead.
  const types = astToString(await openapiTS(document as never, { alphabetize: false, defaultNonNullable: false }));
  return `// Generated from the Kepu API's OpenAPI document by \`npm run client:generate\`; do not edit.\n\n${types}`;
}
