import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminQuery, databaseUrlFor, dumpPglite, loadRegions, openDatabase } from '@kepu/db';
import type { TestProject } from 'vitest/node';
import { testDatabaseUrl } from '../src/env.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a file holding a migrated database with regions; PostgreSQL: the template database's name. */
    templateDatabase: { driver: 'pglite'; file: string } | { driver: 'postgres'; url: string; name: string };
    /** KEPU_FUZZ_RUNS and KEPU_FUZZ_SEED (see @kepu/tooling/vitest): 0 means the test's own default. */
    fuzzRuns: number;
    fuzzSeed: number;
  }
}

/** Migrates and loads regions once; every test file then starts from a copy of that database. */
export default async function setup(project: TestProject) {
  const url = testDatabaseUrl();
  if (url) {
    const name = `kepu_template_${process.pid}`;
    await adminQuery(url, `drop database if exists ${name}`);
    await adminQuery(url, `create database ${name}`);
    const template = await openDatabase({ url: databaseUrlFor(url, name), poolSize: 2 });
    await template.migrate();
    await loadRegions(template.db);
    await template.close();
    project.provide('templateDatabase', { driver: 'postgres', url, name });
    return async () => {
      await adminQuery(url, `drop database if exists ${name} with (force)`);
    };
  }
  const directory = await mkdtemp(join(tmpdir(), 'kepu-test-'));
  const template = await openDatabase({});
  await template.migrate();
  await loadRegions(template.db);
  const file = join(directory, 'template.tar');
  await writeFile(file, Buffer.from(await (await dumpPglite(template)).arrayBuffer()));
  await template.close();
  project.provide('templateDatabase', { driver: 'pglite', file });
  return async () => {
    await rm(directory, { recursive: true, force: true });
  };
}
