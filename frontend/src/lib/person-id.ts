/**
 * A natural person's identity document number, as the server checks it (cases/PersonIdNo): a resident ID card number
 * (GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character), an old 15-digit card, or another document's
 * number starting with a letter (passport, permits for Hong Kong, Macao and Taiwan residents).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function isValidPersonIdNo(raw: string): boolean {
  const s = raw.trim();
  if (/^\d{17}[\dXx]$/.test(s)) {
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += Number(s[i]) * WEIGHTS[i];
    return s[17].toUpperCase() === CHECK[sum % 11];
  }
  return /^\d{15}$/.test(s) || /^[A-Za-z][A-Za-z0-9()（）-]{4,31}$/.test(s);
}
