import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { PolicyInputError } from '../../src/core/errors.js';
import { explain } from '../../src/explain.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { vocationalGrant, vocationalGrantCore, type OtherAid } from '../../src/rules/vocational-grant.js';

const money = (r: { amount: Decimal; forgoneAid: Decimal; totalAid: Decimal }) =>
  [r.amount.toFixed(2), r.forgoneAid.toFixed(2), r.totalAid.toFixed(2)];

const issueOf = (input: unknown) => {
  try {
    vocationalGrant(input as never);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    return (e as PolicyInputError).issues[0];
  }
  return expect.unreachable('no error thrown');
};

describe('vocationalGrant (2.3.4, I-7)', () => {
  describe('eligibility', () => {
    it('pays 3000 to a household with one child at a vocational school', () => {
      const r = vocationalGrant({ vocationalStudents: 1 });
      expect(r.eligible).toBe(true);
      expect(r.basis).toBe('stacked');
      expect(money(r)).toEqual(['3000.00', '0.00', '3000.00']);
    });

    it('pays 3000 once per household, however many children study (每户)', () => {
      expect(money(vocationalGrant({ vocationalStudents: 3 }))).toEqual(['3000.00', '0.00', '3000.00']);
    });

    it('pays nothing to a household with no child at a vocational school', () => {
      const r = vocationalGrant({ vocationalStudents: 0 });
      expect(r.eligible).toBe(false);
      expect(r.basis).toBe('not-eligible');
      expect(money(r)).toEqual(['0.00', '0.00', '0.00']);
    });

    it('leaves all other aid paid when the household is not eligible', () => {
      const r = vocationalGrant({ vocationalStudents: 0, otherAid: [{ name: '雨露计划', amount: 2500, stackable: false }, { name: '教育救助', amount: 800, stackable: true }] });
      expect(money(r)).toEqual(['0.00', '0.00', '3300.00']);
      expect(r.otherAid.every((a) => a.paid)).toBe(true);
    });
  });

  describe('stacking and 就高', () => {
    it('stacks with aid that allows it', () => {
      const r = vocationalGrant({ vocationalStudents: 1, otherAid: [{ name: '教育救助', amount: 1000, stackable: true }] });
      expect(r.basis).toBe('stacked');
      expect(money(r)).toEqual(['3000.00', '0.00', '4000.00']);
    });

    it('pays the grant, not the non-stacking aid, when the grant is higher', () => {
      const r = vocationalGrant({ vocationalStudents: 1, otherAid: [{ name: '雨露计划', amount: 2500, stackable: false }] });
      expect(r.basis).toBe('grant-higher');
      expect(money(r)).toEqual(['3000.00', '2500.00', '3000.00']);
      expect(r.otherAid[0]?.paid).toBe(false);
    });

    it('pays the grant on a tie: non-stacking aid of exactly 3000 (就高 tie goes to the grant)', () => {
      const r = vocationalGrant({ vocationalStudents: 1, otherAid: [{ name: '雨露计划', amount: 3000, stackable: false }] });
      expect(r.basis).toBe('grant-higher');
      expect(money(r)).toEqual(['3000.00', '3000.00', '3000.00']);
    });

    it('pays the non-stacking aid when it is a fen higher than the grant', () => {
      const r = vocationalGrant({ vocationalStudents: 1, otherAid: [{ name: '雨露计划', amount: '3000.01', stackable: false }] });
      expect(r.basis).toBe('other-aid-higher');
      expect(money(r)).toEqual(['0.00', '3000.00', '3000.01']);
      expect(r.otherAid[0]?.paid).toBe(true);
    });

    it('compares the sum of all non-stacking aid with the grant', () => {
      const r = vocationalGrant({ vocationalStudents: 1, otherAid: [
        { name: '雨露计划', amount: 2000, stackable: false },
        { name: '助学金', amount: 1500, stackable: false },
      ] });
      expect(r.basis).toBe('other-aid-higher');
      expect(money(r)).toEqual(['0.00', '3000.00', '3500.00']);
    });

    it('always pays stacking aid, whichever way 就高 goes', () => {
      const r = vocationalGrant({ vocationalStudents: 1, otherAid: [
        { name: '雨露计划', amount: 4000, stackable: false },
        { name: '教育救助', amount: 600, stackable: true },
      ] });
      expect(money(r)).toEqual(['0.00', '3000.00', '4600.00']);
      expect(r.otherAid.map((a) => a.paid)).toEqual([true, true]);
    });

    it('keeps the aid in input order in the result', () => {
      const aid = [{ name: 'B', amount: 1, stackable: true }, { name: 'A', amount: 2, stackable: false }];
      expect(vocationalGrant({ vocationalStudents: 1, otherAid: aid }).otherAid.map((a) => a.name)).toEqual(['B', 'A']);
    });
  });

  describe('what-if', () => {
    it('applies a what-if grant of 4000 without touching the plan', () => {
      const reform = LANXI_2023.with({ vocationalGrant: { amount: 4000 } });
      const aid = [{ name: '雨露计划', amount: 3500, stackable: false }];
      expect(vocationalGrant({ vocationalStudents: 1, otherAid: aid }).basis).toBe('other-aid-higher');
      const r = vocationalGrant({ vocationalStudents: 1, otherAid: aid }, reform);
      expect(r.basis).toBe('grant-higher');
      expect(money(r)).toEqual(['4000.00', '3500.00', '4000.00']);
      expect(LANXI_2023.params.vocationalGrant.amount.value.toString()).toBe('3000');
    });

    it('shows a what-if grant next to the plan value in the explanation', () => {
      const reform = LANXI_2023.with({ vocationalGrant: { amount: 4000 } });
      expect(explain(vocationalGrant({ vocationalStudents: 1 }, reform), { locale: 'en' })).toContain('what-if value; the plan says 3000');
    });
  });

  describe('explanation', () => {
    it('explains 就高 and the tie in both languages, citing the clause', () => {
      const r = vocationalGrant({ vocationalStudents: 1, otherAid: [{ name: '雨露计划', amount: 3000, stackable: false }] });
      const en = explain(r, { locale: 'en' });
      const zh = explain(r);
      expect(en).toContain('[2.3.4]');
      expect(en).toContain('on a tie under 就高 the grant is paid (I-7)');
      expect(zh).toContain('就高原则下两者相同，发放本补助');
      expect(zh).toContain('对就读中高等职校的低收入农户子女给予每户每学年3000元补助');
    });

    it('explains the other aid winning in both languages', () => {
      const r = vocationalGrant({ vocationalStudents: 1, otherAid: [{ name: '雨露计划', amount: 5000, stackable: false }] });
      expect(explain(r, { locale: 'en' })).toContain('the non-stacking aid, 5000, is higher than the grant, 3000');
      expect(explain(r)).toContain('按就高原则享受该补助，本补助为 0');
    });

    it('explains a household with no vocational student in both languages', () => {
      const r = vocationalGrant({ vocationalStudents: 0 });
      expect(explain(r, { locale: 'en' })).toContain('no child of the household is at a vocational school');
      expect(explain(r)).toContain('家庭无就读中高等职校的子女');
    });
  });

  describe('bad input', () => {
    it.each([
      [{ vocationalStudents: 1.5 }, ['vocationalStudents'], 'not_integer'],
      [{ vocationalStudents: -1 }, ['vocationalStudents'], 'too_small'],
      [{ vocationalStudents: '1' }, ['vocationalStudents'], 'invalid_type'],
      [{}, ['vocationalStudents'], 'required'],
      [{ vocationalStudents: 1, otherAid: [{ name: '雨露计划', amount: -1, stackable: false }] }, ['otherAid', 0, 'amount'], 'negative'],
      [{ vocationalStudents: 1, otherAid: [{ name: '', amount: 1, stackable: false }] }, ['otherAid', 0, 'name'], 'too_small'],
      [{ vocationalStudents: 1, otherAid: [{ name: 'x', amount: 1, stackable: 'no' }] }, ['otherAid', 0, 'stackable'], 'invalid_type'],
      [{ vocationalStudents: 1, otherAid: [{ name: 'x', amount: 1, stackable: true, person: 'y' }] }, ['otherAid', 0], 'unrecognized_keys'],
      [{ vocationalStudents: 1, otherAid: {} }, ['otherAid'], 'invalid_type'],
    ])('rejects %o at its path', (input, path, code) => {
      expect(issueOf(input)).toMatchObject({ path, code });
    });
  });

  describe('properties', () => {
    const fen = fc.bigInt({ min: 0n, max: 10n ** 8n }).map((n) => new Decimal(n.toString()).div(100));
    const aid = fc.array(fc.record({ name: fc.constantFrom('雨露计划', '教育救助', '助学金'), amount: fen, stackable: fc.boolean() }), { maxLength: 5 });
    const students = fc.integer({ min: 0, max: 5 });
    const sum = (xs: readonly OtherAid[]) => xs.reduce((a, x) => a.plus(x.amount), new Decimal(0));

    it('never pays more than the grant, never less than zero, always in fen', () => {
      fc.assert(fc.property(students, aid, (n, a) => {
        const r = vocationalGrantCore(n, a, LANXI_2023, false);
        for (const v of [r.amount, r.forgoneAid, r.totalAid]) {
          expect(v.gte(0)).toBe(true);
          expect(v.decimalPlaces()).toBeLessThanOrEqual(2);
        }
        expect(r.amount.lte(3000)).toBe(true);
      }));
    });

    it('pays all aid in, minus what is forgone, plus the grant', () => {
      fc.assert(fc.property(students, aid, (n, a) => {
        const r = vocationalGrantCore(n, a, LANXI_2023, false);
        const offered = sum(a).plus(r.eligible ? 3000 : 0);
        expect(r.totalAid.plus(r.forgoneAid).eq(offered)).toBe(true);
      }));
    });

    it('gives an eligible household the higher of the grant and the non-stacking aid, on top of stacking aid', () => {
      fc.assert(fc.property(fc.integer({ min: 1, max: 5 }), aid, (n, a) => {
        const r = vocationalGrantCore(n, a, LANXI_2023, false);
        const stacking = sum(a.filter((x) => x.stackable));
        const exclusive = sum(a.filter((x) => !x.stackable));
        expect(r.totalAid.eq(stacking.plus(Decimal.max(exclusive, 3000)))).toBe(true);
        expect(r.amount.eq(exclusive.lte(3000) ? 3000 : 0)).toBe(true);
      }));
    });

    it('never leaves a household worse off for having a vocational student', () => {
      fc.assert(fc.property(aid, (a) => {
        const without = vocationalGrantCore(0, a, LANXI_2023, false);
        const withStudent = vocationalGrantCore(1, a, LANXI_2023, false);
        expect(withStudent.totalAid.gte(without.totalAid)).toBe(true);
      }));
    });

    it('gives the same answer with and without a trace', () => {
      fc.assert(fc.property(students, aid, (n, a) => {
        const x = vocationalGrantCore(n, a, LANXI_2023, false);
        const y = vocationalGrantCore(n, a, LANXI_2023, true);
        expect(money(x)).toEqual(money(y));
        expect(x.basis).toBe(y.basis);
      }), { numRuns: 50 });
    });
  });

  it('returns a frozen result', () => {
    const r = vocationalGrant({ vocationalStudents: 1, otherAid: [{ name: '雨露计划', amount: 1, stackable: true }] });
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.otherAid)).toBe(true);
    expect(Object.isFrozen(r.otherAid[0])).toBe(true);
  });
});
