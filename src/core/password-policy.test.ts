import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNewPassword, MIN_PASSWORD_LENGTH, passwordProblems } from './password-policy.ts';

const COMMON = new Set(['password', 'wachtwoord', 'iloveyou', 'qwertyuiop', 'welkom', 'passwordpassword']);
const context = {
  email: 'jan.devries@example.nl',
  name: 'Jan de Vries',
  isCommonPassword: (s: string) => COMMON.has(s),
};
const problems = (password: string) => passwordProblems(password, context);

describe('password policy', () => {
  it('accepts an ordinary passphrase of a few words', () => {
    expect(problems('paars fietsje onder de brug')).toEqual([]);
    expect(problems('Correct paard batterij nietje')).toEqual([]);
  });

  it('accepts long passphrases and any characters, without composition rules', () => {
    expect(problems(`${'koffie '.repeat(20)}en thee`)).toEqual([]);
    expect(problems('zonnige ochtend in 🌷 Lisse')).toEqual([]);
    expect(problems('alleenkleineletterszonderietsanders')).toEqual([]);
  });

  it(`refuses fewer than ${MIN_PASSWORD_LENGTH} characters, counting characters as a person does`, () => {
    expect(problems('kort maar fijn')).toEqual(['tooShort']);
    // 15 emoji are 30 UTF-16 code units but 15 characters.
    expect(problems('🌷🚲🧀🌷🚲🧀🌷🚲🧀🌷🚲🧀🌷🚲🧀')).not.toContain('tooShort');
    expect(problems('🌷🚲🧀🌷🚲🧀🌷🚲🧀🌷🚲🧀🌷🚲')).toContain('tooShort');
  });

  it('refuses the weak passwords an attacker found accepted (aaaaaaaaaa, 1234567890, password12, spaces, the e-mail)', () => {
    expect(problems('aaaaaaaaaa')).toEqual(['tooShort', 'repeated']);
    expect(problems('1234567890')).toEqual(['tooShort', 'sequence']);
    expect(problems('password12')).toEqual(['tooShort', 'common']);
    expect(problems('          ')).toEqual(['tooShort', 'repeated']);
    expect(problems('jan.devries@example.nl')).toContain('containsEmail');
  });

  it('refuses one repeated character or a short repeated unit, also when long enough', () => {
    expect(problems('aaaaaaaaaaaaaaaaaaaa')).toEqual(['repeated']);
    expect(problems(' '.repeat(20))).toEqual(['repeated']);
    expect(problems('abababababababab')).toEqual(['repeated']);
    expect(problems('xyz1xyz1xyz1xyz1')).toEqual(['repeated']);
  });

  it('refuses simple sequences: alphabet, digits (wrapping), keyboard rows, both directions', () => {
    expect(problems('abcdefghijklmnop')).toEqual(['sequence']);
    expect(problems('123456789012345')).toEqual(['sequence']);
    expect(problems('987654321098765')).toEqual(['sequence']);
    expect(problems('qwertyuiopasdfgh')).toEqual(['sequence']);
    expect(problems('azertyuiopqsdfghjklm')).toEqual(['sequence']);
    expect(problems('zyxwvutsrqponmlk')).toEqual(['sequence']);
  });

  it('does not call a passphrase a sequence because a word contains one', () => {
    expect(problems('de eerste bestuurder')).toEqual([]);
  });

  it('refuses a password containing the e-mail address or its part before the @', () => {
    const withoutName = { email: 'jan.devries@example.nl' };
    expect(passwordProblems('mijn jan.devries@example.nl', withoutName)).toEqual(['containsEmail']);
    expect(passwordProblems('JAN.DEVRIES wil koffie', withoutName)).toEqual(['containsEmail']);
  });

  it('refuses a password containing the name or a longer part of it, ignoring case and spaces', () => {
    expect(problems('ik ben jan de vries!!')).toEqual(['containsName']);
    expect(problems('Vries wint altijd de pot')).toEqual(['containsName']);
    // "Jan" and "de" are too short to count on their own.
    expect(problems('de jan steen tentoonstelling')).toEqual([]);
  });

  it('refuses a common password, or one built on it with digits and symbols', () => {
    expect(problems('passwordpassword')).toEqual(['common']);
    expect(problems('Wachtwoord2026!!')).toEqual(['common']);
    expect(problems('iloveyou12345678')).toEqual(['common']);
    expect(problems('Welkom Welkom 2026')).toEqual(['common']);
    expect(problems('qwertyuiop 83725')).toEqual(['common']);
  });

  it('does not refuse a password because a common word is a small part of it', () => {
    expect(problems('welkom 8347 2915 6603 thuis')).toEqual([]);
    expect(problems('welkom 83472 91566')).toEqual([]);
  });

  it('returns message keys with the minimum as a parameter', () => {
    expect(checkNewPassword('kort', { email: 'a@b.nl' })).toEqual([
      { key: 'common.password.tooShort', params: { min: MIN_PASSWORD_LENGTH } },
    ]);
    expect(checkNewPassword('1234567890123456', { email: 'a@b.nl' })).toEqual([
      { key: 'common.password.sequence' },
    ]);
  });

  it('never refuses a password for length alone once it is long enough (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: MIN_PASSWORD_LENGTH * 2, maxLength: 80 }), (s) => {
        expect(passwordProblems(s, { email: 'x@y.nl' })).not.toContain('tooShort');
      }),
    );
  });

  it('refuses every string of one repeated character (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 1 }), fc.integer({ min: 15, max: 60 }), (c, n) => {
        expect(passwordProblems(c.repeat(n), { email: 'x@y.nl' })).toContain('repeated');
      }),
    );
  });
});
