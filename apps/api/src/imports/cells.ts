import {
  choicesOf,
  isInRegionSubtree,
  type DictionaryEntry,
  unstorableTextProblem,
  type LocalText,
  type Region,
  type RecordEntity,
  type TableColumn,
} from '@kepu/domain';
import { excelSerialToDate, type SheetRow } from '@kepu/sheets';

type Raw = SheetRow['cells'][number];

/** A cell read as a field value, or why it cannot be. */
export type CellReading = { value: unknown } | { problem: LocalText };

const listMarks = /[；;、,，\n]/;

/** Full-width digits, letters and signs (１２３, －, ．) as staff paste them from Word or WeChat. */
const halfWidth = (text: string) => text.normalize('NFKC');

const asText = (raw: Raw) => (typeof raw === 'string' ? raw.trim() : raw === null ? '' : String(raw));

function readNumber(raw: Raw): CellReading {
  if (typeof raw === 'number') return { value: raw };
  const text = halfWidth(asText(raw)).replace(/[,\s]/g, '');
  const value = Number(text);
  return text !== '' && Number.isFinite(value) ? { value } : { problem: { zh: `“${asText(raw)}”不是数字`, en: `"${asText(raw)}" is not a number` } };
}

const pad = (value: string | number) => String(value).padStart(2, '0');

/**
 * Date and time as staff write them: an Excel date cell (a serial), `2024-09-15 09:00`,
 * `2024/9/15 9:00`, `2024年9月15日 9时`, or ISO 8601 with an offset. Times without an offset are
 * Asia/Shanghai wall-clock times.
 */
function readDateTime(raw: Raw, dateOnly: boolean): CellReading {
  const text = typeof raw === 'number' ? excelSerialToDate(raw).replace('T', ' ') : halfWidth(asText(raw));
  if (!dateOnly && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return { value: text };
  const match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2})\s*[:时点]\s*(\d{1,2})?\s*(?:[:分]\s*(\d{1,2})\s*秒?)?)?$/.exec(
      text,
    );
  if (!match) {
    const example = dateOnly ? '2024-09-15' : '2024-09-15 09:00';
    return {
      problem: {
        zh: `“${asText(raw)}”不是${dateOnly ? '日期' : '日期时间'}，请写成 ${example} 这样的格式`,
        en: `"${asText(raw)}" is not a date${dateOnly ? '' : ' and time'} (write ${example})`,
      },
    };
  }
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  const date = `${year}-${pad(month ?? '')}-${pad(day ?? '')}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date)
    return { problem: { zh: `日历上没有 ${date} 这一天`, en: `${date} is not a calendar date` } };
  if (dateOnly) return { value: date };
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59)
    return { problem: { zh: `“${asText(raw)}”不是有效的时刻`, en: `"${asText(raw)}" is not a time of day` } };
  return { value: `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00` };
}

type EnumReader = (text: string) => CellReading;

/** Enum readers by dictionary (one per plan) and column: an import reads the same column in every row. */
const enumReaders = new WeakMap<readonly DictionaryEntry[], Map<string, EnumReader>>();

function enumReader(entity: RecordEntity, column: TableColumn, dictionary: readonly DictionaryEntry[]): EnumReader {
  const readers = enumReaders.get(dictionary) ?? new Map<string, EnumReader>();
  enumReaders.set(dictionary, readers);
  const key = `${entity}.${column.name}`;
  let reader = readers.get(key);
  if (!reader) {
    // Retired entries are read too: a file exported earlier names them, and the plan keeps them only where a record already holds them.
    const labelled = choicesOf(entity, column.name, dictionary, true);
    const byText = new Map(labelled?.values.flatMap((value) => [[value, value] as const, [labelled.labels[value], value] as const]).reverse());
    const choices = () => (choicesOf(entity, column.name, dictionary)?.values ?? []).map((value) => labelled?.labels[value]).join('、');
    reader = (text) => {
      if (!labelled) return { value: text };
      const value = byText.get(text);
      return value ? { value } : { problem: { zh: `“${text}”不是可选值，可选：${choices()}`, en: `"${text}" is not one of ${choices()}` } };
    };
    readers.set(key, reader);
  }
  return reader;
}

const readEnum = (entity: RecordEntity, column: TableColumn, text: string, dictionary: readonly DictionaryEntry[]): CellReading =>
  enumReader(entity, column, dictionary)(text);

/** Reads one cell for a column; references and regions come back as text and are resolved later against the database. */
export function readCell(entity: RecordEntity, column: TableColumn, raw: Raw, dictionary: readonly DictionaryEntry[]): CellReading {
  const unstorable = typeof raw === 'string' ? unstorableTextProblem(raw) : undefined;
  if (unstorable) return { problem: unstorable };
  switch (column.kind) {
    case 'number':
      return readNumber(raw);
    case 'dateTime':
    case 'date':
      return readDateTime(raw, column.kind === 'date');
    case 'enum':
      return readEnum(entity, column, asText(raw), dictionary);
    case 'enumList': {
      const readings = asText(raw)
        .split(listMarks)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => readEnum(entity, column, part, dictionary));
      const problem = readings.find((reading) => 'problem' in reading);
      return problem ?? { value: readings.map((reading) => (reading as { value: unknown }).value) };
    }
    case 'referenceList':
      return {
        value: asText(raw)
          .split(listMarks)
          .map((part) => part.trim())
          .filter(Boolean),
      };
    case 'region':
      return { value: halfWidth(asText(raw)) };
    default:
      return { value: asText(raw) };
  }
}

/** Finds a region by its code (what exports write first) or by its name or full name. */
export function regionFinder(regions: Map<string, Region>, scopeCode: string) {
  const byName = new Map<string, Region[]>();
  for (const region of regions.values()) {
    for (const name of new Set([region.name, region.fullName, region.fullName.replace(/^重庆市/, '')])) {
      const list = byName.get(name) ?? [];
      list.push(region);
      byName.set(name, list);
    }
  }
  return (text: string): { code: string } | { problem: LocalText } => {
    const code = /^(\d{6}(?:\d{3}(?:\d{3})?)?)(?:\s|$)/.exec(text)?.[1];
    if (code) return regions.has(code) ? { code } : { problem: { zh: `没有代码为 ${code} 的行政区划`, en: `unknown region code ${code}` } };
    const named = byName.get(text.replace(/\s+/g, '')) ?? [];
    // The same 镇街 name recurs across districts; prefer the one inside the caller's scope.
    const candidates = named.length > 1 ? named.filter((region) => isInRegionSubtree(region.code, scopeCode)) : named;
    if (candidates.length === 1) return { code: (candidates[0] as Region).code };
    if (candidates.length === 0)
      return {
        problem: { zh: `找不到行政区划“${text}”，请填写区划代码或全称`, en: `unknown region "${text}"; write its GB/T 2260 code or full name` },
      };
    const some = candidates
      .slice(0, 3)
      .map((region) => region.fullName)
      .join('、');
    return {
      problem: {
        zh: `有 ${candidates.length} 个行政区划叫“${text}”（${some}…），请填写区划代码或全称`,
        en: `"${text}" names ${candidates.length} regions (${some}…); write the code or full name`,
      },
    };
  };
}
