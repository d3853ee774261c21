import * as echarts from 'echarts';

export interface ChartSize {
  width: number;
  height: number;
}

/**
 * An ECharts option (from @kepu/charts, as the console draws it) as an SVG document, rendered on the server
 * without a browser or canvas. Animation is off: a static render would otherwise catch the bars mid-growth.
 * The full `echarts` bundle is imported so that any option the console can draw renders here too.
 */
export function chartSvg(option: echarts.EChartsCoreOption, { width, height }: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
