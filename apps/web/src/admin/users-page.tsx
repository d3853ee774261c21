import { CreateUserBody, role, roleRank, type User } from '@kepu/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Modal, Popconfirm, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { QueryState } from '../components/query-state.js';
import { RegionName, RegionPicker } from '../components/region-picker.js';
import { validate } from '../shared/forms.js';
import { useI18n } from '../shared/i18n.js';
import { useSession } from '../shared/session.js';
import { useCreateUser, useDeleteUser, userQueries } from './api/users.js';
import { PageTitle } from '../components/page-title.js';

export default function UsersPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm();
  const users = useQuery(userQueries.list({ page }));
  // An admin may grant any role up to its own, never above (the API enforces the same).
  const ownRank = session?.user ? roleRank[session.user.role] : 0;
  const grantable = role.values.filter((value) => roleRank[value] <= ownRank);

  const createUser = useCreateUser({
    form,
    success: t('saved'),
    onSuccess: () => {
      setCreating(false);
      form.resetFields();
    },
  });
  function create(values: unknown) {
    const body = validate(form, CreateUserBody, values);
    if (body) createUser.mutate(body);
  }

  const remove = useDeleteUser({ success: t('deleted') });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between">
        <PageTitle>{t('users')}</PageTitle>
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('create')}
        </Button>
      </Flex>
      <QueryState isPending={false} error={users.error} retry={() => void users.refetch()}>
        <Table<User>
          rowKey="id"
          loading={users.isPending}
          dataSource={users.data?.items ?? []}
          locale={{ emptyText: t('empty') }}
          pagination={{ current: page, total: users.data?.total ?? 0, onChange: setPage }}
          columns={[
            { key: 'username', title: t('username'), dataIndex: 'username' },
            { key: 'displayName', title: t('name'), dataIndex: 'displayName' },
            { key: 'role', title: t('role'), dataIndex: 'role', render: (value: User['role']) => role.labels[value] },
            { key: 'scope', title: t('region'), dataIndex: 'scopeRegionCode', render: (code: string) => <RegionName code={code} /> },
            {
              key: 'actions',
              title: t('actions'),
              render: (_: unknown, user) =>
                user.id !== session?.user?.id && (
                  <Popconfirm title={t('confirmDelete')} onConfirm={() => remove.mutate(user)}>
                    <Button danger size="small">
                      {t('delete')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </QueryState>
      <Modal
        open={creating}
        title={`${t('users')} · ${t('create')}`}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        okText={t('save')}
        cancelText={t('cancel')}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={create} initialValues={{ scopeRegionCode: session?.scopeRegionCode }}>
          <Form.Item name="username" label={t('username')} required>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="displayName" label={t('name')} required>
            <Input />
          </Form.Item>
          <Form.Item name="role" label={t('role')} required>
            <Select options={grantable.map((value) => ({ value, label: role.labels[value] }))} />
          </Form.Item>
          <Form.Item name="scopeRegionCode" label={t('region')} required>
            <RegionPicker />
          </Form.Item>
          <Form.Item name="password" label={t('password')} required>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
