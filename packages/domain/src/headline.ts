import type { Language } from './messages.js';
import type { StatsOverview } from './stats.js';
import { shanghaiYear } from './time.js';
import type { Session } from './users.js';

/**
 * The dashboard's headline figures (its first row) read from a region's overview. The console shows
 * them, and the server paints them into the page before the console's JavaScript has loaded, so both
 * say the same.
 */
export interface HeadlineFigure {
  /** Stable across languages: the console's test id and the Element Timing name are `kpi-<id>`. */
  id: 'organisations' | 'venues' | 'events' | 'attendance' | 'volunteers' | 'literacy';
  title: string;
  /** null when nothing counted had a value (shown as "—"). */
  value: number | null;
  suffix?: string;
  /** Records counted without a value: "not reported" beside the figure. */
  unknown: number;
}

const titles: Record<HeadlineFigure['id'], readonly [string, string]> = {
  organisations: ['组织', 'Organisations'],
  venues: ['阵地', 'Venues'],
  events: ['活动场次', 'Events'],
  attendance: ['受众人次', 'Person-times reached'],
  volunteers: ['注册志愿者', 'Registered volunteers'],
  literacy: ['科学素质比例', 'Science literacy'],
};

/**
 * The region and year the dashboard shows: those its address names, else the given region (the
 * user's) this year. The server paints the figures of the same (apps/api/src/console/first-screen.ts).
 */
export function dashboardScope(params: URLSearchParams, ownRegion: string) {
  return { region: params.get('region') ?? ownRegion, year: Number(params.get('year') ?? shanghaiYear()) };
}

/**
 * Where in the console's page the server puts its painting of the figures (removed once the console
 * shows its own) and the data block with the answers it painted them from (apps/api/src/console/first-screen.ts).
 */
export const firstScreenElements = { painting: 'first-screen', data: 'first-screen-data' } as const;

/** The data block's answers: the console takes them instead of asking for the session and the overview again. */
export interface FirstScreenData {
  query: ReturnType<typeof dashboardScope>;
  session: Session;
  overview: StatsOverview;
}

/** The cookie the console's language switch sets, so the server paints the dashboard's figures in the console's language. */
export const languageCookie = 'kepu_language';

/** The console's name and the dashboard's title, which the server's painting of the dashboard shows too. */
export const consoleTitles = {
  appName: ['全域科普管理平台', 'Kepu science-popularisation console'],
  dashboard: ['数据看板', 'Dashboard'],
} as const;

/** The text of a `[zh, en]` pair in the given language. */
export const inLanguage = (text: readonly [string, string], language: Language) => text[language === 'zh' ? 0 : 1];

export const headlineTitle = (id: HeadlineFigure['id'], language: Language) => inLanguage(titles[id], language);

/** "另3条未填报": records counted without a value, beside a sum. */
export const notReportedText = (count: number, language: Language) => (language === 'zh' ? `另${count}条未填报` : `${count} records not reported`);

/** A headline figure as the dashboard writes it: grouped digits, "—" when unknown. */
export const headlineValueText = ({ value, suffix }: Pick<HeadlineFigure, 'value' | 'suffix'>) =>
  value === null ? '—' : `${value.toLocaleString('en-US')}${suffix ?? ''}`;

export function headlineFigures(overview: StatsOverview, language: Language): HeadlineFigure[] {
  const figure = (id: HeadlineFigure['id'], value: number | null, unknown = 0): HeadlineFigure => ({
    id,
    title: headlineTitle(id, language),
    value,
    unknown,
  });
  const { organisations, venues, events } = overview;
  const literacy = overview.indicators.find((indicator) => indicator.kind === 'science_literacy_rate');
  return [
    figure('organisations', organisations.count),
    figure('venues', venues.count),
    figure('events', events.events, events.eventsUnknown),
    figure('attendance', events.attendance, events.attendanceUnknown),
    figure('volunteers', organisations.registeredVolunteers, organisations.registeredVolunteersUnknown),
    literacy
      ? {
          ...figure('literacy', literacy.value),
          title: `${headlineTitle('literacy', language)}${literacy.year === null ? '' : ` (${literacy.year})`}`,
          suffix: '%',
        }
      : figure('literacy', null),
  ];
}
