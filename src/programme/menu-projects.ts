/**
 * 二（三）3. 实施“菜单式”产业项目促增收行动 (clause 2.3.3): the procedure and deadlines of each project.
 *
 * > “菜单式”项目由村组织踏勘，经村民代表大会讨论通过后，进行项目实施前公示。公示无异议的，报属地乡镇（街道）
 * > 确认并汇总后，于3月底前报市农业农村局备案，9月底前完成项目验收。
 *
 * Readings: the seven steps must all happen, in this order, each dated on or after the one before
 * (the same day is allowed): 村组织踏勘 → 村民代表大会讨论通过 → 项目实施前公示 → 公示无异议 → 乡镇（街道）确认
 * → 报市农业农村局备案 → 项目验收. A step recorded while an earlier one is missing, or dated before an
 * earlier one, breaks the procedure (`'failed'`). Filing is due by the 'menu-project-filing'
 * milestone (03-31) and acceptance by 'menu-project-acceptance' (09-30), inclusive (I-10). Steps
 * dated after `asOf` had not happened on `asOf` and are not counted. A deadline before the plan was
 * issued (the 03-31 filing) is `'before-plan'` rather than late or overdue under the reading
 * `deadlineBeforeIssue` `'before-plan'` (the default; I-10).
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import type { IsoDate } from '../core/calendar.js';
import { TraceBuilder, type Text, type Trace } from '../core/trace.js';
import { dateSchema, listSchema, MAX_LIST_ITEMS, parseInput, yearSchema } from '../core/validate.js';
import { recordIdSchema } from '../schema/record-id.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan, checkYear } from '../rules/plan-argument.js';
import type { MilestoneId, Plan } from '../plan/types.js';
import { beforePlanCutoff, beforePlanText, milestoneStatusCore, type MilestoneStatus } from '../rules/milestone-status.js';
import type { Township } from '../schema/townships.js';
import {
  bySeverity, checkUniqueIds, dueOf, reason, STATUS_TEXT, TOWNSHIPS, townshipSchema, worstStatus,
  type ProgrammeReason, type ProgrammeStatus,
} from './common.js';
import { MENU_PROJECTS_TEXT as TEXT } from './messages/menu-projects.js';

/** The steps of a menu-style project, in the order clause 2.3.3 sets. */
export type MenuProjectStep = 'survey' | 'meetingApproval' | 'publicNotice' | 'noObjection' | 'townshipConfirmation' | 'filing' | 'acceptance';

const namedStep = (id: MenuProjectStep) => Object.freeze({ step: id, name: TEXT.steps[id] });

/**
 * The steps in order, with their names in the plan's words and in English (clause 2.3.3: 村组织踏勘 →
 * 村民代表大会讨论通过 → 公示 → 公示无异议 → 乡镇（街道）确认 → 报市农业农村局备案 → 项目验收). Deeply
 * frozen: results and traces show these names, and no caller can change them.
 *
 * @example
 * ```ts
 * MENU_PROJECT_STEPS.map((s) => s.step);
 * //=> ['survey', 'meetingApproval', 'publicNotice', 'noObjection', 'townshipConfirmation', 'filing', 'acceptance']
 * ```
 */
export const MENU_PROJECT_STEPS: readonly { readonly step: MenuProjectStep; readonly name: Text }[] = Object.freeze([
  namedStep('survey'),
  namedStep('meetingApproval'),
  namedStep('publicNotice'),
  namedStep('noObjection'),
  namedStep('townshipConfirmation'),
  namedStep('filing'),
  namedStep('acceptance'),
]);

/** One project: an id (an opaque label), its township, and the date of each step done. */
export interface MenuProjectInput {
  /** A label for the project (not personal data). Unique in the list. */
  readonly id: string;
  /** The township: 9-digit code or Chinese name. */
  readonly township: string;
  /** The date of each step done so far ('YYYY-MM-DD' or Date); a step not done is left out. */
  readonly steps: Partial<Record<MenuProjectStep, string | Date>>;
}

/** Input of {@link checkMenuProjects}. */
export interface CheckMenuProjectsInput {
  /** The year whose deadlines apply (default: the plan's year, 2023). */
  readonly year?: number;
  /** The day the status is taken on. */
  readonly asOf: string | Date;
  /** The year's projects. */
  readonly projects: readonly MenuProjectInput[];
}

/** A deadline's status in a project line. */
export interface MenuProjectDeadline {
  readonly due: IsoDate;
  readonly status: MilestoneStatus;
  readonly daysLate: number;
}

/** One project's result. */
export interface MenuProjectResult {
  readonly id: string;
  /** The township's 9-digit code. */
  readonly township: string;
  readonly status: Exclude<ProgrammeStatus, 'n/a'>;
  /** Every finding that keeps the project from `'met'`, most severe first; empty when met. */
  readonly reasons: readonly ProgrammeReason[];
  readonly filing: MenuProjectDeadline;
  readonly acceptance: MenuProjectDeadline;
}

/** A township's line: its projects' worst status (`'n/a'` when it has none: the plan sets no number of projects). */
export interface MenuProjectsTownshipLine {
  readonly code: string;
  readonly name: string;
  readonly projects: number;
  readonly status: ProgrammeStatus;
  /** The findings of its projects, most severe first. */
  readonly reasons: readonly ProgrammeReason[];
}

/** Result of {@link checkMenuProjects}. */
export interface CheckMenuProjectsResult {
  /** The worst project status; `'n/a'` without projects. */
  readonly status: ProgrammeStatus;
  /** One line per project, in input order. */
  readonly projects: readonly MenuProjectResult[];
  /** One line per township, all 16 in code order. */
  readonly townships: readonly MenuProjectsTownshipLine[];
  readonly trace: Trace;
}

const stepsShape = once(() => Object.fromEntries(MENU_PROJECT_STEPS.map((s) => [s.step, dateSchema().optional()])) as Record<MenuProjectStep, z.ZodOptional<ReturnType<typeof dateSchema>>>);

const ProjectSchema = once(() => z.strictObject({
  id: recordIdSchema(),
  township: townshipSchema(),
  steps: z.strictObject(stepsShape()),
}));

/** A validated project, as the unchecked core takes it. */
export interface ParsedMenuProject {
  readonly id: string;
  readonly township: Township;
  readonly steps: { readonly [S in MenuProjectStep]?: IsoDate | undefined };
}

/** @internal Schema of one project, shared with the township report. */
export const menuProjectSchema = ProjectSchema;

const CheckSchema = once(() => z.strictObject({
  year: yearSchema().optional(),
  asOf: dateSchema(),
  projects: listSchema(ProjectSchema()),
}).superRefine((v, ctx) => checkUniqueIds(ctx, v.projects, ['projects'], 'id')));

const CLAUSE = '2.3.3' as const;

interface Finding {
  readonly status: Exclude<ProgrammeStatus, 'n/a'>;
  readonly reason: ProgrammeReason;
}

const stepName = (s: MenuProjectStep): Text => (MENU_PROJECT_STEPS.find((x) => x.step === s) as { name: Text }).name;

function deadline(project: ParsedMenuProject, step: 'filing' | 'acceptance', id: MilestoneId, year: number, asOf: IsoDate, plan: Plan): { line: MenuProjectDeadline; finding?: Finding } {
  const { due } = dueOf(plan, id, year);
  const done = project.steps[step];
  const s = milestoneStatusCore(due, done, asOf, beforePlanCutoff(plan));
  const line: MenuProjectDeadline = Object.freeze({ due, status: s.status, daysLate: s.daysLate });
  const n = stepName(step);
  const p = project.id;
  switch (s.status) {
    case 'on-time':
      return { line };
    case 'late':
      return { line, finding: { status: 'failed', reason: reason(`${step}-late`, CLAUSE, TEXT.late(p, n, done ?? '', due, s.daysLate)) } };
    case 'overdue':
      return { line, finding: { status: 'overdue', reason: reason(`${step}-overdue`, CLAUSE, TEXT.overdue(p, n, asOf, due, s.daysLate)) } };
    case 'pending':
      return { line, finding: { status: 'pending', reason: reason(`${step}-pending`, CLAUSE, TEXT.pending(p, n, due)) } };
    case 'before-plan': {
      const why = beforePlanText(due, plan.issuedOn, done, asOf);
      return { line, finding: { status: 'before-plan', reason: reason(`${step}-before-plan`, CLAUSE, TEXT.beforePlan(p, n, why, plan.readings.deadlineBeforeIssue.quote)) } };
    }
  }
}

/** One project's status, unchecked. Steps dated after `asOf` are dropped first. */
export function menuProjectCore(project: ParsedMenuProject, year: number, asOf: IsoDate, plan: Plan): MenuProjectResult {
  const known: Partial<Record<MenuProjectStep, IsoDate>> = {};
  for (const { step } of MENU_PROJECT_STEPS) {
    const d = project.steps[step];
    if (d !== undefined && d <= asOf) known[step] = d;
  }
  const p = { ...project, steps: known };
  const findings: Finding[] = [];
  // Procedure: every step before a recorded step is recorded too, and dated no later.
  let lastDone: { step: MenuProjectStep; date: IsoDate } | undefined;
  const missing = new Set<MenuProjectStep>();
  MENU_PROJECT_STEPS.forEach(({ step }, k) => {
    const date = known[step];
    if (date === undefined) return;
    for (const { step: before } of MENU_PROJECT_STEPS.slice(0, k)) {
      if (known[before] === undefined && !missing.has(before)) {
        missing.add(before);
        findings.push({ status: 'failed', reason: reason('step-missing', CLAUSE, TEXT.stepMissing(p.id, stepName(step), stepName(before))) });
      }
    }
    if (lastDone !== undefined && date < lastDone.date) {
      findings.push({ status: 'failed', reason: reason('steps-out-of-order', CLAUSE, TEXT.outOfOrder(p.id, stepName(step), date, stepName(lastDone.step), lastDone.date)) });
    }
    lastDone = { step, date };
  });
  const filing = deadline(p, 'filing', 'menu-project-filing', year, asOf, plan);
  const acceptance = deadline(p, 'acceptance', 'menu-project-acceptance', year, asOf, plan);
  if (filing.finding) findings.push(filing.finding);
  if (acceptance.finding) findings.push(acceptance.finding);
  findings.sort((a, b) => bySeverity(a.status, b.status));
  const status = worstStatus(findings.map((f) => f.status));
  return Object.freeze({
    id: project.id,
    township: project.township.code,
    status: status === 'n/a' ? 'met' : status,
    reasons: Object.freeze(findings.map((f) => f.reason)),
    filing: filing.line,
    acceptance: acceptance.line,
  });
}

/** Every project and every township line, unchecked; shared with the township report. */
export function menuProjectsCore(projects: readonly ParsedMenuProject[], year: number, asOf: IsoDate, plan: Plan): { projects: readonly MenuProjectResult[]; townships: readonly MenuProjectsTownshipLine[]; status: ProgrammeStatus } {
  const results = projects.map((p) => menuProjectCore(p, year, asOf, plan));
  const townships = TOWNSHIPS.map((tw) => {
    const mine = results.filter((r) => r.township === tw.code);
    const reasons = mine
      .flatMap((r) => r.reasons.map((x) => ({ x, s: r.status })))
      .sort((a, b) => bySeverity(a.s, b.s))
      .map((r) => r.x);
    return Object.freeze({ code: tw.code, name: tw.name, projects: mine.length, status: worstStatus(mine.map((r) => r.status)), reasons: Object.freeze(reasons) });
  });
  return Object.freeze({ projects: Object.freeze(results), townships: Object.freeze(townships), status: worstStatus(results.map((r) => r.status)) });
}

/** Trace node of one project. */
function projectTrace(project: ParsedMenuProject, r: MenuProjectResult, asOf: IsoDate): Trace {
  const t = new TraceBuilder('menuProject', CLAUSE, TEXT.projectTitle(r.id, project.township.name, project.township.code));
  for (const { step, name } of MENU_PROJECT_STEPS) {
    const d = project.steps[step];
    if (d === undefined) continue;
    t.input(step, d, d <= asOf ? name : TEXT.afterAsOf(name));
  }
  t.step('filingDue', r.filing.due, TEXT.filingDue)
    .step('acceptanceDue', r.acceptance.due, TEXT.acceptanceDue);
  for (const x of r.reasons) t.branch(x.code, x.code, { zh: x.zh, en: x.en }, x.clause);
  if (r.reasons.length === 0) t.branch('procedure', 'met', TEXT.procedureMet, CLAUSE);
  t.result('status', r.status, STATUS_TEXT[r.status]);
  return t.done();
}

/**
 * Checks the procedure and deadlines of menu-style industry projects (clause 2.3.3, I-10).
 *
 * 「“菜单式”项目由村组织踏勘，经村民代表大会讨论通过后，进行项目实施前公示。公示无异议的，报属地乡镇（街道）
 * 确认并汇总后，于3月底前报市农业农村局备案，9月底前完成项目验收。」
 *
 * Each project is `'met'` when all seven steps are recorded, in order, with filing on or before
 * 03-31 and acceptance on or before 09-30; `'pending'` while a deadline ahead is not yet reached;
 * `'overdue'` when a deadline passed without the step; `'failed'` when a step is late, a step is
 * recorded while an earlier one is missing (`'step-missing'`), or steps are dated out of order
 * (`'steps-out-of-order'`). Reason codes: `step-missing`, `steps-out-of-order`, `filing-late`,
 * `filing-overdue`, `filing-pending`, `filing-before-plan`, `acceptance-late`, `acceptance-overdue`,
 * `acceptance-pending`.
 *
 * The 03-31 filing deadline fell before the plan was issued (2023-04-12). Under the reading
 * `deadlineBeforeIssue` `'before-plan'` (the default) a filing after it, or none yet, is
 * `'before-plan'` (`filing-before-plan`, citing the reading), never late or overdue; with
 * `'as-written'` it is judged by the date as written. The year, when given, must lie in the plan's
 * period (PlanNotInForceError otherwise).
 *
 * @param input - `{ year?, asOf, projects: [{ id, township, steps: { survey?, meetingApproval?,
 *   publicNotice?, noObjection?, townshipConfirmation?, filing?, acceptance? } }] }`.
 * @param plan - the plan (default {@link LANXI_2023}).
 * @returns the overall status, one line per project and per township (all 16), and a trace.
 * @throws {@link PolicyInputError} for an unknown township, an invalid date, an unknown step or a repeated id.
 * @throws {@link PlanNotInForceError} for a year outside the plan's period.
 * @example
 * ```ts
 * const steps = { survey: '2023-02-01', meetingApproval: '2023-02-10', publicNotice: '2023-02-15',
 *   noObjection: '2023-02-22', townshipConfirmation: '2023-03-01', filing: '2023-03-31', acceptance: '2023-09-30' };
 * checkMenuProjects({ asOf: '2023-12-31', projects: [{ id: 'P1', township: '游埠镇', steps }] }).projects[0]?.status;
 * //=> 'met'
 * checkMenuProjects({ asOf: '2023-12-31', projects: [{ id: 'P2', township: '游埠镇', steps: { ...steps, filing: '2023-04-01' } }] })
 *   .projects[0]?.reasons[0]?.code;
 * //=> 'filing-before-plan' (03-31 fell before the plan was issued on 2023-04-12)
 * const asWritten = LANXI_2023.with({ readings: { deadlineBeforeIssue: 'as-written' } });
 * checkMenuProjects({ asOf: '2023-12-31', projects: [{ id: 'P2', township: '游埠镇', steps: { ...steps, filing: '2023-04-01' } }] }, asWritten)
 *   .projects[0]?.reasons[0]?.code;
 * //=> 'filing-late'
 * ```
 */
export function checkMenuProjects(input: CheckMenuProjectsInput, plan: Plan = LANXI_2023): CheckMenuProjectsResult {
  const i = parseInput('checkMenuProjects', CheckSchema(), input, MAX_LIST_ITEMS);
  plan = checkPlan('checkMenuProjects', plan);
  const year = i.year ?? plan.year;
  checkYear(year, plan);
  const core = menuProjectsCore(i.projects, year, i.asOf, plan);
  const t = new TraceBuilder('checkMenuProjects', CLAUSE, TEXT.title)
    .input('year', year, TEXT.year)
    .input('asOf', i.asOf, TEXT.asOf)
    .input('projects', i.projects.length, TEXT.projects);
  i.projects.forEach((p, k) => t.child(projectTrace(p, core.projects[k] as MenuProjectResult, i.asOf)));
  t.result('status', core.status, STATUS_TEXT[core.status]);
  return Object.freeze({ ...core, trace: t.done() });
}
