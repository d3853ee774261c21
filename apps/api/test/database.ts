import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { adminQuery, type DatabaseHandle, databaseUrlFor, openDatabase } from '@kepu/db';
import { inject } from 'vitest';

/** A fresh database for one test file: a copy of the migrated template, dropped again on close. */
export async function openTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
  const template = inject('templateDatabase');
  if (template.driver === 'pglite') {
    return openDatabase({ loadDataDir: new Blob([await readFile(template.file)]) });
  }
  const name = `kepu_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(template.url, `create database ${name} template ${template.name}`);
  const handle = await openDatabase({ url: databaseUrlFor(template.url, name), poolSize: 5 });
  return {
    ...handle,
    url: databaseUrlFor(template.url, name),
    async close() {
      await handle.close();
      await adminQuery(template.url, `drop database if exists ${name} with (force)`);
    },
  };
}
