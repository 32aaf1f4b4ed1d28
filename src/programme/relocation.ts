/**
 * 二（三）2. 实施异地搬迁促增收行动 (clause 2.3.2): the year's relocation target and the townships' two deadlines.
 *
 * > 2023年，实施新一轮异地搬迁人员1740人。相关乡镇（街道）要求在6月底前完成安置地块政策处理和搬迁人员的资料
 * > 收集工作，10月底前启动安置地块的建设。
 *
 * Readings: the target (`plan.params.relocation.persons`, 1740) is for the plan's year and is met
 * when the persons relocated reach it (达到, I-1), by the last day of that year. Only the townships
 * concerned (相关乡镇) carry the two deadlines: a township with no relocation record is `'n/a'`.
 * The first deadline needs both the site policy work and the data collection; it is completed on
 * the later of the two dates. Deadlines are inclusive (I-10). In another year than the plan's, the
 * clause does not apply (its text names 2023) and everything is `'n/a'`.
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import { Decimal, roundShare } from '../core/decimal.js';
import { meets } from '../core/boundary.js';
import { endOfMonth, laterDate, type IsoDate } from '../core/calendar.js';
import { TraceBuilder, type Text, type Trace } from '../core/trace.js';
import { countSchema, dateSchema, listSchema, parseInput, yearSchema } from '../core/validate.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan, checkYear } from '../rules/plan-argument.js';
import type { Plan } from '../plan/types.js';
import { beforePlanCutoff, milestoneStatusCore, type MilestoneStatus } from '../rules/milestone-status.js';
import type { Township } from '../schema/townships.js';
import {
  bySeverity, dueOf, LAST_MONTH, programmeStatusOf, reason, STATUS_TEXT, TOWNSHIPS, townshipSchema, worstStatus,
  type ProgrammeReason, type ProgrammeStatus,
} from './common.js';
import { RELOCATION_TEXT as TEXT } from './messages/relocation.js';

/** One township's relocation record. */
export interface RelocationTownshipInput {
  /** The township: 9-digit code or Chinese name. Listed at most once. */
  readonly township: string;
  /** Persons relocated so far under the year's programme (default 0). */
  readonly persons?: number;
  /** The day the policy work on the resettlement sites (安置地块政策处理) was completed. */
  readonly sitePolicyDoneOn?: string | Date;
  /** The day the data collection on the persons relocated (搬迁人员的资料收集) was completed. */
  readonly dataCollectedOn?: string | Date;
  /** The day construction of the resettlement sites started (启动安置地块的建设). */
  readonly constructionStartedOn?: string | Date;
}

/** Input of {@link checkRelocation}. */
export interface CheckRelocationInput {
  /** The year checked (default: the plan's year). */
  readonly year?: number;
  readonly asOf: string | Date;
  /** The townships concerned, one record each. */
  readonly townships: readonly RelocationTownshipInput[];
}

/** A township's line in {@link CheckRelocationResult}. */
export interface RelocationTownshipLine {
  readonly code: string;
  readonly name: string;
  /** Whether the township has a relocation record (is concerned by the clause). */
  readonly concerned: boolean;
  readonly persons: number;
  /** Site policy work and data collection (due 06-30); null when not concerned. */
  readonly sitePreparation: { readonly due: IsoDate; readonly status: MilestoneStatus; readonly daysLate: number } | null;
  /** Construction started (due 10-31); null when not concerned. */
  readonly constructionStart: { readonly due: IsoDate; readonly status: MilestoneStatus; readonly daysLate: number } | null;
  readonly status: ProgrammeStatus;
  /** Findings, most severe first. */
  readonly reasons: readonly ProgrammeReason[];
}

/** The city's progress against the year's target. */
export interface RelocationProgress {
  readonly persons: number;
  readonly target: number;
  /** persons / target, rounded to 4 decimals for reports; null when the target is 0. */
  readonly share: Decimal | null;
  readonly met: boolean;
  /** The last day of the year: the target is for the year. */
  readonly due: IsoDate;
  readonly status: ProgrammeStatus;
  readonly reason: ProgrammeReason | null;
}

/** Result of {@link checkRelocation}. */
export interface CheckRelocationResult {
  /** The worst of the progress status and the townships' statuses. */
  readonly status: ProgrammeStatus;
  readonly progress: RelocationProgress;
  /** All 16 townships in code order. */
  readonly townships: readonly RelocationTownshipLine[];
  readonly trace: Trace;
}

/** The most township records a check takes (Lanxi has 16 townships; a record per township). */
const MAX_TOWNSHIP_RECORDS = 1000;

const TownshipRecordSchema = once(() => z.strictObject({
  township: townshipSchema(),
  persons: countSchema(0).optional(),
  sitePolicyDoneOn: dateSchema().optional(),
  dataCollectedOn: dateSchema().optional(),
  constructionStartedOn: dateSchema().optional(),
}));

/** A validated township record. */
export interface ParsedRelocationRecord {
  readonly township: Township;
  readonly persons?: number | undefined;
  readonly sitePolicyDoneOn?: IsoDate | undefined;
  readonly dataCollectedOn?: IsoDate | undefined;
  readonly constructionStartedOn?: IsoDate | undefined;
}

/** Checks that each township is listed once; shared with the township report. */
export function checkUniqueTownships(ctx: z.RefinementCtx, records: readonly { readonly township: Township }[], listKey: readonly (string | number)[]): void {
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (seen.has(r.township.code)) {
      ctx.addIssue({ code: 'custom', path: [...listKey, i, 'township'], message: TEXT.duplicateTownship.en, params: { code: 'duplicate_township', zh: TEXT.duplicateTownship.zh } });
    }
    seen.add(r.township.code);
  });
}

/** @internal Schema of the township records, shared with the township report. */
export const relocationRecordsSchema = once(() => listSchema(TownshipRecordSchema(), MAX_TOWNSHIP_RECORDS));

const CheckSchema = once(() => z.strictObject({
  year: yearSchema().optional(),
  asOf: dateSchema(),
  townships: relocationRecordsSchema(),
}).superRefine((v, ctx) => checkUniqueTownships(ctx, v.townships, ['townships'])));

const CLAUSE = '2.3.2' as const;

const known = (d: IsoDate | undefined, asOf: IsoDate): IsoDate | undefined => (d !== undefined && d <= asOf ? d : undefined);

function deadlineFinding(kind: 'site-preparation' | 'construction-start', name: Text, due: IsoDate, s: { status: MilestoneStatus; daysLate: number }, done: IsoDate | undefined, asOf: IsoDate): { status: ProgrammeStatus; reason: ProgrammeReason } | undefined {
  switch (s.status) {
    case 'on-time': return undefined;
    case 'late': return { status: 'failed', reason: reason(`${kind}-late`, CLAUSE, TEXT.late(name, done ?? '', due, s.daysLate)) };
    case 'overdue': return { status: 'overdue', reason: reason(`${kind}-overdue`, CLAUSE, TEXT.overdue(name, asOf, due, s.daysLate)) };
    case 'pending': return { status: 'pending', reason: reason(`${kind}-pending`, CLAUSE, TEXT.pending(name, due)) };
    case 'before-plan': return { status: 'before-plan', reason: reason(`${kind}-before-plan`, CLAUSE, TEXT.beforePlan(name, due)) };
  }
}

const SITE = TEXT.sitePreparation;
const BUILD = TEXT.constructionStart;

/** The check, unchecked; shared with the township report. */
export function relocationCore(records: readonly ParsedRelocationRecord[], year: number, asOf: IsoDate, plan: Plan): Omit<CheckRelocationResult, 'trace'> {
  const target = plan.params.relocation.persons.value;
  const yearEnd = endOfMonth(year, LAST_MONTH);
  if (year !== plan.year) {
    const na = reason('not-plan-year', CLAUSE, TEXT.notPlanYear(plan.year));
    return Object.freeze({
      status: 'n/a' as const,
      progress: Object.freeze({ persons: 0, target, share: null, met: false, due: yearEnd, status: 'n/a' as const, reason: na }),
      townships: Object.freeze(TOWNSHIPS.map((tw) => Object.freeze({ code: tw.code, name: tw.name, concerned: false, persons: 0, sitePreparation: null, constructionStart: null, status: 'n/a' as const, reasons: Object.freeze([na]) }))),
    });
  }
  const byCode = new Map(records.map((r) => [r.township.code, r]));
  const site = dueOf(plan, 'relocation-site-preparation', year);
  const build = dueOf(plan, 'relocation-construction-start', year);
  const townships = TOWNSHIPS.map((tw): RelocationTownshipLine => {
    const r = byCode.get(tw.code);
    if (r === undefined) {
      return Object.freeze({ code: tw.code, name: tw.name, concerned: false, persons: 0, sitePreparation: null, constructionStart: null, status: 'n/a' as const, reasons: Object.freeze([reason('not-concerned', CLAUSE, TEXT.notConcerned)]) });
    }
    const policy = known(r.sitePolicyDoneOn, asOf);
    const data = known(r.dataCollectedOn, asOf);
    const siteDone = policy !== undefined && data !== undefined ? laterDate(policy, data) : undefined;
    const buildDone = known(r.constructionStartedOn, asOf);
    const s1 = milestoneStatusCore(site.due, siteDone, asOf, beforePlanCutoff(plan));
    const s2 = milestoneStatusCore(build.due, buildDone, asOf, beforePlanCutoff(plan));
    const findings = [deadlineFinding('site-preparation', SITE, site.due, s1, siteDone, asOf), deadlineFinding('construction-start', BUILD, build.due, s2, buildDone, asOf)]
      .filter((f): f is { status: ProgrammeStatus; reason: ProgrammeReason } => f !== undefined)
      .sort((a, b) => bySeverity(a.status, b.status));
    return Object.freeze({
      code: tw.code, name: tw.name, concerned: true, persons: r.persons ?? 0,
      sitePreparation: Object.freeze({ due: site.due, status: s1.status, daysLate: s1.daysLate }),
      constructionStart: Object.freeze({ due: build.due, status: s2.status, daysLate: s2.daysLate }),
      status: worstStatus([programmeStatusOf(s1.status), programmeStatusOf(s2.status)]),
      reasons: Object.freeze(findings.map((f) => f.reason)),
    });
  });
  const persons = townships.reduce((a, l) => a + l.persons, 0);
  const met = meets(new Decimal(persons), '达到', new Decimal(target));
  const status: ProgrammeStatus = met ? 'met' : asOf <= yearEnd ? 'pending' : 'overdue';
  const progressReason = met ? null : reason(status === 'pending' ? 'persons-pending' : 'persons-overdue', CLAUSE, status === 'pending'
    ? TEXT.personsPending(persons, target, yearEnd)
    : TEXT.personsOverdue(asOf, persons, year, target));
  const progress: RelocationProgress = Object.freeze({
    persons, target, share: target > 0 ? roundShare(new Decimal(persons).div(target)) : null, met, due: yearEnd, status, reason: progressReason,
  });
  return Object.freeze({
    status: worstStatus([status, ...townships.map((l) => l.status)]),
    progress,
    townships: Object.freeze(townships),
  });
}

/**
 * Checks the relocation programme of clause 2.3.2: persons relocated against the year's target, and
 * each township's two deadlines (I-1, I-10).
 *
 * 「2023年，实施新一轮异地搬迁人员1740人。相关乡镇（街道）要求在6月底前完成安置地块政策处理和搬迁人员的资料收集工作，
 * 10月底前启动安置地块的建设。」
 *
 * Townships without a record are not concerned (`'n/a'`). A township's first deadline is met when
 * both the site policy work and the data collection are done by 06-30; its second when
 * construction starts by 10-31. The city's target is met when the persons relocated reach 1740;
 * until 12-31 it is `'pending'`, after that `'overdue'`. Reason codes: `site-preparation-late |
 * -overdue | -pending`, `construction-start-late | -overdue | -pending`, `persons-pending`,
 * `persons-overdue`, `not-concerned`, `not-plan-year`.
 *
 * @param input - `{ year?, asOf, townships: [{ township, persons?, sitePolicyDoneOn?, dataCollectedOn?, constructionStartedOn? }] }`.
 * @param plan - the plan (default {@link LANXI_2023}).
 * @returns `{ status, progress, townships, trace }`.
 * @throws {@link PolicyInputError} for an unknown or repeated township, a negative count or an invalid date.
 * @throws {@link PlanNotInForceError} for a year outside the plan's period (`plan.period`).
 * @example
 * ```ts
 * const r = checkRelocation({ asOf: '2023-07-01', townships: [{ township: '柏社乡', persons: 120, sitePolicyDoneOn: '2023-06-30', dataCollectedOn: '2023-06-20' }] });
 * r.townships.find((t) => t.name === '柏社乡')?.status; //=> 'pending' (construction due 10-31)
 * r.progress.share?.toString();                        //=> '0.069' (120 / 1740)
 * ```
 */
export function checkRelocation(input: CheckRelocationInput, plan: Plan = LANXI_2023): CheckRelocationResult {
  const i = parseInput('checkRelocation', CheckSchema(), input, MAX_TOWNSHIP_RECORDS);
  plan = checkPlan('checkRelocation', plan);
  const year = i.year ?? plan.year;
  checkYear(year, plan);
  const core = relocationCore(i.townships, year, i.asOf, plan);
  const t = new TraceBuilder('checkRelocation', CLAUSE, TEXT.title)
    .input('year', year, TEXT.year)
    .input('asOf', i.asOf, TEXT.asOf)
    .param('persons', plan.params.relocation.persons, TEXT.persons)
    .step('relocated', core.progress.persons, TEXT.relocated);
  if (core.progress.reason) t.branch('progress', core.progress.status, { zh: core.progress.reason.zh, en: core.progress.reason.en }, CLAUSE);
  else if (core.progress.status === 'met') t.branch('progress', 'met', TEXT.personsMet(core.progress.persons, core.progress.target), CLAUSE);
  for (const l of core.townships) {
    if (!l.concerned) continue;
    const tt = new TraceBuilder('relocationTownship', CLAUSE, TEXT.townshipTitle(l.name, l.code));
    for (const x of l.reasons) tt.branch(x.code, x.code, { zh: x.zh, en: x.en }, x.clause);
    if (l.reasons.length === 0) tt.branch('deadlines', 'met', TEXT.deadlinesMet, CLAUSE);
    tt.result('status', l.status, STATUS_TEXT[l.status]);
    t.child(tt.done());
  }
  t.result('status', core.status, STATUS_TEXT[core.status]);
  return Object.freeze({ ...core, trace: t.done() });
}
