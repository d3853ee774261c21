import {
  CreateSummaryBody,
  ListSummariesQuery,
  SummaryPage,
  SummaryResponse,
  UpdateSummaryBody,
  columnsOf,
  summaryFields,
  type CreateSummary,
  type ListSummaries,
  type Summary,
} from '@kepu/domain';
import { schema } from '@kepu/db';
import { gte, lte } from 'drizzle-orm';
import { anyOf, holdsId } from '../kernel/resource/bind.js';
import { unprocessable } from '../kernel/errors.js';
import { requireLive, requireRegion } from '../kernel/references.js';
import { eventsAlreadyEntered } from './double-counting.js';
import { recordResource, recordResponse, type ResourceSpec } from '../kernel/resource/spec.js';

const { summaries, organisations } = schema;
type SummaryRow = typeof summaries.$inferSelect;

export const summariesResource: ResourceSpec<SummaryRow, CreateSummary, ListSummaries, Summary> = {
  ...recordResource('summaries', 'Summary', '活动汇总 summaries', summaries),
  schemas: { create: CreateSummaryBody, update: UpdateSummaryBody, query: ListSummariesQuery, response: SummaryResponse, page: SummaryPage },
  searchColumn: summaries.title,
  sortColumns: {
    periodFrom: summaries.periodFrom,
    title: summaries.title,
    attendance: summaries.attendance,
    createdAt: summaries.createdAt,
    updatedAt: summaries.updatedAt,
  },
  filters: (query, bind) => [
    query.category ? anyOf(summaries.category, bind('category', query.category)) : undefined,
    query.organisationId ? holdsId(summaries.organiserIds, bind('organisationId', query.organisationId)) : undefined,
    query.year ? lte(summaries.periodFrom, bind('yearEnd', `${query.year}-12-31`)) : undefined,
    query.year ? gte(summaries.periodTo, bind('yearStart', `${query.year}-01-01`)) : undefined,
  ],
  async prepare(input, { executor, principal }) {
    await requireRegion(input.regionCode);
    if (input.organiserIds?.length) await requireLive(executor, organisations, input.organiserIds, 'body.organiserIds', principal);
    const entered = await eventsAlreadyEntered(executor, input);
    if (entered) throw unprocessable([{ field: 'body.periodFrom', message: entered }]);
    return columnsOf(summaryFields, input);
  },
  ...recordResponse(summaries, summaryFields),
};
