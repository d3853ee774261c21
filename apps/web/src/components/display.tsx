import { choicesOf, figureQualifier, qualifiedFigure, type DictionaryEntry, type FigureQualifier, type RecordEntity } from '@kepu/domain';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { RegionName } from './region-picker.js';

/** Instants come from the API in Asia/Shanghai (+08:00), so the wall-clock part is what staff expect to read. */
export const shanghaiTime = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** Any value as plain text: numbers, strings and flags as they are, anything else as JSON. */
export const plainText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint'
    ? String(value)
    : JSON.stringify(value);

const grouped = (value: number) => value.toLocaleString('zh-CN');

/**
 * How a field's value reads in a table or a detail page; an unknown value (null) as "—". `dictionary`
 * labels the codes of dictionary fields (retired ones too). Given the record, a figure reads with its
 * qualifier as staff wrote it (`figureQualifier` field `<name>Qualifier`): 4,700余.
 */
export function displayValue(
  entity: RecordEntity,
  field: string,
  value: unknown,
  dictionary: readonly DictionaryEntry[],
  record?: Record<string, unknown>,
): ReactNode {
  if (value === null || value === undefined || value === '') return '—';
  const qualifier = record?.[`${field}Qualifier`];
  if (typeof value === 'number' && typeof qualifier === 'string' && qualifier in figureQualifier.labels) {
    return qualifiedFigure(value, qualifier as FigureQualifier, grouped);
  }
  const labels = choicesOf(entity, field, dictionary, true);
  if (labels && Array.isArray(value))
    return value.map((item) => <Tag key={plainText(item)}>{labels.labels[plainText(item)] ?? plainText(item)}</Tag>);
  if (labels) return labels.labels[plainText(value)] ?? plainText(value);
  if (field === 'regionCode') return <RegionName code={plainText(value)} />;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return shanghaiTime(value);
  if (typeof value === 'number') return grouped(value);
  if (Array.isArray(value)) return value.map(plainText).join(', ');
  return plainText(value);
}
