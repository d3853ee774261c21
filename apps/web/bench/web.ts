// `pnpm bench web`: the console's bundle sizes, and how long the dashboard takes to show its figures
// in Chromium against a local API with the demo data, beside the time its data alone takes to fetch.
import { apiSession, cityAdmin, launchChromium, startKepu } from '../test/kepu.js';
import { bundleSizes } from './bundle.js';

const runs = 7;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * When the events figure was first painted: the browser's Element Timing entries for elements named
 * `kpi-events` (the server's painting of the figures, when there is one), else `shownAt`, when the
 * console's own KPI row was found. Runs in the page.
 */
function firstPaintOfEvents(shownAt: number): Promise<number> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      const paints = (list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[])
        .filter((entry) => entry.identifier === 'kpi-events')
        .map((entry) => entry.renderTime || entry.startTime);
      observer.disconnect();
      resolve(Math.min(shownAt, ...paints));
    });
    observer.observe({ type: 'element', buffered: true });
    // Buffered entries arrive in the next task; none come when nothing named was painted.
    setTimeout(() => {
      observer.disconnect();
      resolve(shownAt);
    }, 1000);
  });
}

const sizes = await bundleSizes();
console.log('bundle (gzip -9):');
console.log(`  sign-in route JavaScript   ${kb(sizes.signInBytes).padStart(10)}   budget 300 KB  (${sizes.signInFiles.join(', ')})`);
console.log(`  + dashboard                ${kb(sizes.dashboardBytes).padStart(10)}`);
console.log(`  all JavaScript             ${kb(sizes.totalBytes).padStart(10)}   in ${sizes.lazyChunks} lazy chunks and the entry`);

const kepu = await startKepu();
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await apiSession(kepu.origin, cityAdmin);
  await page.goto(`${kepu.origin}/login`);
  await page.getByLabel('用户名').fill(cityAdmin.username);
  await page.getByLabel('密码').fill(cityAdmin.password);
  await page.keyboard.press('Enter');
  await page.getByTestId('kpi-events').waitFor();

  const year = 2025;
  const stats = ['overview', 'timeseries', 'breakdown?by=region&', 'breakdown?by=eventCategory&', 'ranking?metric=attendance&'].map(
    (path) => `/api/v1/stats/${path.includes('?') ? path : `${path}?`}region=500000&year=${year}`,
  );
  const firstRender: number[] = [];
  const consoleRender: number[] = [];
  const charts: number[] = [];
  const dataOnly: number[] = [];
  for (let run = 0; run <= runs; run += 1) {
    await page.goto(`${kepu.origin}/?year=${year}`);
    await page.locator('[data-testid="kpi-events"] .ant-statistic-content-value').waitFor();
    const consoleFigures = await page.evaluate(() => performance.now());
    const figures = await page.evaluate(firstPaintOfEvents, consoleFigures);
    await page.locator('canvas').nth(2).waitFor();
    const drawn = await page.evaluate(() => performance.now());
    const fetched = await page.evaluate(async (urls) => {
      const started = performance.now();
      await Promise.all(urls.map(async (url) => (await fetch(url)).json() as Promise<unknown>));
      return performance.now() - started;
    }, stats);
    if (run === 0) continue; // the first load warms the API's and the browser's caches
    firstRender.push(figures);
    consoleRender.push(consoleFigures);
    charts.push(drawn);
    dataOnly.push(fetched);
  }
  console.log(`\ndashboard of 重庆市, ${year}, demo data, median of ${runs} loads in Chromium (navigation start → …):`);
  console.log(`  KPI figures shown           ${median(firstRender).toFixed(0).padStart(6)} ms   (the events figure's first paint: Element Timing)`);
  console.log(`  the console's own KPI row   ${median(consoleRender).toFixed(0).padStart(6)} ms   (its JavaScript loaded, rendered and found)`);
  console.log(`  charts drawn                ${median(charts).toFixed(0).padStart(6)} ms`);
  console.log(`  baseline: its 5 stats requests fetched alone   ${median(dataOnly).toFixed(0).padStart(6)} ms`);
  console.log(`ratio first figures / baseline: ${(median(firstRender) / median(dataOnly)).toFixed(1)}`);
} finally {
  await browser.close();
  await kepu.close();
}
