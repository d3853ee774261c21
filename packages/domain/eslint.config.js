import { kepuEslint } from '@kepu/tooling/eslint';

const bothLanguages = 'staff read this message: give it in both languages with bilingual()/bilingualIssue()/matching() from messages.ts';
const checks = '/^(refine|regex|min|max|length|gt|gte|lt|lte)$/';

export default [
  ...kepuEslint(import.meta.dirname),
  {
    // A zod message written as a bare string would reach Chinese-speaking staff in English only.
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `CallExpression[callee.property.name=${checks}][arguments.1.type=/^(Literal|TemplateLiteral)$/]`, message: bothLanguages },
        {
          selector: `CallExpression[callee.property.name=${checks}] > ObjectExpression > Property[key.name=/^(message|error)$/]`,
          message: bothLanguages,
        },
        { selector: "CallExpression[callee.property.name='addIssue'] > ObjectExpression > Property[key.name='message']", message: bothLanguages },
      ],
      // The console imports this package: server code here would end up in the browser bundle.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['drizzle-orm', 'drizzle-orm/*', 'fastify', 'fastify-*', '@fastify/*', '@kepu/db', '@kepu/db/*'],
              message: 'packages/domain is zod only: no server code (drizzle, fastify, @kepu/db)',
            },
          ],
        },
      ],
    },
  },
];
