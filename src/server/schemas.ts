/**
 * The zod schemas of the service's request bodies, for the OpenAPI document. They are built from
 * the library's own exported schema ({@link HouseholdSchema}: its loan, aid, income, money, rate,
 * date and boolean fields) and from the plan's own data (its parameters and readings), so the
 * document follows the library when either changes. The library itself validates every body; these
 * schemas only describe them.
 *
 * @module
 */
import { z } from 'zod';
import { HouseholdSchema, LANXI_2023, MILESTONE_IDS } from '../index.js';

type AnyZod = z.ZodType;
const shape = HouseholdSchema.shape as unknown as Record<string, AnyZod>;

/** The element of an optional array field of the household schema. */
function elementOf(field: string): AnyZod {
  const opt = shape[field] as unknown as { unwrap(): { element: AnyZod } };
  return opt.unwrap().element;
}

const loan = elementOf('loans') as unknown as z.ZodObject;
const aid = elementOf('otherEducationAid');
const income = shape['income'] as unknown as z.ZodObject;
const field = (o: z.ZodObject, k: string): AnyZod => (o.shape as Record<string, AnyZod>)[k] as AnyZod;
const unwrapOptional = (s: AnyZod): AnyZod => (s as unknown as { unwrap(): AnyZod }).unwrap();

/** Money in yuan, not negative: a decimal string (exact, recommended) or a number. */
const money = (description: string) => field(loan, 'principal').meta({ description });
/** An amount that may be negative. */
const signed = (description: string) => field(income, 'netOperating').meta({ description });
const rate = (description: string) => field(loan, 'annualRate').meta({ description });
const date = (description: string) => field(loan, 'startDate').meta({ description });
const bool = (description: string) => unwrapOptional(shape['inKeyAssistanceVillage'] as AnyZod).meta({ description });
const count = (min: number, description: string) => z.int().min(min).meta({ description });
const year = field(income, 'year').meta({ description: 'The calendar year computed (the plan: 2023). 计算年度。' });
const label = unwrapOptional(shape['village'] as AnyZod);

/** The bodies of `POST /v1/rules/{rule}`, by rule: each is that function's input. */
export const RULE_INPUTS = {
  loanInterestSubsidy: z.strictObject({
    principal: money('Principal earning subsidy, yuan. 贷款本金（元）。'),
    annualRate: rate('Actual annual rate as a fraction (0.0435). 实际年利率（小数）。'),
    days: count(0, 'Days of interest, first counted and last not (I-3), at most 36600. 计息天数。').max(36600),
    interestPaid: money('Interest actually paid, yuan: caps the subsidy. 实付利息（元）。').optional(),
  }),
  householdLoanSubsidy: z.strictObject({
    year,
    creditLine: money("The household's credit line (授信额度) shared by its drawdowns, yuan. 户授信额度（元）。").optional(),
    loans: z.array(loan).min(1).max(1000),
  }),
  rentSubsidy: z.strictObject({
    rentPaid: money('Rent paid for the year, yuan. 全年实付场租（元）。'),
    inKeyAssistanceVillage: bool('Whether the site is in a key assistance village. 是否位于重点帮促村。'),
    laborCapableLowIncomeHouseholds: count(0, "The village's low-income households with labour capacity. 本村有劳动力的低收入农户数。"),
    employedLowIncomeHouseholds: count(0, 'Of those, the households with a member working at the site. 其中在该点就业的户数。'),
  }),
  vocationalGrant: z.strictObject({
    vocationalStudents: count(0, 'Children enrolled in a vocational school. 就读中高职的子女人数。'),
    otherAid: z.array(aid).max(100).optional(),
  }),
  projectIncomeRule: z.strictObject({
    income: signed("The project's income, yuan; may be negative. 项目收益（元）。"),
    allocatedToLowIncome: money("The part allocated to the village's low-income households, yuan. 分配给低收入农户的部分（元）。"),
  }),
  incomeTargets: z.strictObject({
    members: count(1, 'Household members. 家庭人口。'),
    income: z.strictObject({
      wage: signed('Wage income, yuan. 工资性收入（元）。'),
      netOperating: signed('Net operating income, yuan. 经营净收入（元）。'),
      netProperty: signed('Net property income, yuan. 财产净收入（元）。'),
      netTransfer: signed('Net transfer income, yuan. 转移净收入（元）。'),
    }),
    previousPerCapita: (shape['previousPerCapita'] as AnyZod),
  }),
  allocateDividends: z.strictObject({
    pool: money('The sum to allocate, yuan. 待分配金额（元）。'),
    shares: z.record(z.string().min(1).max(200), money('Shares (weights) of each holder. 各持有人的股份。')),
  }),
  trainingQuota: z.strictObject({
    trainees: z.union([count(0, 'The number trained.'), z.array(label).max(1_000_000)])
      .meta({ description: 'Distinct low-income farmers trained: a count or their ids (I-11). 培训人数或名单。' }),
    completedOn: date('The day the training was done. 完成日期。').optional(),
  }),
  monthlyVisits: z.strictObject({
    from: date('First day checked. 起始日期。'),
    to: date('Last day checked (inclusive). 截止日期（含）。'),
    visits: z.array(date('A day of a visit.')).max(1_000_000),
  }),
  milestoneStatus: z.strictObject({
    id: z.enum(MILESTONE_IDS as unknown as [string, ...string[]]).meta({ description: 'The milestone. 时间节点。' }),
    completedOn: date('The day it was done. 完成日期。').optional(),
    asOf: date('The day the status is taken on. 查询日期。'),
  }),
} as const satisfies Record<string, AnyZod>;

/** The rule names of `POST /v1/rules/{rule}`. */
export type RuleName = keyof typeof RULE_INPUTS;

/** Every rule name, in the order the OpenAPI document lists them. */
export const RULE_NAMES = Object.freeze(Object.keys(RULE_INPUTS)) as readonly RuleName[];

/** The overrides `plan.with()` takes, built from the plan's own parameters and readings. */
function overridesSchema(): AnyZod {
  const params = LANXI_2023.params as unknown as Record<string, Record<string, { value: unknown; unit: string; clause: string }>>;
  const groups: Record<string, AnyZod> = {};
  for (const [group, ps] of Object.entries(params)) {
    const fields: Record<string, AnyZod> = {};
    for (const [name, p] of Object.entries(ps)) {
      const description = `${p.unit}, clause ${p.clause}; the plan: ${String(p.value)}`;
      fields[name] = (typeof p.value === 'number' ? count(0, description) : signed(description)).optional();
    }
    groups[group] = z.strictObject(fields).optional();
  }
  const readings: Record<string, AnyZod> = {};
  for (const [name, r] of Object.entries(LANXI_2023.readings as unknown as Record<string, { options: readonly (string | boolean)[]; clause: string; note: string }>)) {
    const literals = r.options.map((o) => z.literal(o));
    readings[name] = (literals.length === 1 ? (literals[0] as AnyZod) : z.union(literals)).meta({ description: `clause ${r.clause}: ${r.note}` }).optional();
  }
  return z.strictObject({
    label: z.string().max(200).optional(),
    effectiveFrom: date('The date of force (clause 4).').optional(),
    period: z.strictObject({ from: date('First day of the period.').optional(), to: date('Last day of the period.').optional() }).optional(),
    readings: z.strictObject(readings).optional(),
    ...groups,
  }).meta({ description: 'Overrides of the plan, applied with LANXI_2023.with(overrides): a deep partial of its parameters and readings. 方案参数调整。' });
}

/** Plan overrides (a reform), as `plan.with()` takes them. */
export const PLAN_OVERRIDES = overridesSchema();

const households = z.array(z.unknown()).max(10_000_000).meta({ description: 'Household records (see the Household schema); invalid ones are reported in errors, not thrown. 农户家庭记录。' });

/** The bodies of the population endpoints. */
export const POPULATION_INPUTS = {
  assess: z.strictObject({ household: z.unknown(), year: year.optional(), plan: PLAN_OVERRIDES.optional() }),
  batch: z.strictObject({ households, year: year.optional(), plan: PLAN_OVERRIDES.optional() }),
  simulate: z.strictObject({ households, year: year.optional(), plan: PLAN_OVERRIDES.optional() }),
  compare: z.strictObject({ households, year: year.optional(), plan: PLAN_OVERRIDES.optional(), reform: PLAN_OVERRIDES }),
  sweep: z.strictObject({
    households, year: year.optional(), plan: PLAN_OVERRIDES.optional(),
    path: z.string().meta({ description: "A parameter's path ('microcredit.floorRate'), as GET /v1/plan lists them." }),
    values: z.array(z.union([z.string(), z.number()])).min(1).max(1000),
  }),
} as const;
