import { useQueries, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { get, queryString } from '../shared/api.js';
import { entities, type EntityKey, type ListRecord } from './entities.js';

/** Picks one or more records of another entity by searching their names. */
export function ReferenceSelect(props: {
  entity: EntityKey;
  multiple?: boolean;
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  id?: string;
  'aria-label'?: string;
}) {
  const config = entities[props.entity];
  const [text, setText] = useState('');
  const selected = (Array.isArray(props.value) ? props.value : props.value ? [props.value] : []).filter(Boolean);
  const matches = useQuery({
    queryKey: [props.entity, 'search', text],
    queryFn: () => get<{ items: ListRecord[] }>(`/${props.entity}${queryString({ q: text || undefined, pageSize: 20 })}`),
  });
  const known = useQueries({
    queries: selected.map((id) => ({ queryKey: [props.entity, id], queryFn: () => get<ListRecord>(`/${props.entity}/${id}`), staleTime: 60_000 })),
  });
  const options = new Map<string, string>();
  for (const record of [...known.flatMap((query) => (query.data ? [query.data] : [])), ...(matches.data?.items ?? [])]) {
    options.set(record.id, config.title(record));
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
