import { checkDigitProblem } from './check-digit.js';

/** A trade item number (GTIN-8/12/13/14) whose check digit is right. */
export type Gtin = string & { readonly __brand: 'Gtin' };
/** A logistic unit (pallet, parcel) serial number, 18 digits, check digit right. */
export type Sscc = string & { readonly __brand: 'Sscc' };
/** A Global Location Number (site, dock, bin), 13 digits, check digit right. */
export type Gln = string & { readonly __brand: 'Gln' };

export type Gs1Code = Gtin | Sscc;
export type Gs1CodeType = 'gtin' | 'sscc';

export type Gs1CodeResult =
  | { readonly ok: true; readonly code: Gs1Code; readonly codeType: Gs1CodeType }
  | { readonly ok: false; readonly message: string };

const gtinLengths = [8, 12, 13, 14];
const ssccLength = 18;

function shapeProblem(code: unknown): string | undefined {
  if (typeof code !== 'string') return `must be a string of digits (got ${code === null ? 'null' : typeof code})`;
  if (!/^\d+$/.test(code)) return `must contain digits only (got "${code}")`;
  if (code.length !== ssccLength && !gtinLengths.includes(code.length)) {
    return `${code.length} digits is neither a GTIN (8, 12, 13 or 14 digits) nor an SSCC (18 digits): "${code}"`;
  }
  return undefined;
}

/** Reads a scanned code as a GTIN or an SSCC, or says what is wrong with it. */
export function parseGs1Code(code: unknown): Gs1CodeResult {
  const shape = shapeProblem(code);
  if (shape !== undefined) return { ok: false, message: shape };
  const digits = code as string;
  const codeType: Gs1CodeType = digits.length === ssccLength ? 'sscc' : 'gtin';
  const label = codeType === 'sscc' ? 'SSCC-18' : `GTIN-${digits.length}`;
  const problem = checkDigitProblem(digits, label);
  if (problem !== undefined) return { ok: false, message: problem };
  return { ok: true, code: digits as Gs1Code, codeType };
}

export type GlnResult = { readonly ok: true; readonly gln: Gln } | { readonly ok: false; readonly message: string };

export function parseGln(code: unknown): GlnResult {
  if (typeof code !== 'string' || !/^\d{13}$/.test(code)) {
    return { ok: false, message: `a GLN is 13 digits (got ${JSON.stringify(code) ?? typeof code})` };
  }
  const problem = checkDigitProblem(code, 'GLN-13');
  return problem === undefined ? { ok: true, gln: code as Gln } : { ok: false, message: problem };
}

export const isGtin = (code: unknown): code is Gtin => {
  const result = parseGs1Code(code);
  return result.ok && result.codeType === 'gtin';
};

export const isSscc = (code: unknown): code is Sscc => {
  const result = parseGs1Code(code);
  return result.ok && result.codeType === 'sscc';
};

export const isGln = (code: unknown): code is Gln => parseGln(code).ok;

/** Narrows to a GTIN or throws a TypeError saying why not. */
export function toGtin(code: string): Gtin {
  const result = parseGs1Code(code);
  if (!result.ok) throw new TypeError(result.message);
  if (result.codeType !== 'gtin') throw new TypeError(`"${code}" is an SSCC, not a GTIN`);
  return result.code as Gtin;
}

/** Narrows to an SSCC or throws a TypeError saying why not. */
export function toSscc(code: string): Sscc {
  const result = parseGs1Code(code);
  if (!result.ok) throw new TypeError(result.message);
  if (result.codeType !== 'sscc') throw new TypeError(`"${code}" is a GTIN, not an SSCC`);
  return result.code as Sscc;
}

export function toGln(code: string): Gln {
  const result = parseGln(code);
  if (!result.ok) throw new TypeError(result.message);
  return result.gln;
}
