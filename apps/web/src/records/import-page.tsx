import type { ImportableEntity, ImportResult } from '@kepu/domain';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Result, Row, Space, Statistic, Steps, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../shared/api/client.js';
import { isImportable } from '../shared/entities.js';
import { useI18n, type MessageKey } from '../shared/i18n.js';
import { useSession } from '../shared/session.js';
import { errorSheetUrl, templateUrl, useCheckImport, useCommitImport } from './api/imports.js';
import { PageTitle } from '../components/page-title.js';
import { StatusPage } from '../components/query-state.js';

type Problem = ImportResult['summary']['problems'][number];
type Translate = (key: MessageKey) => string;

export default function ImportPage() {
  const { entity } = useParams();
  const { t } = useI18n();
  const { can } = useSession();
  if (!isImportable(entity)) return <StatusPage status="404" title={t('pageNotFound')} />;
  if (!can(`${entity}:write`)) return <StatusPage status="403" title={t('forbidden')} />;
  return <Importer key={entity} entity={entity} />;
}

/** Where in the file a problem is: `file.B7` is a cell, `file.rows.3.活动类型` a column of a row. */
function placeOf(field: string, t: Translate): string | null {
  const cell = /^file\.([A-Z]+\d+(?::[A-Z]+\d+)?)$/.exec(field);
  if (cell) return `${t('cell')} ${cell[1] ?? ''}`;
  const row = /^file\.rows\.(\d+)\.(.+)$/.exec(field);
  if (row) return `${t('problemRow')} ${row[1] ?? ''} · ${row[2] ?? ''}`;
  return null;
}

/** Why the server refused the file or the commit (422, 413, 415 …), with each named cell. */
function Refusal({ error }: { error: unknown }) {
  const { t } = useI18n();
  const problem = error instanceof ApiError ? error.problem : null;
  const details = (problem?.errors ?? []).map((each) => [placeOf(each.field, t), each.message].filter(Boolean).join('：'));
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={problem?.title ?? String(error)}
      description={details.length > 0 ? details.map((line) => <div key={line}>{line}</div>) : problem?.detail}
    />
  );
}

function Summary({ summary }: { summary: ImportResult['summary'] }) {
  const { t } = useI18n();
  const counts = [
    ['create', 'summaryCreate', summary.create],
    ['update', 'summaryUpdate', summary.update],
    ['unchanged', 'summaryUnchanged', summary.unchanged],
    ['error', 'summaryError', summary.error],
  ] as const;
  return (
    <Row gutter={16}>
      {counts.map(([name, label, value]) => (
        <Col key={name} span={6} data-testid={`summary-${name}`}>
          <Statistic title={t(label)} value={value} styles={name === 'error' && value > 0 ? { content: { color: '#cf1322' } } : undefined} />
        </Col>
      ))}
    </Row>
  );
}

function Problems({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  const { summary } = result;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert
        type="warning"
        showIcon
        title={t('importBlocked')}
        description={summary.problemCount > summary.problems.length ? t('problemsTruncated') : undefined}
        action={
          <a href={errorSheetUrl(result.id)} download>
            {t('errorSheet')}
          </a>
        }
      />
      <Table<Problem>
        size="small"
        rowKey={(problem) => `${problem.row}:${problem.column ?? ''}:${problem.message}`}
        dataSource={summary.problems}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { key: 'row', title: t('problemRow'), dataIndex: 'row', width: 80 },
          { key: 'column', title: t('problemColumn'), dataIndex: 'column', width: 160, render: (column: string | null) => column ?? '—' },
          { key: 'message', title: t('problemMessage'), dataIndex: 'message' },
        ]}
      />
    </Space>
  );
}

/**
 * Three steps: choose a file (the template shows the headers), check it (the server's dry run writes
 * nothing and names every problem), then commit it, all rows or none.
 */
function Importer({ entity }: { entity: ImportableEntity }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  // A refusal is shown on the page, cell by cell, rather than as a passing message.
  const check = useCheckImport(entity, { onError: () => true });
  const commit = useCommitImport(entity, { onError: () => true });
  const checked = check.data;
  const committed = commit.data;

  function choose(chosen: File | null) {
    setFile(chosen);
    check.reset();
    commit.reset();
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageTitle style={{ margin: 0 }}>{`${t('import')} · ${t(entity)}`}</PageTitle>
      <Steps current={committed ? 2 : checked ? 1 : 0} items={[{ title: t('chooseFile') }, { title: t('checkStep') }, { title: t('import') }]} />
      {committed ? (
        <Result
          status="success"
          title={t('imported')}
          subTitle={<Summary summary={committed.summary} />}
          extra={[
            <Link key="list" to={`/${entity}`}>
              <Button type="primary">{t('backToList')}</Button>
            </Link>,
            <Button key="again" onClick={() => choose(null)}>
              {t('importAnother')}
            </Button>,
          ]}
        />
      ) : (
        <>
          <Card>
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text>{t('importTemplate')}：</Typography.Text>
                <a href={templateUrl(entity, 'xlsx')} download>
                  {t('formatXlsx')}
                </a>
                <a href={templateUrl(entity, 'csv')} download>
                  {t('formatCsv')}
                </a>
              </Space>
              <Upload
                accept=".csv,.xlsx"
                maxCount={1}
                beforeUpload={(chosen) => {
                  choose(chosen);
                  // The file goes up only when it is checked, as the raw body; antd must not send it itself.
                  return false;
                }}
                onRemove={() => choose(null)}
                fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
              >
                <Button icon={<UploadOutlined />}>{t('chooseFile')}</Button>
              </Upload>
              <Typography.Text type="secondary">{t('importFileHint')}</Typography.Text>
              <Button type="primary" disabled={!file} loading={check.isPending} onClick={() => file && check.mutate(file)}>
                {t('checkImport')}
              </Button>
              {check.error && <Refusal error={check.error} />}
            </Space>
          </Card>
          {checked && (
            <Card>
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <Summary summary={checked.summary} />
                {checked.summary.rows === 0 && <Alert type="info" showIcon title={t('noRows')} />}
                {checked.summary.problemCount > 0 && <Problems result={checked} />}
                <Button
                  type="primary"
                  disabled={checked.summary.problemCount > 0 || checked.summary.rows === 0}
                  loading={commit.isPending}
                  onClick={() => commit.mutate(checked.id)}
                >
                  {t('commitImport')}
                </Button>
                {commit.error && <Refusal error={commit.error} />}
              </Space>
            </Card>
          )}
        </>
      )}
    </Space>
  );
}
