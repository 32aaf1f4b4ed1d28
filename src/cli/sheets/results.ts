/**
 * The sheets of a result workbook: 结果 (a row per household), 贷款明细 (a row per loan), 乡镇汇总
 * (per township and the city), 比较 and 跨线 (for `compare`), 错误 (every rejected cell) and 说明
 * (version, plan, parameters and readings, date of the run). Amounts are the library's Decimals,
 * written as exact fen amounts; township and city totals come from `simulate` over the same
 * households, so they equal the library's totals to the fen.
 *
 * Clause 1 gives the targets (16710 yuan, 15%, 80%); clause 2.3.8 the interest subsidy; clause
 * 2.3.4 the vocational grant.
 *
 * @module
 */
import {
  findTownship, simulate, type Comparison, type ComparisonRow, type Decimal, type Household, type HouseholdAssessment, type HouseholdRow,
  type IncomeTargetsMet, type Plan, type Text,
} from '../../index.js';
import { tr, type Locale } from '../text.js';
import { money, rate, type OutCell, type OutSheet } from './book.js';
import type { SheetIssue } from './cells.js';
import { SHEETS } from './layout.js';
import { ONE_TABLE } from './one-table.js';

const t = (zh: string, en: string): Text => ({ zh, en });
const pick = (locale: Locale, list: readonly Text[]): string[] => list.map((x) => tr(locale, x));

/**
 * The names of the result sheets, in Chinese and English.
 *
 * @example
 * ```ts
 * RESULT_SHEETS.errors; //=> { zh: '错误', en: 'errors' }
 * ```
 */
export const RESULT_SHEETS = {
  results: t('结果', 'results'), loans: t('贷款明细', 'loans'), townships: t('乡镇汇总', 'townships'),
  compare: t('比较', 'comparison'), crossings: t('跨线', 'crossings'), errors: t('错误', 'errors'), about: t('说明', 'about'),
} as const;

/** What the result sheets need to know of the run. */
export interface RunFacts {
  readonly locale: Locale;
  readonly plan: Plan;
  readonly year: number;
  readonly command: string;
  readonly version: string;
  /** The day of the run, YYYY-MM-DD. */
  readonly date: string;
}

const yesNo = (locale: Locale, v: boolean | null): string => (v === null ? '—' : tr(locale, v ? t('是', 'yes') : t('否', 'no')));

/**
 * The township's name, from its code; '' when not given.
 *
 * @example
 * ```ts
 * townshipName('330781102'); //=> '游埠镇'
 * ```
 */
export function townshipName(code: string | undefined): string {
  return code === undefined ? '' : findTownship(code)?.name ?? code;
}

const pct = (d: Decimal): string => `${d.times(100).toFixed()}%`;

/** The header of 结果, with the plan's own thresholds (16710 yuan, 15%, 80% in the 2023 plan). */
function resultHeader(f: RunFacts): string[] {
  const tg = f.plan.params.targets;
  return pick(f.locale, [
    t('户编号', 'household id'), t('乡镇', 'township'), t('人口', 'members'), t('贴息', 'loan subsidy (2.3.8)'),
    t('扶智补助', 'vocational grant (2.3.4)'), t('合计', 'total'), t('人均可支配收入', 'per-capita disposable income'),
    t(`达到${tg.perCapitaIncome.value.toFixed()}元`, `at least ${tg.perCapitaIncome.value.toFixed()} yuan`),
    t(`增幅达${pct(tg.growthRate.value)}`, `growth at least ${pct(tg.growthRate.value)}`),
    t(`转移性收入占比不超过${pct(tg.maxTransferShare.value)}`, `transfer share at most ${pct(tg.maxTransferShare.value)}`),
  ]);
}

function metCells(locale: Locale, m: IncomeTargetsMet): OutCell[] {
  return [yesNo(locale, m.perCapita), yesNo(locale, m.growth), yesNo(locale, m.transferShare)];
}

/**
 * A 结果 row from a population row of `simulate`.
 *
 * @example
 * ```ts
 * const [row] = simulate([{ id: 'H1', category: 'dibao', members: [{ laborCapable: true }], income: { year: 2023, wage: '0', netOperating: '0', netProperty: '0', netTransfer: '9000' } }], { year: 2023 }).perHousehold;
 * row === undefined ? [] : householdRowCells(row, 'zh-CN'); //=> ['H1', '', 1, { money: '0.00' }, { money: '0.00' }, { money: '0.00' }, { money: '9000.00' }, '否', '—', '否']
 * ```
 */
export function householdRowCells(r: HouseholdRow, locale: Locale): OutCell[] {
  return [r.id, townshipName(r.township), r.members, money(r.loanSubsidy), money(r.vocationalGrant), money(r.totalEntitlement),
    money(r.perCapita), ...metCells(locale, r.met)];
}

/** The 积数 of a loan line, when the library gives it. */
function balanceDays(line: object): OutCell | undefined {
  const b: unknown = (line as { balanceDays?: unknown }).balanceDays;
  if (typeof b === 'number') return b;
  if (typeof b === 'object' && b !== null && typeof (b as Decimal).toFixed === 'function') return money(b as Decimal);
  return undefined;
}

/**
 * The 贷款明细 rows of an assessment: one per loan (clause 2.3.8).
 *
 * @example
 * ```ts
 * const a = assessHousehold({ id: 'H1', category: 'dibao', members: [{ laborCapable: true }], income: { year: 2023, wage: '0', netOperating: '0', netProperty: '0', netTransfer: '9000' },
 *   loans: [{ id: 'L1', principal: '50000', annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-05-31' }] }, { year: 2023 });
 * loanCells(a)[0]?.[6]; //=> { money: '891.67' }
 * ```
 */
export function loanCells(a: HouseholdAssessment): OutCell[][] {
  return a.loanSubsidy.loans.map((l) => {
    const b = balanceDays(l);
    return [a.id, l.id, l.days, ...(b === undefined ? [] : [b]), money(l.subsidizedPrincipal), rate(l.subsidyRate), money(l.amount)];
  });
}

/**
 * The 贷款明细 sheet; 积数 is a column when the library reports it.
 *
 * @example
 * ```ts
 * loanSheet([['H1', 'L1', 214, { money: '10700000.00' }, { money: '50000.00' }, { rate: '0.03' }, { money: '891.67' }]], 'zh-CN').header;
 * //=> ['户编号', '贷款编号', '贴息天数', '积数', '贴息本金', '贴息利率', '贴息金额']
 * ```
 */
export function loanSheet(rows: readonly OutCell[][], locale: Locale): OutSheet {
  const withBalance = (rows[0]?.length ?? 6) > 6;
  const header = pick(locale, [
    t('户编号', 'household id'), t('贷款编号', 'loan id'), t('贴息天数', 'days'),
    ...(withBalance ? [t('积数', 'balance-days')] : []),
    t('贴息本金', 'subsidised principal'), t('贴息利率', 'subsidy rate'), t('贴息金额', 'subsidy'),
  ]);
  return { name: tr(locale, RESULT_SHEETS.loans), header, rows };
}

/**
 * The 结果 sheet, its header naming the plan's thresholds.
 *
 * @example
 * ```ts
 * const facts = { locale: 'zh-CN' as const, plan: LANXI_2023, year: 2023, command: 'assess', version: '0.1.0', date: '2023-12-31' };
 * resultSheet([], facts).header[7]; //=> '达到16710元'
 * ```
 */
export function resultSheet(rows: readonly OutCell[][], f: RunFacts): OutSheet {
  return { name: tr(f.locale, RESULT_SHEETS.results), header: resultHeader(f), rows, widths: [14, 12, 6, 12, 12, 12, 16, 14, 12, 24] };
}

/** Households grouped by township, in the order of the 16 codes, those without one last. */
function byTownship(households: readonly Household[]): [string, Household[]][] {
  const m = new Map<string, Household[]>();
  for (const h of households) {
    const k = h.township ?? '';
    const list = m.get(k);
    if (list === undefined) m.set(k, [h]);
    else list.push(h);
  }
  return [...m.entries()].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The 乡镇汇总 sheet: per township and for the whole city, the households, members, cost by
 * benefit and the income targets of clause 1 (Σ income / Σ members), each from `simulate`.
 *
 * @example
 * ```ts
 * const pop = syntheticPopulation({ size: 20, seed: 1 });
 * const facts = { locale: 'zh-CN' as const, plan: LANXI_2023, year: 2023, command: 'assess', version: '0.1.0', date: '2023-12-31' };
 * townshipSheet(preparePopulation(pop).households, facts).rows.at(-1)?.[0]; //=> '全市'
 * ```
 */
export function townshipSheet(households: readonly Household[], f: RunFacts): OutSheet {
  const { locale, year, plan } = f;
  const header = pick(locale, [
    t('乡镇', 'township'), t('户数', 'households'), t('人口', 'members'), t('贴息', 'loan subsidy (2.3.8)'),
    t('扶智补助', 'vocational grant (2.3.4)'), t('合计', 'total'), t('人均可支配收入', 'per-capita disposable income'),
    t('人均达标', 'per capita met'), t('达到人均目标户数', 'households meeting per capita'),
    t('增幅达标户数', 'households meeting growth'), t('转移占比达标户数', 'households meeting transfer share'),
  ]);
  const line = (name: string, group: readonly Household[]): OutCell[] => {
    const s = simulate(group, { year, plan });
    const g = s.targets;
    return [name, s.households, s.members, money(s.byBenefit.loanSubsidy), money(s.byBenefit.vocationalGrant), money(s.totalEntitlement),
      g.perCapita === null ? '—' : money(g.perCapita), yesNo(locale, g.perCapita === null ? null : g.met.perCapita),
      g.householdsMeeting.perCapita, g.householdsMeeting.growth, g.householdsMeeting.transferShare];
  };
  const rows = byTownship(households).map(([code, group]) => line(code === '' ? tr(locale, t('（未填乡镇）', '(no township)')) : townshipName(code), group));
  rows.push(line(tr(locale, t('全市', 'city')), households));
  return { name: tr(locale, RESULT_SHEETS.townships), header, rows, widths: [16, 8, 8, 14, 14, 14, 16, 10, 16, 14, 16] };
}

/**
 * The 比较 and 跨线 sheets of a comparison: before and after per household (I-9: the change in
 * entitlements is added to net transfer income), and the households crossing the per-capita line.
 *
 * @example
 * ```ts
 * const pop = syntheticPopulation({ size: 20, seed: 1 });
 * const facts = { locale: 'zh-CN' as const, plan: LANXI_2023, year: 2023, command: 'assess', version: '0.1.0', date: '2023-12-31' };
 * const reform = LANXI_2023.with({ vocationalGrant: { amount: 4000 } });
 * compareSheets(compare(pop, { year: 2023, reform }), facts).map((s) => s.name); //=> ['比较', '跨线', '乡镇汇总']
 * ```
 */
export function compareSheets(c: Comparison, f: RunFacts): OutSheet[] {
  const { locale } = f;
  const lineText = c.line.toFixed();
  const header = pick(locale, [
    t('户编号', 'household id'), t('乡镇', 'township'), t('人口', 'members'), t('改革前合计', 'total before'), t('改革后合计', 'total after'),
    t('补助变化', 'change'), t('改革前人均可支配收入', 'per capita before'), t('改革后人均可支配收入', 'per capita after'),
    t(`跨越${lineText}元线`, `crosses ${lineText} yuan`),
  ]);
  const crossing = (x: 'up' | 'down' | null): string => (x === null ? '—' : tr(locale, x === 'up' ? t('向上', 'up') : t('向下', 'down')));
  const rows = c.perHousehold.map((r): OutCell[] => [r.id, townshipName(r.township), r.members, money(r.entitlementBefore), money(r.entitlementAfter),
    money(r.entitlementChange), money(r.perCapitaBefore), money(r.perCapitaAfter), crossing(r.crossed)]);
  const widths = [14, 12, 6, 12, 12, 12, 18, 18, 14];
  return [
    { name: tr(locale, RESULT_SHEETS.compare), header, rows, widths },
    { name: tr(locale, RESULT_SHEETS.crossings), header, rows: rows.filter((_, i) => c.perHousehold[i]?.crossed !== null), widths },
    compareTownships(c, locale),
  ];
}

/** 乡镇汇总 of a comparison: per township and the city, the totals before and after and the crossings. */
function compareTownships(c: Comparison, locale: Locale): OutSheet {
  const header = pick(locale, [
    t('乡镇', 'township'), t('户数', 'households'), t('人口', 'members'), t('改革前合计', 'total before'), t('改革后合计', 'total after'),
    t('补助变化', 'change'), t('受益户数', 'gainers'), t('受损户数', 'losers'), t('向上跨线户数', 'crossing up'), t('向下跨线户数', 'crossing down'),
  ]);
  const groups = new Map<string, ComparisonRow[]>();
  for (const r of c.perHousehold) {
    const list = groups.get(r.township ?? '');
    if (list === undefined) groups.set(r.township ?? '', [r]);
    else list.push(r);
  }
  const zero = c.delta.totalEntitlement.minus(c.delta.totalEntitlement);
  const line = (name: string, list: readonly ComparisonRow[]): OutCell[] => {
    let before = zero;
    let after = zero;
    for (const r of list) {
      before = before.plus(r.entitlementBefore);
      after = after.plus(r.entitlementAfter);
    }
    const count = (f: (r: ComparisonRow) => boolean): number => list.filter(f).length;
    return [name, list.length, list.reduce((n, r) => n + r.members, 0), money(before), money(after), money(after.minus(before)),
      count((r) => r.entitlementChange.gt(0)), count((r) => r.entitlementChange.lt(0)), count((r) => r.crossed === 'up'), count((r) => r.crossed === 'down')];
  };
  const rows = [...groups.entries()].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([code, list]) => line(code === '' ? tr(locale, t('（未填乡镇）', '(no township)')) : townshipName(code), list));
  rows.push(line(tr(locale, t('全市', 'city')), c.perHousehold));
  return { name: tr(locale, RESULT_SHEETS.townships), header, rows, widths: [16, 8, 8, 14, 14, 14, 10, 10, 12, 12] };
}

/** Sheets in the order their problems are listed. */
const SHEET_ORDER: readonly string[] = [...SHEETS.map((x) => x.name), ONE_TABLE.name, 'JSON'];

/**
 * The 错误 sheet: 工作表 · 行 · 列 · 说明, then the cell, the household id (when safe) and the code.
 * Nothing in it repeats a cell's content.
 *
 * @example
 * ```ts
 * errorSheet([{ at: { sheet: '成员', row: 5, column: '身份证号', letter: 'B' }, code: 'invalid_id_checksum', text: { zh: '未通过校验', en: 'fails the check' } }], 'zh-CN').rows[0];
 * //=> ['成员', 5, '身份证号', '未通过校验', 'B5', '', 'invalid_id_checksum']
 * ```
 */
export function errorSheet(issues: readonly SheetIssue[], locale: Locale): OutSheet {
  const header = pick(locale, [t('工作表', 'sheet'), t('行', 'row'), t('列', 'column'), t('说明', 'problem'), t('单元格', 'cell'), t('户编号', 'household id'), t('代码', 'code')]);
  const order = (name: string): number => {
    const k = SHEET_ORDER.indexOf(name);
    return k === -1 ? SHEET_ORDER.length : k;
  };
  const sorted = [...issues].sort((a, b) => order(a.at.sheet) - order(b.at.sheet) || a.at.row - b.at.row);
  const rows = sorted.map((i): OutCell[] => [i.at.sheet, i.at.row, i.at.column, tr(locale, i.text), i.at.letter === '' ? '' : `${i.at.letter}${i.at.row}`, i.id ?? '', i.code]);
  return { name: tr(locale, RESULT_SHEETS.errors), header, rows, widths: [12, 6, 16, 60, 8, 14, 24] };
}

/** The value of a parameter or reading as text. */
function valueText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && typeof (v as Decimal).toFixed === 'function') return (v as Decimal).toFixed();
  return String(v);
}

/**
 * The 说明 sheet: the package version, the plan (label, fingerprint, date of force), the year,
 * the command, the date of the run, the totals, then every parameter (path, value, unit, clause)
 * and every reading the plan has.
 *
 * @example
 * ```ts
 * const facts = { locale: 'zh-CN' as const, plan: LANXI_2023, year: 2023, command: 'assess', version: '0.1.0', date: '2023-12-31' };
 * aboutSheet(facts, []).rows[0]; //=> ['软件', 'lanxi-policy 0.1.0']
 * ```
 */
export function aboutSheet(f: RunFacts, extra: readonly (readonly OutCell[])[]): OutSheet {
  const { locale, plan } = f;
  const L = (zh: string, en: string): string => tr(locale, t(zh, en));
  const fingerprint = (plan as { fingerprint?: unknown }).fingerprint;
  const rows: OutCell[][] = [
    [L('软件', 'software'), `lanxi-policy ${f.version}`],
    [L('方案', 'plan'), `${plan.label} · 兰溪市2023年低收入农户增收行动方案`],
    ...(typeof fingerprint === 'string' ? [[L('方案指纹', 'plan fingerprint'), fingerprint]] : []),
    [L('实施日期', 'in force from'), plan.effectiveFrom],
    [L('年度', 'year'), f.year],
    [L('命令', 'command'), f.command],
    [L('运行日期', 'date of the run'), f.date],
    ...extra.map((r) => [...r]),
    [L('改变的参数', 'parameters changed'), plan.overridden.length === 0 ? L('无', 'none') : plan.overridden.join(', ')],
    [],
    [L('参数', 'parameter'), L('取值', 'value'), L('单位', 'unit'), L('条款', 'clause')],
  ];
  const params = plan.params as unknown as Record<string, Record<string, { value: unknown; unit?: string; clause?: string }>>;
  for (const [group, list] of Object.entries(params)) {
    for (const [name, p] of Object.entries(list)) rows.push([`${group}.${name}`, valueText(p.value), p.unit ?? '', p.clause ?? '']);
  }
  const readings = (plan as unknown as { readings?: Record<string, { value?: unknown; clause?: string }> }).readings;
  if (readings !== undefined) {
    rows.push([], [L('解读', 'reading'), L('取值', 'value'), '', L('条款', 'clause')]);
    for (const [name, r] of Object.entries(readings)) rows.push([`readings.${name}`, valueText(r.value), '', r.clause ?? '']);
  }
  return { name: tr(locale, RESULT_SHEETS.about), header: [L('项目', 'item'), L('内容', 'content'), '', ''], rows: rows.map((r) => (r.length === 0 ? [null] : r)), widths: [30, 48, 16, 10] };
}
