import { describe, expect, it } from 'vitest';
import { codeNamespaces, problemTypes } from './problem-types.js';

const namespaces = new Set<string>([...codeNamespaces.resources, ...codeNamespaces.crossCutting, '{entity}']);

describe('problem codes', () => {
  it('when a code is in the catalogue, its namespace is a resource path segment or a cross-cutting one, and the rest is snake_case', () => {
    for (const [name, { code }] of Object.entries(problemTypes)) {
      const [namespace = '', ...rest] = code.split('.');
      expect(namespaces.has(namespace), `${name}: ${code}`).toBe(true);
      expect(rest.join('.'), `${name}: ${code}`).toMatch(/^([a-z_]|\{[a-z]+\})+$/);
    }
  });
});
