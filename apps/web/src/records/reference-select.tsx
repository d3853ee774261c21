import { useQueries, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import type { RecordEntity } from '@kepu/domain';
import { entities } from '../shared/entities.js';
import { recordQueries } from './api/records.js';
import { useDictionary } from '../shared/api/dictionary.js';

/** Picks one or more records of another entity by searching their names. */
export function ReferenceSelect(props: {
  entity: RecordEntity;
  multiple?: boolean;
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  id?: string;
  'aria-label'?: string;
}) {
  const config = entities[props.entity];
  const dictionary = useDictionary();
  const [text, setText] = useState('');
  const selected = (Array.isArray(props.value) ? props.value : props.value ? [props.value] : []).filter(Boolean);
  const matches = useQuery(recordQueries.search(props.entity, text));
  const known = useQueries({ queries: selected.map((id) => ({ ...recordQueries.detail(props.entity, id), staleTime: 60_000 })) });
  const options = new Map<string, string>();
  for (const record of [...known.flatMap((query) => (query.data ? [query.data] : [])), ...(matches.data?.items ?? [])]) {
    options.set(record.id, config.title(record, dictionary));
  }
  return (
    <Select
      id={props.id}
      aria-label={props['aria-label']}
      mode={props.multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      loading={matches.isFetching}
      value={props.multiple ? selected : (selected[0] ?? null)}
      onChange={(value: string | string[] | undefined) => props.onChange?.(value ?? (props.multiple ? [] : null))}
      options={[...options].map(([value, label]) => ({ value, label }))}
      style={{ minWidth: 220 }}
    />
  );
}
