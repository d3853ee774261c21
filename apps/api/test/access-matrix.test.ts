import { recordEntities } from '@kepu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteEntry } from '../src/kernel/plugins/route-table.js';
import { buildTestApp, type AuthHeaders, type TestApp } from './app.js';
import { create, eventInput, organisationInput, summaryInput, venueInput } from './fixtures.js';
import { districts, seedTenant, type DistrictKey, type Tenant } from './tenants.js';

// The cross-tenant matrix: every route of the route table, called by every kind of principal of
// one district against the other district's records. A route that forgets the scope shows the
// other district's markers in its response, or changes its records, and fails here.

const selfService = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/auth/password', 'POST /api/v1/auth/login']);
/** POSTs that write no records: an import's dry run may answer 201, but must refuse every row aimed at the other district. */
const dryRuns = new Set(['POST /api/v1/imports']);
const principalKinds = ['district_admin', 'township_staff', 'viewer', 'api_key'] as const;
type PrincipalKind = (typeof principalKinds)[number];

let t: TestApp;
const tenants = {} as Record<DistrictKey, Tenant>;
const principals = {} as Record<DistrictKey, Record<PrincipalKind, AuthHeaders>>;

async function principalsOf(key: DistrictKey): Promise<Record<PrincipalKind, AuthHeaders>> {
  const district = districts[key];
  const { userId: _a, ...districtAdmin } = await t.signIn('district_admin', district.code);
  const { userId: _b, ...townshipStaff } = await t.signIn('township_staff', district.township);
  const { userId: _c, ...viewer } = await t.signIn('viewer', district.code);
  const scopes = [...recordEntities.flatMap((entity) => [`${entity}:read`, `${entity}:write`]), 'webhooks:manage'];
  const key_ = await create<{ secret: string }>(t, 'api-keys', {
    name: `matrix-${key}`,
    scopes,
    scopeRegionCode: district.code,
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  return { district_admin: districtAdmin, township_staff: townshipStaff, viewer, api_key: { authorization: `Bearer ${key_.secret}` } };
}

const entityOf = (url: string) => url.split('/')[3] ?? '';

/** A request aimed at `victim`'s records, built from the route pattern; unknown parameters fail the test. */
function requestFor(route: RouteEntry, victim: Tenant): { url: string; headers: Record<string, string>; payload?: unknown }[] {
  const entity = entityOf(route.url);
  const township = districts[victim.key].township;
  const url = route.url.replace(/:(\w+)/g, (_, name: string) => {
    if (name === 'id' && route.url.startsWith('/api/v1/trash/')) return victim.deletedEventId;
    if (name === 'id' && entity === 'imports') return victim.files.importId;
    if (name === 'id' && entity === 'export-schedules') return victim.files.scheduleId;
    if (name === 'id' && (entity === 'export-runs' || entity === 'downloads')) return victim.files.runId;
    if (name === 'attachmentId') return victim.files.attachmentId;
    if (name === 'deliveryId') return victim.files.deliveryId;
    if (name === 'code' && entity === 'assessment-criteria') return 'science_literacy';
    if (name === 'entity') return 'events';
    if (name === 'kind') return 'venue_type';
    if (name === 'id' && victim.ids[entity]) return victim.ids[entity];
    if (name === 'code') return districts[victim.key].code;
    throw new Error(`the matrix does not know how to fill :${name} in ${route.url}; teach it`);
  });
  const headers = { 'if-match': '"1"' };
  const bodies: Record<string, unknown> = {
    'POST /api/v1/organisations': organisationInput({ name: 'INTRUDER', regionCode: township }),
    'POST /api/v1/venues': venueInput({ name: 'INTRUDER', regionCode: township }),
    'POST /api/v1/events': eventInput(victim.ids.organisations ?? '', { title: 'INTRUDER', regionCode: township }),
    'POST /api/v1/summaries': summaryInput({ title: 'INTRUDER', regionCode: township }),
    'POST /api/v1/dictionary/:kind': { code: 'intruder', labelZh: 'INTRUDER', labelEn: 'INTRUDER' },
    'POST /api/v1/designations': {
      name: 'INTRUDER',
      kind: 'other',
      level: 'district',
      grantedBy: 'x',
      subjectType: 'region',
      regionCode: township,
      validFrom: '2024-01-01',
    },
    'POST /api/v1/indicators': {
      regionCode: districts[victim.key].code,
      year: 2020,
      kind: 'resident_population',
      value: 1,
      source: 'INTRUDER',
      level: 'district',
    },
    'POST /api/v1/users': {
      username: 'intruder',
      displayName: 'INTRUDER',
      role: 'viewer',
      scopeRegionCode: districts[victim.key].code,
      password: 'a long enough password',
    },
    'POST /api/v1/api-keys': {
      name: 'INTRUDER',
      scopes: ['events:read'],
      scopeRegionCode: districts[victim.key].code,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    },
    'POST /api/v1/campaigns': {
      name: 'INTRUDER',
      year: 2025,
      region: districts[victim.key].code,
      levels: ['township'],
      metrics: ['events'],
      deadline: '2099-12-31',
    },
    'POST /api/v1/campaigns/:id/reminders': {},
    'POST /api/v1/submissions/:id/submit': { note: 'INTRUDER' },
    'POST /api/v1/submissions/:id/review': { decision: 'approve' },
    'POST /api/v1/submissions/:id/reopen': { reason: 'INTRUDER' },
    'POST /api/v1/assessment-criteria': { code: 'intruder', group: 'INTRUDER', name: 'INTRUDER', weight: 1, metric: null },
    'POST /api/v1/webhooks': { name: 'INTRUDER', url: 'https://93.184.215.14/intruder', events: ['*'], regionCode: districts[victim.key].code },
    'POST /api/v1/webhooks/:id/rotate-secret': {},
    'POST /api/v1/webhooks/:id/ping': {},
    'POST /api/v1/webhooks/:id/deliveries/:deliveryId/redeliver': {},
    'POST /api/v1/export-schedules': {
      name: 'INTRUDER',
      cron: '0 8 * * *',
      target: { kind: 'report', report: 'district-profile', region: districts[victim.key].code, format: 'pdf' },
    },
  };
  const signature = `${route.method} ${route.url}`;
  if (signature === 'POST /api/v1/imports') {
    return [
      {
        url: `${url}?entity=events`,
        headers: { 'content-type': 'text/csv' },
        payload: `活动名称,活动类型,行政区划,主办组织,开始时间,结束时间,活动形式,受众人次\nINTRUDER,讲座,${township},${victim.ids.organisations ?? ''},2024-01-01 09:00,2024-01-01 10:00,线下,1\n`,
      },
    ];
  }
  if (signature === 'POST /api/v1/submissions/:id/attachments') {
    return [{ url: `${url}?fileName=INTRUDER.pdf`, headers: { 'content-type': 'application/pdf' }, payload: Buffer.from('%PDF-1.4\n%%EOF\n') }];
  }
  if (route.method === 'GET') {
    const plain = { url, headers: {} };
    const hasRegionFilter = 'region' in ((route.schema?.querystring as { shape?: object } | undefined)?.shape ?? {});
    return hasRegionFilter ? [plain, { url: `${url}?region=${districts[victim.key].code}`, headers: {} }] : [plain];
  }
  if (route.method === 'DELETE') return [{ url, headers }];
  if (route.url.endsWith('/commit')) return [{ url, headers: {} }];
  if (route.url.endsWith('/restore')) return [{ url, headers, payload: {} }].map(({ payload: _, ...request }) => request);
  if (route.url.endsWith('/revert')) return [{ url, headers, payload: { auditId: victim.auditId } }];
  if (route.method === 'PATCH')
    return [
      {
        url,
        headers,
        payload:
          entity === 'users'
            ? { displayName: 'INTRUDER' }
            : entity === 'events' || entity === 'summaries'
              ? { title: 'INTRUDER' }
              : entity === 'indicators'
                ? { source: 'INTRUDER' }
                : entity === 'dictionary'
                  ? { labelZh: 'INTRUDER' }
                  : entity === 'submissions'
                    ? { note: 'INTRUDER' }
                    : { name: 'INTRUDER' },
      },
    ];
  if (signature in bodies) return [{ url, headers, payload: bodies[signature] }];
  throw new Error(`the matrix has no request body for ${signature}; teach it`);
}

const matrixRoutes = () => t.app.routeTable.filter((route) => route.url.startsWith('/api/v1') && !selfService.has(`${route.method} ${route.url}`));

beforeAll(async () => {
  t = await buildTestApp();
  tenants.yubei = await seedTenant(t, 'yubei');
  tenants.shapingba = await seedTenant(t, 'shapingba');
  principals.yubei = await principalsOf('yubei');
  principals.shapingba = await principalsOf('shapingba');
}, 120_000);
afterAll(() => t.close());

describe('cross-tenant matrix', () => {
  const pairs: [DistrictKey, DistrictKey][] = [
    ['yubei', 'shapingba'],
    ['shapingba', 'yubei'],
  ];

  it.each(pairs)('when principals of %s call every route against %s, nothing leaks and nothing changes', async (attackerKey, victimKey) => {
    const victim = tenants[victimKey];
    const calls: string[] = [];
    for (const route of matrixRoutes()) {
      for (const kind of principalKinds) {
        for (const request of requestFor(route, victim)) {
          const response = await t.app.inject({
            method: route.method,
            url: request.url,
            headers: { ...principals[attackerKey][kind], ...request.headers },
            ...(request.payload === undefined ? {} : { payload: request.payload as object }),
          });
          const label = `${kind} of ${attackerKey}: ${route.method} ${request.url} → ${response.statusCode}`;
          calls.push(label);
          expect(response.statusCode, label).toBeLessThan(500);
          // What the attacker sent (an id in the URL, echoed as the problem's instance) is not a leak.
          const sent = request.url + JSON.stringify(request.payload ?? '');
          for (const marker of victim.markers.filter((candidate) => !sent.includes(candidate))) {
            expect(response.body.includes(marker), `${label} leaked ${marker}: ${response.body.slice(0, 300)}`).toBe(false);
          }
          if (dryRuns.has(`${route.method} ${route.url}`) && response.statusCode === 201) {
            expect(response.json<{ summary: { create: number; update: number } }>().summary, label).toMatchObject({ create: 0, update: 0 });
          } else if (route.method !== 'GET') {
            expect(response.statusCode, `${label} ${response.body}`).toBeGreaterThanOrEqual(400);
          }
        }
      }
    }
    // Routes × principal kinds × (1 or 2 requests), for one direction.
    expect(calls.length).toBeGreaterThanOrEqual(matrixRoutes().length * principalKinds.length);
    console.log(
      `matrix ${attackerKey} → ${victimKey}: ${matrixRoutes().length} routes × ${principalKinds.length} principals = ${calls.length} requests`,
    );
  });

  it("when the matrix has run, the victims' records are as they were and no intruder record exists", async () => {
    for (const tenant of Object.values(tenants)) {
      for (const [entity, id] of Object.entries(tenant.ids)) {
        if (entity === 'api-keys' || entity === 'submissions') continue;
        const response = await t.inject({ url: `/api/v1/${entity}/${id}` });
        expect(response.statusCode, `${entity} ${id}`).toBe(200);
        expect(response.json<{ version: number }>().version, `${entity} ${id}`).toBe(1);
      }
      const keys = await t.inject({ url: '/api/v1/api-keys?pageSize=100' });
      expect(
        keys.json<{ items: { id: string; revokedAt: string | null }[] }>().items.find((key) => key.id === tenant.ids['api-keys'])?.revokedAt,
      ).toBeNull();
      const submission = await t.inject({ url: `/api/v1/submissions/${tenant.ids.submissions ?? ''}` });
      expect(submission.json<{ version: number; note: string; attachments: unknown[] }>()).toMatchObject({
        version: tenant.files.submissionVersion,
        note: '',
        attachments: [expect.anything()],
      });
      const schedule = await t.inject({ url: `/api/v1/export-schedules/${tenant.files.scheduleId}` });
      expect(schedule.json<{ version: number }>().version).toBe(1);
      expect((await t.inject({ url: `/api/v1/imports/${tenant.files.importId}` })).json<{ status: string }>().status).toBe('checked');
      const trash = await t.inject({ url: '/api/v1/trash?entity=events&pageSize=100' });
      expect(trash.json<{ items: { id: string }[] }>().items.map((item) => item.id)).toContain(tenant.deletedEventId);
    }
    for (const entity of [...recordEntities, 'users', 'api-keys']) {
      const response = await t.inject({ url: `/api/v1/${entity}?q=INTRUDER` });
      expect(response.json<{ total: number }>().total, entity).toBe(0);
    }
  });

  it("when the city administrator lists the same routes, both districts' markers show (the detector works)", async () => {
    for (const route of matrixRoutes().filter((entry) => entry.method === 'GET' && !entry.url.includes(':'))) {
      // Reference data every caller shares, not a district's records.
      if (['/api/v1/regions', '/api/v1/dictionary', '/api/v1/auth/me', '/api/v1/assessment-criteria'].includes(route.url)) continue;
      // The inbox lists the caller's own unit and the level directly below it; the city's holds no 镇街.
      if (route.url === '/api/v1/submissions') continue;
      // Figures carry no record markers; src/stats/stats.test.ts checks that another district's writes never move them.
      if (route.url.startsWith('/api/v1/stats/') || route.url.startsWith('/api/v1/reports/')) continue;
      // A sync answers changes since a cursor, paged by `limit`: from the beginning, both districts' records are among them.
      const response = await t.inject({ url: `${route.url}?${route.url.startsWith('/api/v1/sync/') ? 'limit=1000' : 'pageSize=100'}` });
      expect(response.statusCode, route.url).toBe(200);
      expect(response.body.includes('MARK-shapingba') || response.body.includes(tenants.shapingba.ids[entityOf(route.url)] ?? '-'), route.url).toBe(
        true,
      );
    }
  });
});
