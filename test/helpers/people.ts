/**
 * Personal data for privacy tests: synthetic resident ID numbers with a correct GB 11643-1999 check
 * character (computed here, independently of the library), and Chinese personal names. None of them
 * belongs to a real person: the region codes 990000–999999 name no place.
 */
import fc from 'fast-check';
import { fakeIdNumber, withCheckDigit } from './builders.js';

export { fakeIdNumber, withCheckDigit };

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Checksum-valid synthetic ID numbers, some ending in X. */
export const ID_NUMBERS: readonly string[] = (() => {
  const out: string[] = [];
  let seq = 100;
  while (out.length < 6) {
    const id = fakeIdNumber(`19${pad(50 + out.length * 7, 2)}-0${1 + out.length}-1${out.length}`, pad(seq++, 3), `99${pad(out.length, 4)}`);
    if (out.length < 2 ? id.endsWith('X') : !id.endsWith('X')) out.push(id);
    if (seq > 999) break;
  }
  return Object.freeze(out);
})();

/** Chinese personal names (common surnames and given names: no real person is meant). */
export const NAMES: readonly string[] = Object.freeze(['张三', '李四娣', '王秀英', '欧阳建国', '赵小红']);

/** Every piece of personal data used by the privacy tests. */
export const PERSONAL: readonly string[] = Object.freeze([...ID_NUMBERS, ...NAMES]);

const realDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Any checksum-valid ID number (synthetic region codes 990000–999999). */
export const idNumberArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 990000, max: 999999 }), realDate, fc.integer({ min: 0, max: 999 }))
  .map(([region, birth, seq]) => fakeIdNumber(birth, pad(seq, 3), String(region)));

/** A Chinese personal name: a surname and one or two given characters. */
export const nameArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('张', '李', '王', '刘', '陈', '杨', '黄', '赵', '周', '吴', '欧阳', '诸葛'),
    fc.array(fc.constantFrom('伟', '芳', '娣', '秀', '英', '建', '国', '强', '丽', '敏', '军', '霞'), { minLength: 1, maxLength: 2 }),
  )
  .map(([s, g]) => s + g.join(''));

/** True when `text` contains any of the personal data (an ID number matched case-insensitively). */
export function leaks(text: string, personal: readonly string[] = PERSONAL): string | undefined {
  const upper = text.toUpperCase();
  return personal.find((p) => upper.includes(p.toUpperCase()));
}
