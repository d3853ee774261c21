import type { HTMLAttributes } from 'react';
import type { Submission, SubmissionLine } from '@kepu/domain';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/index.js';
import { useI18n } from '../shared/i18n.js';
import { grouped } from './figures.js';
import { ChecksCell, CommentCell, ItemCell, ReasonCell, RecordCell, RollupCell, ScoreCell, ValueCell } from './line-cells.js';

/** The submission's figures, one row per item, with the columns the unit and the reviewer need. */
export function LinesTable({ submission }: { submission: Submission }) {
  const { t } = useI18n();
  const { fill, review } = submission.may;
  const assessment = submission.campaign.kind === 'assessment';
  const hasRollup = submission.lines.some((line) => line.rollup !== null);
  const hasReasons = fill || submission.lines.some((line) => line.reason);
  const columns: ColumnsType<SubmissionLine> = [
    { key: 'item', title: t('item'), render: (_, line) => <ItemCell line={line} /> },
    { key: 'value', title: t('reportedValue'), render: (_, line) => <ValueCell line={line} editable={fill} /> },
    { key: 'record', title: t('recordValue'), render: (_, line) => <RecordCell line={line} /> },
    { key: 'previous', title: t('lastYear'), render: (_, line) => grouped(line.previousValue) },
    ...(hasRollup ? [{ key: 'rollup', title: t('rollup'), render: (_: unknown, line: SubmissionLine) => <RollupCell line={line} /> }] : []),
    ...(assessment ? [{ key: 'score', title: t('score'), render: (_: unknown, line: SubmissionLine) => <ScoreCell line={line} /> }] : []),
    { key: 'checks', title: t('checks'), render: (_, line) => <ChecksCell line={line} /> },
    ...(hasReasons
      ? [{ key: 'reason', title: t('changeReason'), render: (_: unknown, line: SubmissionLine) => <ReasonCell line={line} editable={fill} /> }]
      : []),
    ...(review ? [{ key: 'comment', title: t('reviewComment'), render: (_: unknown, line: SubmissionLine) => <CommentCell line={line} /> }] : []),
  ];
  return (
    <Table<SubmissionLine>
      rowKey={(line) => line.item.key}
      size="small"
      pagination={false}
      dataSource={submission.lines}
      columns={columns}
      onRow={(line) => ({ 'data-testid': `line-${line.item.key}` }) as HTMLAttributes<HTMLTableRowElement>}
    />
  );
}
