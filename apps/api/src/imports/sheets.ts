import {
  choicesOf,
  recordEntityLabels,
  type DictionaryEntry,
  tableColumns,
  type ExportFormat,
  type ImportableEntity,
  type Language,
} from '@kepu/domain';
import type { Cell } from '@kepu/sheets';
import type { ImportPlan } from './plan.js';
import { tableChunks } from '../kernel/download.js';
import { xlsxChunks } from '@kepu/sheets';

const header = (text: string): Cell => ({ value: text, style: 'header' });

/** What to write in each column, for the template's instructions sheet. */
function instructions(entity: ImportableEntity, dictionary: readonly DictionaryEntry[]): Cell[][] {
  const explain: Record<string, string> = {
    region: '行政区划代码（GB/T 2260，如 500112）或全称（如 重庆市渝北区龙溪街道）',
    reference: '记录名称（须在您的权限范围内）或编号',
    ownReference: '记录名称（须在您的权限范围内，也可以是本表另一行新增的记录，上下不限）或编号',
    referenceList: '记录名称，多个用“；”分隔',
    dateTime: '日期时间，如 2024-09-15 09:00（北京时间）；也可用 Excel 日期格式',
    date: '日期，如 2024-09-15',
    number: '数字',
    text: '文本',
    longText: '文本',
  };
  return [
    [header('列名'), header('必填'), header('填写说明')],
    ...tableColumns(entity).map((column): Cell[] => {
      const labels = choicesOf(entity, column.name, dictionary);
      const allowed = labels
        ? `可选：${labels.values.map((value) => labels.labels[value]).join('、')}${column.kind === 'enumList' ? '（多个用“；”分隔）' : ''}`
        : explain[column.references === entity ? 'ownReference' : column.kind];
      return [column.header, column.required ? '是' : '', [allowed, column.help?.zh].filter(Boolean).join('；')];
    }),
    [],
    [
      '说明：第一行为表头，请勿修改；每行一条记录。已存在的记录（同名同区划；组织另按统一社会信用代码）会被更新，空白单元格保留原值。先试导入检查，再确认写入。',
    ],
  ];
}

/** The import template: a header row to fill in and, in XLSX, a sheet explaining every column. */
export function templateChunks(
  entity: ImportableEntity,
  format: ExportFormat,
  dictionary: readonly DictionaryEntry[],
): AsyncIterable<string | Uint8Array> {
  const headerRow = tableColumns(entity).map((column) => header(column.header));
  const widths = tableColumns(entity).map(() => 18);
  if (format === 'csv') return tableChunks('csv', { name: recordEntityLabels[entity] }, [headerRow]);
  return xlsxChunks([
    { layout: { name: recordEntityLabels[entity], widths, frozenRows: 1 }, rows: [headerRow] },
    { layout: { name: '填写说明', widths: [22, 8, 80] }, rows: instructions(entity, dictionary) },
  ]);
}

/** How the error column is headed and its problems joined, in the uploader's language. */
const problemColumn: Record<Language, { header: string; afterColumn: string; between: string }> = {
  zh: { header: '错误', afterColumn: '：', between: '；' },
  en: { header: 'Problems', afterColumn: ': ', between: '; ' },
};

/** The uploaded rows as they were, with a last column saying what is wrong with each, in the uploader's language; written as the plan's batches come. */
export function errorSheetChunks(
  entity: ImportableEntity,
  plan: ImportPlan,
  format: ExportFormat,
  language: Language,
): AsyncIterable<string | Uint8Array> {
  const width = plan.header.length;
  const words = problemColumn[language];
  async function* rows(): AsyncGenerator<Cell[]> {
    yield [...plan.header.map(header), header(words.header)];
    for await (const batch of plan.batches) {
      for (const row of batch) {
        yield [
          ...Array.from({ length: width }, (_, index) => row.cells[index] ?? null),
          row.problems
            .map((problem) => `${problem.column ? `${problem.column}${words.afterColumn}` : ''}${problem.message[language]}`)
            .join(words.between),
        ];
      }
    }
  }
  return tableChunks(format, { name: `${recordEntityLabels[entity]}-错误`, frozenRows: 1 }, rows());
}
