/**
 * The words of the check of menu-style industry projects (clause 2.3.3), in Chinese and English: the
 * names of the seven steps in the plan's words, the trace's titles and labels, and the reasons a
 * project is not met (a step missing or out of order, a deadline late, overdue, pending or before the
 * plan was issued).
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of `checkMenuProjects`: the steps' names and the labels as constants, the reasons as
 * functions of the project, the step and the dates they show.
 *
 * @example
 * ```ts
 * MENU_PROJECTS_TEXT.steps.filing.zh; //=> '报市农业农村局备案'
 * MENU_PROJECTS_TEXT.pending('P1', MENU_PROJECTS_TEXT.steps.acceptance, '2023-09-30').en;
 * //=> 'project P1: acceptance not yet done; due 2023-09-30'
 * ```
 */
export const MENU_PROJECTS_TEXT = Object.freeze({
  steps: Object.freeze({
    survey: t('村组织踏勘', 'survey by the village'),
    meetingApproval: t('村民代表大会讨论通过', "approval by the villagers' representative meeting"),
    publicNotice: t('项目实施前公示', 'public notice'),
    noObjection: t('公示无异议', 'no objection to the notice'),
    townshipConfirmation: t('属地乡镇（街道）确认', 'confirmation by the township'),
    filing: t('报市农业农村局备案', 'filing with the city agriculture bureau'),
    acceptance: t('项目验收', 'acceptance'),
  }),
  late: (project: string, step: Text, done: string, due: string, daysLate: number): Text =>
    t(`项目 ${project}：${done} 完成“${step.zh}”，晚于期限 ${due}（逾期 ${daysLate} 天）`,
      `project ${project}: ${step.en} on ${done}, after the due date ${due} (${daysLate} day(s) late)`),
  overdue: (project: string, step: Text, asOf: string, due: string, daysLate: number): Text =>
    t(`项目 ${project}：截至 ${asOf} 未完成“${step.zh}”，已过期限 ${due}（逾期 ${daysLate} 天）`,
      `project ${project}: no ${step.en} as of ${asOf}, past the due date ${due} (${daysLate} day(s))`),
  pending: (project: string, step: Text, due: string): Text =>
    t(`项目 ${project}：尚未完成“${step.zh}”，期限 ${due}`, `project ${project}: ${step.en} not yet done; due ${due}`),
  beforePlan: (project: string, step: Text, why: Text, quote: string): Text =>
    t(`项目 ${project}：“${step.zh}”${why.zh}（解读 deadlineBeforeIssue：「${quote}」）`,
      `project ${project}: ${step.en} ${why.en} (reading deadlineBeforeIssue: “${quote}”)`),
  stepMissing: (project: string, step: Text, before: Text): Text =>
    t(`项目 ${project}：未经“${before.zh}”即“${step.zh}”`, `project ${project}: ${step.en} recorded without ${before.en} before it`),
  outOfOrder: (project: string, step: Text, date: string, last: Text, lastDate: string): Text =>
    t(`项目 ${project}：“${step.zh}”（${date}）早于“${last.zh}”（${lastDate}），程序倒置`,
      `project ${project}: ${step.en} (${date}) is dated before ${last.en} (${lastDate}), out of order`),
  projectTitle: (id: string, townshipName: string, townshipCode: string): Text =>
    t(`“菜单式”项目 ${id}（${townshipName}）`, `Menu-style project ${id} (${townshipCode})`),
  afterAsOf: (step: Text): Text => t(`${step.zh}（晚于统计日期，不计）`, `${step.en} (after the status date, not counted)`),
  filingDue: t('备案期限：「于3月底前报市农业农村局备案」（I-10）', 'filing due: “于3月底前报市农业农村局备案” (I-10)'),
  acceptanceDue: t('验收期限：「9月底前完成项目验收」（I-10）', 'acceptance due: “9月底前完成项目验收” (I-10)'),
  procedureMet: t('七个环节齐全、顺序正确，按期备案和验收', 'all seven steps, in order, filed and accepted on time'),
  title: t('“菜单式”产业项目程序与时限', 'Menu-style projects: procedure and deadlines'),
  year: t('年度', 'year'),
  asOf: t('统计日期', 'status as of'),
  projects: t('项目数', 'projects'),
});
