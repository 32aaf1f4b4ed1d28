/**
 * A small population whose sums are computed by hand (I-9: Σ income over Σ members, never a mean of
 * ratios), run on the whole-fen path and again with every household kept whole on the Decimal path
 * (a loan rate with more than six decimals does not fit whole fen): both give the same figures to the fen. A
 * reform's gainers, losers and crossings of the 16710 line are counted exactly at the line.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { compare } from '../../src/population/compare.js';
import { reaches } from '../../src/population/totals.js';
import { simulate } from '../../src/population/simulate.js';

type Json = Record<string, unknown>;
const d = (v: string | number) => new Decimal(v);

const people = (n: number) => Array.from({ length: n }, () => ({ laborCapable: true }));
const student = [{ laborCapable: false, schooling: 'secondaryVocational' }];
const income = (wage: string, netOperating: string, netProperty: string, netTransfer: string) => ({ year: 2023, wage, netOperating, netProperty, netTransfer });
const loan = { principal: '50000', annualRate: '0.0435', startDate: '2023-01-01', endDate: '2024-01-01' };
/** A loan outside the year: it earns nothing, but its rate, with more than six decimals, sends the household down the Decimal path. */
const outside = { principal: '1000', annualRate: '0.04350001', startDate: '2021-01-01', endDate: '2022-01-01' };

/** a: meets the line exactly (33 420 for 2), grew from 14 000, and has a loan (from 13 May, when the plan took effect: 50 000 × 3% × 233 ÷ 360 = 970.83); b: a student (3000), 80% transfers; c: all transfers. */
function population(whole: boolean): Json[] {
  const keep = (loans: Json[]) => (whole ? [...loans, outside] : loans);
  return [
    { id: 'a', category: 'dibao', members: people(2), income: income('20000', '5000', '1000', '7420'), previousPerCapita: '14000', loans: keep([loan]) },
    { id: 'b', category: 'dibao', members: student, income: income('2000', '0', '0', '8000'), ...(whole ? { loans: keep([]) } : {}) },
    { id: 'c', category: 'dibao', members: people(3), income: income('0', '0', '0', '9000'), ...(whole ? { loans: keep([]) } : {}) },
  ];
}

const text = (v: unknown): unknown => (v instanceof Decimal ? v.toString() : Array.isArray(v) ? v.map(text) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, text(x)])) : v);

describe('simulate over a population computed by hand (1, 2.3.4, 2.3.8; I-9)', () => {
  const expected = {
    households: 3, members: 6, totalEntitlement: '3970.83',
    byBenefit: { loanSubsidy: '970.83', vocationalGrant: '3000' },
    recipients: { loanSubsidy: 1, vocationalGrant: 1 },
    targets: {
      households: 3, members: 6,
      income: { wage: '22000', netOperating: '5000', netProperty: '1000', netTransfer: '24420' },
      disposableIncome: '52420',
      // 52 420 ÷ 6 = 8736.67; 24 420 ÷ 52 420 = 0.4659; growth 33 420 ÷ 28 000 − 1 = 0.1936
      perCapita: '8736.67', growth: '0.1936', transferShare: '0.4659', otherShare: '0.5341',
      met: { perCapita: false, growth: true, transferShare: true, otherShare: true },
      growthBase: { households: 1, members: 2, disposableIncome: '33420', previousIncome: '28000' },
      householdsMeeting: { perCapita: 1, growth: 1, transferShare: 2, otherShare: 2 },
    },
  };

  it('adds up on the whole-fen path', () => {
    expect(text(simulate(population(false), { year: 2023 }))).toMatchObject(expected);
  });

  it('adds up to the same figures with every household on the Decimal path', () => {
    expect(text(simulate(population(true), { year: 2023 }))).toMatchObject(expected);
  });

  it('gives the same rows on both paths', () => {
    const rows = (whole: boolean) => text(simulate(population(whole), { year: 2023 }).perHousehold);
    expect(rows(false)).toEqual(rows(true));
    expect(rows(false)).toEqual([
      { id: 'a', members: 2, loanSubsidy: '970.83', vocationalGrant: '0', totalEntitlement: '970.83', incomeChange: '0', disposableIncome: '33420', perCapita: '16710', met: { perCapita: true, growth: true, transferShare: true, otherShare: true } },
      { id: 'b', members: 1, loanSubsidy: '0', vocationalGrant: '3000', totalEntitlement: '3000', incomeChange: '0', disposableIncome: '10000', perCapita: '10000', met: { perCapita: false, growth: null, transferShare: true, otherShare: true } },
      { id: 'c', members: 3, loanSubsidy: '0', vocationalGrant: '0', totalEntitlement: '0', incomeChange: '0', disposableIncome: '9000', perCapita: '3000', met: { perCapita: false, growth: null, transferShare: false, otherShare: false } },
    ]);
  });

  it('gives no figures for an empty population, and no growth without a previous figure', () => {
    const s = simulate([], { year: 2023 });
    expect(text(s.targets)).toMatchObject({ households: 0, members: 0, disposableIncome: '0', perCapita: null, growth: null, transferShare: null, otherShare: null });
    expect(s.targets.met).toEqual({ perCapita: false, growth: null, transferShare: false, otherShare: false });
    const noPanel = simulate(population(false).slice(1), { year: 2023 });
    expect(noPanel.targets.growth).toBeNull();
    expect(noPanel.targets.met.growth).toBeNull();
    const zero = simulate([{ ...population(false)[0], previousPerCapita: '0' }], { year: 2023 });
    expect(zero.targets.growth).toBeNull();
  });

  it('meets the aggregate growth target exactly at +15% and misses it a fen below', () => {
    const one = (wage: string, whole: boolean) => simulate([{ id: 'x', category: 'dibao', members: people(1), income: income(wage, '0', '0', '0'), previousPerCapita: '10000', ...(whole ? { loans: [outside] } : {}) }], { year: 2023 }).targets;
    for (const whole of [false, true]) {
      expect([one('11500', whole).met.growth, one('11500', whole).growth?.toString()]).toEqual([true, '0.15']);
      expect([one('11499.99', whole).met.growth, one('11499.99', whole).growth?.toString()]).toEqual([false, '0.15']);
    }
  });
});

describe('compare: gainers, losers and the 16710 line (I-1, I-9)', () => {
  /** d is 1000 under the line and e exactly on it, each with a student; f has no student and gains nothing. */
  const households = (whole: boolean): Json[] => [
    ...population(whole),
    { id: 'd', category: 'dibao', members: student, income: income('0', '0', '0', '15710'), ...(whole ? { loans: [outside] } : {}) },
    { id: 'e', category: 'dibao', members: student, income: income('0', '0', '0', '16710'), ...(whole ? { loans: [outside] } : {}) },
    { id: 'f', category: 'dibao', members: people(1), income: income('0', '0', '0', '15710'), ...(whole ? { loans: [outside] } : {}) },
  ];

  it('counts a household lifted exactly onto the line as crossing up (以上 includes the number)', () => {
    for (const whole of [false, true]) {
      const c = compare(households(whole), { year: 2023, reform: { vocationalGrant: { amount: 4000 }, microcredit: { floorRate: '0.04' } } });
      expect([c.gainers, c.losers, c.crossedUp, c.crossedDown]).toEqual([4, 0, 1, 0]);
      // a's loan: 50 000 × 4% × 233 ÷ 360 = 1294.44, 323.61 more
      expect(text(c.delta.byBenefit)).toEqual({ loanSubsidy: '323.61', vocationalGrant: '3000' });
      expect(c.reform.perHousehold[0]?.disposableIncome.toString()).toBe('33743.61');
      expect(c.reform.perHousehold[3]?.disposableIncome.toString()).toBe('16710');
      expect(c.reform.perHousehold[3]?.met.perCapita).toBe(true);
    }
  });

  it('counts a household pushed off the line as crossing down, and every household that loses', () => {
    for (const whole of [false, true]) {
      const c = compare(households(whole), { year: 2023, reform: { vocationalGrant: { amount: 2000 } } });
      expect([c.gainers, c.losers, c.crossedUp, c.crossedDown]).toEqual([0, 3, 0, 1]);
      expect(c.reform.perHousehold[4]?.incomeChange.toString()).toBe('-1000');
      expect(c.reform.perHousehold[4]?.disposableIncome.toString()).toBe('15710');
    }
  });

  it('reads a per-capita line as disposable income ≥ line × members', () => {
    expect(reaches(d(33420), 2, d(16710))).toBe(true);
    expect(reaches(d('33419.99'), 2, d(16710))).toBe(false);
  });

  it('takes the baseline plan as given', () => {
    const plan = LANXI_2023.with({ vocationalGrant: { amount: 1000 } });
    const c = compare(households(false), { year: 2023, baseline: plan, reform: { vocationalGrant: { amount: 2000 } } });
    expect(c.baseline.byBenefit.vocationalGrant.toString()).toBe('3000');
    expect(c.reform.byBenefit.vocationalGrant.toString()).toBe('6000');
  });
});

describe('the parts of a household the whole-fen path reads from its columns (2.3.4, 2.3.8; I-4, I-7)', () => {
  const sum = (households: Json[], plan = LANXI_2023) => text(simulate(households, { year: 2023, plan }).byBenefit);
  const one = (over: Json): Json => ({ id: 'x', category: 'dibao', members: student, income: income('0', '0', '0', '10000'), ...over });

  it('holds a loan to its credit limit and to the interest paid, on both paths', () => {
    // 40 000 × 3% × 233 ÷ 360 = 776.67; the interest paid, 500, is less than 970.83
    const limited = { ...loan, creditLimit: '40000' };
    const paid = { ...loan, interestPaid: '500' };
    for (const extra of [[], [outside]]) {
      expect(sum([one({ members: people(1), loans: [limited, ...extra] })])).toEqual({ loanSubsidy: '776.67', vocationalGrant: '0' });
      expect(sum([one({ members: people(1), loans: [paid, ...extra] })])).toEqual({ loanSubsidy: '500', vocationalGrant: '0' });
    }
  });

  it('takes a rate with more than six decimals on the Decimal path, exactly', () => {
    // half of 4.350001% is below 3%: the floor, 970.83, as for 4.35%
    expect(sum([one({ members: people(1), loans: [{ ...loan, annualRate: '0.04350001' }] })])).toEqual({ loanSubsidy: '970.83', vocationalGrant: '0' });
    // 8.0000002% → 4.0000001%: 50 000 × 0.040000001 × 233 ÷ 360 = 1294.44448…
    expect(sum([one({ members: people(1), loans: [{ ...loan, annualRate: '0.080000002' }] })])).toEqual({ loanSubsidy: '1294.44', vocationalGrant: '0' });
  });

  it('weighs the grant against the sum of the aid that may not be stacked, on both paths', () => {
    const aid = [{ name: '助学金', amount: '2000', stackable: false }, { name: '奖学金', amount: '1500', stackable: false }, { name: '补助', amount: '800', stackable: true }];
    for (const extra of [{}, { loans: [outside] }]) {
      const c = compare([one({ otherEducationAid: aid, ...extra })], { year: 2023, reform: { vocationalGrant: { amount: 4000 } } });
      // 3000 < 3500: the aid is paid; 4000 > 3500: the grant is, 500 more
      expect(text(c.baseline.byBenefit)).toEqual({ loanSubsidy: '0', vocationalGrant: '0' });
      expect(text(c.reform.byBenefit)).toEqual({ loanSubsidy: '0', vocationalGrant: '4000' });
      expect(c.reform.perHousehold[0]?.incomeChange.toString()).toBe('500');
      expect(c.reform.perHousehold[0]?.disposableIncome.toString()).toBe('10500');
      expect([c.gainers, c.losers]).toEqual([1, 0]);
    }
  });

  it('counts only children and grandchildren under the reading grantFor "children"', () => {
    const children = LANXI_2023.with({ readings: { grantFor: 'children' } });
    expect(sum([one({})], children)).toEqual({ loanSubsidy: '0', vocationalGrant: '0' });
    expect(sum([one({ members: [{ ...student[0], relationship: 'child' }] })], children)).toEqual({ loanSubsidy: '0', vocationalGrant: '3000' });
    expect(sum([one({ members: [{ ...student[0], relationship: 'grandchild' }] })], children)).toEqual({ loanSubsidy: '0', vocationalGrant: '3000' });
    expect(sum([one({ members: [{ ...student[0], relationship: 'spouse' }] })], children)).toEqual({ loanSubsidy: '0', vocationalGrant: '0' });
    expect(sum([one({ members: [{ ...student[0], relationship: 'spouse' }] })])).toEqual({ loanSubsidy: '0', vocationalGrant: '3000' });
    expect(sum([one({ members: [{ laborCapable: false, schooling: 'higherVocational' }] })])).toEqual({ loanSubsidy: '0', vocationalGrant: '3000' });
  });

  it('runs every household on the Decimal path under a plan whose numbers do not fit in whole fen', () => {
    // a floor of 3.00001%: 50 000 × 0.0300001 × 233 ÷ 360 = 970.83656 → 970.84
    const odd = LANXI_2023.with({ microcredit: { floorRate: '0.0300001' } });
    expect(sum(population(false), odd)).toEqual({ loanSubsidy: '970.84', vocationalGrant: '3000' });
    const c = compare(population(false), { year: 2023, reform: { microcredit: { floorRate: '0.0300001' } } });
    expect(c.delta.byBenefit.loanSubsidy.toString()).toBe('0.01');
    expect([c.gainers, c.losers]).toEqual([1, 0]);
  });
});

describe('sums past 2^53 fen, the thresholds and the rows (I-1, I-9)', () => {
  it('adds incomes past 2^53 fen exactly, either sign, on both paths', () => {
    // 91 × 999 999 999 999.99 = 90 999 999 999 999.09 yuan, more than 2^53 fen; each household's own income nets to 0
    const rich = (whole: boolean) => Array.from({ length: 91 }, (_, i) => ({
      id: `r${i}`, category: 'dibao', members: people(1), income: income('999999999999.99', '-999999999999.99', '0', '0'), ...(whole ? { loans: [outside] } : {}),
    }));
    for (const whole of [false, true]) {
      const t = simulate(rich(whole), { year: 2023 }).targets;
      expect(text(t.income)).toEqual({ wage: '90999999999999.09', netOperating: '-90999999999999.09', netProperty: '0', netTransfer: '0' });
      expect(text([t.disposableIncome, t.perCapita, t.transferShare])).toEqual(['0', '0', null]);
    }
  });

  it('gives the plan\'s thresholds with the figures', () => {
    expect(text(simulate(population(false), { year: 2023 }).targets.thresholds)).toEqual({ perCapitaIncome: '16710', growthRate: '0.15', maxTransferShare: '0.8', minOtherShare: '0.2' });
    expect(text(simulate([], { year: 2023, plan: LANXI_2023.with({ targets: { perCapitaIncome: 18000 } }) }).targets.thresholds)).toMatchObject({ perCapitaIncome: '18000' });
  });

  it('counts a household of two crossing the line when its income reaches 2 × 16 710, on both paths', () => {
    // 33 000 + the grant's 500 more = 33 500 ≥ 33 420 (16 750 a head)
    const two = (whole: boolean) => [{ id: 'g', category: 'dibao', members: [...student, { laborCapable: true }], income: income('33000', '0', '0', '0'), ...(whole ? { loans: [outside] } : {}) }];
    for (const whole of [false, true]) {
      const c = compare(two(whole), { year: 2023, reform: { vocationalGrant: { amount: 3500 } } });
      expect([c.gainers, c.losers, c.crossedUp, c.crossedDown]).toEqual([1, 0, 1, 0]);
      expect(text([c.reform.perHousehold[0]?.incomeChange, c.reform.perHousehold[0]?.perCapita])).toEqual(['500', '16750']);
    }
  });

  it('names a household\'s township in its row only when it has one', () => {
    const rows = simulate([{ ...population(false)[0], township: '330781001' }, population(false)[1]], { year: 2023 }).perHousehold;
    expect(rows[0]?.township).toBe('330781001');
    expect('township' in (rows[1] as object)).toBe(false);
  });
});

describe('what the whole-fen path reads of a household\'s loans and aid (2.3.4, 2.3.8; I-4, I-7)', () => {
  const sum = (households: Json[]) => text(simulate(households, { year: 2023 }).byBenefit);
  const one = (id: string, over: Json): Json => ({ id, category: 'dibao', members: people(1), income: income('0', '0', '0', '10000'), ...over });

  it('holds a loan to a credit limit of 0: nothing earns subsidy, on both paths', () => {
    for (const extra of [[], [outside]]) {
      expect(sum([one('x', { loans: [{ ...loan, creditLimit: '0' }, ...extra] })])).toEqual({ loanSubsidy: '0', vocationalGrant: '0' });
    }
  });

  it('holds a household\'s loans to its credit line, on both paths: 40 000 × 3% × 233 ÷ 360 = 776.67', () => {
    for (const extra of [[], [outside]]) {
      expect(sum([one('x', { creditLine: '40000', loans: [loan, ...extra] })])).toEqual({ loanSubsidy: '776.67', vocationalGrant: '0' });
    }
  });

  it('takes a loan whose rate change has more than six decimals on the Decimal path, with the change', () => {
    // 8% → 4% for 49 days, then 10.00001% → 5.000005% for 184: 50 000 × (0.04 × 49 + 0.05000005 × 184) ÷ 360 = 1550.0013 → 1550
    const repriced = { ...loan, annualRate: '0.08', rateChanges: [{ date: '2023-07-01', annualRate: '0.1000001' }] };
    expect(sum([one('x', { loans: [repriced] })])).toEqual({ loanSubsidy: '1550', vocationalGrant: '0' });
  });

  it('weighs each household\'s grant against its own non-stacking aid, even an aid of 0 after a household with more', () => {
    const aid = (amount: string) => [{ name: '助学金', amount, stackable: false }];
    // 3000 < 4000: the aid is paid; 3000 ≥ 0: the grant is
    const rows = simulate([one('a', { members: student, otherEducationAid: aid('4000') }), one('b', { members: student, otherEducationAid: aid('0') })], { year: 2023 }).perHousehold;
    expect(rows.map((r) => r.vocationalGrant.toString())).toEqual(['0', '3000']);
    expect(sum([one('a', { members: student, otherEducationAid: aid('4000') }), one('b', { members: student, otherEducationAid: aid('0') })])).toEqual({ loanSubsidy: '0', vocationalGrant: '3000' });
  });
});
