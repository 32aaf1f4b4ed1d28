import { describe, expect, it } from 'vitest';
import { LANXI_2023, assessHousehold, loanInterestSubsidy, simulate, vocationalGrant, explain } from '../../src/index.js';

const CHILDREN = LANXI_2023.with({ readings: { grantFor: 'children' } });
const household = (members: object[]) => ({ id: 'h', category: 'dibao', members, income: { year: 2023, wage: 10000, netOperating: 0, netProperty: 0, netTransfer: 5000 } });

describe('the reading grantFor (clause 2.3.4, I-7: 「低收入农户子女」)', () => {
  const adult = household([{ laborCapable: true, schooling: 'secondaryVocational' }]);
  const parentAndChild = household([{ laborCapable: true, relationship: '户主' }, { laborCapable: false, schooling: 'higherVocational', relationship: '子女' }]);
  const grandchild = household([{ laborCapable: true, relationship: 'head' }, { laborCapable: false, schooling: 'secondaryVocational', relationship: 'grandchild' }]);

  it('pays a one-person household of an adult at 成人中专 by default, and nothing when only children count', () => {
    expect(assessHousehold(adult, { year: 2023 }).vocationalGrant.amount.toString()).toBe('3000');
    expect(assessHousehold(adult, { year: 2023, plan: CHILDREN }).vocationalGrant.amount.toString()).toBe('0');
  });

  it('pays for a child or a grandchild either way', () => {
    for (const h of [parentAndChild, grandchild]) {
      expect(assessHousehold(h, { year: 2023 }).vocationalGrant.amount.toString()).toBe('3000');
      expect(assessHousehold(h, { year: 2023, plan: CHILDREN }).vocationalGrant.amount.toString()).toBe('3000');
    }
  });

  it('says in the explanation that only children counted', () => {
    expect(explain(assessHousehold(adult, { year: 2023, plan: CHILDREN }), { locale: 'en' })).toContain("reading grantFor = 'children'");
  });

  it('gives simulate the same totals as assessHousehold under both readings', () => {
    const households = [adult, { ...parentAndChild, id: 'h2' }, { ...grandchild, id: 'h3' }];
    for (const plan of [LANXI_2023, CHILDREN]) {
      const sum = households.reduce((a, h) => a + Number(assessHousehold(h, { year: 2023, plan }).totalEntitlement.toFixed(2)), 0);
      expect(simulate(households, { year: 2023, plan }).totalEntitlement.toFixed(2)).toBe(sum.toFixed(2));
    }
  });
});

describe('the reading grantTie (clause 2.3.4, I-7: 就高 on a tie)', () => {
  const aid = [{ name: '国家助学金', amount: 3000, stackable: false }];
  it('pays the grant on a tie by default', () => {
    const r = vocationalGrant({ vocationalStudents: 1, otherAid: aid });
    expect([r.amount.toString(), r.basis]).toEqual(['3000', 'grant-higher']);
  });
  it('pays the other aid on a tie under "other-aid", and the grant when it is higher', () => {
    const plan = LANXI_2023.with({ readings: { grantTie: 'other-aid' } });
    const r = vocationalGrant({ vocationalStudents: 1, otherAid: aid }, plan);
    expect([r.amount.toString(), r.basis, r.totalAid.toString()]).toEqual(['0', 'other-aid-higher', '3000']);
    expect(explain(r, { locale: 'en' })).toContain("grantTie = 'other-aid'");
    expect(vocationalGrant({ vocationalStudents: 1, otherAid: [{ ...aid[0] as object, amount: '2999.99' } as never] }, plan).amount.toString()).toBe('3000');
  });
});

describe('the reading subsidyAboveActualRate (clause 2.3.8, I-2)', () => {
  it('holds a 2.5% loan to its actual rate by default: 10000 × 2.5% × 360 ÷ 360 = 250', () => {
    expect(loanInterestSubsidy({ principal: 10000, annualRate: '0.025', days: 360 }).amount.toString()).toBe('250');
  });
  it('pays the 3% floor on it when the reading allows the subsidy above the actual rate: 300', () => {
    const plan = LANXI_2023.with({ readings: { subsidyAboveActualRate: true } });
    const r = loanInterestSubsidy({ principal: 10000, annualRate: '0.025', days: 360 }, plan);
    expect([r.amount.toString(), r.rateBasis]).toEqual(['300', 'floor-rate']);
  });
  it('gives the same answer both ways for a rate at or above 3%', () => {
    const plan = LANXI_2023.with({ readings: { subsidyAboveActualRate: true } });
    expect(loanInterestSubsidy({ principal: 10000, annualRate: '0.03', days: 360 }, plan).amount.toString()).toBe('300');
    expect(loanInterestSubsidy({ principal: 10000, annualRate: '0.03', days: 360 }).amount.toString()).toBe('300');
  });
});
