/**
 * A seeded synthetic population of low-income rural households, for what-if analysis, benchmarks
 * and tests. **Synthetic**: no record describes a real household; the shape follows what the plan
 * says of Lanxi's low-income households and public descriptions of such households in Zhejiang,
 * not any register.
 *
 * Clause 1 (一、工作目标): 「低收入农户人均可支配收入达到16710元以上，年增幅达15%以上。收入结构中，
 * 转移性收入占比控制在80%以下，工资性收入、经营性净收入等其他收入占比20%以上。」 The previous year's
 * per-capita income is drawn around 16710 / 1.15 ≈ 14530 yuan (the 2022 level those two targets
 * imply), this year's grows from it with a spread, and transfers make up most of the income, so the
 * population sits near the 16710 line, the 15% growth target and the 80% transfer-share limit, where
 * reforms move households across them.
 *
 * The generator uses its own deterministic PRNG (mulberry32) and nothing else: the same
 * `{ size, seed, year }` always gives the same households, on every machine. Money is written as
 * decimal strings with two decimals (exact fen); no ID numbers and no names are generated.
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import { PolicyInputError } from '../core/errors.js';
import { countSchema, parseInput, yearSchema } from '../core/validate.js';
import { LANXI_TOWNSHIPS } from '../schema/townships.js';
import { deepFreeze } from '../core/freeze.js';
import { PREPARE_TEXT } from './messages/prepare.js';

/** Options of {@link syntheticPopulation}. */
export interface SyntheticPopulationOptions {
  /** How many households to generate (0–1000000). */
  readonly size: number;
  /** The seed: any whole number; the same seed gives the same population. */
  readonly seed: number;
  /** The income year (default 2023); `previousPerCapita` is for the year before. */
  readonly year?: number;
}

/** A member of a synthetic household, as household JSON. */
export interface SyntheticMember {
  readonly birthDate: string;
  readonly laborCapable: boolean;
  readonly schooling?: 'none' | 'compulsory' | 'secondaryVocational' | 'higherVocational' | 'other';
  /** The member's relationship to the head of the household (clause 2.3.4 「子女」). */
  readonly relationship: 'head' | 'spouse' | 'child' | 'parent';
}

/** A loan of a synthetic household, as household JSON. */
export interface SyntheticLoan {
  readonly id: string;
  readonly principal: string;
  readonly annualRate: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly creditLimit?: string;
  /** A few loans are recorded as banks record them: an earlier maturity (repaid overdue), repayments, a repricing. */
  readonly maturityDate?: string;
  readonly repayments?: readonly { readonly date: string; readonly amount: string }[];
  readonly rateChanges?: readonly { readonly date: string; readonly annualRate: string }[];
}

/** Other education aid of a synthetic household, as household JSON. */
export interface SyntheticAid {
  readonly name: string;
  readonly amount: string;
  readonly stackable: boolean;
}

/** One synthetic household, as household JSON (money as decimal strings): valid input to `parseHousehold`. */
export interface SyntheticHousehold {
  readonly id: string;
  readonly township: string;
  readonly village: string;
  readonly inKeyAssistanceVillage: boolean;
  readonly category: 'dibao' | 'dibian' | 'tekun' | 'other';
  readonly riskColor: 'red' | 'yellow' | 'green';
  readonly members: readonly SyntheticMember[];
  readonly income: {
    readonly year: number;
    readonly wage: string;
    readonly netOperating: string;
    readonly netProperty: string;
    readonly netTransfer: string;
  };
  readonly previousPerCapita: string;
  readonly loans?: readonly SyntheticLoan[];
  readonly otherEducationAid?: readonly SyntheticAid[];
}

const OptionsSchema = once(() => z.strictObject({
  size: countSchema(0).pipe(z.number().max(1_000_000)),
  seed: z.any().transform((v, ctx): number => {
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
      ctx.addIssue({ code: 'custom', message: PREPARE_TEXT.notWhole.en, params: { code: 'not_integer', zh: PREPARE_TEXT.notWhole.zh } });
      return z.NEVER;
    }
    return v;
  }),
  year: yearSchema().optional(),
}));

/**
 * mulberry32: a small, fast 32-bit PRNG with a full period of 2^32, good enough for synthetic data
 * (not for anything secret). Returns a function giving floats in [0, 1).
 *
 * @param seed - any whole number (a safe integer, taken modulo 2^32).
 * @returns the generator.
 * @throws {@link PolicyInputError} when `seed` is not a safe integer (NaN, 1.5, 2^53 + 2, '42', …).
 * @example
 * ```ts
 * const r = mulberry32(42);
 * r(); //=> 0.6011037519201636
 * ```
 */
export function mulberry32(seed: number): () => number {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw new PolicyInputError('mulberry32', [{ path: ['seed'], code: 'not_integer', message: PREPARE_TEXT.notWhole.en, messageZh: PREPARE_TEXT.notWhole.zh }]);
  }
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws from the PRNG: uniform numbers, integers, weighted choices, normals. */
class Draw {
  private spare: number | undefined;
  constructor(private readonly next: () => number) {}
  u(): number { return this.next(); }
  chance(p: number): boolean { return this.next() < p; }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  uniform(lo: number, hi: number): number { return lo + this.next() * (hi - lo); }
  pick<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let x = this.next() * total;
    for (const [v, w] of items) {
      x -= w;
      if (x < 0) return v;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  }
  normal(mean: number, sd: number): number {
    if (this.spare !== undefined) {
      const s = this.spare;
      this.spare = undefined;
      return mean + sd * s;
    }
    const u1 = 1 - this.next();
    const u2 = this.next();
    const r = Math.sqrt(-2 * Math.log(u1));
    this.spare = r * Math.sin(2 * Math.PI * u2);
    return mean + sd * r * Math.cos(2 * Math.PI * u2);
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Integer fen → '1234.56'. Fen are whole numbers, so the text is exact. */
function yuan(fen: number): string {
  const f = Math.max(0, Math.round(fen));
  return `${Math.floor(f / 100)}.${pad(f % 100)}`;
}

function date(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Household sizes 1–6, skewed small (many elderly people living alone or as couples). */
const SIZES: readonly (readonly [number, number])[] = [[1, 36], [2, 30], [3, 12], [4, 11], [5, 7], [6, 4]];

/** Rough weights of the townships' rural low-income populations: the towns and 乡 more than the city's 街道. */
const TOWNSHIP_WEIGHTS: readonly (readonly [string, number])[] = LANXI_TOWNSHIPS.map((t) => [t.code, t.kind === 'subdistrict' ? 5 : 8] as const);

const RATES: readonly (readonly [string, number])[] = [
  ['0.0285', 2], ['0.0365', 10], ['0.0385', 25], ['0.0435', 30], ['0.0475', 12], ['0.0525', 8], ['0.06', 5], ['0.065', 5], ['0.0725', 3],
];

function member(draw: Draw, year: number, age: number, laborCapable: boolean, schooling: SyntheticMember['schooling'], relationship: SyntheticMember['relationship']): SyntheticMember {
  const birthDate = date(year - age, draw.int(1, 12), draw.int(1, 28));
  return schooling === undefined ? { birthDate, laborCapable, relationship } : { birthDate, laborCapable, schooling, relationship };
}

function childSchooling(age: number, draw: Draw): SyntheticMember['schooling'] {
  if (age < 6) return 'none';
  if (age <= 15) return 'compulsory';
  return draw.chance(0.6) ? 'other' : 'none';
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * A loan as a bank records it, now and then (clause 2.3.8): about 6% have a repayment of part of the
 * principal, 3% a repricing, 3% a contractual maturity before the day they were repaid (overdue).
 * Drawn from their own stream, so the rest of the population is the same whatever these draws are.
 */
function bankRecord(extra: Draw, loan: SyntheticLoan, principalYuan: number): SyntheticLoan {
  const start = dayOf(loan.startDate);
  const span = dayOf(loan.endDate) - start;
  let out = loan;
  if (span > 60 && extra.chance(0.06)) {
    out = { ...out, repayments: [{ date: isoOf(start + extra.int(30, span - 1)), amount: yuan(Math.round(principalYuan * extra.uniform(0.2, 0.6) / 1000) * 100_000) }] };
  }
  if (span > 60 && extra.chance(0.03)) out = { ...out, rateChanges: [{ date: isoOf(start + extra.int(30, span - 1)), annualRate: extra.pick(RATES) }] };
  if (span > 120 && extra.chance(0.03)) out = { ...out, maturityDate: isoOf(start + span - extra.int(30, 90)) };
  return out;
}

/** One household. Every draw is taken in a fixed order, so the output depends only on the PRNG state. */
function household(draw: Draw, extra: Draw, index: number, year: number): SyntheticHousehold {
  const size = draw.pick(SIZES);
  const elderlyOnly = size <= 2 && draw.chance(size === 1 ? 0.72 : 0.5);
  const members: SyntheticMember[] = [];
  let vocationalStudents = 0;
  if (elderlyOnly) {
    for (let m = 0; m < size; m++) {
      const age = draw.int(60, 92);
      members.push(member(draw, year, age, age < 70 && draw.chance(0.3), undefined, m === 0 ? 'head' : 'spouse'));
    }
  } else {
    const adults = size >= 2 && draw.chance(0.6) ? 2 : 1;
    let elderly = size - adults > 0 && draw.chance(0.35) ? 1 : 0;
    if (size >= 5 && size - adults - elderly > 1 && draw.chance(0.3)) elderly += 1;
    const children = size - adults - elderly;
    for (let m = 0; m < adults; m++) members.push(member(draw, year, draw.int(25, 58), draw.chance(0.75), undefined, m === 0 ? 'head' : 'spouse'));
    for (let m = 0; m < elderly; m++) {
      const age = draw.int(60, 88);
      members.push(member(draw, year, age, age < 68 && draw.chance(0.25), undefined, 'parent'));
    }
    const vocational = children > 0 && draw.chance(0.14);
    for (let m = 0; m < children; m++) {
      if (vocational && (m === 0 || (m === 1 && draw.chance(0.1)))) {
        const higher = draw.chance(0.35);
        const age = higher ? draw.int(18, 21) : draw.int(15, 18);
        members.push(member(draw, year, age, false, higher ? 'higherVocational' : 'secondaryVocational', 'child'));
        vocationalStudents += 1;
      } else {
        const age = draw.int(0, 22);
        members.push(member(draw, year, age, age >= 18 && draw.chance(0.5), childSchooling(age, draw), 'child'));
      }
    }
  }
  const laborCapable = members.filter((m) => m.laborCapable).length;

  const category = size === 1
    ? draw.pick<SyntheticHousehold['category']>([['dibao', 50], ['dibian', 18], ['tekun', 22], ['other', 10]])
    : draw.pick<SyntheticHousehold['category']>([['dibao', 45], ['dibian', 40], ['other', 15]]);

  // Income: last year's per capita around 14530 (16710 / 1.15), this year's grown from it. The
  // random draws are floats; each amount is fixed once as whole fen and written as an exact decimal
  // string, so the policy arithmetic downstream only ever sees exact inputs.
  const previousPerCapita = Math.max(6000, Math.exp(draw.normal(Math.log(14000), 0.28)));
  const growth = Math.min(0.45, Math.max(-0.1, draw.normal(0.145, 0.07)));
  const totalFen = Math.round(previousPerCapita * (1 + growth) * size * 100);
  const transferShare = laborCapable === 0
    ? draw.uniform(0.82, 0.98)
    : category === 'dibian' || category === 'other'
      ? draw.uniform(0.35, 0.8)
      : draw.uniform(0.5, 0.9);
  const transferFen = Math.round(totalFen * transferShare);
  const restFen = totalFen - transferFen;
  const propertyFen = Math.round(restFen * draw.uniform(0, 0.08));
  const wageFen = laborCapable > 0 ? Math.round((restFen - propertyFen) * draw.uniform(0.55, 0.9)) : 0;
  const operatingFen = restFen - propertyFen - wageFen;

  // Loans: about 15% of households, more often those with someone able to work.
  let loans: SyntheticLoan[] | undefined;
  if (draw.chance(laborCapable > 0 ? 0.2 : 0.08)) {
    const count = draw.chance(0.25) ? 2 : 1;
    loans = [];
    for (let l = 0; l < count; l++) {
      const principal = count === 2 ? draw.int(6, 20) * 5000 : draw.pick([[30000, 25], [50000, 35], [draw.int(2, 20) * 5000, 40]] as const);
      const startYear = draw.chance(0.45) ? year - 1 : year;
      const startMonth = startYear === year ? draw.int(1, 11) : draw.int(6, 12);
      const startDate = date(startYear, startMonth, draw.int(1, 28));
      const term = draw.pick([[1, 50], [2, 30], [3, 20]] as const);
      const endDate = date(startYear + term, startMonth, Number(startDate.slice(8, 10)));
      const loan: SyntheticLoan = { id: `loan-${l + 1}`, principal: yuan(principal * 100), annualRate: draw.pick(RATES), startDate, endDate };
      if (draw.chance(0.4)) {
        const limit = draw.chance(0.1) ? principal - 10000 : Math.ceil(principal / 10000) * 10000;
        loans.push(bankRecord(extra, { ...loan, creditLimit: yuan(Math.max(10000, limit) * 100) }, principal));
      } else {
        loans.push(bankRecord(extra, loan, principal));
      }
    }
  }

  // Other education aid: for most households with a vocational student; some of it does not stack.
  let otherEducationAid: SyntheticAid[] | undefined;
  if (vocationalStudents > 0 && draw.chance(0.6)) {
    otherEducationAid = [{ name: '雨露计划', amount: '3000.00', stackable: true }];
    if (draw.chance(0.35)) {
      otherEducationAid.push({ name: '国家助学金', amount: draw.pick([['2000.00', 40], ['3300.00', 40], ['4000.00', 20]] as const), stackable: false });
    }
  }

  const township = draw.pick(TOWNSHIP_WEIGHTS);
  const village = `${township}-V${pad(draw.int(1, 30))}`;
  const inKeyAssistanceVillage = draw.chance(0.3);
  const riskColor = draw.pick<SyntheticHousehold['riskColor']>([['green', 70], ['yellow', 22], ['red', 8]]);

  return {
    id: `SYN-${pad(index + 1, 6)}`,
    township,
    village,
    inKeyAssistanceVillage,
    category,
    riskColor,
    members,
    income: { year, wage: yuan(wageFen), netOperating: yuan(operatingFen), netProperty: yuan(propertyFen), netTransfer: yuan(transferFen) },
    previousPerCapita: yuan(Math.round(previousPerCapita * 100)),
    ...(loans === undefined ? {} : { loans }),
    ...(otherEducationAid === undefined ? {} : { otherEducationAid }),
  };
}

/**
 * A synthetic population of low-income rural households shaped like Lanxi's (see the module notes:
 * **synthetic, not real data**). Household sizes 1–6, skewed small, with many elderly people living
 * alone; categories 低保 / 低保边缘 / 特困 / other; the 16 township-level units; last year's per-capita
 * income around 14530 yuan (clause 1: 「人均可支配收入达到16710元以上，年增幅达15%以上」 implies
 * 16710 / 1.15) with a log-normal spread, this year's about 14.5% higher, and a high transfer share
 * (「转移性收入占比控制在80%以下」); about 15% with micro-credit loans (some above 100000 yuan in total,
 * some drawn before 2023-05-13); about 5% with a vocational student, most with other education aid and
 * some with aid that does not stack (就高). Every household is valid input to `parseHousehold`.
 *
 * @param options - `{ size, seed, year? }`: how many, the seed, and the income year (default 2023).
 * @returns frozen household JSON objects, ids `SYN-000001`, `SYN-000002`, …
 * @throws {@link PolicyInputError} on a negative or fractional size, a size above 1000000, or a
 *   seed that is not a whole number.
 * @example
 * ```ts
 * const population = syntheticPopulation({ size: 10000, seed: 2023 });
 * population.length;   //=> 10000
 * population[0]?.id;   //=> 'SYN-000001'
 * syntheticPopulation({ size: 3, seed: 7 }); // the same three households every time
 * ```
 */
export function syntheticPopulation(options: SyntheticPopulationOptions): readonly SyntheticHousehold[] {
  const o = parseInput('syntheticPopulation', OptionsSchema(), options);
  const year = o.year ?? 2023;
  const draw = new Draw(mulberry32(o.seed));
  const extra = new Draw(mulberry32(o.seed ^ 0x5bd1e995));
  const out: SyntheticHousehold[] = [];
  for (let i = 0; i < o.size; i++) out.push(household(draw, extra, i, year));
  return deepFreeze(out);
}
