import { comparator, submissionStatus, type Submission, type SubmissionLine } from '@kepu/domain';
import { xlsxChunks, type Cell } from '@kepu/sheets';
import type { Executor } from '@kepu/db';
import { findRegion } from '../kernel/regions.js';
import { overview, timeSeries, yearPeriod } from '../stats/index.js';
import { honoursTable, keyFiguresBlock, monthlyChart } from './district-profile-pdf.js';
import { keyFigures } from './key-figures.js';
import { MISSING } from './statistics-form.js';
import { renderPdf, type PdfDocumentModel, type PdfTable } from './pdf.js';

const valueText = (value: number | null, unit: string | null) =>
  value === null ? MISSING : `${value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}${unit ?? ''}`;

const lineValue = (line: SubmissionLine) =>
  line.item.metric ? valueText(line.value, line.item.unit) : line.value === 1 ? '达标' : line.value === 0 ? '未达标' : MISSING;

const target = (line: SubmissionLine) =>
  line.item.metric ? `${comparator.labels[line.item.comparator ?? 'gte']} ${valueText(line.item.threshold, line.item.unit)}` : '达标并附佐证';

const evidenceOf = (submission: Submission, key: string | null) =>
  submission.attachments.filter((attachment) => attachment.itemKey === key).map((attachment) => attachment.fileName);

/**
 * A submission as a document: for a self-assessment the score per group, the criteria not met, every
 * criterion with its value, target and evidence, and the evidence listed; for a statistics submission
 * its figures beside the records'. The PDF and the workbook hold the same tables.
 */
/** What a report for officials opens with: key figures and charts, then tables (the honours) before the report's own. */
type Opening = Pick<PdfDocumentModel, 'keyFigures' | 'charts'> & { tables?: PdfTable[] };

export function submissionReportModel(submission: Submission, opening: Opening = {}): PdfDocumentModel {
  const assessment = submission.assessment;
  const title = `${submission.region.fullName} ${submission.year}年度${assessment ? '全国科普示范区创建自评报告' : '科普统计填报'}`;
  const status = `${submissionStatus.labels[submission.status]}${submission.reviewedByName ? `（审核：${submission.reviewedByName}，${submission.reviewedAt ?? ''}）` : ''}`;
  const tables: PdfTable[] = [];
  if (assessment) {
    tables.push({
      heading: `一、得分：${assessment.score} / ${assessment.maxScore}`,
      columns: ['类别', '得分', '满分', '得分率'],
      rows: assessment.groups.map((group) => [
        group.group,
        group.score,
        group.maxScore,
        group.maxScore ? `${Math.round((group.score / group.maxScore) * 100)}%` : MISSING,
      ]),
    });
    const unmet = submission.lines.filter((line) => line.met === false);
    tables.push({
      heading: `二、未达标项目（${unmet.length} 项）`,
      columns: ['类别', '标准', '实际', '要求'],
      rows: unmet.map((line) => [line.item.group ?? '', line.item.label, lineValue(line), target(line)]),
      ...(unmet.length === 0 ? { note: '全部标准均已达到。' } : {}),
    });
    tables.push({
      heading: '三、逐项评价',
      columns: ['类别', '标准', '实际', '要求', '得分', '佐证材料'],
      rows: submission.lines.map((line) => [
        line.item.group ?? '',
        line.item.label,
        lineValue(line),
        target(line),
        `${line.score ?? 0} / ${line.item.weight ?? 0}`,
        evidenceOf(submission, line.item.key).join('、') || MISSING,
      ]),
      note: '按数据评价的标准取本区县的记录数据（或经说明理由修改后的填报值）；按佐证评价的标准须填“达标”并附佐证材料。评价标准为起步目录，须对照中国科协正式的创建办法核对。',
    });
  } else {
    tables.push({
      heading: '填报数据',
      columns: ['指标', '填报值', '记录数据', '上年', '修改理由'],
      rows: submission.lines.map((line) => [
        line.item.label,
        lineValue(line),
        valueText(line.recordValue, line.item.unit),
        valueText(line.previousValue, line.item.unit),
        line.reason ?? '',
      ]),
    });
  }
  tables.push({
    heading: `${assessment ? '四、' : ''}佐证材料（${submission.attachments.length} 份）`,
    columns: ['所属项目', '文件名', '类型', '大小', 'SHA-256（前 16 位）', '上传'],
    rows: submission.attachments.map((attachment) => [
      submission.lines.find((line) => line.item.key === attachment.itemKey)?.item.label ?? '整体',
      attachment.fileName,
      attachment.contentType.split('/').pop() ?? '',
      `${Math.ceil(attachment.bytes / 1024)} KB`,
      attachment.sha256.slice(0, 16),
      `${attachment.uploadedByName} ${attachment.createdAt}`,
    ]),
  });
  const { tables: openingTables = [], ...blocks } = opening;
  return {
    title,
    subtitle: `${submission.campaignName}；状态：${status}`,
    ...blocks,
    tables: [...openingTables, ...tables],
    footer: `${title} · 由 Kepu 生成`,
  };
}

/**
 * A self-assessment opens as the district profile does, with the key figures against last year, the
 * city average and the rank, the monthly trend and the honours; a statistics submission goes straight to its figures.
 */
async function openingOf(db: Executor, submission: Submission): Promise<Opening> {
  if (!submission.assessment) return {};
  const region = await findRegion(submission.region.code);
  if (!region) return {};
  const period = yearPeriod(submission.year);
  const [key, monthly, now] = await Promise.all([keyFigures(db, region, period), timeSeries(db, region, period), overview(db, region, period)]);
  return {
    keyFigures: keyFiguresBlock(key.figures, submission.year, key.ranking.items.length),
    charts: [monthlyChart(monthly.items, submission.year)],
    tables: [
      honoursTable(
        now.designations.byKindAndLevel.filter((item) => item.count > 0),
        submission.year,
      ),
    ],
  };
}

export const submissionReportPdf = async (db: Executor, submission: Submission) =>
  renderPdf(submissionReportModel(submission, await openingOf(db, submission)));

export function submissionReportChunks(submission: Submission) {
  const model = submissionReportModel(submission);
  const rows: Cell[][] = [[{ value: model.title, style: 'title' }], [model.subtitle ?? ''], []];
  for (const table of model.tables) {
    rows.push(
      [{ value: table.heading, style: 'bold' }],
      table.columns.map((value): Cell => ({ value, style: 'header' })),
    );
    for (const row of table.rows) rows.push(row.map((cell) => cell ?? MISSING));
    if (table.note) rows.push([`注：${table.note}`]);
    rows.push([]);
  }
  return xlsxChunks([{ layout: { name: '自评报告', widths: [16, 40, 16, 22, 14, 40] }, rows }]);
}
