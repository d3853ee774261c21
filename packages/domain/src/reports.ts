import { z } from 'zod';
import { calendarYearQuery } from './common.js';
import { regionCode } from './regions.js';

/** The generated reports; scheduled exports name them by these keys. */
export const reportKind = z.enum(['statistics-form', 'district-profile']);
export type ReportKind = z.infer<typeof reportKind>;
/** What staff call each report (the mail about a scheduled one names it). */
export const reportKindLabels: Record<ReportKind, string> = { 'statistics-form': '科普统计报表', 'district-profile': '区县科普概况' };

export const reportFormat = z.enum(['pdf', 'xlsx']);
export type ReportFormat = z.infer<typeof reportFormat>;

const reportFields = {
  region: regionCode.optional().meta({ description: 'the region reported on; default: your scope region' }),
  year: calendarYearQuery.optional().meta({ description: 'the calendar year reported on; default: this year (Asia/Shanghai)' }),
};

/** A report's `format` parameter: the formats it is produced in, the first by default. */
const formatQuery = <const F extends ReportFormat>(formats: readonly [F, ...F[]], description: string) =>
  z.enum(formats).default(formats[0]).meta({ description });

export const StatisticsFormQuery = z.strictObject({
  ...reportFields,
  format: formatQuery(['xlsx'], 'xlsx only: the 科普统计 form is produced as a workbook'),
});

export const DistrictProfileQuery = z.strictObject({
  ...reportFields,
  format: formatQuery(['pdf', 'xlsx'], 'pdf: A4 document; xlsx: the same tables as a workbook'),
});

export type StatisticsFormQueryInput = z.infer<typeof StatisticsFormQuery>;
export type DistrictProfileQueryInput = z.infer<typeof DistrictProfileQuery>;
