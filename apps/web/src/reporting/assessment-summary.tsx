import type { Submission } from '@kepu/domain';
import { Button, Card, Descriptions, List, Space, Statistic, Typography } from 'antd';
import { useI18n } from '../shared/i18n.js';
import { reportUrl } from './api/submissions.js';

/** A self-assessment's result: the total, each group's score, the criteria not met, and the report. */
export function AssessmentSummary({ submission }: { submission: Submission }) {
  const { t } = useI18n();
  const result = submission.assessment;
  if (!result) return null;
  return (
    <Card title={<Typography.Title level={2}>{t('totalScore')}</Typography.Title>}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Statistic title={t('totalScore')} value={result.score} suffix={`/ ${result.maxScore}`} />
        <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
          {result.groups.map((group) => (
            <Descriptions.Item key={group.group} label={group.group}>
              {group.score} / {group.maxScore}
            </Descriptions.Item>
          ))}
        </Descriptions>
        {result.unmet.length > 0 && (
          <>
            <Typography.Text strong>{t('unmet')}</Typography.Text>
            <List size="small" dataSource={result.unmet} renderItem={(name) => <List.Item>{name}</List.Item>} />
          </>
        )}
        <Space>
          <Typography.Text>{t('selfReport')}：</Typography.Text>
          <Button href={reportUrl(submission.id, 'pdf')}>PDF</Button>
          <Button href={reportUrl(submission.id, 'xlsx')}>XLSX</Button>
        </Space>
      </Space>
    </Card>
  );
}
