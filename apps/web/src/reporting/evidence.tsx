import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { Submission } from '@kepu/domain';
import { Button, Card, List, Space, Typography, Upload } from 'antd';
import { useI18n } from '../shared/i18n.js';
import { attachmentUrl, useRemoveEvidence, useUploadEvidence } from './api/submissions.js';

const accepted = '.pdf,.png,.jpg,.jpeg,.xlsx';

function Group({ submission, item, title }: { submission: Submission; item: string | null; title: string }) {
  const { t } = useI18n();
  const upload = useUploadEvidence({ success: t('uploaded') });
  const remove = useRemoveEvidence({ success: t('deleted') });
  const files = submission.attachments.filter((attachment) => attachment.itemKey === item);
  const fill = submission.may.fill;
  return (
    <div data-testid={`evidence-${item ?? 'general'}`}>
      <Space>
        <Typography.Text strong>{title}</Typography.Text>
        {fill && (
          // The file goes as the raw body (customRequest): the API reads its type from the bytes.
          <Upload
            accept={accepted}
            showUploadList={false}
            customRequest={({ file, onSuccess, onError }) =>
              upload.mutate(
                { submission, file: file as File, item },
                {
                  onSuccess: (result) => onSuccess?.(result),
                  onError: (error) => onError?.(error instanceof Error ? error : new Error(String(error))),
                },
              )
            }
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending} aria-label={`${t('uploadFor')} ${title}`}>
              {t('uploadFor')}
            </Button>
          </Upload>
        )}
      </Space>
      <List
        size="small"
        dataSource={files}
        locale={{ emptyText: '—' }}
        renderItem={(attachment) => (
          <List.Item
            actions={
              fill
                ? [
                    <Button
                      key="remove"
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`${t('delete')} ${attachment.fileName}`}
                      onClick={() => remove.mutate({ submission, attachment: attachment.id })}
                    />,
                  ]
                : []
            }
          >
            <Space>
              <PaperClipOutlined />
              <a href={attachmentUrl(submission.id, attachment.id)}>{attachment.fileName}</a>
              <Typography.Text type="secondary">
                {(attachment.bytes / 1024).toFixed(1)} KB · {attachment.uploadedByName}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
}

/** Evidence per item that needs it, and for the submission as a whole. */
export function Evidence({ submission }: { submission: Submission }) {
  const { t } = useI18n();
  const items = submission.lines.filter((line) => line.item.evidenceRequired).map((line) => line.item);
  return (
    <Card
      title={<Typography.Title level={2}>{t('evidence')}</Typography.Title>}
      extra={<Typography.Text type="secondary">{t('evidenceHint')}</Typography.Text>}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {items.map((item) => (
          <Group key={item.key} submission={submission} item={item.key} title={item.label} />
        ))}
        <Group submission={submission} item={null} title={t('wholeSubmission')} />
      </Space>
    </Card>
  );
}
