import { kepuEslint } from '@kepu/tooling/eslint';

// schema.ts is openapi-typescript's output, checked against the served document rather than by style.
export default [...kepuEslint(import.meta.dirname), { ignores: ['src/schema.ts'] }];
