import { kepuEslint } from '@kepu/tooling/eslint';

export default kepuEslint(import.meta.dirname);
