import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, isValidCreditCode } from './credit-code.js';

describe('统一社会信用代码', () => {
  it('when the check character matches GB 32100, the code is valid', () => {
    // Published codes of real bodies (check characters 1 and N).
    expect(isValidCreditCode('91500106MA5U7K3L11')).toBe(true);
    expect(isValidCreditCode('51500106MJP372610N')).toBe(true);
  });

  it('when one character is changed, the code is invalid', () => {
    expect(isValidCreditCode('91500106MA5U7K3L12')).toBe(false);
    expect(isValidCreditCode('91500107MA5U7K3L11')).toBe(false);
  });

  it('when the code has the wrong length or letters outside the alphabet (I, O, S, V, Z), it is invalid', () => {
    expect(isValidCreditCode('91500106MA5U7K3L1')).toBe(false);
    expect(isValidCreditCode('91500106MA5U7K3LI' + creditCodeCheckChar('91500106MA5U7K3LI'))).toBe(false);
    expect(isValidCreditCode('')).toBe(false);
  });
});
