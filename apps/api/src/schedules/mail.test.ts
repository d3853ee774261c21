import type { ExportRun, ExportSchedule, MailSettings } from '@kepu/domain';
import { schema } from '@kepu/db';
import { eq } from 'drizzle-orm';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestScheduler } from '../../test/scheduler.js';
import { buildTestApp, type AuthHeaders, type TestApp } from '../../test/app.js';
import { create, eventInput, organisationInput } from '../../test/fixtures.js';
import { startSmtpServer, smtpUser, type TestSmtpServer } from '../../test/smtp.js';
import { until } from '../../test/until.js';
import { composeRunMail, deliverRunMail, runHeader } from './mail.js';
import { executeRun, type RunContext } from './run.js';

let smtp: TestSmtpServer;
let t: TestApp;
let directory: string;
let stop: () => Promise<void>;
let owner: AuthHeaders & { userId: string };

const publicUrl = 'https://kepu.example.org';
const attachmentLimitBytes = 4096;
const recipients = ['kexie@example.org', 'director@example.org'];

beforeAll(async () => {
  smtp = await startSmtpServer();
  directory = await mkdtemp(join(tmpdir(), 'kepu-mail-'));
  // The trailing slash is how people copy an address; links must not get a double one.
  t = await buildTestApp({ exportsDirectory: directory, mail: { smtpUrl: smtp.url, attachmentLimitBytes, publicUrl: `${publicUrl}/` } });
  const organiser = await create(t, 'organisations', organisationInput());
  await create(t, 'events', eventInput(organiser.id, { title: '邮件测试活动' }));
  owner = await t.signIn('district_admin', '500106');
  stop = await startTestScheduler(t, { mailRetryLimit: 5 });
}, 60_000);

afterAll(async () => {
  await stop();
  await t.close();
  await smtp.close();
  await rm(directory, { recursive: true, force: true });
});

const eventsEverySecond = {
  cron: '* * * * * *',
  target: { kind: 'list', entity: 'events', filters: {}, columns: ['title', 'regionCode'], format: 'csv' },
  recipients,
};

async function schedule(body: object, headers: AuthHeaders = owner) {
  const response = await t.inject({ method: 'POST', url: '/api/v1/export-schedules', payload: body, headers });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<ExportSchedule>();
}

async function runsOf(id: string) {
  return (await t.inject({ url: `/api/v1/export-schedules/${id}/runs?pageSize=100` })).json<{ items: ExportRun[] }>().items;
}

/** Waits for the schedule's first run and pauses the schedule, so the test follows one run. */
async function firstRun(created: ExportSchedule): Promise<string> {
  const run = await until('a run', async () => (await runsOf(created.id)).at(-1));
  const current = await t.inject({ url: `/api/v1/export-schedules/${created.id}` });
  const paused = await t.inject({
    method: 'PATCH',
    url: `/api/v1/export-schedules/${created.id}`,
    payload: { active: false },
    headers: { 'if-match': current.headers.etag as string },
  });
  expect(paused.statusCode).toBe(200);
  return run.id;
}

const runWhen = (created: ExportSchedule, runId: string, what: string, test: (run: ExportRun) => boolean) =>
  until(what, async () => (await runsOf(created.id)).find((run) => run.id === runId && test(run)));

const mailsOf = (runId: string) => smtp.received.filter((mail) => mail.parsed.headers.get(runHeader.toLowerCase()) === runId);

const context = (overrides: Partial<RunContext> = {}): RunContext => ({
  app: t.app,
  store: t.app.files,
  worker: 'test',
  holdMs: 0,
  lastAttempt: false,
  queueMail: () => Promise.reject(new Error('no mail should be queued')),
  ...overrides,
});

describe('mail about scheduled runs', () => {
  it('when a run with a small file succeeds, one mail goes to all recipients with the file attached', async () => {
    const created = await schedule({ ...eventsEverySecond, name: '每周活动清单' });
    const runId = await firstRun(created);
    const run = await runWhen(created, runId, 'the mail sent', (item) => item.mail.status === 'sent');
    expect(run.mail).toMatchObject({ recipients, attempts: 1, error: null });
    expect(Date.parse(run.mail.sentAt ?? '')).toBeGreaterThanOrEqual(Date.parse(run.finishedAt ?? ''));

    const [mail, ...more] = mailsOf(runId);
    expect(more).toHaveLength(0);
    expect(mail?.user).toBe(smtpUser.name);
    expect(mail?.envelope.sort()).toEqual([...recipients].sort());
    expect(mail?.parsed.from?.text).toBe('"Kepu 全域科普" <no-reply@localhost>');
    expect(mail?.parsed.subject).toBe(`定时导出：每周活动清单（${run.occurrence.slice(0, 19).replace('T', ' ').replace(/:00$/, '')}）`);
    expect(mail?.parsed.text).toContain('内容：科普活动清单（CSV），共 1 行');
    expect(mail?.parsed.text).toContain('范围：重庆市沙坪坝区');
    expect(mail?.parsed.text).toContain('文件见附件。');
    const stored = await t.inject({ url: `/api/v1/export-runs/${runId}/file` });
    expect(mail?.parsed.attachments).toHaveLength(1);
    const [attachment] = mail?.parsed.attachments ?? [];
    expect(attachment?.filename).toBe(run.fileName);
    expect(attachment?.contentType).toBe('text/csv');
    expect(attachment?.size).toBe(run.bytes);
    expect(attachment?.content.equals(stored.rawPayload)).toBe(true);
  });

  it('when the job of a sent mail or of a succeeded run runs again, no second mail is sent', async () => {
    const created = await schedule({ ...eventsEverySecond, name: '只发一次' });
    const runId = await firstRun(created);
    await runWhen(created, runId, 'the mail sent', (item) => item.mail.status === 'sent');
    // The export job delivered again: the run is claimed only once, so nothing is queued.
    await executeRun(context(), runId);
    // The mail job delivered again: the mail is claimed only while it is owed.
    await deliverRunMail(t.app, runId);
    expect(mailsOf(runId)).toHaveLength(1);
    expect((await runsOf(created.id)).find((run) => run.id === runId)?.mail).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('when the file is above the attachment limit, the mail carries a signed link that downloads it', async () => {
    const created = await schedule({
      name: '科普统计表（邮件链接）',
      cron: '* * * * * *',
      target: { kind: 'report', report: 'statistics-form', year: 2024, format: 'xlsx' },
      recipients: [recipients[0]],
    });
    const runId = await firstRun(created);
    const run = await runWhen(created, runId, 'the mail sent', (item) => item.mail.status === 'sent');
    expect(run.bytes).toBeGreaterThan(attachmentLimitBytes);
    const [mail] = mailsOf(runId);
    expect(mail?.parsed.attachments).toHaveLength(0);
    expect(mail?.parsed.text).toContain('文件超过 4.0 KB，未作为附件发送');
    const link = mail?.parsed.text?.match(/^https:\S+$/m)?.[0] ?? '';
    expect(link.startsWith(`${publicUrl}/api/v1/downloads/export-runs/${runId}?expires=`)).toBe(true);
    const download = await t.app.inject({ url: link.slice(publicUrl.length) });
    expect(download.statusCode).toBe(200);
    const stored = await t.inject({ url: `/api/v1/export-runs/${runId}/file` });
    expect(download.rawPayload.equals(stored.rawPayload)).toBe(true);
  });

  it('when the SMTP server refuses, the run records the failure and a later retry sends the mail once', async () => {
    smtp.refuse = 'mailbox temporarily unavailable';
    try {
      const created = await schedule({ ...eventsEverySecond, name: '邮件服务器故障' });
      const runId = await firstRun(created);
      const failed = await runWhen(created, runId, 'the mail failed', (item) => item.mail.status === 'failed');
      expect(failed.status).toBe('succeeded');
      expect(failed.mail.error).toContain('mailbox temporarily unavailable');
      expect(failed.mail.sentAt).toBeNull();
      expect(mailsOf(runId)).toHaveLength(0);
      smtp.refuse = null;
      const sent = await runWhen(created, runId, 'the mail sent on a retry', (item) => item.mail.status === 'sent');
      expect(sent.mail.attempts).toBeGreaterThanOrEqual(2);
      expect(sent.mail.error).toBeNull();
      // The export ran once; only the mail was retried.
      expect(sent.attempts).toBe(1);
      expect(mailsOf(runId)).toHaveLength(1);
    } finally {
      smtp.refuse = null;
    }
  });

  it('when a run fails for the last time, the recipients are told it failed', async () => {
    const leaver = await t.signIn('district_admin', '500106');
    const created = await schedule({ ...eventsEverySecond, name: '负责人已离开' }, leaver);
    // The owner leaves: the run has no one to run as, on every attempt.
    await t.database.db.update(schema.users).set({ deletedAt: new Date() }).where(eq(schema.users.id, leaver.userId));
    const runId = await firstRun(created);
    const run = await runWhen(created, runId, 'the failure mailed', (item) => item.status === 'failed' && item.mail.status === 'sent');
    expect(run.attempts).toBe(2);
    const [mail, ...more] = mailsOf(runId);
    expect(more).toHaveLength(0);
    expect(mail?.parsed.subject).toMatch(/^定时导出失败：负责人已离开（/);
    expect(mail?.parsed.text).toContain('共尝试 2 次，均未成功');
    expect(mail?.parsed.attachments).toHaveLength(0);
  });

  it('when the run cannot queue its mail, the run is not marked succeeded', async () => {
    const created = await schedule({ ...eventsEverySecond, name: '队列故障', active: false });
    const [run] = await t.database.db
      .insert(schema.exportRuns)
      .values({ scheduleId: created.id, occurrence: new Date('2025-01-01T00:00:00Z') })
      .returning();
    const runId = run?.id ?? '';
    await expect(executeRun(context({ queueMail: () => Promise.reject(new Error('queue down')) }), runId)).rejects.toThrow('queue down');
    expect((await runsOf(created.id)).find((item) => item.id === runId)).toMatchObject({
      status: 'failed',
      error: 'queue down',
      mail: { status: 'not_requested', attempts: 0 },
    });
  });

  it('says mail is on, from whom, and never the SMTP credentials', async () => {
    const response = await t.inject({ url: '/api/v1/settings/mail', headers: owner });
    expect(response.statusCode).toBe(200);
    expect(response.json<MailSettings>()).toEqual({ enabled: true, from: 'Kepu 全域科普 <no-reply@localhost>', attachmentLimitBytes, publicUrl });
    expect(response.body).not.toContain(smtpUser.password);
  });
});

describe('without SMTP_URL', () => {
  let off: TestApp;
  let offDirectory: string;
  beforeAll(async () => {
    offDirectory = await mkdtemp(join(tmpdir(), 'kepu-mail-off-'));
    off = await buildTestApp({ exportsDirectory: offDirectory });
  }, 60_000);
  afterAll(async () => {
    await off.close();
    await rm(offDirectory, { recursive: true, force: true });
  });

  it('a run with recipients records mail as off, queues nothing and connects to no mail server', async () => {
    const connections = smtp.connections;
    const organiser = await create(off, 'organisations', organisationInput());
    await create(off, 'events', eventInput(organiser.id));
    const response = await off.inject({
      method: 'POST',
      url: '/api/v1/export-schedules',
      payload: { ...eventsEverySecond, name: '邮件未开启', active: false },
    });
    const created = response.json<ExportSchedule>();
    const [run] = await off.database.db
      .insert(schema.exportRuns)
      .values({ scheduleId: created.id, occurrence: new Date('2025-01-01T00:00:00Z') })
      .returning();
    const runId = run?.id ?? '';
    await executeRun({ ...context(), app: off.app, store: off.app.files }, runId);
    const runs = (await off.inject({ url: `/api/v1/export-schedules/${created.id}/runs` })).json<{ items: ExportRun[] }>().items;
    expect(runs.find((item) => item.id === runId)).toMatchObject({ status: 'succeeded', mail: { status: 'off', recipients, attempts: 0 } });
    expect(smtp.connections).toBe(connections);
    const settings = await off.inject({ url: '/api/v1/settings/mail' });
    expect(settings.json<MailSettings>()).toEqual({
      enabled: false,
      from: 'Kepu 全域科普 <no-reply@localhost>',
      attachmentLimitBytes: 5 * 1024 * 1024,
      publicUrl: null,
    });
  });
});

describe('the text of the mail', () => {
  const facts = {
    scheduleName: '月度活动清单',
    target: { kind: 'list', entity: 'events', filters: {}, format: 'xlsx' } as const,
    ownerName: '张三',
    scopeName: '重庆市渝北区',
    occurrence: new Date('2025-05-01T00:00:00Z'),
    run: { fileName: '月度活动清单-2025-05-01.xlsx', bytes: 12 * 1024 * 1024, rows: 120_000, attempts: 1 },
  };

  it('when a large file has no public address to link from, it says where to download it instead', () => {
    const { subject, text } = composeRunMail({ ...facts, delivery: { kind: 'console', limitBytes: 5 * 1024 * 1024 } });
    expect(subject).toBe('定时导出：月度活动清单（2025-05-01 08:00）');
    expect(text).toContain('内容：科普活动清单（XLSX），共 120,000 行');
    expect(text).toContain('文件：月度活动清单-2025-05-01.xlsx（12.0 MB）');
    expect(text).toContain('文件超过 5.0 MB，未作为附件发送；本系统未配置对外访问地址（PUBLIC_URL）');
    expect(text).toContain('“定时导出 → 历史”');
    expect(text).not.toContain('http');
  });

  it('when a link is given, it says until when it works, in Asia/Shanghai', () => {
    const expiresAt = new Date('2025-05-08T00:00:00Z');
    const { text } = composeRunMail({
      ...facts,
      delivery: { kind: 'link', url: 'https://kepu.example.org/x', expiresAt, limitBytes: 5 * 1024 * 1024 },
    });
    expect(text).toContain('请在 2025-05-08 08:00（北京时间）前通过以下链接下载，无需登录：\nhttps://kepu.example.org/x');
  });
});
