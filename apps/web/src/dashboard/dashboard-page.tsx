import {
  cityRegionCode,
  dashboardScope,
  headlineFigures,
  headlineTitle,
  headlineValueText,
  notReportedText,
  ownRankingMetric,
  shanghaiYear,
  type RankingMetric,
} from '@kepu/domain';
import { barListOption, monthlyTrendOption } from '@kepu/charts';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState, type ComponentProps } from 'react';
import { useSearchParams } from 'react-router-dom';
import { QueryState } from '../components/query-state.js';
import { RegionPicker } from '../components/region-picker.js';
import { useI18n } from '../shared/i18n.js';
import { useSession } from '../shared/session.js';
import { firstScreenQueries } from './api/stats.js';
import { useMetricOptions } from '../shared/metrics.js';
import { PageTitle } from '../components/page-title.js';
import { removeFirstScreen } from '../app/first-screen.js';
// ECharts and the district boundaries load after the figures: the KPI cards never wait for them. A chart
// asks for its module only once the page has been painted: asked for during the first render (its data is
// already cached), the 1 MB chunk was evaluated before that render was shown, and the figures with it.
const LazyChart = lazy(() => import('./chart.js').then((module) => ({ default: module.Chart })));

/** False until the browser has painted the component once (a task queued from the frame that paints it). */
function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let task: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (task = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, []);
  return painted;
}

function Chart(props: ComponentProps<typeof LazyChart>) {
  const painted = usePainted();
  const placeholder = <div style={{ height: props.height ?? 320 }} />;
  return painted ? (
    <Suspense fallback={placeholder}>
      <LazyChart {...props} />
    </Suspense>
  ) : (
    placeholder
  );
}

const thisYear = shanghaiYear();
const years = Array.from({ length: thisYear - 2011 }, (_, index) => thisYear - index);
const mapMetrics = ['attendance', 'events', 'organisations', 'venues'] as const;

export default function DashboardPage() {
  const { t, language } = useI18n();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const scope = dashboardScope(params, session?.scopeRegionCode ?? cityRegionCode);
  const { region, year } = scope;
  const [metric, setMetric] = useState<RankingMetric>('attendance');
  const rankingOptions = useMetricOptions();

  const queries = firstScreenQueries(scope, metric);
  const overview = useQuery(queries.overview);
  const series = useQuery(queries.series);
  const children = useQuery(queries.children);
  const categories = useQuery(queries.categories);
  const ranking = useQuery(queries.ranking);

  const set = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };

  const data = overview.data;
  // The server's painting of these figures stays until the page shows them (or why it cannot).
  const settled = overview.data !== undefined || overview.error !== null;
  useEffect(() => {
    if (settled) removeFirstScreen();
  }, [settled]);
  const isCity = data?.region.level === 'city';
  const childMetric = (mapMetrics as readonly string[]).includes(metric) ? (metric as (typeof mapMetrics)[number]) : 'attendance';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <PageTitle style={{ margin: 0 }}>{data ? `${t('dashboard')} · ${data.region.name}` : t('dashboard')}</PageTitle>
        <Space>
          <RegionPicker aria-label={t('region')} value={region} onChange={(code) => set('region', code)} />
          <Select
            aria-label={t('year')}
            value={year}
            onChange={(value: number) => set('year', String(value))}
            options={years.map((value) => ({ value, label: String(value) }))}
            style={{ width: 110 }}
          />
        </Space>
      </Flex>
      <QueryState isPending={overview.isPending} error={overview.error} retry={() => void overview.refetch()}>
        {data && (
          <Row gutter={[16, 16]} aria-label="KPI">
            {headlineFigures(data, language).map((figure) => (
              <Col key={figure.id} xs={12} md={8} xl={4}>
                <Card data-testid={`kpi-${figure.id}`}>
                  {/* Unknown is not zero: a sum nothing counted gave is "—", and records without a value are said beside it. */}
                  <Statistic
                    title={figure.title}
                    value={figure.value ?? '—'}
                    formatter={() => <span elementtiming={`kpi-${figure.id}`}>{headlineValueText(figure)}</span>}
                  />
                  {figure.unknown > 0 && <Typography.Text type="secondary">{notReportedText(figure.unknown, language)}</Typography.Text>}
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </QueryState>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('monthly')}>
            <QueryState isPending={series.isPending} error={series.error}>
              {series.data && (
                <Chart
                  label={t('monthly')}
                  option={monthlyTrendOption(series.data.items, {
                    thisYear: t('thisYear'),
                    lastYear: t('lastYear'),
                    events: t('eventCount'),
                    attendance: t('personTimes'),
                    month: (month) => month.slice(5),
                  })}
                />
              )}
            </QueryState>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('byCategory')}>
            <QueryState isPending={categories.isPending} error={categories.error}>
              {categories.data && (
                <Chart
                  label={t('byCategory')}
                  option={barListOption(
                    categories.data.items.map((item) => ({ label: item.label, value: item.events ?? 0 })),
                    { name: headlineTitle('events', language), labelWidth: 120 },
                  )}
                />
              )}
            </QueryState>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            title={isCity ? t('map') : t('byRegion')}
            extra={
              <Select
                aria-label={t('metric')}
                value={childMetric}
                onChange={(value: RankingMetric) => setMetric(value)}
                options={mapMetrics.map((value) => ({ value, label: ownRankingMetric.labels[value] }))}
                style={{ width: 130 }}
              />
            }
          >
            <QueryState isPending={children.isPending} error={children.error}>
              {children.data &&
                (isCity ? (
                  <Chart
                    label={t('map')}
                    height={420}
                    option={{
                      tooltip: { trigger: 'item' },
                      visualMap: {
                        min: 0,
                        max: Math.max(1, ...children.data.items.map((item) => item[childMetric] ?? 0)),
                        left: 'left',
                        calculable: true,
                      },
                      series: [
                        {
                          type: 'map',
                          map: 'chongqing',
                          nameProperty: 'adcode',
                          data: children.data.items.map((item) => ({ name: item.key, value: item[childMetric] ?? 0, label: item.label })),
                          label: { show: false },
                          tooltip: {
                            formatter: (point: { data?: { label: string; value: number } }) =>
                              `${point.data?.label ?? ''}: ${point.data?.value.toLocaleString('zh-CN') ?? 0}`,
                          },
                        },
                      ],
                    }}
                  />
                ) : (
                  <>
                    <Typography.Paragraph type="secondary">{t('mapNote')}</Typography.Paragraph>
                    <Chart
                      label={t('byRegion')}
                      height={Math.max(320, children.data.items.length * 18)}
                      option={barListOption(
                        children.data.items.map((item) => ({ label: item.label, value: item[childMetric] ?? 0 })),
                        { name: ownRankingMetric.labels[childMetric], labelWidth: 110 },
                      )}
                    />
                  </>
                ))}
            </QueryState>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            title={t('ranking')}
            extra={
              <Select
                aria-label={`${t('ranking')} ${t('metric')}`}
                value={metric}
                onChange={(value: RankingMetric) => setMetric(value)}
                options={rankingOptions}
                style={{ width: 170 }}
              />
            }
          >
            <Table
              size="small"
              rowKey={(item) => item.region.code}
              loading={ranking.isPending}
              dataSource={ranking.data?.items ?? []}
              pagination={{ pageSize: 10 }}
              locale={{ emptyText: t('empty') }}
              columns={[
                { key: 'rank', title: t('rank'), dataIndex: 'rank', render: (rank: number | null) => rank ?? '—', width: 70 },
                { key: 'name', title: t('name'), render: (_: unknown, item) => item.region.name },
                {
                  key: 'value',
                  title: t('value'),
                  dataIndex: 'value',
                  render: (value: number | null, item) =>
                    `${value === null ? '—' : Number(value.toFixed(2)).toLocaleString('zh-CN')}${item.valueUnknown > 0 ? `（${notReportedText(item.valueUnknown, language)}）` : ''}`,
                },
                {
                  key: 'change',
                  title: t('change'),
                  dataIndex: 'changeRate',
                  render: (rate: number | null) => (rate === null ? '—' : `${rate >= 0 ? '+' : ''}${rate.toFixed(1)}%`),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
