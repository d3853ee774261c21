import { dictionaryOf, honourLabel, honourLevel, honourMetric, ownRankingMetric } from '@kepu/domain';
import { useDictionary } from './api/dictionary.js';

export interface MetricOption {
  value: string;
  label: string;
}

/**
 * Every figure Kepu can give for a region and year, as the ranking and the reporting forms offer them:
 * Kepu's own figures, every active indicator kind of the dictionary (the catalogue grows without a
 * deploy), then honours by kind and level.
 */
export function useMetricOptions(): MetricOption[] {
  const dictionary = useDictionary();
  const indicatorKinds = dictionaryOf(dictionary, 'indicator_kind').entries.filter((entry) => entry.active);
  const honourKinds = dictionaryOf(dictionary, 'honour_kind').entries.filter((entry) => entry.active);
  return [
    ...ownRankingMetric.values.map((value) => ({ value, label: ownRankingMetric.labels[value] })),
    ...indicatorKinds.map((entry) => ({ value: entry.code, label: entry.labelZh })),
    ...honourKinds.flatMap((entry) =>
      honourLevel.values.map((level) => ({ value: honourMetric(entry.code, level), label: honourLabel(entry.labelZh, level) })),
    ),
  ];
}
