import type { ReportKind, ScheduleTarget } from '@kepu/domain';
import type { MessageKey } from '../shared/i18n.js';

export type ListTarget = Extract<ScheduleTarget, { kind: 'list' }>;
export type ReportTarget = Extract<ScheduleTarget, { kind: 'report' }>;
export type FileFormat = ListTarget['format'] | ReportTarget['format'];

export const reportLabels: Record<ReportKind, MessageKey> = {
  'statistics-form': 'reportStatisticsForm',
  'district-profile': 'reportDistrictProfile',
};
export const formatLabels: Record<FileFormat, MessageKey> = { csv: 'formatCsv', xlsx: 'formatXlsx', pdf: 'formatPdf' };

/** The cron expressions staff ask for most; any other can be typed. */
export const cronPresets: { cron: string; label: MessageKey }[] = [
  { cron: '0 8 * * *', label: 'cronDaily' },
  { cron: '0 8 * * 1', label: 'cronWeekly' },
  { cron: '0 8 1 * *', label: 'cronMonthly' },
];
