import { schema } from '@kepu/db';
import type { TestApp } from './app.js';
import { create, eventInput, organisationInput, summaryInput, venueInput } from './fixtures.js';

/** Two districts side by side, each with one of everything, marked so a leak shows up in any response. */
export const districts = {
  yubei: { code: '500112', township: '500112017', name: '渝北区' },
  shapingba: { code: '500106', township: '500106001', name: '沙坪坝区' },
} as const;
export type DistrictKey = keyof typeof districts;

export interface Tenant {
  key: DistrictKey;
  ids: Record<string, string>;
  deletedEventId: string;
  auditId: number;
  /**
   * An import checked, a schedule made and one of its runs, by this district's administrator; a campaign
   * it opened for its 镇街, and the 镇街's submission with evidence its clerk attached; a webhook
   * subscription the administrator made and pinged (no worker runs, so the ping stays pending).
   */
  files: { importId: string; scheduleId: string; runId: string; attachmentId: string; submissionVersion: number; deliveryId: string };
  /** Strings that only this district's records contain: ids and names. */
  markers: string[];
}

export async function seedTenant(t: TestApp, key: DistrictKey): Promise<Tenant> {
  const district = districts[key];
  const mark = `MARK-${key}`;
  const organisation = await create(t, 'organisations', organisationInput({ name: `${mark}-学会`, regionCode: district.township }));
  const venue = await create(t, 'venues', venueInput({ name: `${mark}-科普馆`, regionCode: district.township, organisationId: organisation.id }));
  const event = await create(t, 'events', eventInput(organisation.id, { title: `${mark}-讲座`, regionCode: district.township, venueId: venue.id }));
  const summary = await create(
    t,
    'summaries',
    summaryInput({ title: `${mark}-科普日`, regionCode: district.township, organiserIds: [organisation.id] }),
  );
  const designation = await create(t, 'designations', {
    name: `${mark}-基地`,
    kind: 'education_base',
    level: 'district',
    grantedBy: `${district.name}科协`,
    subjectType: 'venue',
    venueId: venue.id,
    validFrom: '2024-01-01',
  });
  const indicator = await create(t, 'indicators', {
    regionCode: district.code,
    year: 2023,
    kind: 'per_capita_funding',
    value: 7.5,
    source: `${mark}-统计`,
    level: 'district',
  });
  const user = await create(t, 'users', {
    username: `viewer-${key}`,
    displayName: `${mark}-用户`,
    role: 'viewer',
    scopeRegionCode: district.code,
    password: 'a long enough password',
  });
  const apiKey = await create(t, 'api-keys', {
    name: `${mark}-密钥`,
    scopes: ['events:read'],
    scopeRegionCode: district.code,
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  const deleted = await create(t, 'events', eventInput(organisation.id, { title: `${mark}-已删除活动`, regionCode: district.township }));
  const removal = await t.inject({ method: 'DELETE', url: `/api/v1/events/${deleted.id}`, headers: { 'if-match': '"1"' } });
  if (removal.statusCode !== 204) throw new Error(removal.body);
  const history = await t.inject({ url: `/api/v1/events/${event.id}/history` });
  const auditId = history.json<{ items: { id: number }[] }>().items[0]?.id ?? 0;
  const admin = await t.signIn('district_admin', district.code);
  const upload = await t.inject({
    method: 'POST',
    url: '/api/v1/imports?entity=venues',
    headers: { ...admin, 'content-type': 'text/csv' },
    payload: `名称,类型,行政区划\n${mark}-导入阵地,科技馆,${district.code}\n`,
  });
  const schedule = await t.inject({
    method: 'POST',
    url: '/api/v1/export-schedules',
    headers: admin,
    payload: { name: `${mark}-定时导出`, cron: '0 8 1 * *', target: { kind: 'list', entity: 'events', format: 'csv' } },
  });
  if (upload.statusCode !== 201 || schedule.statusCode !== 201) throw new Error(upload.body + schedule.body);
  const scheduleId = schedule.json<{ id: string }>().id;
  const [run] = await t.database.db
    .insert(schema.exportRuns)
    .values({
      scheduleId,
      occurrence: new Date('2024-01-01T00:00:00Z'),
      status: 'succeeded',
      storageKey: `runs/${scheduleId}/seeded.csv`,
      fileName: `${mark}.csv`,
    })
    .returning();
  const campaign = await create(
    t,
    'campaigns',
    { name: `${mark}-填报任务`, year: 2025, levels: ['township'], metrics: ['events'], deadline: '2099-12-31' },
    admin,
  );
  const clerk = await t.signIn('township_staff', district.township);
  const inbox = await t.inject({ url: `/api/v1/submissions?role=fill&campaign=${campaign.id}`, headers: clerk });
  const submissionId = inbox.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
  const evidence = await t.inject({
    method: 'POST',
    url: `/api/v1/submissions/${submissionId}/attachments?fileName=${mark}.pdf`,
    headers: { ...clerk, 'content-type': 'application/pdf' },
    payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
  });
  if (evidence.statusCode !== 201) throw new Error(evidence.body);
  const attached = evidence.json<{ version: number; attachments: { id: string }[] }>();
  const webhook = await create(t, 'webhooks', { name: `${mark}-订阅`, url: `https://93.184.215.14/${mark}`, events: ['*'] }, admin);
  const ping = await t.inject({ method: 'POST', url: `/api/v1/webhooks/${webhook.id}/ping`, headers: admin });
  if (ping.statusCode !== 202) throw new Error(ping.body);
  const files = {
    deliveryId: ping.json<{ id: string }>().id,
    importId: upload.json<{ id: string }>().id,
    scheduleId,
    runId: run?.id ?? '',
    attachmentId: attached.attachments[0]?.id ?? '',
    submissionVersion: attached.version,
  };
  const ids = {
    organisations: organisation.id,
    venues: venue.id,
    events: event.id,
    summaries: summary.id,
    designations: designation.id,
    indicators: indicator.id,
    users: user.id,
    'api-keys': apiKey.id,
    campaigns: campaign.id,
    submissions: submissionId,
    webhooks: webhook.id,
  };
  return {
    key,
    ids,
    deletedEventId: deleted.id,
    auditId,
    files,
    markers: [mark, ...Object.values(ids), files.importId, files.scheduleId, files.runId, files.attachmentId, files.deliveryId, deleted.id],
  };
}
