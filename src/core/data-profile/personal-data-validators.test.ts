import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isDutchPhone,
  isDutchPostcode,
  isEmail,
  isPersonNameColumn,
  isValidBsn,
  isValidIban,
  looksLikePersonName,
  startsWithFirstName,
} from './personal-data-validators.ts';

describe('isValidIban', () => {
  it('accepts real-format IBANs with and without spaces', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('BE68539007547034')).toBe(true);
  });
  it('rejects a wrong check digit, a wrong length and product codes', () => {
    expect(isValidIban('NL92ABNA0417164300')).toBe(false);
    expect(isValidIban('NL91ABNA041716430')).toBe(false);
    expect(isValidIban('M14860')).toBe(false);
    expect(isValidIban('L47181')).toBe(false);
  });
  it('detects every single-digit change (mod-97 property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 17 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const iban = 'NL91ABNA0417164300';
        const ch = iban[pos] ?? '0';
        if (!/\d/.test(ch)) return true;
        const changed = iban.slice(0, pos) + String((Number(ch) + delta) % 10) + iban.slice(pos + 1);
        return !isValidIban(changed);
      }),
      { numRuns: 100 },
    );
  });
});

describe('isValidBsn', () => {
  it('accepts numbers passing the 11-check, also with the leading zero dropped', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('12345672')).toBe(true); // 012345672
  });
  it('rejects others', () => {
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('1551')).toBe(false);
    expect(isValidBsn('abcdefghi')).toBe(false);
  });
  it('accepts about one in eleven random 9-digit numbers (why BSN needs a majority of a column)', () => {
    let valid = 0;
    for (let i = 100_000_000; i < 100_011_000; i++) if (isValidBsn(String(i))) valid++;
    expect(valid / 11_000).toBeGreaterThan(0.07);
    expect(valid / 11_000).toBeLessThan(0.11);
  });
});

describe('Dutch phone numbers, postcodes and e-mail', () => {
  it.each([
    '06-12345678',
    '0612345678',
    '+31 6 12345678',
    '+31 (0)20 123 4567',
    '020-1234567',
    '0031201234567',
  ])('phone %s', (v) => expect(isDutchPhone(v)).toBe(true));
  it.each(['1551', '12345678', '+32 2 123 45 67', '0012345678', '298.1'])('not a phone %s', (v) =>
    expect(isDutchPhone(v)).toBe(false),
  );
  it('postcodes', () => {
    expect(isDutchPostcode('1234 AB')).toBe(true);
    expect(isDutchPostcode('1234ab')).toBe(true);
    expect(isDutchPostcode('0123 AB')).toBe(false);
    expect(isDutchPostcode('1234 SS')).toBe(false);
    expect(isDutchPostcode('M14860')).toBe(false);
  });
  it('e-mail', () => {
    expect(isEmail('jan.jansen@example.nl')).toBe(true);
    expect(isEmail('jan@localhost')).toBe(false);
    expect(isEmail('a b@example.nl')).toBe(false);
  });
});

describe('names', () => {
  it('knows person-name columns and not product names', () => {
    expect(isPersonNameColumn('Voornaam')).toBe(true);
    expect(isPersonNameColumn('last_name')).toBe(true);
    expect(isPersonNameColumn('Contactpersoon')).toBe(true);
    expect(isPersonNameColumn('beer_name')).toBe(false);
    expect(isPersonNameColumn('brewery_name')).toBe(false);
    expect(isPersonNameColumn('Product ID')).toBe(false);
  });
  it('recognises first names and name shapes', () => {
    expect(startsWithFirstName('Jan de Vries')).toBe(true);
    expect(startsWithFirstName('Pub Beer')).toBe(false);
    expect(looksLikePersonName('Anna van der Berg')).toBe(true);
    expect(looksLikePersonName('M14860')).toBe(false);
  });
});
