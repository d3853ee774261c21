import type { Language } from '@kepu/domain';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

const storageKey = 'kepu:language';

/** The language the switch last chose, Chinese until then: the console's text and the API's problems follow it. */
export const currentLanguage = (): Language => (localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh');

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
  summaries: ['活动汇总', 'Activity summaries'],
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
  conflictText: [
    '您打开之后，他人保存了新的版本。可以重新加载最新版本并保留您的修改后再保存。',
    'It was saved by someone else after you opened it. Reload the latest version, keep your changes on top, and save again.',
  ],
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
  notReported: ['另{n}条未填报', '{n} records not reported'],
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
  export: ['导出', 'Export'],
  formatCsv: ['CSV', 'CSV'],
  formatXlsx: ['Excel', 'Excel'],
  formatPdf: ['PDF', 'PDF'],
  scheduleExport: ['定时导出…', 'Schedule this export…'],
  import: ['导入', 'Import'],
  importTemplate: ['下载模板', 'Download the template'],
  chooseFile: ['选择文件', 'Choose a file'],
  importFileHint: [
    'CSV 或 Excel（.xlsx），不超过 20 MB；第一行为模板中的表头。',
    'CSV or Excel (.xlsx), up to 20 MB, with the template’s headers in the first row.',
  ],
  checkImport: ['试导入（检查）', 'Check (dry run)'],
  checkStep: ['检查', 'Check'],
  commitImport: ['确认导入', 'Import now'],
  summaryCreate: ['新增', 'New'],
  summaryUpdate: ['更新', 'Updated'],
  summaryUnchanged: ['不变', 'Unchanged'],
  summaryError: ['错误', 'With errors'],
  problemRow: ['行', 'Row'],
  problemColumn: ['列', 'Column'],
  problemMessage: ['问题', 'Problem'],
  cell: ['单元格', 'Cell'],
  errorSheet: ['下载错误表', 'Download the error sheet'],
  importBlocked: [
    '有错误时不会导入任何一行。请按错误表修正文件后重新选择并检查。',
    'Nothing is imported while any row has an error. Fix the file using the error sheet, then choose it and check again.',
  ],
  problemsTruncated: ['这里只列出前 200 个问题，完整列表见错误表。', 'Only the first 200 problems are listed here; the error sheet has them all.'],
  noRows: ['文件中没有数据行。', 'The file has no data rows.'],
  imported: ['导入完成', 'Imported'],
  backToList: ['返回列表', 'Back to the list'],
  importAnother: ['继续导入', 'Import another file'],
  schedules: ['定时导出', 'Scheduled exports'],
  content: ['内容', 'Content'],
  cron: ['周期', 'Schedule'],
  cronHint: [
    'cron 表达式，北京时间：分 时 日 月 周（最前面可加秒）',
    'Cron expression in Beijing time: minute hour day month weekday (seconds may come first)',
  ],
  cronDaily: ['每天 8:00', 'Daily at 8:00'],
  cronWeekly: ['每周一 8:00', 'Mondays at 8:00'],
  cronMonthly: ['每月1日 8:00', 'The 1st of each month at 8:00'],
  nextRun: ['下次运行', 'Next run'],
  paused: ['已停用', 'Paused'],
  active: ['启用', 'Active'],
  owner: ['负责人', 'Owner'],
  runHistory: ['历史', 'Runs'],
  targetKind: ['导出内容', 'What to export'],
  kindList: ['列表导出', 'A list export'],
  listOf: ['列表', 'List'],
  kindReport: ['报表', 'A report'],
  format: ['格式', 'Format'],
  report: ['报表', 'Report'],
  reportStatisticsForm: ['科普统计报表', '科普 statistics form'],
  reportDistrictProfile: ['区县科普概况', 'District profile'],
  reportRegionHint: ['不选则为本人管辖区域；区县概况须选区县', 'Default: your own area; a district profile needs a 区县'],
  yearPrevious: ['上一年', 'Previous year'],
  yearFixed: ['指定年份', 'A given year'],
  filters: ['筛选条件', 'Filters'],
  allRecords: ['全部记录（本人管辖范围内）', 'Every record in your area'],
  sort: ['排序', 'Sort'],
  dateFrom: ['开始日期', 'From'],
  dateTo: ['结束日期', 'To'],
  exportColumns: ['导出列', 'Columns'],
  exportColumnsHint: ['不选则导出全部字段', 'None chosen: every field'],
  recipients: ['收件人', 'Recipients'],
  recipientsHint: ['输入邮箱后回车；每次运行后向其发送下载链接', 'Type an address and press Enter; each run sends them its download link'],
  confirmDeleteSchedule: ['确定删除该定时导出？已生成的文件仍可下载。', 'Delete this schedule? Files already made stay downloadable.'],
  occurrence: ['发生时间', 'Occurrence'],
  status: ['状态', 'Status'],
  attempts: ['尝试次数', 'Attempts'],
  rowCount: ['行数', 'Rows'],
  size: ['大小', 'Size'],
  error: ['错误', 'Error'],
  download: ['下载', 'Download'],
  linkExpires: ['链接有效期至', 'Link expires'],
  refresh: ['刷新', 'Refresh'],
  run_queued: ['排队中', 'Queued'],
  run_running: ['运行中', 'Running'],
  run_succeeded: ['成功', 'Succeeded'],
  run_failed: ['失败', 'Failed'],
} as const;

export type MessageKey = keyof typeof messages;

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(currentLanguage);
  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage: (next) => {
        localStorage.setItem(storageKey, next);
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
