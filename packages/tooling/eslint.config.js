// Shared lint rules: type-aware, explicit about type imports, and strict about the habits that
// hide bugs (non-null assertions, floating promises, reading process.env outside env.ts).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export function kepuEslint(tsconfigRootDir) {
  return tseslint.config(
    { ignores: ['dist/**', 'migrations/**', 'coverage/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: { parserOptions: { projectService: true, tsconfigRootDir } },
      rules: {
        '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
        '@typescript-eslint/no-non-null-assertion': 'error',
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
        'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'read configuration in env.ts only' }],
      },
    },
    { files: ['**/env.ts'], rules: { 'no-restricted-properties': 'off' } },
  );
}
