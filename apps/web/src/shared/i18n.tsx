import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type Language = 'zh' | 'en';

/** Console text: Chinese first, English beside it. Domain labels (types, categories) stay in Chinese. */
const messages = {
  appName: ['全域科普管理平台', 'Kepu science-popularisation console'],
  signIn: ['登录', 'Sign in'],
  signOut: ['退出登录', 'Sign out'],
  username: ['用户名', 'Username'],
  password: ['密码', 'Password'],
  wrongPassword: ['用户名或密码错误', 'Wrong username or password'],
  sessionExpired: ['会话已过期，请重新登录', 'Your session has ended; please sign in again'],
  changePassword: ['修改密码', 'Change password'],
  currentPassword: ['当前密码', 'Current password'],
  newPassword: ['新密码', 'New password'],
  passwordChanged: ['密码已修改，请重新登录', 'Password changed; please sign in again'],
  dashboard: ['数据看板', 'Dashboard'],
  organisations: ['科协组织', 'Organisations'],
  venues: ['科普阵地', 'Venues'],
  events: ['科普活动', 'Events'],
  designations: ['认定荣誉', 'Designations'],
  indicators: ['指标', 'Indicators'],
  trash: ['回收站', 'Trash'],
  users: ['用户', 'Users'],
  apiKeys: ['API 密钥', 'API keys'],
  create: ['新建', 'New'],
  edit: ['编辑', 'Edit'],
  save: ['保存', 'Save'],
  cancel: ['取消', 'Cancel'],
  delete: ['删除', 'Delete'],
  restore: ['恢复', 'Restore'],
  revoke: ['吊销', 'Revoke'],
  confirmDelete: ['确定删除？删除后可在回收站恢复。', 'Delete? It can be restored from the trash.'],
  search: ['搜索名称', 'Search names'],
  region: ['行政区划', 'Region'],
  period: ['时间范围', 'Period'],
  columns: ['显示列', 'Columns'],
  empty: ['暂无数据', 'Nothing here yet'],
  loadFailed: ['加载失败', 'Could not load'],
  retry: ['重试', 'Retry'],
  notFound: ['记录不存在，或不在您的权限范围内', 'No such record, or it is outside your area'],
  saved: ['已保存', 'Saved'],
  deleted: ['已删除', 'Deleted'],
  restored: ['已恢复', 'Restored'],
  conflictTitle: ['该记录已被他人修改', 'Someone else changed this record'],
  conflictText: ['您打开之后，他人保存了新的版本。可以重新加载最新版本并保留您的修改后再保存。', 'It was saved by someone else after you opened it. Reload the latest version, keep your changes on top, and save again.'],
  reloadAndReapply: ['重新加载并保留我的修改', 'Reload and re-apply my changes'],
  history: ['修改记录', 'History'],
  related: ['相关记录', 'Related records'],
  details: ['详细信息', 'Details'],
  year: ['年度', 'Year'],
  metric: ['指标项', 'Metric'],
  thisYear: ['本年', 'This year'],
  lastYear: ['上年', 'Last year'],
  byRegion: ['按下级区划', 'By child region'],
  ranking: ['下级区划排名', 'Ranking of child regions'],
  map: ['区县分布', 'Map of districts'],
  mapNote: ['地图仅含区县边界；镇街数据见右侧排名。', 'The map has district boundaries only; see the ranking for 镇街.'],
  monthly: ['月度活动与受众人次', 'Events and 人次 by month'],
  secretOnce: ['密钥只显示这一次，请立即保存：', 'The key is shown only now; store it:'],
  language: ['English', '中文'],
  forbidden: ['无权查看', 'Not allowed'],
  rank: ['排名', 'Rank'],
  change: ['同比变化', 'Change'],
  value: ['数值', 'Value'],
  name: ['名称', 'Name'],
  actions: ['操作', 'Actions'],
  deletedAt: ['删除时间', 'Deleted at'],
  entity: ['类型', 'Kind'],
  kpiOrganisations: ['组织', 'Organisations'],
  kpiVenues: ['阵地', 'Venues'],
  kpiEvents: ['活动场次', 'Events'],
  kpiAttendance: ['受众人次', 'Person-times reached'],
  kpiVolunteers: ['注册志愿者', 'Registered volunteers'],
  kpiLiteracy: ['科学素质比例', 'Science literacy'],
  role: ['角色', 'Role'],
  expiresAt: ['有效期至', 'Expires'],
  revoked: ['已吊销', 'Revoked'],
  eventCount: ['场次', 'Events'],
  personTimes: ['人次', 'Person-times'],
  byCategory: ['按活动类型', 'By category'],
  create_action: ['创建', 'created'],
  update_action: ['修改', 'changed'],
  delete_action: ['删除', 'deleted'],
  restore_action: ['恢复', 'restored'],
  revert_action: ['回退', 'reverted'],
  purge_action: ['彻底删除', 'purged'],
} as const;

export type MessageKey = keyof typeof messages;

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => (localStorage.getItem('kepu:language') === 'en' ? 'en' : 'zh'));
  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage: (next) => {
        localStorage.setItem('kepu:language', next);
        setLanguageState(next);
      },
      t: (key) => messages[key][language === 'zh' ? 0 : 1],
    }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
