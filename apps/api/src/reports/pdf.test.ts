import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRegionsFile } from '@kepu/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthlyTrendOption } from '@kepu/charts';
import { chartSvg } from './charts.js';
import { renderPdf, type PdfDocumentModel } from './pdf.js';

// fontkit is pdfkit's own dependency, not ours: resolve it from pdfkit so the test checks the very parser that embeds the font.
const requireFromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const fontkit = requireFromPdfkit('fontkit') as { openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean } };

const fontFiles = ['NotoSansCJKsc-Regular-subset.otf', 'NotoSansCJKsc-Bold-subset.otf'].map((name) =>
  fileURLToPath(new URL(`../../assets/fonts/${name}`, import.meta.url)),
);

const rareNames = ['綦江区', '酉阳土家族苗族自治县', '璧山区'];

/**
 * pdftotext reads the text back the way a reader's copy-paste would, through the embedded ToUnicode map. -layout keeps
 * table rows on one line; -raw keeps the narrow spaces that -layout drops between CJK characters and digits ("第 1 页").
 */
function extractText(file: string, mode: '-layout' | '-raw'): string {
  try {
    return execFileSync('pdftotext', [mode, file, '-'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('pdftotext is not installed: apt-get install poppler-utils (CI installs it in .ci/run)');
    }
    throw error;
  }
}

async function reportModel(): Promise<PdfDocumentModel> {
  const regions = await readRegionsFile();
  const districts = regions.filter((region) => region.level === 'district');
  const townships = regions.filter((region) => region.level === 'township');
  // Districts first so the rare county names are in; the townships make the table long enough to need a second page.
  const names = [...districts, ...townships].map((region) => region.name).slice(0, 120);
  return {
    title: '渝北区科普概况 2025年',
    subtitle: '统计口径：截至 2025 年 12 月 31 日',
    tables: [
      {
        heading: '一、各区县及镇街科普活动',
        columns: ['地区', '活动场次', '参与人次', '人均时长（小时）'],
        rows: names.map((name, index) => [
          name,
          index === 0 ? 1_500_000 : index * 37,
          index === 1 ? null : index * 1_234,
          index === 2 ? 3.14159 : 2.5,
        ]),
        note: '注：“—”表示未填报。',
      },
    ],
    footer: '重庆市科学技术协会',
  };
}

describe('a report rendered to PDF', () => {
  let directory: string;
  let model: PdfDocumentModel;
  let pdf: Buffer;
  let text: string;
  let pages: string[];

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kepu-pdf-'));
    model = await reportModel();
    pdf = await renderPdf(model);
    const file = join(directory, 'report.pdf');
    await writeFile(file, pdf);
    text = extractText(file, '-layout');
    pages = extractText(file, '-raw')
      .split('\f')
      .filter((page) => page.trim() !== '');
  });

  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('is a PDF that embeds the bundled font', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Bold/);
  });

  it('reads back the Chinese title, rare region names, formatted numbers and missing values', () => {
    expect(text).toContain('渝北区科普概况 2025年');
    for (const name of rareNames) expect(text).toContain(name);
    expect(text).toContain('1,500,000');
    expect(text).toContain('3.14');
    expect(text).not.toContain('3.142');
    const [unreported] = model.tables[0]?.rows[1] ?? [];
    expect(text).toMatch(new RegExp(`${String(unreported)}\\s+37\\s+—\\s+2\\.5`));
    expect(text).toContain('注：“—”表示未填报。');
    expect(text).toContain('重庆市科学技术协会');
  });

  it('breaks the long table across pages, repeating the header row and numbering every page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, index) => {
      expect(page).toContain(`第 ${index + 1} 页 / 共 ${pages.length} 页`);
      expect(page).toContain('参与人次');
    });
  });
});

describe('a report with key figures, a chart and a table of zeros', () => {
  const months = Array.from({ length: 12 }, (_, index) => ({
    month: `2025-${String(index + 1).padStart(2, '0')}`,
    events: index,
    attendance: index * 100,
    previousYear: { events: 1, attendance: 50 },
  }));
  const option = monthlyTrendOption(months, {
    thisYear: '本年',
    lastYear: '上年',
    events: '场次',
    attendance: '人次',
    month: (month) => `${Number(month.slice(5))}月`,
  });

  it('when a chart option is rendered on the server, it is an SVG document with the month labels', () => {
    const svg = chartSvg(option, { width: 640, height: 300 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="640"');
    for (const label of ['1月', '6月', '12月', '本年 场次', '上年 人次']) expect(svg).toContain(label);
  });

  it('when the PDF is read back, page 1 has the cards with their comparisons, the chart its labels, and zero rows are folded into one line', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'kepu-pdf-'));
    try {
      const model: PdfDocumentModel = {
        title: '测试报告',
        keyFigures: {
          heading: '关键指标',
          labels: { previous: '上年', average: '全市区县平均', rank: '全市区县排名' },
          items: [
            {
              label: '活动场次',
              value: 1_200,
              unit: '场',
              previous: { value: 1_000, change: 200, changeRate: 20 },
              average: 950.5,
              rank: { rank: 3, of: 38 },
            },
            { label: '阵地数', value: 12, unit: '个', previous: { value: null, change: null, changeRate: null }, rank: { rank: null, of: 38 } },
          ],
          note: '注：平均为各区县数值的算术平均。',
        },
        charts: [{ title: '月度趋势', svg: chartSvg(option, { width: 640, height: 300 }), width: 640, height: 300 }],
        tables: [
          {
            heading: '一、组织',
            columns: ['指标', '本年', '上年', '单位'],
            rows: [
              ['学会/协会', 34, null, '个'],
              ['企业科协', 0, null, '个'],
              ['高校科协', 0, 0, '个'],
              ['注册志愿者', '未填报', null, '人'],
            ],
            foldZeroRows: { columns: [1, 2] },
          },
        ],
      };
      const file = join(directory, 'cards.pdf');
      await writeFile(file, await renderPdf(model));
      const [first = ''] = extractText(file, '-raw').split('\f');
      expect(first).toMatch(/活动场次\s+1,200 场\s+上年 1,000，\+200（\+20\.0%）\s+全市区县平均 950\.5\s+全市区县排名 第 3 \/ 38/);
      expect(first).toMatch(/阵地数\s+12 个\s+上年 —\s+全市区县排名 —/);
      for (const label of ['月度趋势', '1月', '12月', '本年 人次']) expect(first).toContain(label);
      const text = extractText(file, '-layout');
      expect(text).toMatch(/学会\/协会\s+34\s+—\s+个/);
      expect(text).toMatch(/注册志愿者\s+未填报/);
      expect(text).toContain('以下 2 项为 0 或无数据，未列出：企业科协、高校科协。');
      expect(text).not.toMatch(/企业科协\s+0/);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe('the bundled font', () => {
  it('has a glyph for every character of every region name', async () => {
    const characters = new Set((await readRegionsFile()).flatMap((region) => [...region.name]));
    for (const file of fontFiles) {
      const font = fontkit.openSync(file);
      const missing = [...characters].filter((character) => !font.hasGlyphForCodePoint(character.codePointAt(0) ?? 0));
      expect(missing, file).toEqual([]);
    }
  });
});
