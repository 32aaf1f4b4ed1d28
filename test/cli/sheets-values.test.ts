/**
 * Reading one cell: the values a township office writes, as the household record takes them, with
 * money and rates kept exact and every refusal a message that never repeats the cell.
 */
import { describe, expect, it } from 'vitest';
import { decimalOfNumber, readCell } from '../../src/cli/sheets/values.js';

describe('readCell', () => {
  it.each([
    ['bool', '是', true], ['bool', '否', false], ['bool', 'Y', true], ['bool', 0, false], ['bool', true, true],
    ['category', '低保', 'dibao'], ['category', '低边', 'dibian'], ['category', '特困', 'tekun'], ['category', 'other', 'other'],
    ['risk', '红', 'red'], ['risk', '黄码', 'yellow'], ['risk', 'green', 'green'],
    ['schooling', '中职', 'secondaryVocational'], ['schooling', '技工学校', 'secondaryVocational'], ['schooling', '大专', 'higherVocational'],
    ['relationship', '户主', 'head'], ['relationship', '孙女', 'grandchild'], ['relationship', 'parent', 'parent'],
    ['money', 1234.56, '1234.56'], ['money', '1,234.56', '1234.56'], ['money', '¥1234.5元', '1234.5'], ['money', -300.5, '-300.5'],
    ['rate', '4.35%', '0.0435'], ['rate', 0.0435, '0.0435'], ['rate', '3.875 %', '0.03875'],
    ['date', '2023-05-13', '2023-05-13'], ['date', '2023/5/13', '2023-05-13'], ['date', '2023年5月13日', '2023-05-13'],
    ['date', 20230513, '2023-05-13'], ['date', 45059, '2023-05-13'], ['date', new Date(Date.UTC(2023, 4, 13)), '2023-05-13'],
    ['year', 2023, 2023], ['year', '2023', 2023], ['township', 330781001, '330781001'], ['label', 1001, '1001'],
  ] as const)('reads %s %j as %j', (kind, raw, value) => {
    expect(readCell(kind, raw)).toEqual({ value });
  });

  it('reads an empty cell, blank text and full-width spaces as nothing', () => {
    for (const raw of [undefined, '', '  ', '\u3000']) expect(readCell('money', raw)).toEqual({ empty: true });
  });

  it.each([
    ['bool', '也许'], ['category', '贫困户'], ['money', '五万'], ['money', '12.3.4'], ['rate', 'abc'], ['date', '13/05/2023'],
    ['year', '去年'], ['count', -1], ['idNumber', 330781199001011234],
  ] as const)('refuses %s %j with a message in both languages that does not repeat it', (kind, raw) => {
    const r = readCell(kind, raw);
    expect('error' in r).toBe(true);
    if ('error' in r) {
      expect(r.error.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(r.error.en).toMatch(/[a-z]/);
      expect(`${r.error.zh}${r.error.en}`).not.toContain(String(raw));
    }
  });
});

describe('decimalOfNumber', () => {
  it('gives the shortest decimal of a number, or the 15 digits Excel shows, never float arithmetic', () => {
    expect(decimalOfNumber(1234.56)).toBe('1234.56');
    expect(decimalOfNumber(0.1 + 0.2)).toBe('0.3');
    expect(decimalOfNumber(1234.5599999999999)).toBe('1234.56');
    expect(decimalOfNumber(1e21)).toBe('1000000000000000000000');
    expect(decimalOfNumber(1.5e-7)).toBe('0.00000015');
  });
});
