import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { isoDateFromParts } from '../../src/core/calendar.js';
import { decimalOfFen, decimalOfScaled, isoDay, isoOfDay, ratioOf, scaledOf } from '../../src/core/scaled.js';

/** A Decimal's inner form: two Decimals with the same form are the same to every observer. */
const inner = (d: Decimal) => {
  const x = d as unknown as { d: number[]; e: number; s: number };
  return { d: x.d, e: x.e, s: x.s, keys: Object.keys(d), clone: d instanceof Decimal };
};

const safe = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom(0, 1, -1, 10, 100, 10_000_000, 100_000_000_000_000, 10 ** 15, Number.MAX_SAFE_INTEGER),
  fc.integer({ min: 0, max: 15 }).map((k) => 10 ** k),
);

describe('whole fen and scaled integers as Decimals', () => {
  it('builds exactly the Decimal that parsing the text builds, for any safe integer and scale (property)', () => {
    fc.assert(fc.property(safe, fc.integer({ min: 0, max: 15 }), (n, k) => {
      expect(inner(decimalOfScaled(n, k))).toEqual(inner(new Decimal(`${n}e-${k}`)));
    }), { numRuns: 5000 });
  });

  it('builds exactly the Decimal yuan of whole fen (property)', () => {
    fc.assert(fc.property(safe, (fen) => {
      expect(inner(decimalOfFen(fen))).toEqual(inner(new Decimal(`${fen}e-2`)));
      expect(decimalOfFen(fen).times(100).toNumber()).toBe(fen === 0 ? 0 : fen);
    }), { numRuns: 5000 });
  });

  it('builds exactly the same Decimal for whole yuan, which it takes as a number below ten million yuan (property and edges)', () => {
    fc.assert(fc.property(fc.integer({ min: -9_999_999, max: 9_999_999 }), (yuan) => {
      expect(inner(decimalOfFen(yuan * 100))).toEqual(inner(new Decimal(`${yuan * 100}e-2`)));
    }), { numRuns: 5000 });
    for (const fen of [100, -100, 999_999_900, -999_999_900, 1_000_000_000, -1_000_000_000, 1_000_000_100, 90_071_992_547_409_00]) {
      expect(inner(decimalOfFen(fen)), String(fen)).toEqual(inner(new Decimal(`${fen}e-2`)));
    }
  });

  it('never gives a negative zero', () => {
    expect(inner(decimalOfFen(-0))).toEqual(inner(new Decimal(0)));
    expect(inner(decimalOfScaled(-0, 5))).toEqual(inner(new Decimal(0)));
  });
});

describe('reading decimal text without Decimal', () => {
  it('reads plain text to whole fen exactly as Decimal does, or declines (property)', () => {
    const text = fc.tuple(fc.constantFrom('', '+', '-'), fc.stringMatching(/^[0-9]{0,16}$/), fc.option(fc.stringMatching(/^[0-9]{0,6}$/), { nil: undefined }))
      .map(([sign, whole, frac]) => `${sign}${whole}${frac === undefined ? '' : `.${frac}`}`);
    fc.assert(fc.property(text, (t) => {
      const fen = scaledOf(t, 2, 1e14);
      if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(t)) {
        expect(fen).toBeNaN();
        return;
      }
      const d = new Decimal(t).times(100);
      if (!d.isInteger() || d.abs().gt(1e14)) expect(fen).toBeNaN();
      else expect(fen).toBe(d.toNumber() + 0);
    }), { numRuns: 5000 });
  });

  it('reads rates to the fewest decimals', () => {
    expect(ratioOf('0.0435', 1)).toEqual({ num: 435, dp: 4 });
    expect(ratioOf('0.04350', 1)).toEqual({ num: 435, dp: 4 });
    expect(ratioOf('1', 1)).toEqual({ num: 1, dp: 0 });
    expect(ratioOf('1.0001', 1)).toBeUndefined();
    expect(ratioOf('0.0000000000000001', 1)).toBeUndefined();
    expect(ratioOf('1e-3', 1)).toBeUndefined();
  });

  it('reads dates as the calendar does: real dates in 1900–2199 only, and back (property)', () => {
    const text = fc.tuple(fc.integer({ min: 1890, max: 2210 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(fc.property(text, (t) => {
      const [y, m, d] = t.split('-').map(Number) as [number, number, number];
      const valid = isoDateFromParts(y, m, d) !== undefined;
      const day = isoDay(t);
      expect(Number.isNaN(day)).toBe(!valid);
      if (valid) expect(isoOfDay(day)).toBe(t);
    }), { numRuns: 3000 });
    expect(isoDay('2023-1-01')).toBeNaN();
    expect(isoDay('2023-01-01 ')).toBeNaN();
  });

  it('counts every day of 1900–2199 as the UTC calendar does, and no day outside it', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2199, 11, 31) / 86_400_000;
    let wrong = 0;
    for (let day = first; day <= last; day++) if (isoDay(new Date(day * 86_400_000).toISOString().slice(0, 10)) !== day) wrong += 1;
    expect(wrong).toBe(0);
    expect(isoDay('1899-12-31')).toBeNaN();
    expect(isoDay('2200-01-01')).toBeNaN();
    expect([isoDay('1970-01-01'), isoDay('2000-02-29'), isoDay('2000-03-01'), isoDay('1900-03-01')]).toEqual([0, 11016, 11017, -25508]);
  });
});
