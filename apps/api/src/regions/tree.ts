import { regionSubtreePrefix, type Region } from '@kepu/domain';
import { regionIndex } from '@kepu/db';

interface Tree {
  children: Map<string, Region[]>;
  all: Region[];
}

let tree: Promise<Tree> | undefined;

/** Parent → children, built once from the in-memory region index. */
function regionTree(): Promise<Tree> {
  tree ??= regionIndex().then((index) => {
    const children = new Map<string, Region[]>();
    for (const region of index.values()) {
      if (!region.parentCode) continue;
      const siblings = children.get(region.parentCode) ?? [];
      siblings.push(region);
      children.set(region.parentCode, siblings);
    }
    for (const siblings of children.values()) siblings.sort((a, b) => a.code.localeCompare(b.code));
    return { children, all: [...index.values()] };
  });
  return tree;
}

/** The regions directly below `code`, in code order. */
export async function childrenOf(code: string): Promise<Region[]> {
  return (await regionTree()).children.get(code) ?? [];
}

const subtreeCounts = new Map<string, number>();

/** How many regions of a level lie in the subtree of `code`: the denominators of coverage. */
export async function countInSubtree(code: string, level: Region['level']): Promise<number> {
  const key = `${code}/${level}`;
  const known = subtreeCounts.get(key);
  if (known !== undefined) return known;
  const prefix = regionSubtreePrefix(code);
  const counted = (await regionTree()).all.filter((region) => region.level === level && region.code.startsWith(prefix)).length;
  subtreeCounts.set(key, counted);
  return counted;
}
