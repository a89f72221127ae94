/**
 * The GS1 mod-10 check digit shared by GTIN, SSCC and GLN (GS1 General
 * Specifications §7.9): from the right, digits weigh 3, 1, 3, 1...
 */
const digitsOnly = /^\d+$/;

export function checkDigit(body: string): number {
  if (!digitsOnly.test(body)) throw new TypeError(`"${body}" must contain digits only to take a GS1 check digit`);
  let sum = 0;
  for (let i = body.length - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
    sum += (body.charCodeAt(i) - 48) * weight;
  }
  return (10 - (sum % 10)) % 10;
}

/** The body followed by its check digit, e.g. `withCheckDigit('400638133393')` → `'4006381333931'`. */
export const withCheckDigit = (body: string): string => `${body}${checkDigit(body)}`;

/**
 * Why a full code's last digit is wrong, naming the digit expected, or
 * undefined when it is right. `label` is e.g. `GTIN-13`.
 */
export function checkDigitProblem(code: string, label: string): string | undefined {
  const given = Number(code.slice(-1));
  const expected = checkDigit(code.slice(0, -1));
  if (given === expected) return undefined;
  return `check digit ${given} should be ${expected} (${label} ${code})`;
}
