import type { CreateEvent, CreateOrganisation, CreateSummary, CreateVenue } from '@kepu/domain';
import type { TestApp } from './app.js';

export const organisationInput = (overrides: Partial<CreateOrganisation> = {}): CreateOrganisation => ({
  name: '沙坪坝区科普作家协会',
  type: 'society',
  regionCode: '500106',
  ...overrides,
});

export const venueInput = (overrides: Partial<CreateVenue> = {}): CreateVenue => ({
  name: '沙磁文化科普馆',
  type: 'community_hall',
  regionCode: '500106001',
  longitude: 106.456,
  latitude: 29.541,
  ...overrides,
});

export const eventInput = (organiserId: string, overrides: Partial<CreateEvent> = {}): CreateEvent => ({
  title: '全国科普日沙坪坝主场活动',
  category: 'national_science_day',
  regionCode: '500106',
  organiserIds: [organiserId],
  startsAt: '2024-09-15T09:00:00+08:00',
  endsAt: '2024-09-15T17:00:00+08:00',
  mode: 'offline',
  attendance: 1200,
  participants: 800,
  status: 'completed',
  ...overrides,
});

/** 沙坪坝's 全国科普日 as the article reports it: 350余场次，惠及150万余人次, no 人数 given. */
export const summaryInput = (overrides: Partial<CreateSummary> = {}): CreateSummary => ({
  title: '2023年全国科普日活动',
  category: 'national_science_day',
  regionCode: '500106',
  periodFrom: '2023-09-01',
  periodTo: '2023-09-30',
  eventCount: 350,
  eventCountQualifier: 'more_than',
  attendance: 1_500_000,
  attendanceQualifier: 'more_than',
  ...overrides,
});

/** Creates a record through the API, as a client would (the city admin unless `headers` say otherwise), and returns its JSON. */
export async function create<T = Record<string, unknown> & { id: string; version: number }>(
  t: Pick<TestApp, 'inject'>,
  entity: string,
  body: unknown,
  headers?: Record<string, string>,
): Promise<T> {
  const response = await t.inject({ method: 'POST', url: `/api/v1/${entity}`, payload: body as object, ...(headers ? { headers } : {}) });
  if (response.statusCode !== 201) throw new Error(`creating ${entity} failed with ${response.statusCode}: ${response.body}`);
  return response.json<T>();
}
