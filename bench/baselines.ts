/**
 * Baselines for `simulate`, each computing the same household rules (clauses 2.3.8, 2.3.4, 1) over
 * the same households:
 *
 * (a) a hand-written loop of the same arithmetic in plain JavaScript floats over typed arrays — what
 *     plain JavaScript can do at best, but not exact (floats, no fen guarantee);
 * (b) the Decimal reference: the rules' Decimal cores (what `assessHousehold` runs, without traces)
 *     over parsed households, added up in Decimals;
 * (c) json-rules-engine, with the same eligibility as rules and the amounts in its facts.
 */
import { Engine, type RuleProperties } from 'json-rules-engine';
import { Decimal } from '../src/core/decimal.js';
import { RATE_SCALE } from '../src/core/calculator.js';
import { pow10 } from '../src/core/scaled.js';
import type { HouseholdStore } from '../src/population/store.js';
import type { Plan } from '../src/plan/types.js';
import { incomeTargetsCore } from '../src/rules/income-targets.js';
import { evaluateDecimal, evaluateFen, scenario } from '../src/population/evaluate.js';
import type { Household } from '../src/schema/household.js';

// ---------------------------------------------------------------------------------------------
// (a) the float loop

/**
 * A population as float columns (yuan, rates as fractions), loans sorted as the store sorts them,
 * with each loan's schedule (maturity, repayments, rate changes) as the store holds it.
 */
export interface FloatPopulation {
  readonly n: number;
  readonly members: Uint8Array;
  readonly students: Uint8Array;
  readonly wage: Float64Array;
  readonly netOperating: Float64Array;
  readonly netProperty: Float64Array;
  readonly netTransfer: Float64Array;
  /** −1: none. */
  readonly previous: Float64Array;
  /** −1: none. */
  readonly nonStackingAid: Float64Array;
  readonly loanStart: Int32Array;
  readonly principal: Float64Array;
  readonly rate: Float64Array;
  readonly startDay: Int32Array;
  readonly endDay: Int32Array;
  /** −1: none. */
  readonly creditLimit: Float64Array;
  /** −1: none. */
  readonly interestPaid: Float64Array;
  /** Infinity: none. */
  readonly maturity: Float64Array;
  /** Where each loan's repayments and rate changes start (entry `loanCount` is the end), sorted by day. */
  readonly repaymentStart: Int32Array;
  readonly repaymentDay: Int32Array;
  readonly repaymentAmount: Float64Array;
  readonly rateChangeStart: Int32Array;
  readonly rateChangeDay: Int32Array;
  readonly rateChangeRate: Float64Array;
}

const yuan = (fen: Float64Array): Float64Array => fen.map((f) => (f < 0 ? -1 : f / 100));

/** The float form of a store's households. */
export function floatPopulation(s: HouseholdStore): FloatPopulation {
  if (s.schedules.creditLine.size > 0) throw new Error('the float loop reads no household credit line');
  const rate = new Float64Array(s.loanCount);
  for (let i = 0; i < s.loanCount; i++) rate[i] = (s.loanRateNum[i] as number) / pow10(s.loanRateDp[i] as number);
  const maturity = new Float64Array(s.loanCount).fill(Infinity);
  const repaymentStart = new Int32Array(s.loanCount + 1);
  const rateChangeStart = new Int32Array(s.loanCount + 1);
  const repayments: { day: number; amount: number }[] = [];
  const rateChanges: { day: number; annualRate: number }[] = [];
  for (let i = 0; i < s.loanCount; i++) {
    const t = s.schedules.termsOf(i);
    if (t === null) throw new Error('a rate change with more than six decimals');
    if (t !== undefined) {
      maturity[i] = t.maturity;
      repayments.push(...t.repayments);
      rateChanges.push(...t.rateChanges);
    }
    repaymentStart[i + 1] = repayments.length;
    rateChangeStart[i + 1] = rateChanges.length;
  }
  return {
    n: s.size,
    members: s.members.slice(),
    students: s.students.slice(),
    wage: s.wage.map((f) => f / 100),
    netOperating: s.netOperating.map((f) => f / 100),
    netProperty: s.netProperty.map((f) => f / 100),
    netTransfer: s.netTransfer.map((f) => f / 100),
    previous: yuan(s.previous),
    nonStackingAid: yuan(s.nonStackingAid),
    loanStart: s.loanStart.slice(),
    principal: s.loanPrincipal.map((f) => f / 100),
    rate,
    startDay: s.loanStartDay.slice(),
    endDay: s.loanEndDay.slice(),
    creditLimit: yuan(s.loanCreditLimit),
    interestPaid: yuan(s.loanInterestPaid),
    maturity,
    repaymentStart,
    repaymentDay: Int32Array.from(repayments, (r) => r.day),
    repaymentAmount: Float64Array.from(repayments, (r) => r.amount / 100),
    rateChangeStart,
    rateChangeDay: Int32Array.from(rateChanges, (r) => r.day),
    rateChangeRate: Float64Array.from(rateChanges, (r) => r.annualRate / RATE_SCALE),
  };
}

/** Bytes of a float population's arrays. */
export function floatBytes(f: FloatPopulation): number {
  let n = 0;
  for (const v of Object.values(f)) if (ArrayBuffer.isView(v)) n += v.byteLength;
  return n;
}

/** What the float loop adds up (the same sums as `simulate`, in floats). */
export interface FloatTotals {
  households: number;
  members: number;
  wage: number;
  netOperating: number;
  netProperty: number;
  netTransfer: number;
  panelHouseholds: number;
  panelMembers: number;
  panelIncome: number;
  panelPrevious: number;
  loanSubsidy: number;
  vocationalGrant: number;
  receivingLoanSubsidy: number;
  receivingGrant: number;
  meetingPerCapita: number;
  meetingGrowth: number;
  meetingTransferShare: number;
  meetingOtherShare: number;
  /** Σ per-capita income (computed per household, as `simulate` does). */
  perCapitaSum: number;
}

/**
 * The same arithmetic as `simulate`, in floats: each loan's days stretch by stretch between its
 * repayments and rate changes, to its maturity, within its share of the cumulative cap (the plan's
 * reading; a household credit line is not read), each amount rounded by Math.round(yuan × 100) / 100.
 */
export function floatSimulate(f: FloatPopulation, plan: Plan, year: number): FloatTotals {
  const p = plan.params;
  const share = p.microcredit.rateShare.value.toNumber();
  const floor = p.microcredit.floorRate.value.toNumber();
  const cap = p.microcredit.principalCapPerYear.value.toNumber();
  const basis = p.microcredit.dayCountBasis.value;
  const rd = plan.readings;
  if (rd.capBasis.value !== 'cumulative') throw new Error('the float loop reads the cap as cumulative');
  const forfeit = rd.overdue.value === 'forfeit';
  const aboveActual = rd.subsidyAboveActualRate.value;
  const grant = p.vocationalGrant.amount.value.toNumber();
  const target = p.targets.perCapitaIncome.value.toNumber();
  const growth = 1 + p.targets.growthRate.value.toNumber();
  const maxTransfer = p.targets.maxTransferShare.value.toNumber();
  const minOther = p.targets.minOtherShare.value.toNumber();
  const fromDay = Math.max(Date.UTC(year, 0, 1), Date.parse(`${plan.effectiveFrom}T00:00:00Z`)) / 86_400_000;
  const toDay = Date.UTC(year + 1, 0, 1) / 86_400_000;
  const t: FloatTotals = {
    households: 0, members: 0, wage: 0, netOperating: 0, netProperty: 0, netTransfer: 0,
    panelHouseholds: 0, panelMembers: 0, panelIncome: 0, panelPrevious: 0,
    loanSubsidy: 0, vocationalGrant: 0, receivingLoanSubsidy: 0, receivingGrant: 0,
    meetingPerCapita: 0, meetingGrowth: 0, meetingTransferShare: 0, meetingOtherShare: 0, perCapitaSum: 0,
  };
  for (let i = 0; i < f.n; i++) {
    let remaining = cap;
    let loan = 0;
    for (let l = f.loanStart[i] as number, end = f.loanStart[i + 1] as number; l < end; l++) {
      const from = Math.max(f.startDay[l] as number, fromDay);
      let to = Math.min(f.endDay[l] as number, toDay);
      const maturity = f.maturity[l] as number;
      if (maturity < (f.endDay[l] as number) && forfeit) to = from;
      else if (maturity < to) to = maturity;
      if (to <= from) continue;
      const principal = f.principal[l] as number;
      const limit = f.creditLimit[l] as number;
      const eligible = limit >= 0 && limit < principal ? limit : principal;
      const capShare = eligible < remaining ? eligible : remaining;
      remaining -= capShare;
      // stretch by stretch between the loan's repayments and rate changes (a day accrues on what is left after that day's repayment)
      let balance = principal;
      let r = f.rate[l] as number;
      let ri = f.repaymentStart[l] as number;
      const re = f.repaymentStart[l + 1] as number;
      let ci = f.rateChangeStart[l] as number;
      const ce = f.rateChangeStart[l + 1] as number;
      let sum = 0;
      for (let day = from; ;) {
        while (ri < re && (f.repaymentDay[ri] as number) <= day) balance -= f.repaymentAmount[ri++] as number;
        while (ci < ce && (f.rateChangeDay[ci] as number) <= day) r = f.rateChangeRate[ci++] as number;
        let next = to;
        if (ri < re && (f.repaymentDay[ri] as number) < next) next = f.repaymentDay[ri] as number;
        if (ci < ce && (f.rateChangeDay[ci] as number) < next) next = f.rateChangeDay[ci] as number;
        let sb = balance;
        if (limit >= 0 && limit < sb) sb = limit;
        if (capShare < sb) sb = capShare;
        let subsidyRate = share * r > floor ? share * r : floor;
        if (!aboveActual && r < subsidyRate) subsidyRate = r;
        sum += sb * subsidyRate * (next - day);
        if (next >= to) break;
        day = next;
      }
      let amount = Math.round((sum / basis) * 100) / 100;
      const paid = f.interestPaid[l] as number;
      if (paid >= 0 && amount > paid) amount = paid;
      loan += amount;
    }
    let g = 0;
    if ((f.students[i] as number) > 0) {
      const ns = f.nonStackingAid[i] as number;
      if (ns < 0 || grant >= ns) g = grant;
    }
    const m = f.members[i] as number;
    const transfer = f.netTransfer[i] as number;
    const disposable = (f.wage[i] as number) + (f.netOperating[i] as number) + (f.netProperty[i] as number) + transfer;
    t.households += 1;
    t.members += m;
    t.wage += f.wage[i] as number;
    t.netOperating += f.netOperating[i] as number;
    t.netProperty += f.netProperty[i] as number;
    t.netTransfer += transfer;
    t.perCapitaSum += Math.round((disposable / m) * 100) / 100;
    const prev = f.previous[i] as number;
    if (prev >= 0) {
      t.panelHouseholds += 1;
      t.panelMembers += m;
      t.panelIncome += disposable;
      t.panelPrevious += prev * m;
      if (disposable >= growth * prev * m) t.meetingGrowth += 1;
    }
    if (loan !== 0) { t.loanSubsidy += loan; t.receivingLoanSubsidy += 1; }
    if (g !== 0) { t.vocationalGrant += g; t.receivingGrant += 1; }
    if (disposable >= target * m) t.meetingPerCapita += 1;
    if (disposable > 0) {
      if (transfer <= maxTransfer * disposable) t.meetingTransferShare += 1;
      if (disposable - transfer >= minOther * disposable) t.meetingOtherShare += 1;
    }
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// (b) the Decimal reference

/** What the Decimal reference adds up. */
export interface DecimalTotals {
  readonly loanSubsidy: Decimal;
  readonly vocationalGrant: Decimal;
  readonly totalEntitlement: Decimal;
  readonly perCapita: Decimal;
  readonly meetingPerCapita: number;
}

/**
 * The rules' algorithms over the Decimal calculator (the reference the whole-fen runs are held
 * equal to) over parsed households, added up in Decimals (I-9).
 */
export function decimalSimulate(households: readonly Household[], plan: Plan, year: number): DecimalTotals {
  const sc = scenario(year, plan);
  let loan = new Decimal(0);
  let grant = new Decimal(0);
  let wage = new Decimal(0);
  let netOperating = new Decimal(0);
  let netProperty = new Decimal(0);
  let netTransfer = new Decimal(0);
  let members = 0;
  let meetingPerCapita = 0;
  for (const h of households) {
    const o = evaluateDecimal(h, sc, undefined);
    if (o.metPerCapita) meetingPerCapita += 1;
    loan = loan.plus(o.loan);
    grant = grant.plus(o.grant);
    wage = wage.plus(h.income.wage);
    netOperating = netOperating.plus(h.income.netOperating);
    netProperty = netProperty.plus(h.income.netProperty);
    netTransfer = netTransfer.plus(h.income.netTransfer);
    members += h.members.length;
  }
  const t = incomeTargetsCore(members, { wage, netOperating, netProperty, netTransfer }, undefined, plan, false);
  return { loanSubsidy: loan, vocationalGrant: grant, totalEntitlement: loan.plus(grant), perCapita: t.perCapita, meetingPerCapita };
}

// ---------------------------------------------------------------------------------------------
// (c) json-rules-engine

/** One household's facts: its amounts, as json-rules-engine reads them. */
export interface Facts {
  readonly students: number;
  /** −1 when none. */
  readonly nonStackingAid: number;
  readonly grantAmount: number;
  readonly loanSubsidy: number;
  readonly members: number;
  readonly disposableIncome: number;
  readonly perCapita: number;
  /** null without a previous figure. */
  readonly growth: number | null;
  /** null when disposable income ≤ 0. */
  readonly transferShare: number | null;
  readonly otherShare: number | null;
}

/** The facts of each household of a store (amounts from the batch engine, as floats). */
export function factsOf(s: HouseholdStore, plan: Plan, year: number, count: number): Facts[] {
  const sc = scenario(year, plan);
  const grantFen = (sc.fen?.grant ?? NaN);
  const out: Facts[] = [];
  for (let i = 0; i < count; i++) {
    const o = evaluateFen(s, i, sc, undefined);
    if (o === undefined) throw new Error('household does not fit in whole fen');
    const m = s.members[i] as number;
    const prev = s.previous[i] as number;
    const d = o.disposable;
    out.push({
      students: s.students[i] as number,
      nonStackingAid: (s.nonStackingAid[i] as number) < 0 ? -1 : (s.nonStackingAid[i] as number) / 100,
      grantAmount: grantFen / 100,
      loanSubsidy: o.loan / 100,
      members: m,
      disposableIncome: d / 100,
      perCapita: d / 100 / m,
      growth: prev < 0 ? null : d / (prev * m) - 1,
      transferShare: d > 0 ? o.netTransfer / d : null,
      otherShare: d > 0 ? 1 - o.netTransfer / d : null,
    });
  }
  return out;
}

/** The eligibility of clauses 2.3.8, 2.3.4 (with 就高) and 1 as json-rules-engine rules. */
export function rulesEngine(plan: Plan): Engine {
  const tg = plan.params.targets;
  const rules: RuleProperties[] = [
    {
      name: 'loanSubsidy',
      conditions: { all: [{ fact: 'loanSubsidy', operator: 'greaterThan', value: 0 }] },
      event: { type: 'loanSubsidy' },
    },
    {
      name: 'vocationalGrant',
      conditions: {
        all: [
          { fact: 'students', operator: 'greaterThanInclusive', value: 1 },
          {
            any: [
              { fact: 'nonStackingAid', operator: 'lessThan', value: 0 },
              { fact: 'nonStackingAid', operator: 'lessThanInclusive', value: { fact: 'grantAmount' } },
            ],
          },
        ],
      },
      event: { type: 'vocationalGrant' },
    },
    {
      name: 'perCapita',
      conditions: { all: [{ fact: 'perCapita', operator: 'greaterThanInclusive', value: tg.perCapitaIncome.value.toNumber() }] },
      event: { type: 'perCapita' },
    },
    {
      name: 'growth',
      conditions: { all: [{ fact: 'growth', operator: 'greaterThanInclusive', value: tg.growthRate.value.toNumber() }] },
      event: { type: 'growth' },
    },
    {
      name: 'transferShare',
      conditions: { all: [{ fact: 'transferShare', operator: 'lessThanInclusive', value: tg.maxTransferShare.value.toNumber() }, { fact: 'disposableIncome', operator: 'greaterThan', value: 0 }] },
      event: { type: 'transferShare' },
    },
    {
      name: 'otherShare',
      conditions: { all: [{ fact: 'otherShare', operator: 'greaterThanInclusive', value: tg.minOtherShare.value.toNumber() }, { fact: 'disposableIncome', operator: 'greaterThan', value: 0 }] },
      event: { type: 'otherShare' },
    },
  ];
  return new Engine(rules, { allowUndefinedFacts: true });
}

/** Runs the rules engine over every household and adds up the amounts of the events that fire. */
export async function rulesEngineSimulate(engine: Engine, facts: readonly Facts[]): Promise<{ loanSubsidy: number; vocationalGrant: number; meetingPerCapita: number }> {
  let loanSubsidy = 0;
  let vocationalGrant = 0;
  let meetingPerCapita = 0;
  for (const f of facts) {
    const r = await engine.run(f as unknown as Record<string, unknown>);
    for (const e of r.events) {
      if (e.type === 'loanSubsidy') loanSubsidy += f.loanSubsidy;
      else if (e.type === 'vocationalGrant') vocationalGrant += f.grantAmount;
      else if (e.type === 'perCapita') meetingPerCapita += 1;
    }
  }
  return { loanSubsidy, vocationalGrant, meetingPerCapita };
}
