import { kepuEslint } from '@kepu/tooling/eslint';

// Dependencies point one way (docs/architecture.md): features → kernel, and between features only
// through the other feature's index.ts. The kernel imports no feature, so it can be read and changed
// without knowing any of them; app.ts and server.ts wire the two together and may import anything.
const kernelOnly = 'the kernel (src/kernel) imports no feature: take what you need as a parameter or a registration (see ResourceRoutes)';
const throughIndex = 'import another feature through its index.ts (export what you need there), or move shared code into src/kernel';

export default [
  ...kepuEslint(import.meta.dirname),
  {
    files: ['src/kernel/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./', message: kernelOnly }] }] },
  },
  {
    files: ['src/kernel/*/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./\\.\\./', message: kernelOnly }] }] },
  },
  {
    files: ['src/*/**/*.ts'],
    ignores: ['src/kernel/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./(?!kernel/)[^./][^/]*/(?!index\\.js$)', message: throughIndex }] }] },
  },
];
