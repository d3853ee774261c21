import { schema, type Executor } from '@kepu/db';
import {
  IdParams,
  ListSubmissionsQuery,
  ReopenSubmissionBody,
  ReviewSubmissionBody,
  SaveSubmissionBody,
  SubmissionPage,
  SubmissionResponse,
  childCodeLength,
  regionLevelOf,
  submissionStatus,
  type ApplicationChangeAction,
  type SubmissionStatus,
} from '@kepu/domain';
import { and, count, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { recordAudit } from '../kernel/audit/record.js';
import { recordChange } from '../kernel/changes.js';
import { AppError, preconditionFailed, problem, unprocessable, type FieldError } from '../kernel/errors.js';
import { expectedVersion, withEtag } from '../kernel/http.js';
import { problems } from '../kernel/openapi.js';
import { principalOf, type Principal } from '../kernel/principal.js';
import { subtreePattern } from '../kernel/regions.js';
import { IfMatchHeaders } from '../kernel/resource/context.js';
import { withinScope } from '../kernel/scope.js';
import { assertMayFill, assertMayReview } from './access.js';
import { recordFigures, type StoredFigures } from './lines.js';
import { findSubmission, itemsOf, submissionSummaries, today, unitOf, type CampaignRow, type SubmissionRow } from './store.js';
import { editable, submissionView } from './view.js';

const { reportingCampaigns, reportingSubmissions } = schema;

const actions = {
  save: { zh: '修改', en: 'changed' },
  submit: { zh: '提交', en: 'submitted' },
  review: { zh: '审核', en: 'reviewed' },
  reopen: { zh: '重新打开', en: 'reopened' },
} as const;

/** The audit actions that change a submission's state, as the change log names them (saving a draft changes none). */
const changeActions = {
  update: undefined,
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
  reopen: 'reopened',
} as const satisfies Record<string, ApplicationChangeAction<'submissions'> | undefined>;

function refuseState(status: string, action: keyof typeof actions): never {
  throw new AppError(
    problem('submissionState', { status: { zh: submissionStatus.labels[status as SubmissionStatus], en: status }, action: actions[action] }),
  );
}

/** Whether the unit may still change it: an open campaign, before the deadline (a returned submission may be corrected after it). */
function assertOpenForChanges(submission: SubmissionRow, campaign: CampaignRow, action: 'save' | 'submit') {
  if (campaign.status !== 'open') throw new AppError(problem('campaignClosed'));
  if (!editable(submission.status)) refuseState(submission.status, action);
  if (campaign.deadline < today() && submission.status !== 'returned') throw new AppError(problem('deadlinePassed', { deadline: campaign.deadline }));
}

type SaveBody = z.infer<typeof SaveSubmissionBody>;

/**
 * The figures after a save: each sent figure kept with what the records give now, so the reviewer
 * sees what was changed. On submit, every figure not entered takes the records' value (the prefill is
 * accepted as it is), and a value that differs from the records needs its reason.
 */
async function mergedFigures(executor: Executor, submission: SubmissionRow, campaign: CampaignRow, body: SaveBody, submitting: boolean) {
  const items = itemsOf(campaign);
  const byKey = new Map(items.map((item) => [item.key, item]));
  const errors: FieldError[] = [];
  for (const [key, figure] of Object.entries(body.figures)) {
    const item = byKey.get(key);
    if (!item) errors.push({ field: `body.figures.${key}`, message: { zh: '不是本次填报的项目', en: 'not an item of this campaign' } });
    else if (!item.metric && figure.value !== null && figure.value !== 0 && figure.value !== 1)
      errors.push({
        field: `body.figures.${key}.value`,
        message: { zh: '此项按佐证评价：填 1（达标）或 0（未达标）', en: '1 (met) or 0 (not met)' },
      });
  }
  if (errors.length > 0) throw unprocessable(errors);
  const records = await recordFigures(executor, items, await unitOf(submission.regionCode), campaign.year);
  const figures: StoredFigures = { ...(submission.figures as StoredFigures) };
  for (const [key, figure] of Object.entries(body.figures))
    figures[key] = { value: figure.value, qualifier: figure.qualifier, reason: figure.reason, recordValue: records.get(key)?.value ?? null };
  if (!submitting) return figures;
  for (const item of items) {
    const record = records.get(item.key)?.value ?? null;
    figures[item.key] ??= { value: record, qualifier: null, reason: null, recordValue: record };
    const figure = figures[item.key];
    if (figure && item.metric && record !== null && figure.value !== record && !figure.reason)
      errors.push({
        field: `body.figures.${item.key}.reason`,
        message: { zh: `与记录数据（${record}）不一致，请说明理由`, en: `differs from the records (${record}); say why` },
      });
  }
  if (errors.length > 0) throw unprocessable(errors);
  return figures;
}

export function registerSubmissionRoutes(app: FastifyInstance) {
  const server = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['填报 reporting'];
  const base = '/api/v1/submissions';
  const read = { access: { permission: 'stats:read' as const } };

  const sendView = async (reply: Parameters<typeof withEtag>[0], principal: Principal, submission: SubmissionRow, campaign: CampaignRow) =>
    withEtag(reply, submission.version).send(await submissionView(app.db, principal, submission, campaign));

  /** Runs a change of state on a locked submission in one transaction with its audit entry. */
  async function change(
    request: { ip: string; headers: { 'if-match'?: string | undefined }; params: { id: string } },
    principal: Principal,
    decide: (
      submission: SubmissionRow,
      campaign: CampaignRow,
      tx: Executor,
    ) => Promise<{ set: Partial<SubmissionRow>; action: 'update' | 'submit' | 'approve' | 'return' | 'reopen' }>,
  ) {
    const version = expectedVersion(request.headers['if-match']);
    return app.db.transaction(async (tx) => {
      const { submission, campaign } = await findSubmission(tx, principal, request.params.id, true);
      const { set, action } = await decide(submission, campaign, tx);
      if (submission.version !== version) throw preconditionFailed('submissions', submission.version);
      const [row] = await tx
        .update(reportingSubmissions)
        .set({ ...set, version: sql`${reportingSubmissions.version} + 1`, updatedAt: sql`now()` })
        .where(eq(reportingSubmissions.id, submission.id))
        .returning();
      const updated = row as SubmissionRow;
      await recordAudit(
        tx,
        { principal, ip: request.ip },
        {
          action,
          entity: 'submissions',
          entityId: submission.id,
          regionCode: submission.regionCode,
          before: { status: submission.status, figures: submission.figures, note: submission.note, comments: submission.comments },
          after: { status: updated.status, figures: updated.figures, note: updated.note, comments: updated.comments },
        },
      );
      const changed = changeActions[action];
      if (changed)
        await recordChange(tx, {
          entity: 'submissions',
          recordId: submission.id,
          action: changed,
          regionCode: submission.regionCode,
          version: updated.version,
        });
      return { submission: updated, campaign };
    });
  }

  server.get(
    base,
    {
      config: read,
      schema: {
        operationId: 'listSubmissions',
        tags,
        summary: 'Your inbox: submissions your unit fills and those you review',
        description: '`role=fill`: your own unit’s; `role=review`: the units one level below you; without it, both.',
        querystring: ListSubmissionsQuery,
        response: { 200: SubmissionPage, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { page, pageSize, role, campaign, status } = request.query;
      const scope = principal.scopeRegionCode;
      const own = eq(reportingSubmissions.regionCode, scope);
      const below = and(
        sql`${reportingSubmissions.regionCode} like ${subtreePattern(scope)}`,
        sql`length(${reportingSubmissions.regionCode}) = ${childCodeLength[regionLevelOf(scope)]}`,
        sql`${reportingSubmissions.regionCode} <> ${scope}`,
      ) as SQL;
      const mine = role === 'fill' ? own : role === 'review' ? below : sql`(${own} or ${below})`;
      const where = and(
        isNull(reportingSubmissions.deletedAt),
        isNull(reportingCampaigns.deletedAt),
        withinScope(principal, reportingSubmissions.regionCode),
        mine,
        campaign ? eq(reportingSubmissions.campaignId, campaign) : undefined,
        status ? eq(reportingSubmissions.status, status) : undefined,
      ) as SQL;
      const [items, [total]] = await Promise.all([
        submissionSummaries(app.db, where, { limit: pageSize, offset: (page - 1) * pageSize }),
        app.db
          .select({ n: count() })
          .from(reportingSubmissions)
          .innerJoin(reportingCampaigns, eq(reportingCampaigns.id, reportingSubmissions.campaignId))
          .where(where),
      ]);
      return { items, page, pageSize, total: total?.n ?? 0 };
    },
  );

  server.get(
    `${base}/:id`,
    {
      config: read,
      schema: {
        operationId: 'getSubmission',
        tags,
        summary: 'A submission with the records’ figures, last year, the roll-up of approved 镇街 and the automatic checks',
        params: IdParams,
        response: { 200: SubmissionResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { submission, campaign } = await findSubmission(app.db, principal, request.params.id);
      return sendView(reply, principal, submission, campaign);
    },
  );

  const figureProblems = problems(400, 401, 403, 404, 409, 412, 422, 428);

  /** Saving a draft and submitting are one operation apart from the status they leave; both may send figures. */
  const fillRoute = (submitting: boolean) =>
    server.route({
      method: submitting ? 'POST' : 'PATCH',
      url: submitting ? `${base}/:id/submit` : `${base}/:id`,
      config: { access: { permission: 'reporting:fill' } },
      schema: {
        operationId: submitting ? 'submitSubmission' : 'saveSubmission',
        tags,
        summary: submitting
          ? 'Submit to the level above, with any last figures; figures never entered take the records’ value'
          : 'Save figures as a draft (your own unit, before the deadline)',
        description:
          'Figures not sent keep their saved value, or the records’ figure if never saved. A value that differs from the records needs a `reason` by the time it is submitted.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: SaveSubmissionBody,
        response: { 200: SubmissionResponse, ...figureProblems },
      },
      handler: async (request, reply) => {
        const principal = principalOf(request);
        const { submission, campaign } = await change(request, principal, async (current, campaignRow, tx) => {
          await assertMayFill(principal, current.regionCode);
          assertOpenForChanges(current, campaignRow, submitting ? 'submit' : 'save');
          const figures = await mergedFigures(tx, current, campaignRow, request.body, submitting);
          const note = request.body.note !== undefined ? { note: request.body.note } : {};
          if (!submitting)
            return { set: { figures, status: current.status === 'not_started' ? 'draft' : current.status, ...note }, action: 'update' };
          return { set: { figures, status: 'submitted', submittedAt: new Date(), submittedBy: principal.id, ...note }, action: 'submit' };
        });
        return sendView(reply, principal, submission, campaign);
      },
    });
  fillRoute(false);
  fillRoute(true);

  server.post(
    `${base}/:id/review`,
    {
      config: { access: { permission: 'reporting:review' } },
      schema: {
        operationId: 'reviewSubmission',
        tags,
        summary: 'Approve a submitted submission (it is locked), or return it with comments per figure',
        params: IdParams,
        headers: IfMatchHeaders,
        body: ReviewSubmissionBody,
        response: { 200: SubmissionResponse, ...figureProblems },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { decision, comments } = request.body;
      const { submission, campaign } = await change(request, principal, async (current, campaignRow) => {
        await assertMayReview(principal, current.regionCode);
        if (current.status !== 'submitted') refuseState(current.status, 'review');
        const keys = new Set([...itemsOf(campaignRow).map((item) => item.key), 'general']);
        const unknown = Object.keys(comments).filter((key) => !keys.has(key));
        if (unknown.length > 0)
          throw unprocessable(
            unknown.map((key) => ({ field: `body.comments.${key}`, message: { zh: '不是本次填报的项目', en: 'not an item of this campaign' } })),
          );
        return {
          set: { status: decision === 'approve' ? 'approved' : 'returned', comments, reviewedAt: new Date(), reviewedBy: principal.id },
          action: decision === 'approve' ? 'approve' : 'return',
        };
      });
      return sendView(reply, principal, submission, campaign);
    },
  );

  server.post(
    `${base}/:id/reopen`,
    {
      config: { access: { permission: 'reporting:review' } },
      schema: {
        operationId: 'reopenSubmission',
        tags,
        summary: 'Reopen an approved submission (the level above only, with a reason); the unit corrects and resubmits it',
        params: IdParams,
        headers: IfMatchHeaders,
        body: ReopenSubmissionBody,
        response: { 200: SubmissionResponse, ...figureProblems },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { submission, campaign } = await change(request, principal, async (current) => {
        await assertMayReview(principal, current.regionCode);
        if (current.status !== 'approved') refuseState(current.status, 'reopen');
        return {
          set: { status: 'returned', comments: { general: request.body.reason }, reviewedAt: new Date(), reviewedBy: principal.id },
          action: 'reopen',
        };
      });
      return sendView(reply, principal, submission, campaign);
    },
  );
}
