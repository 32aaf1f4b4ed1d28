/**
 * What the report functions accept: a population summary, a comparison or a sweep, recognised by
 * shape (a result from another copy of the library included), anything else refused with a
 * PolicyInputError; and the reports' options.
 *
 * @module
 * @internal
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import { Decimal as DecimalJs, type Decimal } from '../core/decimal.js';
import { PolicyInputError } from '../core/errors.js';
import { countSchema } from '../core/validate.js';
import type { Comparison, PopulationSummary, SweepResult } from './types.js';
import { REPORT_SHAPES_TEXT as TEXT } from './messages/report-shapes.js';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/**
 * The shape of a result as the report functions read it: a kind of value per field, nested. A value
 * is checked against it before it is read, so a hand-made or damaged result is a PolicyInputError.
 */
type Shape = 'decimal' | 'decimal?' | 'int' | 'bool' | 'bool?' | 'string' | 'array' | { readonly [key: string]: Shape };

function fits(v: unknown, shape: Shape): boolean {
  switch (shape) {
    case 'decimal?': return v === null || fits(v, 'decimal');
    case 'decimal': return DecimalJs.isDecimal(v) && (v as Decimal).isFinite();
    case 'int': return Number.isSafeInteger(v);
    case 'bool?': return v === null || typeof v === 'boolean';
    case 'bool': return typeof v === 'boolean';
    case 'string': return typeof v === 'string';
    case 'array': return Array.isArray(v) && Number.isSafeInteger(v.length);
    default: return isObject(v) && Object.entries(shape).every(([k, s]) => fits(v[k], s));
  }
}

const MET: Shape = { perCapita: 'bool', growth: 'bool?', transferShare: 'bool', otherShare: 'bool' };
const MONEY_BY_BENEFIT: Shape = { loanSubsidy: 'decimal', vocationalGrant: 'decimal' };
const COUNT_BY_BENEFIT: Shape = { loanSubsidy: 'int', vocationalGrant: 'int' };
const SUMMARY: Shape = {
  plan: 'string', households: 'int', members: 'int', totalEntitlement: 'decimal', byBenefit: MONEY_BY_BENEFIT, recipients: COUNT_BY_BENEFIT,
  targets: {
    perCapita: 'decimal?', growth: 'decimal?', transferShare: 'decimal?', otherShare: 'decimal?', met: MET,
    thresholds: { perCapitaIncome: 'decimal', growthRate: 'decimal', maxTransferShare: 'decimal', minOtherShare: 'decimal' },
    householdsMeeting: { perCapita: 'int' },
  },
  errors: 'array',
};
const COMPARISON: Shape = {
  baseline: SUMMARY, reform: SUMMARY, line: 'decimal', errors: 'array',
  gainers: 'int', losers: 'int', crossedUp: 'int', crossedDown: 'int',
  delta: {
    totalEntitlement: 'decimal', byBenefit: MONEY_BY_BENEFIT, recipients: COUNT_BY_BENEFIT,
    perCapita: 'decimal?', growth: 'decimal?', transferShare: 'decimal?', otherShare: 'decimal?', householdsMeeting: { perCapita: 'int' },
  },
};
const SWEEP: Shape = { path: 'string', rows: 'array', baseline: {}, target: 'decimal', errors: 'array' };
const SWEEP_ROW: Shape = {
  value: 'string', totalEntitlement: 'decimal', costDelta: 'decimal', perCapita: 'decimal?', transferShare: 'decimal?',
  met: MET, householdsMeetingPerCapita: 'int', crossedUp: 'int',
};
const COMPARISON_ROW: Shape = { perCapitaBefore: 'decimal', perCapitaAfter: 'decimal' };
/** A comparison whose per-household rows are read too (they may be computed on first read, so only when needed). */
const COMPARISON_WITH_ROWS: Shape = { ...COMPARISON, perHousehold: 'array' };

/** Whether `v` fits `shape` (and, when given, every item of `v[list]` fits `item`); never throws. */
function safelyFits(v: unknown, shape: Shape, list?: string, item?: Shape): boolean {
  try {
    if (!fits(v, shape)) return false;
    if (list === undefined || item === undefined) return true;
    // an index loop, not every(): a hole in the list is a missing row, not one to skip
    const rows = (v as Record<string, readonly unknown[]>)[list] as readonly unknown[];
    for (let i = 0; i < rows.length; i++) if (!fits(rows[i], item)) return false;
    return true;
  } catch {
    return false;
  }
}

/** What a value looks like, by the fields that tell the three results apart; never throws. */
export function kindOf(v: unknown): 'comparison' | 'sweep' | 'summary' | undefined {
  try {
    if (!isObject(v)) return undefined;
    if (isObject(v['baseline']) && isObject(v['reform']) && isObject(v['delta'])) return 'comparison';
    if (typeof v['path'] === 'string' && Array.isArray(v['rows'])) return 'sweep';
    if (isObject(v['targets']) && isObject(v['byBenefit'])) return 'summary';
    return undefined;
  } catch {
    return undefined;
  }
}

export function isComparison(v: unknown, withRows = false): v is Comparison {
  return kindOf(v) === 'comparison' && (withRows
    ? safelyFits(v, COMPARISON_WITH_ROWS, 'perHousehold', COMPARISON_ROW)
    : safelyFits(v, COMPARISON));
}
export function isSweep(v: unknown): v is SweepResult {
  return kindOf(v) === 'sweep' && safelyFits(v, SWEEP, 'rows', SWEEP_ROW);
}
export function isSummary(v: unknown): v is PopulationSummary {
  return kindOf(v) === 'summary' && safelyFits(v, SUMMARY);
}

export const OptionsSchema = once(() => z.strictObject({ locale: z.enum(['zh-CN', 'en']).optional() }));
export const DistributionOptionsSchema = once(() => z.strictObject({ locale: z.enum(['zh-CN', 'en']).optional(), maxbins: countSchema(2).optional() }));

export function notAResult(fn: string, what: string): PolicyInputError {
  const m = TEXT.notAResult(what);
  return new PolicyInputError(fn, [{ path: [], code: 'invalid_type', message: m.en, messageZh: m.zh }]);
}

