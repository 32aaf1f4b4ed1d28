import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allocateDividends, assessHousehold, compare, explain, householdLoanSubsidy, incomeTargets, LANXI_2023, loanInterestSubsidy,
  milestoneStatus, monthlyVisits, projectIncomeRule, rentSubsidy, simulate, sweep, syntheticPopulation, trainingQuota, vocationalGrant,
} from '../../src/index.js';
import type { ServerHandle } from '../../src/server/index.js';
import { asServed, HOUSEHOLD, numbersIn, post, started } from './helpers.js';

let server: ServerHandle;
beforeAll(async () => { server = await started(); });
afterAll(async () => { await server.close(); });

const RULE_CASES: readonly [string, Record<string, unknown>, () => unknown][] = [
  ['loanInterestSubsidy', { principal: '50000', annualRate: '0.0435', days: 360 }, () => loanInterestSubsidy({ principal: '50000', annualRate: '0.0435', days: 360 })],
  ['loanInterestSubsidy', { principal: '33333.33', annualRate: '0.0725', days: 197, interestPaid: '900' },
    () => loanInterestSubsidy({ principal: '33333.33', annualRate: '0.0725', days: 197, interestPaid: '900' })],
  ['householdLoanSubsidy', { year: 2023, loans: [{ principal: '80000', annualRate: '0.05', startDate: '2023-03-01', endDate: '2024-02-01' }, { principal: '40000', annualRate: '0.04', startDate: '2023-07-15', endDate: '2023-12-20' }] },
    () => householdLoanSubsidy({ year: 2023, loans: [{ principal: '80000', annualRate: '0.05', startDate: '2023-03-01', endDate: '2024-02-01' }, { principal: '40000', annualRate: '0.04', startDate: '2023-07-15', endDate: '2023-12-20' }] })],
  ['householdLoanSubsidy', { year: 2023, creditLine: '90000', loans: [{ principal: '80000', annualRate: '0.05', startDate: '2023-03-01', endDate: '2024-02-01', maturityDate: '2023-12-01', repayments: [{ date: '2023-08-01', amount: '30000' }], rateChanges: [{ date: '2023-09-01', annualRate: '0.045' }] }] },
    () => householdLoanSubsidy({ year: 2023, creditLine: '90000', loans: [{ principal: '80000', annualRate: '0.05', startDate: '2023-03-01', endDate: '2024-02-01', maturityDate: '2023-12-01', repayments: [{ date: '2023-08-01', amount: '30000' }], rateChanges: [{ date: '2023-09-01', annualRate: '0.045' }] }] })],
  ['rentSubsidy', { rentPaid: '123456.78', inKeyAssistanceVillage: true, laborCapableLowIncomeHouseholds: 10, employedLowIncomeHouseholds: 5 },
    () => rentSubsidy({ rentPaid: '123456.78', inKeyAssistanceVillage: true, laborCapableLowIncomeHouseholds: 10, employedLowIncomeHouseholds: 5 })],
  ['vocationalGrant', { vocationalStudents: 1, otherAid: [{ name: 'x', amount: '2500', stackable: false }] },
    () => vocationalGrant({ vocationalStudents: 1, otherAid: [{ name: 'x', amount: '2500', stackable: false }] })],
  ['projectIncomeRule', { income: '10000.01', allocatedToLowIncome: '3000' }, () => projectIncomeRule({ income: '10000.01', allocatedToLowIncome: '3000' })],
  ['incomeTargets', { members: 3, income: { wage: '20000', netOperating: '10000', netProperty: '100', netTransfer: '20000.33' }, previousPerCapita: '15000' },
    () => incomeTargets({ members: 3, income: { wage: '20000', netOperating: '10000', netProperty: '100', netTransfer: '20000.33' }, previousPerCapita: '15000' })],
  ['allocateDividends', { pool: '1000', shares: { a: 1, b: 1, c: 1 } }, () => ({ parts: allocateDividends('1000', { a: 1, b: 1, c: 1 }) })],
  ['trainingQuota', { trainees: 16, completedOn: '2023-10-01' }, () => trainingQuota({ trainees: 16, completedOn: '2023-10-01' })],
  ['monthlyVisits', { from: '2023-05-13', to: '2023-08-31', visits: ['2023-05-20', '2023-06-03', '2023-08-09'] },
    () => monthlyVisits({ from: '2023-05-13', to: '2023-08-31', visits: ['2023-05-20', '2023-06-03', '2023-08-09'] })],
  ['milestoneStatus', { id: 'skills-training', completedOn: '2023-11-02', asOf: '2023-12-01' },
    () => milestoneStatus('skills-training', { completedOn: '2023-11-02', asOf: '2023-12-01' })],
];

describe('POST /v1/rules/{rule}', () => {
  it.each(RULE_CASES)('answers %s exactly as the library does, to the fen', async (rule, input, library) => {
    const a = await post(`${server.url}/v1/rules/${rule}`, input);
    expect(a.status).toBe(200);
    expect(a.body.result).toEqual(asServed(library()));
    expect(a.body.fingerprint).toBe(LANXI_2023.fingerprint);
    expect(a.headers.get('x-lanxi-plan-fingerprint')).toBe(LANXI_2023.fingerprint);
    expect(a.headers.get('x-lanxi-policy-version')).toBe(a.body.version);
    expect(a.headers.get('x-lanxi-plan')).toBe('lanxi-2023');
  });

  it('writes money and rates as decimal strings, never as JSON numbers', async () => {
    const a = await post(`${server.url}/v1/rules/loanInterestSubsidy`, { principal: 50000, annualRate: 0.0435, days: 360 });
    expect(a.body.result.amount).toBe('1500.00');
    expect(a.body.result.subsidyRate).toBe('0.03');
    expect(numbersIn(a.body.result)).toEqual([]);
  });

  it('adds the explanation with ?explain and the trace with ?trace=true', async () => {
    const input = { principal: '50000', annualRate: '0.0435', days: 360 };
    const a = await post(`${server.url}/v1/rules/loanInterestSubsidy?explain=en&trace=true`, input);
    expect(a.body.explanation).toBe(explain(loanInterestSubsidy(input), { locale: 'en' }));
    expect(a.body.result.trace).toEqual(asServed(loanInterestSubsidy(input).trace, new Set()));
    const zh = await post(`${server.url}/v1/rules/loanInterestSubsidy?explain=zh-CN`, input);
    expect(zh.body.explanation).toContain('2.3.8');
    expect(zh.body.result.trace).toBeUndefined();
  });

  it('applies the plan overrides of the body, and names that plan', async () => {
    const a = await post(`${server.url}/v1/rules/loanInterestSubsidy`, { principal: '50000', annualRate: '0.0435', days: 360, plan: { microcredit: { floorRate: '0.04' } } });
    const plan = LANXI_2023.with({ microcredit: { floorRate: '0.04' } });
    expect(a.body.result).toEqual(asServed(loanInterestSubsidy({ principal: '50000', annualRate: '0.0435', days: 360 }, plan)));
    expect(a.body.result.amount).toBe('2000.00');
    expect(a.body.fingerprint).toBe(plan.fingerprint);
  });
});

describe('GET /v1/plan, /health', () => {
  it('lists every parameter and reading with value, unit, clause and quote, and the milestones', async () => {
    const res = await fetch(`${server.url}/v1/plan`);
    const body = await res.json() as Record<string, any>;
    expect(body.result.params.microcredit.floorRate).toMatchObject({ value: '0.03', unit: 'fraction/year', clause: '2.3.8' });
    expect(body.result.params.microcredit.floorRate.quote).toContain('3%');
    expect(body.result.readings.capBasis).toMatchObject({ value: 'cumulative', options: ['cumulative', 'balance'], clause: '2.3.8' });
    expect(body.result.milestones).toHaveLength(LANXI_2023.milestones.length);
    expect(body.result.fingerprint).toBe(LANXI_2023.fingerprint);
    expect(numbersIn(body.result.params).every((p: string) => /dayCountBasis|minTrainees|persons|minPerMonth|waterSafetyIndicators/.test(p))).toBe(true);
  });
  it('is healthy', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', fingerprint: LANXI_2023.fingerprint });
  });
});

describe('population endpoints', () => {
  const households = syntheticPopulation({ size: 300, seed: 7 });

  it('assesses one household, given as a record or as { household, year }', async () => {
    const expected = asServed(assessHousehold(HOUSEHOLD, { year: 2023 }));
    expect((await post(`${server.url}/v1/assess`, HOUSEHOLD)).body.result).toEqual(expected);
    expect((await post(`${server.url}/v1/assess`, { household: HOUSEHOLD, year: 2023 })).body.result).toEqual(expected);
  });

  it('simulates as the library does', async () => {
    const a = await post(`${server.url}/v1/simulate`, { households, year: 2023 });
    expect(a.body.result).toEqual(asServed(simulate(households, { year: 2023 }), new Set(['trace', 'perHousehold'])));
    const rows = await post(`${server.url}/v1/simulate?perHousehold=true`, { households, year: 2023 });
    expect(rows.body.result.perHousehold).toEqual(asServed(simulate(households, { year: 2023 }).perHousehold));
  });

  it('compares with a reform that has its own fingerprint', async () => {
    const reform = { vocationalGrant: { amount: 4000 }, readings: { capBasis: 'balance' } } as const;
    const a = await post(`${server.url}/v1/compare`, { households, year: 2023, reform });
    expect(a.status).toBe(200);
    expect(a.body.result).toEqual(asServed(compare(households, { year: 2023, reform }), new Set(['trace', 'perHousehold'])));
    expect(a.body.fingerprint).toBe(LANXI_2023.fingerprint);
    expect(a.body.reform.fingerprint).toBe(LANXI_2023.with(reform).fingerprint);
    expect(a.headers.get('x-lanxi-reform-fingerprint')).toBe(LANXI_2023.with(reform).fingerprint);
    expect(a.body.reform.fingerprint).not.toBe(a.body.fingerprint);
  });

  it('sweeps, naming the plan of each value', async () => {
    const a = await post(`${server.url}/v1/sweep`, { households, year: 2023, path: 'microcredit.floorRate', values: ['0.03', '0.04'] });
    expect(a.body.result).toEqual(asServed(sweep(households, { year: 2023, path: 'microcredit.floorRate', values: ['0.03', '0.04'] })));
    expect(a.body.fingerprints).toEqual([LANXI_2023.fingerprint, LANXI_2023.with({ microcredit: { floorRate: '0.04' } }).fingerprint]);
  });
});
