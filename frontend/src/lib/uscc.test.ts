import { describe, expect, it } from 'vitest';
import { checkUscc, isValidUscc, normalizeUscc, usccCheckChar } from './uscc';

describe('USCC (GB 32100-2015)', () => {
  it.each(['91330100716105852F', '91110000802100433B', '91440300708461136T', '9144030071526726XG', '91350100M000100Y43'])(
    'accepts real code %s',
    (code) => {
      expect(checkUscc(code)).toBeNull();
      expect(isValidUscc(code)).toBe(true);
    },
  );

  it('computes the check character, including 0 when the sum is a multiple of 31', () => {
    expect(usccCheckChar('91330100716105852')).toBe('F');
    // find a prefix whose check is '0' by varying the 17th character
    const prefixes = Array.from('0123456789ABCDEFGHJKLMNPQRTUWXY').map((c) => '9164010000000000' + c);
    const checks = prefixes.map((p) => usccCheckChar(p));
    expect(checks).toContain('0');
    expect(new Set(checks).size).toBe(31);
  });

  it('reports a wrong check character with the expected one', () => {
    expect(checkUscc('91330100716105852A')).toEqual({ kind: 'checkChar', expected: 'F' });
  });

  it('reports the length', () => {
    expect(checkUscc('9133010071610')).toEqual({ kind: 'length', count: 13 });
    expect(checkUscc('91330100716105852FF')).toEqual({ kind: 'length', count: 19 });
  });

  it('reports characters outside the alphabet while typing', () => {
    expect(checkUscc('91330I')).toEqual({ kind: 'badChar', position: 6, char: 'I' });
    expect(checkUscc('9133010071610585ZF')).toEqual({ kind: 'badChar', position: 17, char: 'Z' });
  });

  it('ignores case and spaces', () => {
    expect(normalizeUscc(' 9144 0300 7152 6726xg ')).toBe('9144030071526726XG');
    expect(isValidUscc('9144030071526726xg')).toBe(true);
  });
});
