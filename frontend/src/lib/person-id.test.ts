import { describe, expect, it } from 'vitest';
import { isValidPersonIdNo } from './person-id';

describe('isValidPersonIdNo', () => {
  it('checks the check character of a resident ID card number', () => {
    expect(isValidPersonIdNo('64010219880808204X')).toBe(true);
    expect(isValidPersonIdNo('64010219880808204x')).toBe(true);
    expect(isValidPersonIdNo('640102199001011237')).toBe(true);
    expect(isValidPersonIdNo('640102199001011234')).toBe(false);
    expect(isValidPersonIdNo('6401021988080820')).toBe(false);
  });

  it('takes an old 15-digit card and other documents starting with a letter', () => {
    expect(isValidPersonIdNo('640102880808204')).toBe(true);
    expect(isValidPersonIdNo('E12345678')).toBe(true);
    expect(isValidPersonIdNo('H12345678（1）')).toBe(true);
    expect(isValidPersonIdNo('12345')).toBe(false);
    expect(isValidPersonIdNo('E1')).toBe(false);
  });
});
