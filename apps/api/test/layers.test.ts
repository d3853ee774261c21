import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The lint rule keeps the kernel free of features and makes features meet at index.ts; this keeps
// the feature graph itself acyclic, which a per-import rule cannot see.
const src = resolve(import.meta.dirname, '../src');
const folderOf = (file: string) => relative(src, file).split('/').slice(0, -1)[0];

function folderImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const entry of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    const from = folderOf(join(src, entry));
    if (!entry.endsWith('.ts') || from === undefined) continue;
    for (const [, specifier] of readFileSync(join(src, entry), 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const to = folderOf(resolve(dirname(join(src, entry)), specifier ?? ''));
      if (to !== undefined && to !== from && !to.startsWith('..')) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** One cycle as `a → b → a`, or undefined. */
function findCycle(graph: Map<string, Set<string>>): string | undefined {
  const done = new Set<string>();
  const visit = (node: string, path: string[]): string | undefined => {
    if (path.includes(node)) return [...path.slice(path.indexOf(node)), node].join(' → ');
    if (done.has(node)) return undefined;
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next, [...path, node]);
      if (cycle) return cycle;
    }
    done.add(node);
    return undefined;
  };
  return [...graph.keys()].map((node) => visit(node, [])).find(Boolean);
}

describe('layers', () => {
  it('when folders under src import each other, they form no cycle', () => {
    expect(findCycle(folderImports())).toBeUndefined();
  });

  it('when the kernel imports, it imports no feature', () => {
    expect([...(folderImports().get('kernel') ?? [])]).toEqual([]);
  });
});
