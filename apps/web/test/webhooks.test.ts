import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, cityAdmin, launchChromium, startKepu, type Kepu } from './kepu.js';

// A 区县 administrator subscribes a partner's URL through the console, is shown the secret once,
// sends a test and watches a record's change arrive: a real receiver on 127.0.0.1, which the API
// is told to allow (WEBHOOK_ALLOW_HOSTS).

const admin = { username: 'shapingba-webhooks', password: 'shapingba-webhooks-password' };
const received: { headers: IncomingHttpHeaders; body: string }[] = [];

let kepu: Kepu;
let browser: Browser;
let page: Page;
let receiver: Server;
let receiverUrl = '';

const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 250 });
const button = (target: Page, name: string) => target.locator('button').filter({ hasText: new RegExp(`^${[...name].join('\\s?')}$`) });
const typesReceived = () => received.map((request) => (JSON.parse(request.body) as { type: string }).type);

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  }).listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/kepu`;
  kepu = await startKepu({ environment: { WEBHOOK_ALLOW_HOSTS: '127.0.0.1', WEBHOOK_POLL_MS: '200' } });
  const city = await apiSession(kepu.origin, cityAdmin);
  await city('POST', '/users', { ...admin, displayName: '沙坪坝区科协管理员（Webhook）', role: 'district_admin', scopeRegionCode: '500106' });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await kepu?.close();
  receiver?.close();
});

describe('a 区县 administrator and a partner system', () => {
  it('subscribes a URL, sees the secret once, sends a test, and sees a new record delivered', async () => {
    await page.goto(`${kepu.origin}/login`);
    await page.getByLabel('用户名').fill(admin.username);
    await page.getByLabel('密码').fill(admin.password);
    await page.getByLabel('密码').press('Enter');
    await page.getByRole('menuitem', { name: 'Webhook 订阅' }).click();
    await button(page, '新建').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('区融媒体中心');
    await dialog.getByLabel('接收地址').fill(receiverUrl);
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText('签名密钥只显示这一次').waitFor();
    expect(await page.locator('.ant-alert code').innerText()).toMatch(/^whsec_/);

    const row = page.locator('.ant-table-row').filter({ hasText: '区融媒体中心' });
    await row.getByRole('button', { name: '发送测试' }).click();
    await eventually(() => Promise.resolve(typesReceived())).toContain('webhooks.ping');
    expect(received[0]?.headers['webhook-signature']).toMatch(/^v1,/);

    const api = await apiSession(kepu.origin, admin);
    const organisation = await api<{ id: string }>('POST', '/organisations', { name: 'Webhook 学会', type: 'society', regionCode: '500106' });
    await eventually(() => Promise.resolve(typesReceived())).toContain('organisations.created');

    await row.getByRole('button', { name: '投递记录' }).click();
    const drawer = page.locator('.ant-drawer');
    const delivery = drawer.locator('.ant-table-row').filter({ hasText: 'organisations.created' });
    await eventually(() => delivery.innerText()).toContain('已送达');
    expect(await delivery.innerText()).toContain(organisation.id);
    await delivery.locator('.ant-table-row-expand-icon').click();
    await eventually(() => drawer.locator('.ant-table-expanded-row').first().innerText()).toContain('204');
  });
});
