import { recordEntities } from '@kepu/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { impacts, settle, violations, type Violation } from './axe.js';
import { apiSession, cityAdmin, launchChromium, signedInPage, startKepu, type Kepu } from './kepu.js';

// Every page of the console, as the city administrator and as a 区县 administrator sees it (and the
// dialogs its main button opens), checked with axe-core in real Chromium against every axe rule:
// WCAG 2.x A and AA and the best practices Lighthouse's accessibility score weighs (one main
// landmark, an h1, content in landmarks, a title, heading order). The table of what each page
// failed is printed at the end, so a regression reads as a count.

const district = { username: 'yubei-axe', password: 'yubei-axe-password' };

interface Visit {
  name: string;
  path: string;
  /** The page's main button opens a dialog, audited open as well. */
  dialog?: boolean;
}

let kepu: Kepu;
let browser: Browser;
const table: { user: string; page: string; title: string; found: Violation[] }[] = [];

// bypassCSP: the console allows only its own scripts, and axe is injected inline.
const signIn = (credentials: { username: string; password: string }) =>
  signedInPage(browser, kepu.origin, credentials, { viewport: { width: 1440, height: 1000 }, bypassCSP: true });

/** Opens a page (and its dialog), audits it, records what it failed under its name and returns that. */
async function audit(page: Page, user: string, visit: Visit): Promise<Violation[]> {
  await page.goto(`${kepu.origin}${visit.path}`);
  await settle(page);
  const found = await violations(page);
  table.push({ user, page: visit.name, title: await page.title(), found });
  if (!visit.dialog) return found;
  await page.locator('main button.ant-btn-primary').first().click();
  await page.getByRole('dialog').waitFor();
  await settle(page);
  const inDialog = await violations(page);
  table.push({ user, page: `${visit.name} + dialog`, title: await page.title(), found: inDialog });
  return [...found, ...inDialog];
}

/** What a failure says: each rule once, with its impact and the first elements that fail it. */
const described = (found: Violation[]) =>
  found.map((violation) => `${violation.impact} ${violation.rule}: ${violation.help} — ${violation.targets.join('; ')}`);

beforeAll(async () => {
  kepu = await startKepu();
  const admin = await apiSession(kepu.origin, cityAdmin);
  await admin('POST', '/users', { ...district, displayName: '渝北区科协管理员（无障碍测试）', role: 'district_admin', scopeRegionCode: '500112' });
  await admin('POST', '/campaigns', {
    name: '2025年度科普统计填报（无障碍测试）',
    year: 2025,
    levels: ['district'],
    metrics: ['events'],
    deadline: '2099-12-31',
  });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  const rows = table.map(({ user, page, found }) => {
    const count = (impact: string) => found.filter((violation) => violation.impact === impact).length;
    const nodes = (impact: string) => found.filter((violation) => violation.impact === impact).reduce((sum, violation) => sum + violation.nodes, 0);
    return `${`${user} ${page}`.padEnd(44)} ${impacts.map((impact) => `${count(impact)} (${nodes(impact)})`.padStart(9)).join('')}  ${found.map((violation) => violation.rule).join(' ')}`;
  });
  const total = (impact: string) => table.reduce((sum, row) => sum + row.found.filter((violation) => violation.impact === impact).length, 0);
  console.log(
    [
      'axe-core violations per page: rules failed (elements)',
      `${'page'.padEnd(44)} ${impacts.map((impact) => impact.padStart(9)).join('')}`,
      ...rows,
      `${`all ${table.length} pages`.padEnd(44)} ${impacts.map((impact) => String(total(impact)).padStart(9)).join('')}`,
    ].join('\n'),
  );
  await browser?.close();
  await kepu?.close();
});

describe('the city administrator', () => {
  let page: Page;
  const ids = new Map<string, string>();
  let campaign = '';

  beforeAll(async () => {
    const admin = await apiSession(kepu.origin, cityAdmin);
    for (const entity of recordEntities)
      ids.set(entity, (await admin<{ items: { id: string }[] }>('GET', `/${entity}?pageSize=1`)).items[0]?.id ?? '');
    campaign = (await admin<{ items: { id: string }[] }>('GET', '/campaigns')).items[0]?.id ?? '';
    page = await signIn(cityAdmin);
  });

  const visits: Visit[] = [
    { name: 'dashboard', path: '/?year=2025' },
    ...recordEntities.flatMap((entity) => [
      { name: `${entity} list`, path: `/${entity}` },
      { name: `${entity} new`, path: `/${entity}/new` },
    ]),
    ...(['organisations', 'venues', 'events'] as const).map((entity) => ({ name: `import ${entity}`, path: `/import/${entity}` })),
    { name: 'campaigns', path: '/campaigns', dialog: true },
    { name: 'inbox', path: '/submissions' },
    { name: 'criteria', path: '/assessment-criteria', dialog: true },
    { name: 'schedules', path: '/schedules', dialog: true },
    { name: 'trash', path: '/trash' },
    { name: 'users', path: '/users', dialog: true },
    { name: 'api keys', path: '/api-keys', dialog: true },
    { name: 'webhooks', path: '/webhooks', dialog: true },
    { name: 'dictionary', path: '/dictionary', dialog: true },
    { name: 'change password', path: '/password' },
  ];
  /** Addresses that lead nowhere: a page that does not exist, a list of no such records, a record that is gone. */
  const missing: (Visit & { heading: string })[] = [
    { name: 'not found', path: '/no-such-page/at/all', heading: '页面不存在' },
    { name: 'no such list', path: '/no-such-records', heading: '页面不存在' },
    { name: 'no such record', path: '/events/00000000-0000-4000-8000-000000000000', heading: '记录不存在，或不在您的权限范围内' },
  ];

  it.for(visits)('when $name ($path) is open, it fails no axe rule', async (visit) => {
    expect(described(await audit(page, 'city', visit))).toEqual([]);
  });

  it.for(missing)('when $name ($path) is open, it fails no axe rule and says so in its h1 and tab title', async (visit) => {
    expect(described(await audit(page, 'city', visit))).toEqual([]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(visit.heading);
    expect(await page.title()).toBe(`${visit.heading} - 全域科普管理平台`);
  });

  it.for(recordEntities)('when a record of %s is open, and its edit form, they fail no axe rule', async (entity) => {
    const found = [
      ...(await audit(page, 'city', { name: `${entity} detail`, path: `/${entity}/${ids.get(entity)}` })),
      ...(await audit(page, 'city', { name: `${entity} edit`, path: `/${entity}/${ids.get(entity)}/edit` })),
    ];
    expect(described(found)).toEqual([]);
  });

  it('when a reporting campaign is open, it fails no axe rule', async () => {
    expect(described(await audit(page, 'city', { name: 'campaign', path: `/campaigns/${campaign}` }))).toEqual([]);
  });

  it('names every page it opened with a tab title of its own, in Chinese after the page', () => {
    const missed = new Set(missing.map((visit) => visit.name));
    const titles = table.filter((row) => row.user === 'city' && !row.page.endsWith('dialog') && !missed.has(row.page)).map((row) => row.title);
    expect(titles.length).toBe(visits.length + recordEntities.length * 2 + 1);
    expect(new Set(titles).size).toBe(titles.length);
    for (const title of titles) expect(title).toMatch(/^\S.* - 全域科普管理平台$/);
  });
});

describe('a 区县 administrator', () => {
  let page: Page;
  let submission = '';

  beforeAll(async () => {
    const yubei = await apiSession(kepu.origin, district);
    submission = (await yubei<{ items: { id: string }[] }>('GET', '/submissions')).items[0]?.id ?? '';
    page = await signIn(district);
  });

  it('when the sign-in page is open, it fails no axe rule', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN', bypassCSP: true });
    try {
      expect(described(await audit(await context.newPage(), 'signed out', { name: 'sign-in', path: '/login' }))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.for<Visit>([
    { name: 'dashboard', path: '/?year=2025' },
    { name: 'events list', path: '/events' },
    { name: 'inbox', path: '/submissions' },
    { name: 'schedules', path: '/schedules' },
  ])('when $name ($path) is open, it fails no axe rule', async (visit) => {
    expect(described(await audit(page, 'district', visit))).toEqual([]);
  });

  it('when its own submission is open, it fails no axe rule', async () => {
    expect(described(await audit(page, 'district', { name: 'submission', path: `/submissions/${submission}` }))).toEqual([]);
  });
});
