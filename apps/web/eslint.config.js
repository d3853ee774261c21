import { kepuEslint } from '@kepu/tooling/eslint';

// The browser never imports the db package; @kepu/domain is the bridge. The tests and benches run
// in Node and create their databases through it, so the rule covers the console's source only.
const noDb = { group: ['@kepu/db', '@kepu/db/*'], message: 'the console never imports @kepu/db: use the shapes in @kepu/domain' };

// Features do not import each other: what several use lives in components/ (UI) or shared/ (client,
// keys, session, forms). app/ wires the features together and may import them all.
const features = ['auth', 'records', 'exports', 'admin', 'dashboard'];
const noOtherFeature = (feature) => ({
  regex: `^(\\.\\./)+(${features.filter((other) => other !== feature).join('|')})/`,
  message: `${feature} is a feature: it may not import another feature; move what is shared to components/ or shared/`,
});

export default [
  ...kepuEslint(import.meta.dirname),
  { files: ['src/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noDb] }] } },
  ...features.map((feature) => ({
    files: [`src/${feature}/**`],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDb, noOtherFeature(feature)] }] },
  })),
  {
    files: ['src/components/**', 'src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noDb, { regex: `^(\\.\\./)+(${features.join('|')})/`, message: 'shared code imports no feature' }] },
      ],
    },
  },
];
