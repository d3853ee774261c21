import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '@kepu/db';
import { MAX_ATTACHMENTS, type Campaign, type Submission, type SubmissionStatus } from '@kepu/domain';
import { like } from 'drizzle-orm';
import { readXlsx, xlsxChunks } from '@kepu/sheets';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type AuthHeaders, type TestApp } from '../../test/app.js';
import { create, eventInput, organisationInput } from '../../test/fixtures.js';

/**
 * One whole cycle of a 2025 campaign in 渝北区, entered as each level's own users would: two 镇街 fill
 * and the district reviews them, the district files its own beside their roll-up and the city approves
 * it. Every refused step answers problem+json and leaves the submission as it was.
 */
const district = '500112';
const townshipA = '500112002';
const townshipB = '500112004';
const elsewhere = '500106001';

let t: TestApp;
let directory: string;
let districtAdmin: AuthHeaders;
let clerkA: AuthHeaders;
let clerkB: AuthHeaders;
let clerkElsewhere: AuthHeaders;
let campaign: Campaign;

const pdfBytes = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const minimalXlsx = async () => {
  const chunks: Buffer[] = [];
  for await (const chunk of xlsxChunks([{ layout: { name: 'S' }, rows: [['经费', 1]] }])) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
};

async function send(
  headers: AuthHeaders,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
  extra: Record<string, string> = {},
) {
  return t.app.inject({ method, url, headers: { ...headers, ...extra }, ...(payload ? { payload } : {}) });
}

const inbox = async (headers: AuthHeaders, role: 'fill' | 'review') =>
  (await send(headers, 'GET', `/api/v1/submissions?role=${role}&campaign=${campaign.id}&pageSize=100`)).json<{
    items: { id: string; region: { code: string }; status: SubmissionStatus }[];
  }>().items;

async function submissionOf(headers: AuthHeaders, region: string): Promise<Submission> {
  const items = await inbox(headers, 'fill');
  const own = items.find((item) => item.region.code === region) ?? (await inbox(headers, 'review')).find((item) => item.region.code === region);
  if (!own) throw new Error(`no submission of ${region} in the inbox`);
  return (await send(headers, 'GET', `/api/v1/submissions/${own.id}`)).json<Submission>();
}

const line = (submission: Submission, key: string) => {
  const found = submission.lines.find((item) => item.item.key === key);
  if (!found) throw new Error(`no line ${key}`);
  return found;
};

/** A refusal: problem+json with the expected status and code, and the submission unchanged. */
async function expectRefused(response: LightMyRequestResponse, status: number, code: string, unchanged?: Submission) {
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect({ status: response.statusCode, code: response.json<{ code: string }>().code }).toEqual({ status, code });
  if (unchanged) {
    const now = (await t.inject({ method: 'GET', url: `/api/v1/submissions/${unchanged.id}` })).json<Submission>();
    expect({ status: now.status, version: now.version, attachments: now.attachments.length }).toEqual({
      status: unchanged.status,
      version: unchanged.version,
      attachments: unchanged.attachments.length,
    });
  }
  return response.json<{ errors?: { field: string }[] }>();
}

const ifMatch = (submission: { version: number }) => ({ 'if-match': `"${submission.version}"` });

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'kepu-reporting-'));
  t = await buildTestApp({ exportsDirectory: directory });
  districtAdmin = await t.signIn('district_admin', district);
  clerkA = await t.signIn('township_staff', townshipA);
  clerkB = await t.signIn('township_staff', townshipB);
  clerkElsewhere = await t.signIn('township_staff', elsewhere);
  // The records: 镇街 A held two completed lectures in 2025 (entered by its own clerk), 镇街 B one.
  const organisers = new Map<string, string>();
  for (const region of [townshipA, townshipB])
    organisers.set(
      region,
      (await create(t, 'organisations', organisationInput({ name: `${region}科普志愿服务队`, regionCode: region }), districtAdmin)).id,
    );
  for (const [region, headers, attendance] of [
    [townshipA, clerkA, 300],
    [townshipA, clerkA, 200],
    [townshipB, clerkB, 120],
  ] as const) {
    await create(
      t,
      'events',
      eventInput(organisers.get(region) ?? '', {
        title: `讲座 ${region} ${attendance}`,
        regionCode: region,
        startsAt: '2025-05-10T09:00:00+08:00',
        endsAt: '2025-05-10T11:00:00+08:00',
        attendance,
        participants: attendance,
        category: 'lecture',
      }),
      headers,
    );
  }
}, 60_000);

afterAll(async () => {
  await t.close();
  await rm(directory, { recursive: true, force: true });
});

describe('reporting campaigns', () => {
  it('when a district admin opens a campaign above its level or outside its scope, it is refused and nothing opens', async () => {
    const body = { name: '越级任务', year: 2025, levels: ['district'], metrics: ['events'], deadline: '2099-12-31' };
    await expectRefused(await send(districtAdmin, 'POST', '/api/v1/campaigns', body), 403, 'campaigns.levels');
    await expectRefused(
      await send(districtAdmin, 'POST', '/api/v1/campaigns', { ...body, region: '500000', levels: ['township'] }),
      403,
      'scope.forbidden',
    );
    await expectRefused(await send(clerkA, 'POST', '/api/v1/campaigns', { ...body, levels: ['township'] }), 403, 'auth.forbidden');
    const unknown = await expectRefused(
      await t.inject({ method: 'POST', url: '/api/v1/campaigns', payload: { ...body, metrics: ['no_such_kind'] } }),
      422,
      'request.unprocessable',
    );
    expect(unknown.errors?.[0]?.field).toBe('body.metrics.0');
    const listed = await t.inject({ method: 'GET', url: '/api/v1/campaigns' });
    expect(listed.json<{ total: number }>().total).toBe(0);
  });

  it('when the city opens a campaign, every 区县 and 镇街 gets one submission, prefilled from the records', async () => {
    const body = {
      name: '2025年度科普统计填报',
      year: 2025,
      levels: ['district', 'township'],
      metrics: ['events', 'attendance', 'funding_total'],
      evidenceRequired: ['funding_total'],
      deadline: '2099-12-31',
      instructions: '请核对记录数据，如有出入请说明理由。',
    };
    const response = await t.inject({ method: 'POST', url: '/api/v1/campaigns', payload: body });
    expect(response.statusCode).toBe(201);
    campaign = response.json<Campaign>();
    // A second click opens nothing more.
    const again = await t.inject({ method: 'POST', url: '/api/v1/campaigns', payload: body });
    expect(await expectRefused(again, 409, 'request.conflict')).toMatchObject({ errors: [{ field: 'body.name' }, { field: 'body.year' }] });
    expect(campaign.items.map((item) => [item.key, item.label, item.unit])).toEqual([
      ['events', '活动场次', '场次'],
      ['attendance', '受众人次', '人次'],
      ['funding_total', '科普经费投入', '元'],
    ]);
    expect(campaign.counts.total).toBe(38 + 1031);
    expect(campaign.counts.not_started).toBe(campaign.counts.total);

    const own = await submissionOf(clerkA, townshipA);
    expect({ status: own.status, region: own.region.code, fill: own.may.fill, review: own.may.review }).toEqual({
      status: 'not_started',
      region: townshipA,
      fill: true,
      review: false,
    });
    expect([line(own, 'events').value, line(own, 'attendance').value, line(own, 'funding_total').value]).toEqual([2, 500, null]);
    expect(line(own, 'events').recordLink).toBe(`/events?region=${townshipA}&from=2025-01-01&to=2025-12-31&status=completed`);
    expect(line(own, 'funding_total').checks.map((check) => check.code)).toEqual(['missing_evidence']);
    // A clerk's inbox holds its own unit only; the district reviews its 镇街 and fills its own.
    expect((await inbox(clerkA, 'fill')).map((item) => item.region.code)).toEqual([townshipA]);
    expect((await inbox(districtAdmin, 'fill')).map((item) => item.region.code)).toEqual([district]);
    expect((await inbox(districtAdmin, 'review')).length).toBe(30);
  });

  it('when a submission holds its maximum of attachments, one more is refused with 409 and nothing is stored', async () => {
    const own = await submissionOf(clerkB, townshipB);
    const { submissionAttachments, users } = schema;
    const [uploader] = await t.database.db.select({ id: users.id }).from(users).limit(1);
    const filler = Array.from({ length: MAX_ATTACHMENTS }, (_, index) => ({
      id: randomUUID(),
      submissionId: own.id,
      itemKey: null,
      fileName: `佐证${index}.pdf`,
      contentType: 'application/pdf',
      bytes: pdfBytes.length,
      sha256: '0'.repeat(64),
      storageKey: `filler/${index}.pdf`,
      uploadedBy: uploader?.id ?? '',
    }));
    await t.database.db.insert(submissionAttachments).values(filler);
    const full = (await t.inject({ method: 'GET', url: `/api/v1/submissions/${own.id}` })).json<Submission>();
    const oneMore = await t.app.inject({
      method: 'POST',
      url: `/api/v1/submissions/${own.id}/attachments?fileName=one-more.pdf`,
      headers: { ...clerkB, 'content-type': 'application/pdf' },
      payload: pdfBytes,
    });
    await expectRefused(oneMore, 409, 'submissions.attachments_full', full);
    await t.database.db.delete(submissionAttachments).where(like(submissionAttachments.storageKey, 'filler/%'));
  });

  it('when a 镇街 fills, wrong levels, other scopes, changes without a reason and forged evidence are refused and change nothing', async () => {
    let own = await submissionOf(clerkA, townshipA);
    await expectRefused(await send(clerkElsewhere, 'GET', `/api/v1/submissions/${own.id}`), 404, 'submissions.not_found');
    await expectRefused(
      await send(clerkElsewhere, 'PATCH', `/api/v1/submissions/${own.id}`, { figures: {} }, ifMatch(own)),
      404,
      'submissions.not_found',
      own,
    );
    await expectRefused(
      await send(districtAdmin, 'PATCH', `/api/v1/submissions/${own.id}`, { figures: {} }, ifMatch(own)),
      403,
      'submissions.not_your_unit',
      own,
    );
    await expectRefused(await send(clerkA, 'PATCH', `/api/v1/submissions/${own.id}`, { figures: {} }), 428, 'request.precondition_required', own);
    const unknownKey = await expectRefused(
      await send(clerkA, 'PATCH', `/api/v1/submissions/${own.id}`, { figures: { members: { value: 3 } } }, ifMatch(own)),
      422,
      'request.unprocessable',
      own,
    );
    expect(unknownKey.errors?.map((error) => error.field)).toEqual(['body.figures.members']);

    // A forged PDF (a Windows executable named .pdf) is refused by its content.
    const forged = await t.app.inject({
      method: 'POST',
      url: `/api/v1/submissions/${own.id}/attachments?fileName=${encodeURIComponent('经费.pdf')}&item=funding_total`,
      headers: { ...clerkA, 'content-type': 'application/pdf' },
      payload: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]),
    });
    await expectRefused(forged, 415, 'submissions.attachment_type', own);
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/v1/submissions/${own.id}/attachments?fileName=${encodeURIComponent('2025年科普经费决算.pdf')}&item=funding_total`,
      headers: { ...clerkA, 'content-type': 'application/octet-stream' },
      payload: pdfBytes,
    });
    expect(upload.statusCode).toBe(201);
    own = upload.json<Submission>();
    expect(own.attachments.map((attachment) => [attachment.fileName, attachment.contentType, attachment.itemKey])).toEqual([
      ['2025年科普经费决算.pdf', 'application/pdf', 'funding_total'],
    ]);
    expect(line(own, 'funding_total').checks).toEqual([]);
    const download = await send(clerkA, 'GET', `/api/v1/submissions/${own.id}/attachments/${own.attachments[0]?.id ?? ''}`);
    expect(download.rawPayload.equals(pdfBytes)).toBe(true);

    // Draft: attendance differs from the records (500) with no reason yet; submitting asks for one.
    const saved = await send(
      clerkA,
      'PATCH',
      `/api/v1/submissions/${own.id}`,
      { figures: { attendance: { value: 650 }, funding_total: { value: 180000 } } },
      ifMatch(own),
    );
    expect(saved.statusCode).toBe(200);
    own = saved.json<Submission>();
    expect(own.status).toBe('draft');
    expect(line(own, 'attendance').checks.map((check) => check.code)).toContain('changed_without_reason');
    const noReason = await expectRefused(
      await send(clerkA, 'POST', `/api/v1/submissions/${own.id}/submit`, {}, ifMatch(own)),
      422,
      'request.unprocessable',
      own,
    );
    expect(noReason.errors?.map((error) => error.field)).toEqual(['body.figures.attendance.reason']);
    const submitted = await send(
      clerkA,
      'POST',
      `/api/v1/submissions/${own.id}/submit`,
      { figures: { attendance: { value: 650, reason: '另有两场讲座未录入' } } },
      ifMatch(own),
    );
    expect(submitted.statusCode).toBe(200);
    own = submitted.json<Submission>();
    expect({ status: own.status, events: line(own, 'events').value, entered: line(own, 'events').entered }).toEqual({
      status: 'submitted',
      events: 2,
      entered: true,
    });
    // Submitted: locked for the unit until the district decides.
    await expectRefused(
      await send(clerkA, 'PATCH', `/api/v1/submissions/${own.id}`, { figures: { events: { value: 3 } } }, ifMatch(own)),
      409,
      'submissions.state',
      own,
    );
    const lateEvidence = await t.app.inject({
      method: 'POST',
      url: `/api/v1/submissions/${own.id}/attachments?fileName=x.xlsx`,
      headers: { ...clerkA, 'content-type': 'application/octet-stream' },
      payload: await minimalXlsx(),
    });
    await expectRefused(lateEvidence, 409, 'submissions.state', own);
  });

  it('when the district reviews, only the level above may, and a returned submission comes back with comments per field', async () => {
    let own = await submissionOf(clerkA, townshipA);
    await expectRefused(
      await send(clerkA, 'POST', `/api/v1/submissions/${own.id}/review`, { decision: 'approve' }, ifMatch(own)),
      403,
      'auth.forbidden',
      own,
    );
    await expectRefused(
      await t.inject({ method: 'POST', url: `/api/v1/submissions/${own.id}/review`, payload: { decision: 'approve' }, headers: ifMatch(own) }),
      403,
      'submissions.review_level',
      own,
    );
    await expectRefused(
      await send(districtAdmin, 'POST', `/api/v1/submissions/${own.id}/review`, { decision: 'return' }, ifMatch(own)),
      400,
      'request.invalid',
      own,
    );

    const returned = await send(
      districtAdmin,
      'POST',
      `/api/v1/submissions/${own.id}/review`,
      { decision: 'return', comments: { attendance: '请附两场讲座的签到表' } },
      ifMatch(own),
    );
    expect(returned.statusCode).toBe(200);
    own = (await send(clerkA, 'GET', `/api/v1/submissions/${own.id}`)).json<Submission>();
    expect({ status: own.status, comment: line(own, 'attendance').comment, fill: own.may.fill }).toEqual({
      status: 'returned',
      comment: '请附两场讲座的签到表',
      fill: true,
    });

    const corrected = await send(
      clerkA,
      'POST',
      `/api/v1/submissions/${own.id}/submit`,
      { figures: { attendance: { value: 500, reason: null } } },
      ifMatch(own),
    );
    expect(corrected.json<Submission>().status).toBe('submitted');
    own = corrected.json<Submission>();
    const approved = await send(districtAdmin, 'POST', `/api/v1/submissions/${own.id}/review`, { decision: 'approve' }, ifMatch(own));
    own = approved.json<Submission>();
    expect({ status: own.status, reopen: own.may.reopen }).toEqual({ status: 'approved', reopen: true });
    // Approved: locked; only the district may reopen it.
    await expectRefused(await send(clerkA, 'POST', `/api/v1/submissions/${own.id}/submit`, {}, ifMatch(own)), 409, 'submissions.state', own);
    await expectRefused(
      await send(clerkA, 'POST', `/api/v1/submissions/${own.id}/reopen`, { reason: 'x' }, ifMatch(own)),
      403,
      'auth.forbidden',
      own,
    );
    const reopened = await send(
      districtAdmin,
      'POST',
      `/api/v1/submissions/${own.id}/reopen`,
      { reason: '经费数据以财政决算为准，请核对' },
      ifMatch(own),
    );
    own = reopened.json<Submission>();
    expect({ status: own.status, comment: own.generalComment }).toEqual({ status: 'returned', comment: '经费数据以财政决算为准，请核对' });
    own = (
      await send(clerkA, 'POST', `/api/v1/submissions/${own.id}/submit`, { figures: { funding_total: { value: 200000 } } }, ifMatch(own))
    ).json<Submission>();
    own = (await send(districtAdmin, 'POST', `/api/v1/submissions/${own.id}/review`, { decision: 'approve' }, ifMatch(own))).json<Submission>();
    expect(own.status).toBe('approved');

    let other = await submissionOf(clerkB, townshipB);
    other = (
      await send(clerkB, 'POST', `/api/v1/submissions/${other.id}/submit`, { figures: { funding_total: { value: 50000 } } }, ifMatch(other))
    ).json<Submission>();
    other = (await send(districtAdmin, 'POST', `/api/v1/submissions/${other.id}/review`, { decision: 'approve' }, ifMatch(other))).json<Submission>();
    expect(other.status).toBe('approved');

    const audit = await t.inject({ method: 'GET', url: `/api/v1/audit?entity=submissions&entityId=${own.id}` });
    expect(audit.statusCode).toBe(200);
    const actions = audit.json<{ items: { action: string }[] }>().items.map((entry) => entry.action);
    expect([...actions].sort()).toEqual(['approve', 'approve', 'reopen', 'return', 'submit', 'submit', 'submit', 'update'].sort());
  });

  it('when the district files its own, it sees the roll-up of its approved 镇街 and a figure below their sum is flagged', async () => {
    let own = await submissionOf(districtAdmin, district);
    expect(line(own, 'funding_total').rollup).toEqual({ value: 250000, approved: 2, units: 30 });
    expect(line(own, 'events').rollup).toEqual({ value: 3, approved: 2, units: 30 });
    expect(line(own, 'events').value).toBe(3);
    own = (
      await send(districtAdmin, 'PATCH', `/api/v1/submissions/${own.id}`, { figures: { funding_total: { value: 100000 } } }, ifMatch(own))
    ).json<Submission>();
    expect(line(own, 'funding_total').checks.map((check) => check.code)).toEqual(['below_children', 'missing_evidence']);
    own = (
      await send(districtAdmin, 'POST', `/api/v1/submissions/${own.id}/submit`, { figures: { funding_total: { value: 1200000 } } }, ifMatch(own))
    ).json<Submission>();
    expect(own.status).toBe('submitted');
    await expectRefused(
      await send(districtAdmin, 'POST', `/api/v1/submissions/${own.id}/review`, { decision: 'approve' }, ifMatch(own)),
      403,
      'submissions.review_level',
      own,
    );
    own = (
      await t.inject({ method: 'POST', url: `/api/v1/submissions/${own.id}/review`, payload: { decision: 'approve' }, headers: ifMatch(own) })
    ).json<Submission>();
    expect(own.status).toBe('approved');
  });

  it('when the district submission is approved, the 科普统计 form takes its figure where the records have none and names the source', async () => {
    const response = await t.inject({ method: 'GET', url: `/api/v1/reports/statistics-form?region=${district}&year=2025` });
    const { rows } = readXlsx(response.rawPayload);
    const funding = rows.find((row) => row.cells[0] === '科普经费投入');
    expect(funding?.cells[1]).toBe(1200000);
    expect(String(funding?.cells[4])).toMatch(/^填报：2025年度科普统计填报（已审核通过/);
    // Events are in the records (3), so the records' figure stands.
    const events = rows.find((row) => row.cells[0] === '科普活动场次');
    expect(events?.cells[1]).toBe(3);
    expect(String(events?.cells[4])).not.toMatch(/^填报/);
  });

  it('when the deadline has passed, units can no longer save or submit, and progress shows who is late', async () => {
    const before = (await t.inject({ method: 'GET', url: `/api/v1/campaigns/${campaign.id}` })).json<Campaign>();
    const moved = await t.inject({
      method: 'PATCH',
      url: `/api/v1/campaigns/${campaign.id}`,
      payload: { deadline: '2025-01-31' },
      headers: { 'if-match': `"${before.version}"` },
    });
    expect(moved.statusCode).toBe(200);
    const late = await submissionOf(clerkElsewhere, elsewhere);
    await expectRefused(
      await send(clerkElsewhere, 'PATCH', `/api/v1/submissions/${late.id}`, { figures: { events: { value: 1 } } }, ifMatch(late)),
      409,
      'submissions.deadline_passed',
      late,
    );

    const city = (await t.inject({ method: 'GET', url: `/api/v1/campaigns/${campaign.id}/progress` })).json<{ totals: Record<string, unknown> }>();
    expect(city.totals).toMatchObject({
      'district.funding_total': { value: 1200000, approved: 1 },
      'township.funding_total': { value: 250000, approved: 2 },
      'township.attendance': { value: 620, approved: 2 },
    });
    const progress = (await send(districtAdmin, 'GET', `/api/v1/campaigns/${campaign.id}/progress`)).json<{
      counts: Record<string, number>;
      items: { region: { code: string }; overdue: boolean }[];
    }>();
    expect(progress.counts).toMatchObject({ approved: 3, not_started: 28, overdue: 28, total: 31 });
    expect(progress.items.filter((item) => item.overdue).length).toBe(28);
    const reminded = await send(districtAdmin, 'POST', `/api/v1/campaigns/${campaign.id}/reminders`, {});
    expect(reminded.json()).toEqual({ reminded: 28, channel: 'console' });
    const sheet = await send(districtAdmin, 'GET', `/api/v1/campaigns/${campaign.id}/progress?format=xlsx`);
    const exported = readXlsx(sheet.rawPayload).rows;
    // The units, then the approved sums of each level.
    expect(exported.length).toBe(1 + 31 + 2);
    expect(
      exported
        .at(-1)
        ?.cells.slice(1, 2)
        .concat(exported.at(-1)?.cells.slice(8) ?? []),
    ).toEqual(['已通过的镇街合计', 3, 620, 250000]);
    expect(exported.filter((row) => row.cells[4] === '逾期').length).toBe(28);
    const notified = (await inbox(clerkB, 'fill'))[0];
    expect(notified?.status).toBe('approved');
    const remindedUnit = (await send(clerkElsewhere, 'GET', `/api/v1/submissions?role=fill`)).json<{ items: { remindedAt: string | null }[] }>()
      .items[0];
    expect(remindedUnit?.remindedAt).toBeNull();
  });
});
