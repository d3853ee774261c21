import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CreateEventBody } from './events.js';
import { fillText, issueText } from './messages.js';
import { regionCode } from './regions.js';

const issuesOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value, { reportInput: true }).error?.issues ?? [];

describe('messages in both languages', () => {
  it('when a rule of our own is broken, its issue carries both languages and keeps English as its message', () => {
    const [issue] = issuesOf(regionCode, '5001');
    expect(issue?.message).toBe('must be a GB/T 2260 code of 6, 9 or 12 digits');
    expect(issueText(issue as z.core.$ZodIssue)).toEqual({
      zh: '须为 6、9 或 12 位数字的行政区划代码（GB/T 2260）',
      en: 'must be a GB/T 2260 code of 6, 9 or 12 digits',
    });
  });

  it("when zod itself refuses a value, the Chinese comes from zod's locale and names what was received", () => {
    const issue = issuesOf(CreateEventBody, { attendance: 'many' }).find((each) => each.path[0] === 'attendance');
    expect(issueText(issue as z.core.$ZodIssue)).toEqual({
      zh: '无效输入：期望 数字，实际接收 string',
      en: 'Invalid input: expected number, received string',
    });
  });

  it('when a template is filled, a bilingual value goes into each language as its own text', () => {
    const template = { zh: '{what}过于频繁，请 {seconds} 秒后再试', en: 'Too many {what}; try again in {seconds} s' };
    expect(fillText(template, { what: { zh: '请求', en: 'requests' }, seconds: 30 })).toEqual({
      zh: '请求过于频繁，请 30 秒后再试',
      en: 'Too many requests; try again in 30 s',
    });
  });
});
