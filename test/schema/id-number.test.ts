import { describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../helpers/builders.js';
import fc from 'fast-check';
import { idNumberBirthDate, idNumberProblem, isValidIdNumber, maskIdNumber } from '../../src/schema/id-number.js';

// An independent check-digit helper, written from GB 11643-1999, so the tests do not trust the code under test.
/** A synthetic ID number: region 990000 belongs to no place. */
const fakeId = fakeIdNumber;

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const realDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const validId = fc
  .tuple(fc.integer({ min: 0, max: 999_999 }), realDate, fc.integer({ min: 0, max: 999 }))
  .map(([region, birth, seq]) => fakeId(birth, pad(seq, 3), pad(region, 6)));

describe('isValidIdNumber (GB 11643-1999)', () => {
  it('accepts the worked example of the standard', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(idNumberBirthDate('11010519491231002X')).toBe('1949-12-31');
  });

  it('accepts a lowercase x as the check character X', () => {
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
  });

  it('accepts every number whose check character is computed by the standard', () => {
    fc.assert(fc.property(validId, (id) => isValidIdNumber(id) && idNumberProblem(id) === undefined));
  });

  it('reads the birth date held in characters 7 to 14', () => {
    fc.assert(fc.property(realDate, (birth) => idNumberBirthDate(fakeId(birth)) === birth));
  });

  it('rejects any number with one digit of the first 17 changed', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        const digit = (Number(id[pos]) + delta) % 10;
        return !isValidIdNumber(id.slice(0, pos) + digit + id.slice(pos + 1));
      }),
    );
  });

  it('rejects any number with a wrong check character', () => {
    fc.assert(
      fc.property(validId, fc.constantFrom(...'0123456789X'), (id, c) => c === id[17] || idNumberProblem(id.slice(0, 17) + c) === 'checksum'),
    );
  });

  it('rejects any number with two different neighbouring digits swapped', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 15 }), (id, i) => {
        if (id[i] === id[i + 1]) return true;
        return !isValidIdNumber(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
      }),
    );
  });

  it('rejects a birth date that does not exist, even with the right check character', () => {
    expect(idNumberProblem(fakeId('2023-02-30'))).toBe('birth_date');
    expect(idNumberProblem(fakeId('1900-02-29'))).toBe('birth_date');
    expect(idNumberProblem(fakeId('1990-13-01'))).toBe('birth_date');
    expect(idNumberProblem(fakeId('1990-00-10'))).toBe('birth_date');
    expect(idNumberProblem(fakeId('1990-04-31'))).toBe('birth_date');
    expect(isValidIdNumber(fakeId('2000-02-29'))).toBe(true);
  });

  it('rejects a birth year before 1900', () => {
    expect(idNumberProblem(fakeId('1899-12-31'))).toBe('birth_date');
    expect(isValidIdNumber(fakeId('1900-01-01'))).toBe(true);
  });

  it.each([
    ['a 15-digit number of the 1989 standard', '110105491231002'],
    ['17 digits', '11010519491231002'],
    ['19 characters', '11010519491231002X1'],
    ['a letter other than X', '11010519491231002Y'],
    ['X in the middle', '1101051949X231002X'],
    ['full-width digits', '１１０１０５１９４９１２３１００２X'],
    ['surrounding spaces', ' 11010519491231002X '],
    ['an empty string', ''],
  ])('rejects %s as badly formed', (_, value) => {
    expect(idNumberProblem(value)).toBe('format');
    expect(isValidIdNumber(value)).toBe(false);
  });

  it('says no to anything that is not a string, without throwing', () => {
    for (const v of [110105194912310020, null, undefined, {}, ['11010519491231002X'], Symbol('x'), 1n]) {
      expect(isValidIdNumber(v)).toBe(false);
      expect(idNumberBirthDate(v)).toBeUndefined();
    }
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 2 characters of an 18-character number', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105**********2X');
    expect(maskIdNumber(fakeId('1990-01-01', '002', '330781'))).toMatch(/^330781\*{10}\d[0-9X]$/);
  });

  it('keeps only the first 2 and last 1 characters of anything else', () => {
    expect(maskIdNumber('110105491231002')).toBe('11************2');
    expect(maskIdNumber('3307811990010')).toBe('33**********0');
  });

  it('shows nothing of a string shorter than 8 characters', () => {
    expect(maskIdNumber('1234567')).toBe('*******');
    expect(maskIdNumber('12')).toBe('**');
    expect(maskIdNumber('')).toBe('');
  });

  it('gives an empty string for a non-string', () => {
    expect(maskIdNumber(123 as unknown as string)).toBe('');
    expect(maskIdNumber(null as unknown as string)).toBe('');
  });

  it('never shows more than 8 characters of an 18-character value, nor more than 3 of any other', () => {
    fc.assert(
      fc.property(fc.oneof(validId, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.stringMatching(/^[0-9]{0,30}$/)), (s) => {
        const masked = maskIdNumber(s);
        const chars = Array.from(s);
        const shown = Array.from(masked).filter((c, i) => c !== '*' && c === chars[i]).length;
        const limit = s.length === 18 && chars.length === 18 ? 8 : 3;
        expect(Array.from(masked)).toHaveLength(chars.length);
        expect(shown).toBeLessThanOrEqual(limit);
        expect(masked).not.toMatch(/[0-9]{9}/);
      }),
    );
  });
});
