import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { PolicyInputError } from '../../src/core/errors.js';
import { explain } from '../../src/explain.js';
import { allocateDividends, allocateDividendsWithTrace, allocateFen, allocateFenNumber, type DividendShares } from '../../src/rules/allocate-dividends.js';

const strings = (parts: Readonly<Record<string, Decimal>>) =>
  Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v.toFixed(2)]));

const total = (parts: Readonly<Record<string, Decimal>>) =>
  Object.values(parts).reduce((a, v) => a.plus(v), new Decimal(0));

const issuesOf = (pool: unknown, shares: unknown) => {
  try {
    allocateDividends(pool as never, shares as never);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    return (e as PolicyInputError).issues;
  }
  return expect.unreachable('no error thrown');
};

describe('allocateDividends (2.3.9, I-12)', () => {
  describe('splitting', () => {
    it('splits evenly when the pool divides exactly', () => {
      expect(strings(allocateDividends(1000, { 'hh-01': 2, 'hh-02': 1, 村集体: 1 }))).toEqual({ 'hh-01': '500.00', 'hh-02': '250.00', 村集体: '250.00' });
    });

    it('gives the leftover fen to the first holder on a tie in remainders', () => {
      expect(strings(allocateDividends(100, { a: 1, b: 1, c: 1 }))).toEqual({ a: '33.34', b: '33.33', c: '33.33' });
      expect(strings(allocateDividends(100, { c: 1, b: 1, a: 1 }))).toEqual({ c: '33.34', b: '33.33', a: '33.33' });
    });

    it('gives the leftover fen to the largest remainders first', () => {
      // exact: 0.0166…, 0.0333…, 0.05 fen ×100 → 1.666…, 3.333…, 5 fen
      expect(strings(allocateDividends('0.10', { a: 1, b: 2, c: 3 }))).toEqual({ a: '0.02', b: '0.03', c: '0.05' });
    });

    it('hands out two leftover fen to the two largest remainders', () => {
      // 0.05 yuan = 5 fen by 1:1:1 → 1.666… each: 1 fen each, 2 left, to a and b (ties in order)
      expect(strings(allocateDividends('0.05', { a: 1, b: 1, c: 1 }))).toEqual({ a: '0.02', b: '0.02', c: '0.01' });
    });

    it('gives nothing to a holder with a zero share', () => {
      expect(strings(allocateDividends(10, { a: 0, b: 1 }))).toEqual({ a: '0.00', b: '10.00' });
    });

    it('splits a zero pool into zeros', () => {
      expect(strings(allocateDividends(0, { a: 1, b: 2 }))).toEqual({ a: '0.00', b: '0.00' });
    });

    it('accepts fractional shares and percentages alike', () => {
      expect(strings(allocateDividends(100, { a: '0.7', b: '0.3' }))).toEqual({ a: '70.00', b: '30.00' });
      expect(strings(allocateDividends(100, { a: 70, b: 30 }))).toEqual({ a: '70.00', b: '30.00' });
    });

    it('never rounds a share with many decimals', () => {
      const tiny = `0.${'0'.repeat(60)}1`;
      expect(strings(allocateDividends('0.01', { a: tiny, b: tiny }))).toEqual({ a: '0.01', b: '0.00' });
      expect(strings(allocateDividends(1, { a: tiny, b: `0.${'0'.repeat(60)}3` }))).toEqual({ a: '0.25', b: '0.75' });
    });

    it('keeps the order of a Map, for labels JavaScript would reorder', () => {
      const m = new Map<string, number>([['20', 1], ['10', 1], ['3', 1]]);
      expect(Object.keys(allocateDividends(100, m))).toEqual(['3', '10', '20']); // object key order, integer-like keys ascend
      expect(allocateDividends(100, m)['20']?.toFixed(2)).toBe('33.34'); // but the tie goes to the Map's first holder
    });

    it('splits a large pool among many holders to the fen', () => {
      const shares: Record<string, number> = {};
      for (let i = 0; i < 1000; i += 1) shares[`hh-${i}`] = (i % 7) + 1;
      const parts = allocateDividends('987654321.09', shares);
      expect(total(parts).toFixed(2)).toBe('987654321.09');
    });

    it('returns a frozen plain object', () => {
      const parts = allocateDividends(1, { a: 1 });
      expect(Object.isFrozen(parts)).toBe(true);
      expect(Object.getPrototypeOf(parts)).toBe(Object.prototype);
    });
  });

  describe('bad input', () => {
    it.each([
      [-1, { a: 1 }, ['pool'], 'negative'],
      ['abc', { a: 1 }, ['pool'], 'invalid_decimal'],
      [NaN, { a: 1 }, ['pool'], 'not_a_number'],
      ['10.005', { a: 1 }, ['pool'], 'not_whole_fen'],
      [10, {}, ['shares'], 'too_small'],
      [10, { a: 0, b: 0 }, ['shares'], 'zero_total'],
      [10, { a: -1, b: 2 }, ['shares', 0], 'negative'],
      [10, { a: 'x' }, ['shares', 0], 'invalid_decimal'],
      [10, { a: Infinity }, ['shares', 0], 'not_finite'],
      [10, [1, 2], ['shares'], 'invalid_type'],
      [10, null, ['shares'], 'invalid_type'],
      [10, new Date(0), ['shares'], 'invalid_type'],
      [10, { '': 1 }, ['shares', 0], 'invalid_key'],
      [10, { b: 1, constructor: 1 }, ['shares', 1], 'reserved_key'],
      [10, new Map<unknown, number>([[1, 1]]), ['shares'], 'invalid_key'],
    ])('rejects pool %o with shares %o at its path, a holder named by its position', (pool, shares, path, code) => {
      expect(issuesOf(pool, shares)[0]).toMatchObject({ path, code });
    });

    it('rejects a __proto__ holder from parsed JSON without touching any prototype', () => {
      const shares = JSON.parse('{"__proto__": 1, "a": 2}') as Record<string, number>;
      expect(issuesOf(10, shares)[0]).toMatchObject({ path: ['shares', 0], code: 'reserved_key' });
      expect(({} as Record<string, unknown>)['a']).toBeUndefined();
    });

    it('rejects a __proto__ holder in a Map', () => {
      expect(issuesOf(10, new Map([['__proto__', 1]]))[0]).toMatchObject({ code: 'reserved_key' });
    });

    it('rejects a share behind a getter without calling it', () => {
      let called = false;
      const shares = Object.defineProperty({}, 'a', { enumerable: true, get: () => { called = true; return 1; } }) as DividendShares;
      expect(issuesOf(10, shares)[0]).toMatchObject({ path: ['shares', 0], code: 'unreadable' });
      expect(called).toBe(false);
    });

    it('reports every bad share, in both languages', () => {
      const issues = issuesOf('-1', { a: -1, b: 'x' });
      expect(issues.map((i) => i.path)).toEqual([['pool'], ['shares', 0], ['shares', 1]]);
      expect(issues[0]?.messageZh).toBe('不能为负数');
    });
  });

  describe('holder labels, which may be names', () => {
    const NAME = '王小明';
    /** The error thrown, with every text it carries: its message, and each issue's path and messages. */
    const thrown = (f: () => unknown): { error: PolicyInputError; text: string } => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyInputError);
        const error = e as PolicyInputError;
        return { error, text: `${error.message}\n${JSON.stringify(error.issues)}` };
      }
      return expect.unreachable('no error thrown');
    };

    it('names a holder with a bad share by its position, never by its label', () => {
      const { error, text } = thrown(() => allocateDividends(100, { [NAME]: 'abc' }));
      expect(error.issues[0]).toMatchObject({ path: ['shares', 0], code: 'invalid_decimal' });
      expect(error.message).toContain('shares[0]');
      expect(text).not.toContain(NAME);
    });

    it('counts positions in the order the holders are split in: a Map\'s order, or the object\'s key order', () => {
      expect(issuesOf(100, new Map<string, unknown>([['张三', 1], ['李四', 2], [NAME, -1]]))[0]?.path).toEqual(['shares', 2]);
      // integer-like keys come first in an object: '7' is at position 0, as Object.keys lists it
      expect(Object.keys({ [NAME]: 1, 7: 'x' })).toEqual(['7', NAME]);
      expect(issuesOf(100, { [NAME]: 1, 7: 'x' })[0]?.path).toEqual(['shares', 0]);
    });

    it('repeats no label in any error, whatever is wrong with the holder, with or without a trace', () => {
      const long = `${NAME}${'的'.repeat(200)}`;
      const getter = Object.defineProperty({ 张三: 1 }, NAME, { enumerable: true, get: () => 1 });
      const cases: [unknown, unknown, string][] = [
        [100, { 张三: 1, [NAME]: -1 }, 'negative'],
        [100, { 张三: 1, [NAME]: 'abc' }, 'invalid_decimal'],
        [100, { 张三: 1, [NAME]: NaN }, 'not_a_number'],
        [100, { 张三: 1, [NAME]: `0.${'0'.repeat(1000)}1` }, 'invalid_decimal'],
        [100, { 张三: 1, [NAME]: new Decimal(`1e-1001`) }, 'too_precise'],
        [100, { 张三: 1, [long]: 1 }, 'invalid_key'],
        [100, { 张三: 1, [`${NAME}330781199001011234`]: 1 }, 'holder_looks_like_personal_data'],
        [100, getter, 'unreadable'],
        [-1, { [NAME]: -1 }, 'negative'],
        [100, { [NAME]: 0 }, 'zero_total'],
      ];
      for (const [pool, shares, code] of cases) {
        for (const f of [allocateDividends, allocateDividendsWithTrace]) {
          const { error, text } = thrown(() => f(pool as never, shares as never));
          expect(error.issues.map((i) => i.code), `${f.name}: ${code}`).toContain(code);
          expect(text, `${f.name}: ${code}`).not.toContain(NAME);
        }
      }
    });

    it('names each holder by its label in the result and its trace, as the caller asked', () => {
      const r = allocateDividendsWithTrace(100, { [NAME]: 1, 张三: 1 });
      expect(Object.keys(r.parts)).toEqual([NAME, '张三']);
      expect(explain(r, { locale: 'en' })).toContain(`part of holder ${NAME} (yuan) = 50.00`);
    });
  });

  describe('a million holders', () => {
    it('are each given their part, the documented maximum of holders', () => {
      const shares: Record<string, number> = {};
      for (let i = 0; i < 1_000_000; i += 1) shares[`hh-${i}`] = (i % 7) + 1;
      const parts = allocateDividends('987654321.09', shares);
      expect(Object.keys(parts)).toHaveLength(1_000_000);
      // Σ shares = 3999997 (142857 cycles of 1…7, 28 each, then a 1): each of these two gets its exact
      // part cut to the fen (1481.48… and 246.91…), its remainder not among those given a fen left over
      expect(parts['hh-5']?.toFixed(2)).toBe(new Decimal('987654321.09').times(6).div(3999997).toFixed(2, Decimal.ROUND_DOWN));
      expect(parts['hh-999999']?.toFixed(2)).toBe(new Decimal('987654321.09').div(3999997).toFixed(2, Decimal.ROUND_DOWN));
    });
  });

  describe('trace', () => {
    it('keeps the contract result and adds a trace citing 2.3.9 in both languages', () => {
      const r = allocateDividendsWithTrace(100, { a: 1, b: 1, c: 1 });
      expect(strings(r.parts)).toEqual(strings(allocateDividends(100, { a: 1, b: 1, c: 1 })));
      const en = explain(r, { locale: 'en' });
      const zh = explain(r);
      expect(en).toContain('[2.3.9]');
      expect(en).toContain('the fen left over given one each by largest remainder');
      expect(en).toContain('part of holder a (yuan) = 33.34');
      expect(zh).toContain('形成的资产收益分红权折股量化到低收入农户和村集体');
      expect(zh).toContain('余下的分按余数从大到小逐一补足');
    });
  });

  describe('properties', () => {
    const poolFen = fc.bigInt({ min: 0n, max: 10n ** 14n });
    const weight = fc.oneof(
      fc.integer({ min: 0, max: 1000 }).map((n) => new Decimal(n)),
      fc.bigInt({ min: 0n, max: 10n ** 12n }).map((n) => new Decimal(n.toString()).div(1_000_000)),
    );
    const weights = fc.array(weight, { minLength: 1, maxLength: 30 }).filter((ws) => ws.some((w) => w.gt(0)));

    it('always sums to the pool, with non-negative parts', () => {
      fc.assert(fc.property(poolFen, weights, (p, ws) => {
        const parts = allocateFen(p, ws);
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(p);
        expect(parts.every((x) => x >= 0n)).toBe(true);
      }));
    });

    it('gives each holder its exact part to within one fen, below by less than a fen and above by at most one', () => {
      fc.assert(fc.property(poolFen, weights, (p, ws) => {
        const parts = allocateFen(p, ws);
        const sum = ws.reduce((a, w) => a.plus(w), new Decimal(0));
        const P = Decimal.clone({ precision: 200 });
        parts.forEach((x, i) => {
          const exact = new P(p.toString()).times((ws[i] as Decimal).toString()).div(sum.toString());
          const diff = new P(x.toString()).minus(exact);
          expect(diff.gt(-1) && diff.lt(1)).toBe(true);
        });
      }));
    });

    it('gives a larger share never less than a smaller one', () => {
      fc.assert(fc.property(poolFen, weights, (p, ws) => {
        const parts = allocateFen(p, ws);
        for (let i = 0; i < ws.length; i += 1) {
          for (let j = 0; j < ws.length; j += 1) {
            if ((ws[i] as Decimal).gt(ws[j] as Decimal)) expect((parts[i] as bigint) >= (parts[j] as bigint)).toBe(true);
          }
        }
      }));
    });

    it('returns parts in whole fen that add up to the pool through the public function', () => {
      fc.assert(fc.property(poolFen, weights, (p, ws) => {
        const shares = Object.fromEntries(ws.map((w, i) => [`h${i}`, w]));
        const pool = new Decimal(p.toString()).div(100);
        const parts = allocateDividends(pool, shares);
        expect(total(parts).eq(pool)).toBe(true);
        expect(Object.values(parts).every((v) => v.decimalPlaces() <= 2)).toBe(true);
        expect(Object.keys(parts)).toEqual(Object.keys(shares));
      }), { numRuns: 50 });
    });

    /** The largest-remainder method as written in the reading (I-12), with a sort: the reference for both engines. */
    const bySort = (pool: bigint, ws: readonly bigint[]): bigint[] => {
      const sum = ws.reduce((a, b) => a + b, 0n);
      const parts = ws.map((w) => (pool * w) / sum);
      const rem = ws.map((w, i) => pool * w - (parts[i] as bigint) * sum);
      let left = pool - parts.reduce((a, b) => a + b, 0n);
      const order = ws.map((_, i) => i).sort((a, b) => ((rem[a] as bigint) > (rem[b] as bigint) ? -1 : (rem[a] as bigint) < (rem[b] as bigint) ? 1 : a - b));
      for (const i of order) {
        if (left === 0n) break;
        parts[i] = (parts[i] as bigint) + 1n;
        left -= 1n;
      }
      return parts;
    };
    // small whole shares, many of them equal: ties in remainders everywhere
    const ints = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 200 }).filter((ws) => ws.some((w) => w > 0));

    it('gives the fen left over as a sort by remainder would, ties in the order listed, in either engine', () => {
      fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), ints, (p, ws) => {
        const expected = bySort(BigInt(p), ws.map(BigInt));
        expect(allocateFenNumber(p, ws).map(BigInt)).toEqual(expected);
        expect(allocateFen(BigInt(p), ws.map((w) => new Decimal(w)))).toEqual(expected);
      }));
    });

    it('gives the same parts in the whole-number engine as in the BigInt one', () => {
      const safeInts = fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 40 }).filter((ws) => ws.some((w) => w > 0));
      fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), safeInts, (p, ws) => {
        expect(allocateFenNumber(p, ws).map(BigInt)).toEqual(allocateFen(BigInt(p), ws.map((w) => new Decimal(w))));
      }));
    });

    /** What the Decimal path gives: every share read by the schema as a Decimal, parts as Decimal fen ÷ 100. */
    const reference = (pool: string, shares: Record<string, unknown>) => {
      const ws = Object.values(shares).map((v) => new Decimal(v as string));
      const fen = allocateFen(BigInt(new Decimal(pool).times(100).toFixed(0)), ws);
      return Object.fromEntries(Object.keys(shares).map((k, i) => [k, new Decimal((fen[i] as bigint).toString()).div(100)]));
    };
    const inner = (d: Decimal) => JSON.stringify({ s: (d as unknown as { s: number }).s, e: (d as unknown as { e: number }).e, d: (d as unknown as { d: number[] }).d });
    /** Shares as callers write them: numbers, text, Decimals, with many decimals, huge, tiny, in exponent form. */
    const share = fc.oneof(
      fc.integer({ min: 0, max: 1000 }),
      fc.integer({ min: 0, max: 10 ** 9 }).map((n) => n / 1000),
      fc.bigInt({ min: 0n, max: 10n ** 12n }).map((n) => `${n}`),
      fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 6n }), fc.bigInt({ min: 0n, max: 10n ** 18n })).map(([a, b]) => `${a}.${b.toString().padStart(18, '0')}`),
      fc.constantFrom<unknown>('0.5', '1.50', '007', '0.000', '999999999999.999999', '1e-7', '2.5E3', new Decimal('0.125')),
      fc.integer({ min: 1, max: 99 }).map((n) => new Decimal(n).div(7)),
    );
    const sharesArb = fc.array(share, { minLength: 1, maxLength: 30 })
      .filter((ws) => ws.some((w) => !new Decimal(w as string).isZero()))
      .map((ws) => Object.fromEntries(ws.map((w, i) => [`h${i}`, w])));
    const poolArb = fc.bigInt({ min: 0n, max: 10n ** 14n }).map((f) => new Decimal(f.toString()).div(100).toFixed(2));

    it('gives exactly what the Decimal path gives, to the inner form of each Decimal, whichever engine the shares need', () => {
      fc.assert(fc.property(poolArb, sharesArb, (pool, shares) => {
        const got = allocateDividends(pool, shares as DividendShares);
        const want = reference(pool, shares);
        expect(Object.keys(got)).toEqual(Object.keys(want));
        for (const k of Object.keys(want)) {
          expect((got[k] as Decimal).toString()).toBe((want[k] as Decimal).toString());
          expect(inner(got[k] as Decimal)).toBe(inner(want[k] as Decimal));
        }
      }), { numRuns: 300 });
    });

    it('writes the trace the Decimal path writes: each share, the total, each exact part and each part', () => {
      fc.assert(fc.property(poolArb, sharesArb, (pool, shares) => {
        const r = allocateDividendsWithTrace(pool, shares as DividendShares);
        const ws = Object.values(shares).map((v) => new Decimal(v as string));
        const sum = ws.reduce((a, w) => a.plus(w), new Decimal(0));
        const want = reference(pool, shares);
        const values = new Map(r.trace.children.filter((c) => 'value' in c).map((c) => [c.name, (c as { value: unknown }).value]));
        expect(values.get('totalShares')).toBe(sum.toString());
        Object.keys(shares).forEach((h, i) => {
          const w = ws[i] as Decimal;
          expect(values.get(`shares.${h}`)).toBe(w.toString());
          expect(values.get(`exact.${h}`)).toBe(new Decimal(pool).times(w).div(sum).toString());
          expect(values.get(`part.${h}`)).toBe((want[h] as Decimal).toFixed(2));
        });
      }), { numRuns: 300 });
    });

    it('does not depend on the scale of the shares', () => {
      fc.assert(fc.property(poolFen, weights, fc.integer({ min: 1, max: 1000 }), (p, ws, k) => {
        expect(allocateFen(p, ws.map((w) => w.times(k)))).toEqual(allocateFen(p, ws));
      }));
    });
  });
});
