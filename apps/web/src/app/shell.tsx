import {
  ApartmentOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  DeleteOutlined,
  EnvironmentOutlined,
  FieldTimeOutlined,
  FormOutlined,
  InboxOutlined,
  KeyOutlined,
  LineChartOutlined,
  ProfileOutlined,
  SendOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Spin, Typography } from 'antd';
import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { recordEntities } from '@kepu/domain';
import { StatusPage } from '../components/query-state.js';
import { useI18n, type MessageKey } from '../shared/i18n.js';
import { useSession } from '../shared/session.js';
import { removeFirstScreen } from './first-screen.js';

const DashboardPage = lazy(() => import('../dashboard/dashboard-page.js'));
const ListPage = lazy(() => import('../records/list-page.js'));
const FormPage = lazy(() => import('../records/form-page.js'));
const DetailPage = lazy(() => import('../records/detail-page.js'));
const ImportPage = lazy(() => import('../records/import-page.js'));
const SchedulesPage = lazy(() => import('../exports/schedules-page.js'));
const TrashPage = lazy(() => import('../admin/trash-page.js'));
const UsersPage = lazy(() => import('../admin/users-page.js'));
const ApiKeysPage = lazy(() => import('../admin/api-keys-page.js'));
const WebhooksPage = lazy(() => import('../admin/webhooks-page.js'));
const DictionaryPage = lazy(() => import('../admin/dictionary-page.js'));
const ChangePasswordPage = lazy(() => import('../auth/change-password-page.js'));
const CampaignsPage = lazy(() => import('../reporting/campaigns-page.js'));
const CampaignPage = lazy(() => import('../reporting/campaign-page.js'));
const InboxPage = lazy(() => import('../reporting/inbox-page.js'));
const SubmissionPage = lazy(() => import('../reporting/submission-page.js'));
const CriteriaPage = lazy(() => import('../reporting/criteria-page.js'));

const icons = {
  organisations: <ApartmentOutlined />,
  venues: <EnvironmentOutlined />,
  events: <CalendarOutlined />,
  summaries: <BarChartOutlined />,
  designations: <TrophyOutlined />,
  indicators: <LineChartOutlined />,
};

export default function Shell() {
  const { session, can, signOut } = useSession();
  const { t, language, setLanguage } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [, first = '', second = ''] = location.pathname.split('/');
  // An import belongs to its list in the menu.
  const section = first === 'import' ? `/${second}` : `/${first}`;
  // Only the dashboard shows what the server painted; any other page replaces it at once.
  useEffect(() => {
    if (location.pathname !== '/') removeFirstScreen();
  }, [location.pathname]);

  const items = [
    { key: '/', icon: <BarChartOutlined />, label: t('dashboard') },
    ...recordEntities.filter((key) => can(`${key}:read`)).map((key) => ({ key: `/${key}`, icon: icons[key], label: t(key) })),
    // Reporting is done by people for their unit: signed-in users, not API keys.
    ...(session?.user
      ? [
          { key: '/campaigns', icon: <FormOutlined />, label: t('campaigns') },
          { key: '/submissions', icon: <InboxOutlined />, label: t('inbox') },
        ]
      : []),
    ...(can('assessment:manage') ? [{ key: '/assessment-criteria', icon: <ProfileOutlined />, label: t('criteria') }] : []),
    // Schedules run as their owner, so they are for signed-in users, not API keys.
    ...(session?.user ? [{ key: '/schedules', icon: <FieldTimeOutlined />, label: t('schedules') }] : []),
    ...(can('trash:restore') ? [{ key: '/trash', icon: <DeleteOutlined />, label: t('trash') }] : []),
    ...(can('users:manage') ? [{ key: '/users', icon: <TeamOutlined />, label: t('users') }] : []),
    ...(can('api_keys:manage') ? [{ key: '/api-keys', icon: <KeyOutlined />, label: t('apiKeys') }] : []),
    ...(can('webhooks:manage') ? [{ key: '/webhooks', icon: <SendOutlined />, label: t('webhooks') }] : []),
    ...(can('dictionary:manage') ? [{ key: '/dictionary', icon: <BookOutlined />, label: t('dictionary') }] : []),
  ];
  const account = session?.user?.displayName ?? session?.apiKey?.name ?? '';

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0}>
        {/* The product's name, not a heading: each page's h1 says where the user is. */}
        <Typography.Text strong style={{ display: 'block', padding: '16px 16px 8px', fontSize: 16 }}>
          {t('appName')}
        </Typography.Text>
        <nav aria-label={t('appName')}>
          <Menu mode="inline" selectedKeys={[section]} items={items} onClick={({ key }) => void navigate(key)} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 12, paddingInline: 24 }}>
          <Button type="text" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
            {t('language')}
          </Button>
          <Dropdown
            menu={{
              items: [
                { key: 'password', label: t('changePassword'), onClick: () => void navigate('/password') },
                { key: 'signOut', label: t('signOut'), onClick: () => void signOut() },
              ],
            }}
          >
            <Button type="text">{account}</Button>
          </Dropdown>
        </Layout.Header>
        {/* Layout.Content is the page's one <main>. */}
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<Spin />}>
            <Routes>
              <Route index element={<DashboardPage />} />
              <Route path="password" element={<ChangePasswordPage />} />
              <Route path="trash" element={<TrashPage />} />
              <Route path="users" element={<UsersPage />} />
              <Route path="api-keys" element={<ApiKeysPage />} />
              <Route path="webhooks" element={<WebhooksPage />} />
              <Route path="dictionary" element={<DictionaryPage />} />
              <Route path="schedules" element={<SchedulesPage />} />
              <Route path="campaigns" element={<CampaignsPage />} />
              <Route path="campaigns/:id" element={<CampaignPage />} />
              <Route path="submissions" element={<InboxPage />} />
              <Route path="submissions/:id" element={<SubmissionPage />} />
              <Route path="assessment-criteria" element={<CriteriaPage />} />
              <Route path="import/:entity" element={<ImportPage />} />
              <Route path=":entity" element={<ListPage />} />
              <Route path=":entity/new" element={<FormPage />} />
              <Route path=":entity/:id" element={<DetailPage />} />
              <Route path=":entity/:id/edit" element={<FormPage />} />
              <Route path="*" element={<StatusPage status="404" title={t('pageNotFound' satisfies MessageKey)} />} />
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
