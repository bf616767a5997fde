/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, Z, S, V);
 * the 18th is a check character: (31 - Σ value×weight mod 31) mod 31 over the first 17.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccProblem =
  | { kind: 'length'; count: number }
  | { kind: 'badChar'; position: number; char: string }
  | { kind: 'checkChar'; expected: string };

export function normalizeUscc(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 characters, or null if one of them is not allowed. */
export function usccCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** null when the code is valid, otherwise the first problem found (characters before length,
 *  so a typo is reported while typing, not only at 18 characters). */
export function checkUscc(raw: string): UsccProblem | null {
  const code = normalizeUscc(raw);
  for (let i = 0; i < code.length; i++) {
    if (!USCC_ALPHABET.includes(code[i])) return { kind: 'badChar', position: i + 1, char: code[i] };
  }
  if (code.length !== 18) return { kind: 'length', count: code.length };
  const expected = usccCheckChar(code.substring(0, 17))!;
  return code[17] === expected ? null : { kind: 'checkChar', expected };
}

export const isValidUscc = (raw: string) => checkUscc(raw) === null;
