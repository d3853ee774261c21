import { kepuEslint } from '@kepu/tooling/eslint';

export default [
  ...kepuEslint(import.meta.dirname),
  // The browser never imports the db package; @kepu/domain is the bridge.
  { rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@kepu/db', '@kepu/db/*'], message: 'the console never imports @kepu/db: use the shapes in @kepu/domain' }] }] } },
];
