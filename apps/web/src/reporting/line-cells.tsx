import { QuestionCircleOutlined } from '@ant-design/icons';
import { notReportedText, qualifiedFigure, reviewCheck, type FigureQualifier, type SubmissionLine } from '@kepu/domain';
import { Form, Input, InputNumber, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../shared/i18n.js';
import { grouped, needsReason } from './figures.js';

/** The item: label, unit, group and points (self-assessment), and its 口径 on hover or focus. */
export function ItemCell({ line }: { line: SubmissionLine }) {
  const { item } = line;
  return (
    <Space orientation="vertical" size={0}>
      <Space size={4}>
        <Typography.Text strong>{item.label}</Typography.Text>
        {item.unit && <Typography.Text type="secondary">（{item.unit}）</Typography.Text>}
        {item.definition && (
          <Tooltip title={item.definition}>
            <QuestionCircleOutlined tabIndex={0} aria-label={`口径：${item.definition}`} />
          </Tooltip>
        )}
      </Space>
      {item.group && (
        <Typography.Text type="secondary">
          {item.group} · {item.weight ?? 0} 分
        </Typography.Text>
      )}
    </Space>
  );
}

const figureText = (value: number | null, qualifier: FigureQualifier | null) =>
  value === null ? '—' : qualifier ? qualifiedFigure(value, qualifier, grouped) : grouped(value);

/** The reported value: an input while the unit may fill (达标/未达标 for an evidence item), else the value as reported. */
export function ValueCell({ line, editable }: { line: SubmissionLine; editable: boolean }) {
  const { t } = useI18n();
  const label = `${line.item.label} ${t('reportedValue')}`;
  if (!editable)
    return line.item.metric === null && line.value !== null ? (
      <>{line.value === 1 ? t('met') : t('notMet')}</>
    ) : (
      <>{figureText(line.value, line.qualifier)}</>
    );
  return (
    <Form.Item name={['figures', line.item.key, 'value']} style={{ margin: 0 }}>
      {line.item.metric === null ? (
        <Select
          aria-label={label}
          allowClear
          style={{ width: 120 }}
          options={[
            { value: 1, label: `1 ${t('met')}` },
            { value: 0, label: `0 ${t('notMet')}` },
          ]}
        />
      ) : (
        <InputNumber aria-label={label} min={0} style={{ width: 150 }} />
      )}
    </Form.Item>
  );
}

/** What the records give now, with the list it comes from and how many records lack the value. */
export function RecordCell({ line }: { line: SubmissionLine }) {
  const { language } = useI18n();
  if (line.item.metric === null) return <>—</>;
  return (
    <Space orientation="vertical" size={0}>
      {line.recordLink ? <Link to={line.recordLink}>{grouped(line.recordValue)}</Link> : grouped(line.recordValue)}
      {line.recordUnknown > 0 && <Typography.Text type="secondary">{notReportedText(line.recordUnknown, language)}</Typography.Text>}
    </Space>
  );
}

export function RollupCell({ line }: { line: SubmissionLine }) {
  const { t } = useI18n();
  if (!line.rollup) return <>—</>;
  return (
    <>
      {t('rollupText')
        .replace('{a}', String(line.rollup.approved))
        .replace('{u}', String(line.rollup.units))
        .replace('{v}', grouped(line.rollup.value))}
    </>
  );
}

/** The automatic checks as warnings, and the reviewer's comment in red. */
export function ChecksCell({ line }: { line: SubmissionLine }) {
  return (
    <Space orientation="vertical" size={4}>
      {line.checks.map((check) => (
        <Tooltip key={check.code} title={check.message}>
          <Tag color="warning">{reviewCheck.labels[check.code]}</Tag>
        </Tooltip>
      ))}
      {line.comment && (
        <Typography.Text type="danger" data-testid={`comment-${line.item.key}`}>
          {line.comment}
        </Typography.Text>
      )}
    </Space>
  );
}

/** The reason for a change: asked for only while the value differs from the records. */
export function ReasonCell({ line, editable }: { line: SubmissionLine; editable: boolean }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const value = Form.useWatch(['figures', line.item.key, 'value'], form) as number | null | undefined;
  if (!editable) return <>{line.reason ?? ''}</>;
  if (!needsReason(line, value)) return null;
  return (
    <Form.Item name={['figures', line.item.key, 'reason']} style={{ margin: 0 }}>
      <Input.TextArea
        aria-label={`${line.item.label} ${t('changeReason')}`}
        placeholder={t('changeReasonHint')}
        autoSize={{ minRows: 1, maxRows: 4 }}
        maxLength={500}
      />
    </Form.Item>
  );
}

export function CommentCell({ line }: { line: SubmissionLine }) {
  const { t } = useI18n();
  return (
    <Form.Item name={['comments', line.item.key]} noStyle>
      <Input.TextArea aria-label={`${line.item.label} ${t('reviewComment')}`} rows={1} autoSize maxLength={1000} />
    </Form.Item>
  );
}

export function ScoreCell({ line }: { line: SubmissionLine }) {
  const { t } = useI18n();
  if (line.met === null) return <>—</>;
  return (
    <Space size={4}>
      <Tag color={line.met ? 'success' : 'error'}>{line.met ? t('met') : t('notMet')}</Tag>
      {line.score !== null && `${line.score} / ${line.item.weight ?? 0}`}
    </Space>
  );
}
