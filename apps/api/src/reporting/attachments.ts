import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { schema, type Executor } from '@kepu/db';
import { AttachmentParams, IdParams, MAX_ATTACHMENTS, SubmissionResponse, UploadAttachmentQuery } from '@kepu/domain';
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../kernel/audit/record.js';
import { sendDownload } from '../kernel/download.js';
import { AppError, notFound, problem, unprocessable } from '../kernel/errors.js';
import { withEtag } from '../kernel/http.js';
import { problems } from '../kernel/openapi.js';
import { principalOf, type Principal } from '../kernel/principal.js';
import { assertMayFill } from './access.js';
import { evidenceMediaTypes, evidenceTypeOf, maxEvidenceBytes } from './evidence.js';
import { findSubmission, itemsOf, today, type CampaignRow, type SubmissionRow } from './store.js';
import { editable, submissionView } from './view.js';

const { reportingSubmissions, submissionAttachments } = schema;

/** Evidence (佐证材料) of a submission: uploaded as the file itself, typed by its content, kept in the file store. */
export function attachmentRoutes(app: FastifyInstance, _options: unknown, done: () => void) {
  const server = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['填报 reporting'];
  const path = '/api/v1/submissions/:id/attachments';
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxEvidenceBytes }, (_request, body, parsed) => parsed(null, body));

  /** Evidence is part of the submission: a change to it is a new version, so a reviewer's If-Match sees it. */
  const touch = async (tx: Executor, id: string) => {
    const [row] = await tx
      .update(reportingSubmissions)
      .set({ version: sql`${reportingSubmissions.version} + 1`, updatedAt: sql`now()` })
      .where(eq(reportingSubmissions.id, id))
      .returning();
    return row;
  };

  /** Evidence changes with the figures: by the unit itself, while it may still change them. */
  async function assertMayChangeEvidence(principal: Principal, submission: SubmissionRow, campaign: CampaignRow) {
    await assertMayFill(principal, submission.regionCode);
    if (campaign.status !== 'open') throw new AppError(problem('campaignClosed'));
    if (!editable(submission.status))
      throw new AppError(
        problem('submissionState', {
          status: { zh: submission.status === 'approved' ? '已通过' : '已提交', en: submission.status },
          action: { zh: '修改佐证材料', en: 'changed' },
        }),
      );
    if (campaign.deadline < today() && submission.status !== 'returned')
      throw new AppError(problem('deadlinePassed', { deadline: campaign.deadline }));
  }

  server.post(
    path,
    {
      config: { access: { permission: 'reporting:fill' } },
      bodyLimit: maxEvidenceBytes,
      schema: {
        operationId: 'attachEvidence',
        tags,
        summary: 'Attach evidence: a PDF, PNG/JPEG image or XLSX workbook of at most 10 MB, sent as the body',
        description: 'The type is read from the content; a file whose bytes are not one of these is refused (415) whatever its name says.',
        params: IdParams,
        querystring: UploadAttachmentQuery,
        consumes: [...evidenceMediaTypes, 'application/octet-stream'],
        body: z.unknown().meta({ description: 'the file itself; its type is read from its bytes' }),
        response: { 201: SubmissionResponse, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0)
        throw new AppError(problem('attachmentType'), {
          errors: [{ field: 'body', message: { zh: '请以文件本身作为请求内容上传', en: 'send the file as the body' } }],
        });
      const type = evidenceTypeOf(bytes);
      if (!type)
        throw new AppError(problem('attachmentType'), {
          errors: [
            {
              field: 'body',
              message: {
                zh: `“${request.query.fileName}”的内容不是 PDF、PNG、JPEG 或 XLSX`,
                en: `${request.query.fileName} is not a PDF, PNG, JPEG or XLSX`,
              },
            },
          ],
        });
      const id = randomUUID();
      const storageKey = `attachments/${id}.${type.extension}`;
      const result = await app.db.transaction(async (tx) => {
        const { submission, campaign } = await findSubmission(tx, principal, request.params.id, true);
        await assertMayChangeEvidence(principal, submission, campaign);
        // The submission's row is locked: uploads to it count one after another.
        const [held] = await tx
          .select({ attachments: count() })
          .from(submissionAttachments)
          .where(and(eq(submissionAttachments.submissionId, submission.id), isNull(submissionAttachments.deletedAt)));
        if ((held?.attachments ?? 0) >= MAX_ATTACHMENTS) throw new AppError(problem('attachmentsFull', { max: MAX_ATTACHMENTS }));
        const item = request.query.item;
        if (item !== undefined && !itemsOf(campaign).some((candidate) => candidate.key === item))
          throw unprocessable([{ field: 'query.item', message: { zh: '不是本次填报的项目', en: 'not an item of this campaign' } }]);
        await app.files.write(storageKey, (sink) => pipeline(Readable.from([bytes]), sink));
        await tx.insert(submissionAttachments).values({
          id,
          submissionId: submission.id,
          itemKey: item ?? null,
          fileName: request.query.fileName,
          contentType: type.contentType,
          bytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          storageKey,
          uploadedBy: principal.id,
        });
        const row = await touch(tx, submission.id);
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          {
            action: 'create',
            entity: 'attachments',
            entityId: id,
            regionCode: submission.regionCode,
            after: {
              submission: submission.id,
              fileName: request.query.fileName,
              item: item ?? null,
              contentType: type.contentType,
              bytes: bytes.length,
            },
          },
        );
        return { submission: row as SubmissionRow, campaign };
      });
      return withEtag(reply, result.submission.version)
        .code(201)
        .send(await submissionView(app.db, principal, result.submission, result.campaign));
    },
  );

  server.get(
    `${path}/:attachmentId`,
    {
      config: { access: { permission: 'stats:read' } },
      schema: {
        operationId: 'downloadEvidence',
        tags,
        summary: 'Download a piece of evidence',
        params: AttachmentParams,
        produces: evidenceMediaTypes,
        response: { 200: z.unknown().meta({ description: 'the file' }), ...problems(400, 401, 403, 404, 410) },
      },
    },
    async (request, reply) => {
      const { submission } = await findSubmission(app.db, principalOf(request), request.params.id);
      const [attachment] = await app.db
        .select()
        .from(submissionAttachments)
        .where(
          and(
            eq(submissionAttachments.id, request.params.attachmentId),
            eq(submissionAttachments.submissionId, submission.id),
            isNull(submissionAttachments.deletedAt),
          ),
        );
      if (!attachment) throw notFound('attachments');
      const body = await app.files.read(attachment.storageKey);
      if (!body) throw notFound('attachments');
      return sendDownload(reply, { fileName: attachment.fileName, contentType: attachment.contentType, body });
    },
  );

  server.delete(
    `${path}/:attachmentId`,
    {
      config: { access: { permission: 'reporting:fill' } },
      schema: {
        operationId: 'removeEvidence',
        tags,
        summary: 'Remove a piece of evidence (your own unit, while the submission may be changed)',
        params: AttachmentParams,
        response: { 200: SubmissionResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const result = await app.db.transaction(async (tx) => {
        const { submission, campaign } = await findSubmission(tx, principal, request.params.id, true);
        await assertMayChangeEvidence(principal, submission, campaign);
        const [removed] = await tx
          .update(submissionAttachments)
          .set({ deletedAt: sql`now()` })
          .where(
            and(
              eq(submissionAttachments.id, request.params.attachmentId),
              eq(submissionAttachments.submissionId, submission.id),
              isNull(submissionAttachments.deletedAt),
            ),
          )
          .returning();
        if (!removed) throw notFound('attachments');
        const row = await touch(tx, submission.id);
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          {
            action: 'delete',
            entity: 'attachments',
            entityId: removed.id,
            regionCode: submission.regionCode,
            before: { submission: submission.id, fileName: removed.fileName },
          },
        );
        return { submission: row as SubmissionRow, campaign };
      });
      return withEtag(reply, result.submission.version).send(await submissionView(app.db, principal, result.submission, result.campaign));
    },
  );
  done();
}
