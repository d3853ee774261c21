import { fileSize, recordEntityLabels, reportKindLabels, scheduleTarget, toShanghaiIso, type ScheduleTarget } from '@kepu/domain';
import { schema } from '@kepu/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { findRegion } from '../kernel/regions.js';
import type { OutgoingMail } from '../kernel/mail.js';
import { issueRunLink } from './links.js';

const { exportRuns, exportSchedules, users } = schema;
type RunRow = typeof exportRuns.$inferSelect;

/** Names the run a message is about, so a mail in a mailbox or a server log can be traced to its run. */
export const runHeader = 'X-Kepu-Export-Run';

/** How a succeeded run's file reaches the recipients. */
export type FileDelivery =
  | { kind: 'attachment' }
  | { kind: 'link'; url: string; expiresAt: Date; limitBytes: number }
  /** Too large to attach, and no PUBLIC_URL to build a link from. */
  | { kind: 'console'; limitBytes: number };

export interface RunMailFacts {
  scheduleName: string;
  target: ScheduleTarget;
  ownerName: string;
  /** The region the owner could see when the run started. */
  scopeName: string | null;
  occurrence: Date;
  run: Pick<RunRow, 'fileName' | 'bytes' | 'rows' | 'attempts'>;
  /** How the file reaches the recipients; null when the run failed for good. */
  delivery: FileDelivery | null;
}

/** Shanghai wall-clock time as staff write it; seconds only when a six-field cron gave some. */
const shanghaiTime = (instant: Date) => toShanghaiIso(instant).slice(0, 19).replace('T', ' ').replace(/:00$/, '');

const contentOf = (target: ScheduleTarget) =>
  target.kind === 'list'
    ? `${recordEntityLabels[target.entity]}清单（${target.format.toUpperCase()}）`
    : `${reportKindLabels[target.report]}（${target.format.toUpperCase()}）`;

function deliveryLines(delivery: FileDelivery): string[] {
  switch (delivery.kind) {
    case 'attachment':
      return ['文件见附件。'];
    case 'link':
      return [
        `文件超过 ${fileSize(delivery.limitBytes)}，未作为附件发送。请在 ${shanghaiTime(delivery.expiresAt)}（北京时间）前通过以下链接下载，无需登录：`,
        delivery.url,
      ];
    case 'console':
      return [
        `文件超过 ${fileSize(delivery.limitBytes)}，未作为附件发送；本系统未配置对外访问地址（PUBLIC_URL），邮件中无法附下载链接。`,
        '请登录 Kepu，在“定时导出 → 历史”中下载。',
      ];
  }
}

/** The mail about a finished run, in Chinese: what was produced and how to get it, or that it failed for good. */
export function composeRunMail(facts: RunMailFacts): Pick<OutgoingMail, 'subject' | 'text'> {
  const when = shanghaiTime(facts.occurrence);
  const footer = ['', '——', `此邮件由 Kepu 全域科普管理平台自动发送，请勿直接回复。如需调整收件人或停止发送，请联系负责人 ${facts.ownerName}。`];
  if (facts.delivery === null) {
    return {
      subject: `定时导出失败：${facts.scheduleName}（${when}）`,
      text: [
        '您好！',
        '',
        `定时导出“${facts.scheduleName}”计划于 ${when}（北京时间）生成的文件没有生成：共尝试 ${facts.run.attempts} 次，均未成功，本次不再自动重试。`,
        `内容：${contentOf(facts.target)}`,
        '失败原因记录在 Kepu 的“定时导出 → 历史”中；下一次仍将按计划生成。',
        ...footer,
      ].join('\n'),
    };
  }
  const size = facts.run.bytes === null ? '' : `（${fileSize(facts.run.bytes)}）`;
  return {
    subject: `定时导出：${facts.scheduleName}（${when}）`,
    text: [
      '您好！',
      '',
      `定时导出“${facts.scheduleName}”已生成 ${when}（北京时间）这一次的文件。`,
      '',
      `内容：${contentOf(facts.target)}${facts.run.rows === null ? '' : `，共 ${facts.run.rows.toLocaleString('zh-CN')} 行`}`,
      `范围：${facts.scopeName ?? '—'}（按负责人 ${facts.ownerName} 运行时的数据权限）`,
      `文件：${facts.run.fileName ?? '—'}${size}`,
      '',
      ...deliveryLines(facts.delivery),
      ...footer,
    ].join('\n'),
  };
}

/** The file attached when it is small enough, else a link to it (or, without PUBLIC_URL, where to find it). */
async function fileDelivery(app: FastifyInstance, run: RunRow): Promise<{ delivery: FileDelivery; attachment?: Buffer }> {
  const { attachmentLimitBytes: limitBytes, publicUrl } = app.mail;
  if ((run.bytes ?? 0) <= limitBytes) {
    const file = run.storageKey ? await app.files.read(run.storageKey) : undefined;
    if (!file) throw new Error("the run's file is no longer stored");
    // Read whole (it is below the attachment limit), so a refused send leaves no file open.
    return { delivery: { kind: 'attachment' }, attachment: Buffer.concat(await file.toArray()) };
  }
  if (!publicUrl) return { delivery: { kind: 'console', limitBytes } };
  const link = await issueRunLink(app.runLinks, run.id);
  return { delivery: { kind: 'link', url: `${publicUrl}${link.path}`, expiresAt: link.expiresAt, limitBytes } };
}

/** The message about a claimed run: the facts from the database, and the file or its link. */
async function messageFor(app: FastifyInstance, run: RunRow): Promise<OutgoingMail> {
  const [found] = await app.db
    .select({ schedule: exportSchedules, ownerName: users.displayName })
    .from(exportSchedules)
    .innerJoin(users, eq(users.id, exportSchedules.ownerId))
    .where(eq(exportSchedules.id, run.scheduleId));
  if (!found) throw new Error('the schedule of this run no longer exists');
  const file = run.status === 'succeeded' ? await fileDelivery(app, run) : null;
  const text = composeRunMail({
    scheduleName: found.schedule.name,
    target: scheduleTarget.parse(found.schedule.params),
    ownerName: found.ownerName,
    scopeName: run.scopeRegionCode ? ((await findRegion(run.scopeRegionCode))?.fullName ?? run.scopeRegionCode) : null,
    occurrence: run.occurrence,
    run,
    delivery: file?.delivery ?? null,
  });
  return {
    to: run.mailRecipients,
    ...text,
    headers: { [runHeader]: run.id },
    ...(file?.attachment
      ? {
          attachments: [{ filename: run.fileName ?? 'export', contentType: run.contentType ?? 'application/octet-stream', content: file.attachment }],
        }
      : {}),
  };
}

/**
 * The mail job of one run. It claims the mail first: a mail already sent (a job delivered twice)
 * is not sent again. A process that dies after the SMTP server took the message but before `sent`
 * is written sends it again on the retry; SMTP offers no way to ask whether a message arrived.
 */
export async function deliverRunMail(app: FastifyInstance, runId: string): Promise<void> {
  const [run] = await app.db
    .update(exportRuns)
    .set({ mailAttempts: sql`${exportRuns.mailAttempts} + 1` })
    .where(and(eq(exportRuns.id, runId), inArray(exportRuns.mailStatus, ['pending', 'failed'])))
    .returning();
  if (!run) return;
  // Queued by a replica with SMTP_URL, taken by one without: say so rather than fail the job forever.
  if (!app.mail.enabled) {
    await app.db.update(exportRuns).set({ mailStatus: 'off' }).where(eq(exportRuns.id, runId));
    return;
  }
  try {
    const { rejected } = await app.mail.send(await messageFor(app, run));
    await app.db
      .update(exportRuns)
      .set({ mailStatus: 'sent', mailSentAt: sql`now()`, mailError: rejected.length > 0 ? `邮件服务器拒收：${rejected.join(', ')}` : null })
      .where(eq(exportRuns.id, runId));
  } catch (error) {
    await app.db
      .update(exportRuns)
      .set({ mailStatus: 'failed', mailError: (error as Error).message })
      .where(eq(exportRuns.id, runId));
    throw error;
  }
}
