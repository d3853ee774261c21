import { cityRegionCode, type Region } from '@kepu/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useState } from 'react';
import { regionQueries } from '../shared/api/regions.js';
import { useI18n } from '../shared/i18n.js';
import { useSession } from '../shared/session.js';

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

const nodeOf = (region: Region, parent: string | null): Node => ({
  id: region.code,
  pId: parent,
  value: region.code,
  title: region.name,
  isLeaf: region.level === 'village',
});

export const useRegion = (code: string | null | undefined) => useQuery(regionQueries.detail(code));

/** The region tree from the caller's scope down, loaded a level at a time, with name search across the scope. */
export function RegionPicker(props: {
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  id?: string;
  allowClear?: boolean;
  'aria-label'?: string;
}) {
  const { session } = useSession();
  const { t } = useI18n();
  const scope = session?.scopeRegionCode ?? cityRegionCode;
  const root = useRegion(scope);
  const current = useRegion(props.value);
  const [loaded, setLoaded] = useState<Node[]>([]);
  const [found, setFound] = useState<Node[]>([]);
  const client = useQueryClient();

  const nodes = new Map<string, Node>();
  for (const node of [...(root.data ? [nodeOf(root.data, null)] : []), ...loaded, ...found, ...(current.data ? [nodeOf(current.data, null)] : [])]) {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
  }

  async function loadChildren(code: string) {
    const { items } = await client.fetchQuery(regionQueries.children(code));
    setLoaded((before) => [...before, ...items.map((region) => nodeOf(region, code))]);
  }

  async function search(text: string) {
    if (!text.trim()) return setFound([]);
    const { items } = await client.fetchQuery(regionQueries.search({ q: text.trim(), within: scope, limit: 20 }));
    setFound(items.map((region) => ({ ...nodeOf(region, null), title: region.fullName.replace(/^重庆市/, '') })));
  }

  return (
    <TreeSelect
      id={props.id}
      aria-label={props['aria-label']}
      treeDataSimpleMode
      treeData={[...nodes.values()]}
      value={props.value ?? undefined}
      onChange={(code: string | undefined) => props.onChange?.(code)}
      loadData={(node) => loadChildren(String(node.value))}
      showSearch
      filterTreeNode={(input, node) => typeof node.title === 'string' && node.title.includes(input)}
      onSearch={(text) => void search(text)}
      allowClear={props.allowClear ?? false}
      style={{ minWidth: 220 }}
      placeholder={t('region')}
    />
  );
}

/** A region's name for display. */
export function RegionName({ code }: { code: string }) {
  const region = useRegion(code);
  return <>{region.data?.name ?? code}</>;
}
