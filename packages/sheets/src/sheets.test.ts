import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  columnIndex,
  columnName,
  crlfRowEnds,
  csvChunks,
  excelSerialToDate,
  readTable,
  readXlsx,
  SheetError,
  tableRows,
  xlsxChunks,
  type Cell,
  type SheetRow,
} from './index.js';
import { handWrittenXlsx, zipBomb } from './testing.js';

async function collect(chunks: AsyncIterable<string | Uint8Array>): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(parts);
}

const awkwardRows: Cell[][] = [
  ['名称', '人数', '备注'],
  ['沙坪坝区科协', 4700, '含 "引号", 逗号\n和换行'],
  ['=HYPERLINK("http://x")', -5, '+86 23 1234'],
  ['@SUM(A1)', 0, null],
];

/** Rows as an import reads them, one at a time. */
async function streamed(bytes: Uint8Array): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of tableRows(bytes).rows) rows.push(row);
  return rows;
}

/** Thousands of rows of Chinese text with quoted line breaks, so rows and characters straddle every slice the readers take. */
const longRows: Cell[][] = [
  ['名称', '人数', '备注'],
  ...Array.from({ length: 6000 }, (_, index): Cell[] => [
    `重庆市第${index}号科普阵地`,
    index,
    index % 7 === 0 ? `第一行\n第二行，“引号”${index}` : '=1+1',
  ]),
];

function thrown(action: () => unknown): SheetError {
  try {
    action();
  } catch (error) {
    if (error instanceof SheetError) return error;
    throw error;
  }
  throw new Error('expected a SheetError');
}

describe('CSV', () => {
  it('writes a BOM, CRLF lines and escapes formulas, and reads back what it wrote', async () => {
    const bytes = await collect(csvChunks(awkwardRows));
    const text = Buffer.from(bytes).toString('utf8');
    expect(text.startsWith('\uFEFF名称,人数,备注\r\n')).toBe(true);
    expect(text).toContain(`'=HYPERLINK(""http://x"")`);
    expect(text).toContain("'@SUM(A1)");
    expect(text).toContain(',-5,'); // numbers are numbers, not formulas
    const { format, rows } = readTable(bytes);
    expect(format).toBe('csv');
    expect(rows.map((row) => row.cells)).toEqual([
      ['名称', '人数', '备注'],
      ['沙坪坝区科协', '4700', '含 "引号", 逗号\n和换行'],
      ['=HYPERLINK("http://x")', '-5', '+86 23 1234'],
      ['@SUM(A1)', '0', ''],
    ]);
    // The quoted line break makes the third record start on line 4.
    expect(rows.map((row) => row.number)).toEqual([1, 2, 4, 5]);
  });

  it('reads GB18030 files as Excel on Chinese Windows saves them', () => {
    const gb18030 = Buffer.from([0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a, 0xd3, 0xe5, 0xb1, 0xb1, 0xc7, 0xf8]); // 名称 / 渝北区
    expect(readTable(gb18030).rows.map((row) => row.cells)).toEqual([['名称'], ['渝北区']]);
  });

  it('names the line of a row with the wrong number of columns', () => {
    const error = thrown(() => readTable(Buffer.from('a,b\n1,2\n3\n')));
    expect(error.code).toBe('ragged');
    expect(error.message).toContain('line 3');
  });

  it('when a long file is read row by row, it gives the rows and line numbers of reading it whole, in UTF-8 and in GB18030', async () => {
    const bytes = await collect(csvChunks(longRows));
    expect(bytes.length).toBeGreaterThan(4 * 64 * 1024);
    const whole = readTable(bytes).rows;
    expect(whole).toHaveLength(longRows.length);
    expect(await streamed(bytes)).toEqual(whole);
    const repeated = Buffer.concat(Array.from({ length: 40_000 }, () => Buffer.from([0xd3, 0xe5, 0xb1, 0xb1, 0xc7, 0xf8, 0x0d, 0x0a]))); // 渝北区 per line
    const rows = await streamed(repeated);
    expect(rows).toHaveLength(40_000);
    expect(rows.at(-1)).toEqual({ number: 40_000, cells: ['渝北区'] });
  });

  it('when a row far into a file is ragged, reading row by row stops there with the same reason', async () => {
    const lines = ['a,b', ...Array.from({ length: 20_000 }, (_, index) => `${index},x`), '3'].join('\n');
    const error = await streamed(Buffer.from(lines)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SheetError);
    expect((error as SheetError).code).toBe('ragged');
    expect((error as SheetError).message).toContain('line 20002');
  });

  it('when COPY-style CSV arrives cut at any byte, its rows end in CRLF as csvChunks writes them and line breaks inside quotes stay', async () => {
    const rows = [
      ['名称', '备注'],
      ['沙坪坝区科协', '含 "引号", 逗号\n和换行'],
      ['"', '\r\n'],
      ['', '末行'],
    ];
    const field = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
    const lines = (end: string) => rows.map((row) => `${row.map(field).join(',')}${end}`).join('');
    const copied = Buffer.from(lines('\n'));
    for (let cut = 0; cut <= copied.length; cut += 1) {
      const counter = { rows: 0 };
      const chunks = Readable.from([copied.subarray(0, cut), copied.subarray(cut)]);
      expect(Buffer.from(await collect(crlfRowEnds(chunks, counter))).toString(), `cut at byte ${cut}`).toBe(lines('\r\n'));
      expect(counter.rows).toBe(rows.length);
    }
  });

  it('refuses binary and legacy .xls files', () => {
    expect(thrown(() => readTable(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).message).toContain('.xls');
    expect(thrown(() => readTable(Buffer.from([0x41, 0x00, 0x42]))).code).toBe('format');
    expect(thrown(() => readTable(new Uint8Array())).code).toBe('empty');
  });
});

describe('XLSX', () => {
  it('round-trips text, numbers, blanks and escaped formulas through the streaming writer', async () => {
    const bytes = await collect(
      xlsxChunks([
        {
          layout: { name: '活动', widths: [20, 10, 30], frozenRows: 1 },
          rows: awkwardRows.map((row, index) => (index === 0 ? row.map((value) => ({ value: value as string, style: 'header' as const })) : row)),
        },
      ]),
    );
    const { sheetName, rows } = readXlsx(bytes);
    expect(sheetName).toBe('活动');
    expect(rows.map((row) => row.cells)).toEqual([
      ['名称', '人数', '备注'],
      ['沙坪坝区科协', 4700, '含 "引号", 逗号\n和换行'],
      ['=HYPERLINK("http://x")', -5, '+86 23 1234'],
      ['@SUM(A1)', 0],
    ]);
  });

  it('when a long sheet is read row by row, it gives the rows of reading it whole', async () => {
    const bytes = await collect(xlsxChunks([{ layout: { name: '活动' }, rows: longRows }]));
    const whole = readXlsx(bytes).rows;
    expect(whole).toHaveLength(longRows.length);
    expect(whole[7]?.cells).toEqual(['重庆市第6号科普阵地', 6, '=1+1']);
    expect(await streamed(bytes)).toEqual(whole);
  });

  it('reads shared strings, keeps row numbers and skips phonetic guides', () => {
    const bytes = handWrittenXlsx(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row><row r="4"><c r="B4"><v>45292</v></c></row>',
      {
        sharedStrings: ['名称', '重庆<rPh><t>chongqing</t></rPh>'],
      },
    );
    const { rows } = readXlsx(bytes);
    expect(rows).toEqual([
      { number: 1, cells: ['名称', null, '重庆'] },
      { number: 4, cells: [null, 45292] },
    ]);
  });

  it('refuses formulas and merged cells, naming the cell', () => {
    const formula = thrown(() =>
      readXlsx(handWrittenXlsx('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><f>A1*2</f><v>2</v></c></row>')),
    );
    expect(formula.code).toBe('formula');
    expect(formula.cell).toBe('B2');
    const merged = thrown(() => readXlsx(handWrittenXlsx('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>', { merges: ['A1:C1'] })));
    expect(merged.code).toBe('merged');
    expect(merged.message).toContain('A1:C1');
  });

  it('stops a zip bomb at the inflate limit instead of filling memory', () => {
    const bomb = zipBomb(64);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const error = thrown(() => readXlsx(bomb, { maxInflatedBytes: 16 * 1024 * 1024 }));
    expect(error.code).toBe('too_large');
  });

  it('refuses a zip that is not a workbook', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    expect(thrown(() => readTable(zipSync({ 'word/document.xml': strToU8('<w/>') }))).message).toContain('not an XLSX');
  });
});

describe('helpers', () => {
  it('names columns both ways', () => {
    for (const index of [0, 25, 26, 51, 701, 702, 16383]) expect(columnIndex(`${columnName(index)}12`)).toBe(index);
    expect(columnName(27)).toBe('AB');
  });

  it('turns Excel serials into the wall-clock time typed', () => {
    expect(excelSerialToDate(45292)).toBe('2024-01-01T00:00:00');
    expect(excelSerialToDate(45292.75)).toBe('2024-01-01T18:00:00');
  });
});
