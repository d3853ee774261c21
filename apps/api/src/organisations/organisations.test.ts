import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { create, organisationInput } from '../../test/fixtures.js';

describe('organisations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('when a township association is created at a township, it can be read back with its ETag', async () => {
    const created = await create(
      t,
      'organisations',
      organisationInput({ name: '井口街道科协', type: 'township_association', regionCode: '500106007' }),
    );
    const response = await t.inject({ url: `/api/v1/organisations/${created.id}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({ name: '井口街道科协', type: 'township_association', regionCode: '500106007' });
  });
});
