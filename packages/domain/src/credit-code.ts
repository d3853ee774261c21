// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-symbol alphabet, the last one a
// weighted mod-31 check character over the first 17.
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const shape = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += alphabet.indexOf(first17.charAt(i)) * (weights[i] ?? 0);
  return alphabet.charAt((31 - (sum % 31)) % 31);
}

export function isValidCreditCode(code: string): boolean {
  return shape.test(code) && creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17);
}
