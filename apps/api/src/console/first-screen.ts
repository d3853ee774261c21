import {
  consoleTitles,
  dashboardScope,
  firstScreenElements,
  headlineFigures,
  inLanguage,
  languageCookie,
  headlineValueText,
  notReportedText,
  type FirstScreenData,
  type Language,
  type Session,
  type StatsOverview,
} from '@kepu/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** JSON inside a data block: `<` escaped, so no value can close the block. */
export const dataBlock = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

// Placed as the console places its own: the 200 px menu, the header, the content's padding, the
// KPI cards in a row of six (antd's xl column, 4 of 24); narrower screens wrap them.
const root = `#${firstScreenElements.painting}`;
const style = `${root}{position:fixed;inset:0;z-index:2000;display:flex;background:#f5f5f5;font:14px/1.5715 -apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Sans',sans-serif;color:rgba(0,0,0,.88)}
${root} .menu{width:200px;background:#fff;padding:16px;font-size:16px;font-weight:600}
${root} .page{flex:1;min-width:0}
${root} .header{height:64px;background:#fff}
${root} .content{padding:24px}
${root} h1{margin:0 0 16px;font-size:24px;line-height:1.33;font-weight:600}
${root} .figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:16px}
${root} .figure{background:#fff;border:1px solid #f0f0f0;border-radius:8px;padding:24px}
${root} .title{color:rgba(0,0,0,.6);margin-bottom:4px}
${root} .value{font-size:24px}
${root} .note{color:rgba(0,0,0,.6)}
@media (max-width:991px){${root} .menu{display:none}}`;

function figuresHtml(overview: StatsOverview, language: Language, appName: string, pageTitle: string) {
  const cards = headlineFigures(overview, language)
    .map(
      (figure) =>
        `<div class="figure"><div class="title">${escapeHtml(figure.title)}</div>` +
        `<div class="value" elementtiming="kpi-${figure.id}">${escapeHtml(headlineValueText(figure))}</div>` +
        (figure.unknown > 0 ? `<div class="note">${escapeHtml(notReportedText(figure.unknown, language))}</div>` : '') +
        `</div>`,
    )
    .join('');
  return (
    `<div id="${firstScreenElements.painting}" aria-hidden="true"><style>${style}</style><div class="menu">${escapeHtml(appName)}</div>` +
    `<div class="page"><div class="header"></div><div class="content"><h1>${escapeHtml(pageTitle)}</h1><div class="figures">${cards}</div></div></div></div>`
  );
}

/**
 * The dashboard's headline figures painted into the console's page for a signed-in user, with the
 * answers they come from, so the figures show as soon as the page does: before the console's
 * JavaScript has loaded, which then takes the answers instead of asking again and removes the
 * painting once it shows the same figures (apps/web/src/app/first-screen.ts). The session and the
 * figures are asked of the API itself, through the same access checks as any request; without a
 * session, or if either is refused, the page is the plain console.
 */
export async function firstScreen(app: FastifyInstance, request: FastifyRequest): Promise<string | null> {
  const cookie = request.headers.cookie;
  if (!cookie) return null;
  const headers = { cookie, 'accept-language': request.headers['accept-language'] ?? '' };
  const session = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
  if (session.statusCode !== 200) return null;
  const user = session.json<Session>();
  const query = dashboardScope(new URL(request.url, 'http://console').searchParams, user.scopeRegionCode);
  const search = new URLSearchParams({ region: query.region, year: String(query.year) });
  const answer = await app.inject({ method: 'GET', url: `/api/v1/stats/overview?${search.toString()}`, headers });
  if (answer.statusCode !== 200) return null;
  const overview = answer.json<StatsOverview>();
  const language: Language = request.cookies[languageCookie] === 'en' ? 'en' : 'zh';
  const pageTitle = `${inLanguage(consoleTitles.dashboard, language)} · ${overview.region.name}`;
  return (
    figuresHtml(overview, language, inLanguage(consoleTitles.appName, language), pageTitle) +
    `<script type="application/json" id="${firstScreenElements.data}">${dataBlock({ query, session: user, overview } satisfies FirstScreenData)}</script>`
  );
}
