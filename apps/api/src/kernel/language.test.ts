import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from './language.js';

describe('negotiating the language of an answer', () => {
  it.each([
    [undefined, 'zh'],
    ['', 'zh'],
    ['zh-CN', 'zh'],
    ['zh', 'zh'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['fr', 'zh'],
    ['*', 'zh'],
    ['en;q=0', 'zh'],
    ['en;q=nonsense', 'zh'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['zh;q=0.5, en;q=0.8', 'en'],
    ['fr, en;q=0.5', 'en'],
    ['en, zh', 'en'],
    ['zh, en', 'zh'],
    ['zh-TW;q=0.2, *;q=0.5', 'en'],
    ['en;q=0.4, *;q=0.5', 'zh'],
  ] as const)('when Accept-Language is %j, it answers in %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language);
  });
});
