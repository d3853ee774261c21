import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '@kepu/sheets';
import { apiSession, cityAdmin, launchChromium, startKepu, type Kepu } from './kepu.js';

// The main flow of a 区县 administrator in real Chromium against a real API: sign in, create an event
// through the form, find it in the list and the dashboard, edit it, lose and win a conflict with a
// second tab, delete and restore it; export a list, import venues and schedule an export; then the
// 沙坪坝区 administrator must not see the event anywhere.

const artifacts = fileURLToPath(new URL('../../../artifacts/', import.meta.url));
const yubei = { username: 'yubei-e2e', password: 'yubei-e2e-password' };
const shapingba = { username: 'shapingba-e2e', password: 'shapingba-e2e-password' };
const township = { username: 'shuangfengqiao-e2e', password: 'shuangfengqiao-e2e-password' };
const title = `E2E 渝北区青少年科技讲座 ${Date.now()}`;
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

let kepu: Kepu;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let eventId = '';

/** Waits for a value in the page to arrive (the browser and the API share two cores, so generously). */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 250 });

const button = (target: Page, name: string) => target.getByRole('button', { name: new RegExp(`^${[...name].join('\\s?')}$`) });
// Found by its type: while the button's loading spinner fades out, its accessible name still includes "loading".
const saveButton = (target: Page) => target.locator('form button[type="submit"]');

/** A control of the form on the page, by its label (tables carry the same names in their headers). */
const field = (target: Page, label: string) => target.locator('form').getByLabel(label, { exact: true });

async function choose(target: Page, label: string, option: string, search?: string) {
  await field(target, label).click();
  if (search) await target.keyboard.type(search);
  await target.locator(`.ant-select-dropdown:visible [title="${option}"]`).first().click();
}

async function pickTime(target: Page, label: string, value: string) {
  const input = field(target, label);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

async function kpi(target: Page, name: string): Promise<number> {
  const value = target.getByTestId(`kpi-${name}`).locator('.ant-statistic-content-value');
  await value.waitFor();
  return Number((await value.innerText()).replace(/\D/g, ''));
}

/** Clicks what starts a download and reads the file the browser saved. */
async function downloaded(target: Page, trigger: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([target.waitForEvent('download'), trigger.click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** A CSV's header cells and the rest of its text, after the byte-order mark Excel needs. */
function csvParts(text: string) {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header = '', ...rows] = text.slice(1).split(/\r?\n/);
  return { headers: header.split(','), body: rows.join('\n') };
}

async function signIn(target: Page, credentials: { username: string; password: string }) {
  await target.goto(`${kepu.origin}/`);
  await target.waitForURL('**/login');
  // Keyboard only: the username has focus, Tab moves to the password, Enter submits.
  await target.getByLabel('用户名').waitFor();
  await target.keyboard.type(credentials.username);
  await target.keyboard.press('Tab');
  await target.keyboard.type(credentials.password);
  await target.keyboard.press('Enter');
  await target.getByRole('heading', { name: /数据看板/ }).waitFor();
}

/** Every visible form control has an accessible name. */
async function unlabelledControls(target: Page): Promise<string[]> {
  return target.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('form input, form textarea')]
      .filter((control) => control.type !== 'hidden' && control.offsetParent !== null)
      .filter((control) => !(control.labels?.length || control.getAttribute('aria-label') || control.getAttribute('aria-labelledby')))
      .map((control) => control.outerHTML.slice(0, 160)),
  );
}

beforeAll(async () => {
  await mkdir(artifacts, { recursive: true });
  kepu = await startKepu();
  const admin = await apiSession(kepu.origin, cityAdmin);
  await admin('POST', '/users', { ...yubei, displayName: '渝北区科协管理员（测试）', role: 'district_admin', scopeRegionCode: '500112' });
  await admin('POST', '/users', { ...shapingba, displayName: '沙坪坝区科协管理员（测试）', role: 'district_admin', scopeRegionCode: '500106' });
  await admin('POST', '/users', { ...township, displayName: '双凤桥街道科协（测试）', role: 'township_staff', scopeRegionCode: '500112017' });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  page = await context.newPage();
});

afterEach(async (test) => {
  if (test.task.result?.state !== 'fail') return;
  for (const [index, open] of (browser?.contexts().flatMap((each) => each.pages()) ?? []).entries()) {
    await open.screenshot({ path: `${artifacts}failure-${test.task.name.slice(0, 40)}-${index}.png`, fullPage: true }).catch(() => undefined);
  }
});

afterAll(async () => {
  await browser?.close();
  await kepu?.close();
});

describe('the 渝北区 administrator', () => {
  let eventsBefore = 0;
  let attendanceBefore = 0;

  it('signs in with the keyboard and sees the dashboard of 渝北区', async () => {
    await signIn(page, yubei);
    await eventually(() => page.getByRole('heading', { level: 1 }).first().innerText()).toContain('渝北区');
    eventsBefore = await kpi(page, 'events');
    attendanceBefore = await kpi(page, 'attendance');
  });

  it('creates an event through the form, whose every control is labelled and reachable with Tab', async () => {
    await page.getByRole('menuitem', { name: '科普活动' }).click();
    await page.getByRole('link', { name: /新\s?建/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/events/new');
    await field(page, '活动名称').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);

    await field(page, '活动名称').fill(title);
    await page.keyboard.press('Tab');
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('events_category');

    await choose(page, '活动类型', '讲座');
    await choose(page, '行政区划', '渝北区', '渝北');
    await choose(page, '主办组织', '渝北区科学技术协会', '渝北区科学');
    await pickTime(page, '开始时间', `${today} 08:00`);
    await pickTime(page, '结束时间', `${today} 09:30`);
    await choose(page, '活动形式', '线下');
    await field(page, '受众人次').fill('321');
    await field(page, '受众人数').fill('200');
    await choose(page, '状态', '已完成');
    await page.screenshot({ path: `${artifacts}event-form.png`, fullPage: true });
    await saveButton(page).click();

    await page.getByRole('heading', { name: title }).waitFor();
    eventId = page.url().split('/').pop() ?? '';
    expect(eventId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('finds the event in the list and in the dashboard totals', async () => {
    await page.goto(`${kepu.origin}/events?q=${encodeURIComponent(title)}`);
    await eventually(() => page.getByRole('link', { name: title }).count()).toBe(1);
    await page.getByRole('menuitem', { name: '数据看板' }).click();
    await eventually(() => kpi(page, 'events')).toBe(eventsBefore + 1);
    await eventually(() => kpi(page, 'attendance')).toBe(attendanceBefore + 321);
  });

  it('opens the dashboard by its address: its figures come painted in the page, and the console takes them and the session over', async () => {
    const asked: string[] = [];
    const remember = (request: { url(): string }) => asked.push(new URL(request.url()).pathname);
    page.on('request', remember);
    try {
      const response = await page.goto(`${kepu.origin}/`);
      const html = (await response?.text()) ?? '';
      expect(html).toContain(`elementtiming="kpi-events">${(eventsBefore + 1).toLocaleString('en-US')}<`);
      expect(html).toContain(`elementtiming="kpi-attendance">${(attendanceBefore + 321).toLocaleString('en-US')}<`);
      await eventually(() => kpi(page, 'events')).toBe(eventsBefore + 1);
      await eventually(() => page.locator('#first-screen').count()).toBe(0);
      expect(asked).not.toContain('/api/v1/auth/me');
    } finally {
      page.off('request', remember);
    }
  });

  it('edits it', async () => {
    await page.goto(`${kepu.origin}/events/${eventId}/edit`);
    await field(page, '受众人次').fill('400');
    await saveButton(page).click();
    await page.waitForURL(`${kepu.origin}/events/${eventId}`);
    await eventually(() => page.locator('.ant-descriptions').innerText()).toContain('400');
  });

  it('is told on the form, before anything is sent, that a 镇街科协 cannot sit on a district', async () => {
    const posts: string[] = [];
    const recordPost = (request: { method(): string; url(): string }) => void (request.method() === 'POST' && posts.push(request.url()));
    page.on('request', recordPost);
    await page.goto(`${kepu.origin}/organisations/new`);
    await field(page, '名称').fill('放错层级的街道科协');
    await choose(page, '类型', '镇街科协');
    await choose(page, '行政区划', '渝北区', '渝北');
    await saveButton(page).click();
    await eventually(() => page.locator('.ant-form-item-explain-error').allInnerTexts()).toEqual(['镇街科协应属于镇街级行政区划，而这里是区县级']);
    page.off('request', recordPost);
    expect(posts).toEqual([]);
  });

  it('is told when a second tab saved first, reloads, keeps its own change and saves', async () => {
    // Chromium pauses animation frames in a tab that is not in front, so each tab is brought forward before use.
    const second = await context.newPage();
    await second.goto(`${kepu.origin}/events/${eventId}/edit`);
    await eventually(() => field(second, '受众人次').inputValue()).toBe('400');
    await page.bringToFront();
    await page.goto(`${kepu.origin}/events/${eventId}/edit`);
    await field(page, '受众人次').fill('450');
    await saveButton(page).click();
    await page.waitForURL(`${kepu.origin}/events/${eventId}`);

    await second.bringToFront();
    await field(second, '受众人数').fill('100');
    await saveButton(second).click();
    await second.getByText('该记录已被他人修改').waitFor();
    await second.getByRole('button', { name: '重新加载并保留我的修改' }).click();
    await second.getByText('该记录已被他人修改').waitFor({ state: 'hidden' });
    await eventually(() => field(second, '受众人次').inputValue()).toBe('450');
    expect(await field(second, '受众人数').inputValue()).toBe('100');
    await saveButton(second).click();
    await second.waitForURL(`${kepu.origin}/events/${eventId}`);
    const details = await second.locator('.ant-descriptions').innerText();
    expect(details).toContain('450');
    expect(details).toContain('100');
    await second.close();
    await page.bringToFront();
  });

  it('deletes it and restores it from the trash', async () => {
    await page.bringToFront();
    await page.goto(`${kepu.origin}/events/${eventId}`);
    await button(page, '删除').first().click();
    await page
      .locator('.ant-popover:visible .ant-popconfirm-buttons')
      .getByRole('button', { name: /删\s?除/ })
      .click();
    await page.waitForURL(`${kepu.origin}/events`);
    await page.goto(`${kepu.origin}/events/${eventId}`);
    await page.getByText('记录不存在，或不在您的权限范围内').waitFor();

    await page.getByRole('menuitem', { name: '回收站' }).click();
    await page.getByRole('button', { name: `恢复 ${title}` }).click();
    await page.getByText('已恢复').waitFor();
    await page.goto(`${kepu.origin}/events/${eventId}`);
    await page.getByRole('heading', { name: title }).waitFor();
    await eventually(() => page.locator('.ant-timeline').innerText()).toContain('恢复');
  });

  it('creates an API key for a partner system and is shown its secret once', async () => {
    await page.getByRole('menuitem', { name: 'API 密钥' }).click();
    await button(page, '新建').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('区融媒体中心活动同步');
    await dialog.getByLabel('Scopes').click();
    await page.locator('.ant-select-dropdown:visible [title="events:read"]').click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText('密钥只显示这一次，请立即保存：').waitFor();
    expect(await page.locator('.ant-alert code').innerText()).toMatch(/^kepu_/);
    await eventually(() => page.locator('.ant-table-row').filter({ hasText: '区融媒体中心活动同步' }).count()).toBe(1);
  });

  it('leaves a dashboard screenshot of a year with data', async () => {
    await page.goto(`${kepu.origin}/?year=2025`);
    await eventually(() => kpi(page, 'events')).toBeGreaterThan(0);
    await page.locator('canvas').first().waitFor();
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `${artifacts}dashboard.png`, fullPage: true });
  });
});

describe('the 渝北区 administrator moving data in and out', () => {
  let sheets = '';
  beforeAll(async () => {
    sheets = await mkdtemp(join(tmpdir(), 'kepu-sheets-'));
  });
  afterAll(() => rm(sheets, { recursive: true, force: true }));

  async function sheet(name: string, lines: string[]) {
    const path = join(sheets, name);
    await writeFile(path, `\uFEFF${lines.join('\r\n')}\r\n`);
    return path;
  }
  const summary = async (target: Page, name: string) =>
    Number(await target.getByTestId(`summary-${name}`).locator('.ant-statistic-content-value').innerText());

  it('exports the events list as it is on screen: its columns under their Chinese headers, its rows', async () => {
    await page.goto(`${kepu.origin}/events?cols=title,startsAt,attendance&sort=-attendance`);
    const top = page.locator('.ant-table-row').first().getByRole('link');
    await top.waitFor();
    const shown = await top.innerText();
    const headers = (await page.locator('.ant-table-thead th').allInnerTexts()).map((header) => header.trim());
    expect(headers).toEqual(['活动名称', '开始时间', '受众人次']);

    await page.getByRole('button', { name: /导\s?出/ }).click();
    const file = await downloaded(page, page.getByRole('menuitem', { name: 'CSV' }));
    expect(file.name).toMatch(/\.csv$/);
    const csv = csvParts(file.text);
    expect(csv.headers).toEqual(headers);
    expect(csv.body).toContain(shown);
  });

  it('imports venues: the dry run names the bad row and writes nothing; the corrected file goes in', async () => {
    const name = `E2E 渝北区导入阵地 ${Date.now()}`;
    await page.goto(`${kepu.origin}/venues`);
    await page.getByRole('link', { name: /导\s?入/ }).click();
    await page.waitForURL('**/import/venues');

    await page
      .locator('input[type=file]')
      .setInputFiles(await sheet('venues-unknown-column.csv', ['名称,类型,行政区划,颜色', `${name},科技馆,500112,红`]));
    await page.getByRole('button', { name: /试导入/ }).click();
    await eventually(() => page.locator('.ant-alert-error').innerText()).toContain('颜色');

    await page
      .locator('input[type=file]')
      .setInputFiles(await sheet('venues-with-a-mistake.csv', ['名称,类型,行政区划', `${name}甲,科技馆,500112`, `${name}乙,科技宫,500112`]));
    await page.getByRole('button', { name: /试导入/ }).click();
    await eventually(() => summary(page, 'create')).toBe(1);
    expect(await summary(page, 'error')).toBe(1);
    const problem = page.locator('.ant-table-row').first();
    expect(await problem.locator('td').allInnerTexts()).toEqual(['3', '类型', expect.any(String)]);
    expect(await page.getByRole('button', { name: /确认导入/ }).isDisabled()).toBe(true);
    await page.getByRole('link', { name: '下载错误表' }).waitFor();
    await page.screenshot({ path: `${artifacts}import.png`, fullPage: true });

    await page
      .locator('input[type=file]')
      .setInputFiles(await sheet('venues.csv', ['名称,类型,行政区划', `${name}甲,科技馆,500112`, `${name}乙,科普教育基地,500112`]));
    await page.getByRole('button', { name: /试导入/ }).click();
    await eventually(() => summary(page, 'create')).toBe(2);
    expect(await summary(page, 'error')).toBe(0);
    await page.getByRole('button', { name: /确认导入/ }).click();
    await page.getByText('导入完成').waitFor();

    await page.getByRole('link', { name: '返回列表' }).click();
    await page.waitForURL(`${kepu.origin}/venues`);
    await page.getByLabel('搜索名称').fill(name);
    await page.keyboard.press('Enter');
    await eventually(() => page.locator('.ant-table-row').filter({ hasText: name }).count()).toBe(2);
  });

  it('schedules the events list every second, sees a run succeed in its history and downloads the file', async () => {
    const scheduleName = `E2E 每秒导出 ${Date.now()}`;
    await page.goto(`${kepu.origin}/events?q=${encodeURIComponent(title)}`);
    await eventually(() => page.getByRole('link', { name: title }).count()).toBe(1);
    await page.getByRole('button', { name: /导\s?出/ }).click();
    await page.getByRole('menuitem', { name: '定时导出…' }).click();
    await page.waitForURL((url) => url.pathname === '/schedules');

    const dialog = page.getByRole('dialog');
    await dialog.locator('.ant-tag').filter({ hasText: title }).waitFor();
    await dialog.getByLabel('名称', { exact: true }).fill(scheduleName);
    // Six fields: seconds first.
    await dialog.getByLabel('周期').fill('* * * * * *');
    await page.keyboard.press('Tab');
    await page.keyboard.type('e2e@example.com');
    await page.keyboard.press('Enter');
    // The test server has no SMTP_URL: the form says the address will get no mail for now.
    await dialog.getByText('邮件未开启（未配置 SMTP_URL），收件人暂不会收到邮件').waitFor();
    await page.screenshot({ path: `${artifacts}schedule-form.png`, fullPage: true });
    await dialog.getByRole('button', { name: /保\s?存/ }).click();

    const row = page.locator('.ant-table-row').filter({ hasText: scheduleName });
    await eventually(() => row.innerText()).toMatch(/下次运行：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(await row.innerText()).toContain('科普活动 · CSV');

    await row.getByRole('button', { name: /^历\s?史$/ }).click();
    const drawer = page.getByRole('dialog');
    await eventually(() => drawer.locator('.ant-tag-success').count()).toBeGreaterThan(0);
    expect(await drawer.locator('.ant-tag-success').first().innerText()).toBe('成功');
    expect(await drawer.locator('.ant-tag-warning').first().innerText()).toBe('未开启');
    await page.screenshot({ path: `${artifacts}schedules.png`, fullPage: true });
    const file = await downloaded(page, drawer.getByRole('link', { name: '下载' }).first());
    expect(file.name).toMatch(/\.csv$/);
    const csv = csvParts(file.text);
    expect(csv.headers.slice(0, 2)).toEqual(['活动名称', '活动类型']);
    expect(csv.body).toContain(title);

    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('switch', { name: `启用 ${scheduleName}` }).click();
    await eventually(() => row.innerText()).toContain('已停用');
    await row.getByRole('button', { name: /删\s?除/ }).click();
    await page
      .locator('.ant-popover:visible .ant-popconfirm-buttons')
      .getByRole('button', { name: /删\s?除/ })
      .click();
    await eventually(() => row.count()).toBe(0);
  });
});

describe('the 沙坪坝区 administrator', () => {
  let other: BrowserContext;
  let view: Page;

  beforeAll(async () => {
    other = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    view = await other.newPage();
    await signIn(view, shapingba);
  });
  afterAll(() => other.close());

  it('does not find the 渝北区 event in the list, by its URL, in the dashboard or in the region search', async () => {
    await view.goto(`${kepu.origin}/events?q=${encodeURIComponent(title)}`);
    await view.getByText('暂无数据').first().waitFor();
    expect(await view.getByText(title).count()).toBe(0);

    await view.goto(`${kepu.origin}/events/${eventId}`);
    await view.getByText('记录不存在，或不在您的权限范围内').waitFor();

    await view.goto(`${kepu.origin}/?region=500112`);
    await view.getByText('无权查看').first().waitFor();
    await view.goto(`${kepu.origin}/`);
    await eventually(() => view.getByRole('heading', { level: 1 }).first().innerText()).toContain('沙坪坝区');

    await view.goto(`${kepu.origin}/events`);
    await view.getByRole('combobox', { name: '行政区划' }).click();
    await view.keyboard.type('渝北');
    await view.waitForTimeout(1000);
    expect(await view.locator('.ant-select-dropdown:visible [title*="渝北"]').count()).toBe(0);
  });

  it('is sent back to sign-in with a notice when the session ends', async () => {
    const me = await view.request.get(`${kepu.origin}/api/v1/auth/me`);
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    expect((await view.request.post(`${kepu.origin}/api/v1/auth/logout`, { headers: { 'x-csrf-token': csrfToken } })).status()).toBe(204);
    await view.getByRole('menuitem', { name: '科协组织' }).click();
    await view.getByText('会话已过期，请重新登录').waitFor();
    expect(view.url()).toContain('/login');
  });
});

describe('a 镇街 staff member', () => {
  it('sees no control that would only fail (no admin pages, no writes but events), switches to English and changes its password', async () => {
    const own = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const view = await own.newPage();
    try {
      await signIn(view, township);
      const menu = await view.getByRole('menu').first().innerText();
      expect(menu).toContain('科普活动');
      for (const hidden of ['回收站', '用户', 'API 密钥']) expect(menu).not.toContain(hidden);

      await view.goto(`${kepu.origin}/events`);
      await view.getByRole('link', { name: /新\s?建/ }).waitFor();
      await view.goto(`${kepu.origin}/organisations`);
      await view.locator('.ant-table-row').first().waitFor();
      expect(await view.getByRole('link', { name: /新\s?建/ }).count()).toBe(0);
      await view.locator('.ant-table-row a').first().click();
      await view.locator('.ant-descriptions').waitFor();
      expect(await view.getByRole('button', { name: /编\s?辑|删\s?除/ }).count()).toBe(0);

      await view.getByRole('button', { name: 'English' }).click();
      await eventually(() => view.getByRole('menu').first().innerText()).toContain('Events');
      await view.getByRole('button', { name: '中文' }).click();

      await view.goto(`${kepu.origin}/password`);
      await field(view, '当前密码').fill(township.password);
      await field(view, '新密码').fill('a-brand-new-password');
      await saveButton(view).click();
      await view.getByText('密码已修改，请重新登录').waitFor();
      expect(view.url()).toContain('/login');
    } finally {
      await own.close();
    }
  });
});

describe('the city administrator and a 镇街 clerk, without a deploy', () => {
  it('adds a venue type in the dictionary; the clerk records a venue of it; the district breakdown and 科普统计 form count it', async () => {
    const clerk = { username: 'longxi-e2e', password: 'longxi-e2e-password' };
    const admin = await apiSession(kepu.origin, cityAdmin);
    await admin('POST', '/users', { ...clerk, displayName: '双凤桥街道科协阵地员（测试）', role: 'township_staff', scopeRegionCode: '500112017' });
    const cityContext = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const clerkContext = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    try {
      const city = await cityContext.newPage();
      await signIn(city, cityAdmin);
      await city.getByRole('menuitem', { name: '字典' }).click();
      await city.getByRole('tab', { name: '阵地类型', selected: true }).waitFor();
      await city.getByRole('button', { name: '新增条目' }).click();
      await field(city, '代码').fill('science_post');
      await field(city, '中文名称').fill('社区科普驿站');
      await field(city, '英文名称').fill('Community science post');
      await choose(city, '归入（上级条目）', '社区科普馆/活动室');
      await city
        .getByRole('dialog')
        .getByRole('button', { name: /保\s?存/ })
        .click();
      await city.getByRole('cell', { name: 'science_post' }).waitFor();

      const view = await clerkContext.newPage();
      await signIn(view, clerk);
      await view.goto(`${kepu.origin}/venues/new`);
      await field(view, '名称').fill('双凤桥社区科普驿站');
      await choose(view, '类型', '社区科普驿站', '驿站');
      await choose(view, '行政区划', '双凤桥街道', '双凤桥');
      await saveButton(view).click();
      await view.getByRole('heading', { name: '双凤桥社区科普驿站' }).waitFor();
      await eventually(() => view.locator('.ant-descriptions').innerText()).toContain('社区科普驿站');

      const district = await apiSession(kepu.origin, yubei);
      const breakdown = await district<{ items: { key: string; label: string; parentKey: string | null; venues: number }[] }>(
        'GET',
        '/stats/breakdown?region=500112&by=venueType',
      );
      expect(breakdown.items.find((item) => item.key === 'science_post')).toEqual({
        key: 'science_post',
        label: '社区科普驿站',
        parentKey: 'community_hall',
        venues: 1,
      });
      const form = await fetch(`${kepu.origin}/api/v1/reports/statistics-form?region=500112&year=${today.slice(0, 4)}`, {
        headers: { cookie: await cookieOf(cityContext) },
      });
      const rows = readXlsx(Buffer.from(await form.arrayBuffer())).rows.map((row) => row.cells);
      expect(rows.find((cells) => String(cells[0]).trim() === '其中：社区科普驿站')?.[1]).toBe(1);
      // The parent row counts every type that rolls up into it: the demo's 社区科普学教点 and the new 社区科普驿站.
      const parent = rows.find((cells) => String(cells[0]).startsWith('其中：社区科普馆/活动室（含'));
      expect(String(parent?.[0])).toContain('社区科普驿站');
    } finally {
      await cityContext.close();
      await clerkContext.close();
    }
  });
});

/** The session cookie a browser context signed in with, to fetch as that user. */
async function cookieOf(target: BrowserContext): Promise<string> {
  return (await target.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}
