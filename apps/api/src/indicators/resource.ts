import {
  CreateIndicatorBody,
  IndicatorPage,
  IndicatorResponse,
  ListIndicatorsQuery,
  UpdateIndicatorBody,
  columnsOf,
  indicatorFields,
  type CreateIndicator,
  type Indicator,
  type ListIndicators,
} from '@kepu/domain';
import { schema } from '@kepu/db';
import { eq, sql } from 'drizzle-orm';
import { anyOf } from '../kernel/resource/bind.js';
import { requireRegion } from '../kernel/references.js';
import { recordResource, recordResponse, type ResourceSpec } from '../kernel/resource/spec.js';

const { indicators } = schema;
type IndicatorRow = typeof indicators.$inferSelect;

export const indicatorsResource: ResourceSpec<IndicatorRow, CreateIndicator, ListIndicators, Indicator> = {
  ...recordResource('indicators', 'Indicator', '指标 indicators', indicators),
  schemas: {
    create: CreateIndicatorBody,
    update: UpdateIndicatorBody,
    query: ListIndicatorsQuery,
    response: IndicatorResponse,
    page: IndicatorPage,
  },
  searchColumn: indicators.source,
  sortColumns: { year: indicators.year, kind: indicators.kind, value: indicators.value, regionCode: indicators.regionCode },
  filters: (query, bind) => [
    query.kind ? anyOf(indicators.kind, bind('kind', query.kind)) : undefined,
    // A yearly value of that year, or a value over a span (year … yearTo) that covers it.
    query.year
      ? sql`${indicators.year} <= ${bind('year', query.year)} and coalesce(${indicators.yearTo}, ${indicators.year}) >= ${bind('year', query.year)}`
      : undefined,
    query.level ? eq(indicators.level, bind('level', query.level)) : undefined,
  ],
  async prepare(input) {
    await requireRegion(input.regionCode);
    return columnsOf(indicatorFields, input);
  },
  ...recordResponse(indicators, indicatorFields),
};
