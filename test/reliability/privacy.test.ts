/**
 * Privacy: resident ID numbers (checksum-valid, synthetic) and personal names placed in every string
 * position of household records and rule inputs — ids, village, aid names, dates, amounts, unknown
 * keys and their values — never appear in an error (message or issue), a trace, explain() in either
 * locale, or toTableRows in either locale. Ids the caller chose as labels (a household's, a loan's,
 * a roster's, a project's, an application's, a dividend holder's) are repeated by design when they
 * are safe labels; an ID number used as such an id is rejected, and the error does not repeat it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LANXI_2023, allocateDividendsWithTrace, assessHousehold, checkMenuProjects, checkMonthlyVisits, checkTraining,
  checkVocationalGrantReviews, compare, costCurveSpec, explain, householdLoanSubsidy, incomeTargets, loanInterestSubsidy,
  maskIdNumber, milestoneStatus, monthlyVisits, parseHousehold, parseHouseholds, perCapitaDistributionSpec, planAt,
  populationIncomeTargets, preparePopulation, projectIncomeRule, rentSubsidy, safeParseHousehold, simulate, sweep,
  toTableRows, trainingQuota, vocationalGrant, type Comparison, type PopulationSummary, type SweepResult,
} from '../../src/index.js';
import { householdJson } from '../helpers/builders.js';
import { ID_NUMBERS, NAMES, idNumberArb, leaks, nameArb } from '../helpers/people.js';

type Json = Record<string, unknown>;
type Path = readonly (string | number)[];

/** Everything a call shows a person: its error, or its trace, explain() in both locales, its table rows and charts. */
function shown(f: () => unknown): string {
  const out: string[] = [];
  let result: unknown;
  try {
    result = f();
  } catch (e) {
    const err = e as Error & { issues?: unknown; fn?: unknown };
    out.push(String(err.message), JSON.stringify(err.issues ?? null), String(err.fn ?? ''), String(err.name));
    return out.join('\n');
  }
  collect(result, out);
  return out.join('\n');
}

function collect(result: unknown, out: string[]): void {
  if (result === null || typeof result !== 'object') return;
  const r = result as Json;
  if (r['trace'] !== undefined) {
    out.push(JSON.stringify(r['trace']), explain(r as never), explain(r as never, { locale: 'en' }));
  }
  if (r['error'] instanceof Error) {
    const e = r['error'] as Error & { issues?: unknown };
    out.push(e.message, JSON.stringify(e.issues));
  }
  if (Array.isArray(r['errors'])) out.push(JSON.stringify(r['errors']));
  if (r['reasons'] !== undefined) out.push(JSON.stringify(r['reasons']));
  if (r['targets'] !== undefined && r['byBenefit'] !== undefined) {
    out.push(JSON.stringify(toTableRows(r as unknown as PopulationSummary)), JSON.stringify(toTableRows(r as unknown as PopulationSummary, { locale: 'en' })));
  }
  if (r['delta'] !== undefined) {
    const c = r as unknown as Comparison;
    out.push(JSON.stringify(toTableRows(c)), JSON.stringify(toTableRows(c, { locale: 'en' })), JSON.stringify(perCapitaDistributionSpec(c)));
    collect(c.baseline, out);
    collect(c.reform, out);
  }
  if (typeof r['path'] === 'string' && Array.isArray(r['rows'])) {
    const s = r as unknown as SweepResult;
    out.push(JSON.stringify(toTableRows(s)), JSON.stringify(toTableRows(s, { locale: 'en' })), JSON.stringify(costCurveSpec(s, { locale: 'en' })));
  }
  // the programme checks: townships' and households' lines carry reasons
  for (const k of ['townships', 'households', 'cadres', 'projects', 'applications']) {
    if (Array.isArray(r[k])) out.push(JSON.stringify((r[k] as Json[]).map((l) => l['reason'] ?? l['reasons'] ?? l['findings'] ?? null)));
  }
}

function put<T extends Json>(o: T, path: Path, value: unknown): T {
  let node: Json = o;
  for (const seg of path.slice(0, -1)) node = node[seg as string] as Json;
  node[path[path.length - 1] as string] = value;
  return o;
}

/** Where personal data can go in a household record; `label`: an id the caller chose, repeated by design. */
const HOUSEHOLD_PLACES: readonly { readonly path: Path; readonly label?: true; readonly key?: true }[] = [
  { path: ['id'], label: true }, { path: ['township'] }, { path: ['village'] }, { path: ['category'] }, { path: ['riskColor'] },
  { path: ['members', 0, 'idNumber'] }, { path: ['members', 1, 'idNumber'] }, { path: ['members', 0, 'birthDate'] },
  { path: ['members', 0, 'schooling'] }, { path: ['members', 0, 'laborCapable'] },
  { path: ['income', 'year'] }, { path: ['income', 'wage'] }, { path: ['income', 'netTransfer'] }, { path: ['previousPerCapita'] },
  { path: ['loans', 0, 'id'], label: true }, { path: ['loans', 0, 'principal'] }, { path: ['loans', 0, 'annualRate'] },
  { path: ['loans', 0, 'startDate'] }, { path: ['loans', 0, 'creditLimit'] },
  { path: ['otherEducationAid', 0, 'name'] }, { path: ['otherEducationAid', 0, 'amount'] }, { path: ['otherEducationAid', 0, 'stackable'] },
  // unknown keys: the personal data as the key, and as its value
  { path: [], key: true }, { path: ['members', 0], key: true }, { path: ['income'], key: true },
  { path: ['loans', 0], key: true }, { path: ['otherEducationAid', 0], key: true },
];

function householdWith(place: (typeof HOUSEHOLD_PLACES)[number], value: string): Json {
  const h = householdJson('HH-PRIVATE');
  if (place.key) {
    const target = place.path.length === 0 ? h : place.path.reduce<Json>((n, seg) => n[seg as string] as Json, h);
    target[value] = value;
    target['note'] = value;
    return h;
  }
  return put(h, place.path, value);
}

/** Every way a household reaches a person: parsing, assessment, batches, what-ifs and their tables. */
const HOUSEHOLD_VIEWS: readonly [string, (h: Json) => unknown][] = [
  ['parseHousehold', (h) => parseHousehold(h)],
  ['safeParseHousehold', (h) => safeParseHousehold(h)],
  ['parseHouseholds', (h) => parseHouseholds([householdJson('HH-OK'), h])],
  ['preparePopulation', (h) => preparePopulation([householdJson('HH-OK'), h])],
  ['assessHousehold', (h) => assessHousehold(h, { year: 2023 })],
  ['simulate', (h) => simulate([householdJson('HH-OK'), h], { year: 2023 })],
  ['compare', (h) => compare([householdJson('HH-OK'), h], { year: 2023, reform: { microcredit: { floorRate: '0.04' } } })],
  ['sweep', (h) => sweep([householdJson('HH-OK'), h], { year: 2023, path: 'vocationalGrant.amount', values: [3000, 4000] })],
];

/** What a parse returns is the caller's own record: only what reports and explains it is checked. */
function viewShown(name: string, f: () => unknown): string {
  if (name === 'parseHousehold' || name === 'parseHouseholds' || name === 'preparePopulation' || name === 'safeParseHousehold') {
    try {
      const r = f() as Json;
      const out: string[] = [];
      if (r['error'] instanceof Error) out.push((r['error'] as Error).message, JSON.stringify((r['error'] as unknown as { issues: unknown }).issues));
      if (Array.isArray(r['errors'])) out.push(JSON.stringify(r['errors']));
      return out.join('\n');
    } catch (e) {
      const err = e as Error & { issues?: unknown };
      return `${err.message}\n${JSON.stringify(err.issues ?? null)}`;
    }
  }
  return shown(f);
}

describe('personal data in household records', () => {
  for (const place of HOUSEHOLD_PLACES) {
    const where = place.key ? `an unknown key (and its value) at ${place.path.join('.') || 'the root'}` : place.path.join('.');
    it(`never shows an ID number${place.label ? '' : ' or a name'} put in ${where}`, () => {
      const values = place.label ? ID_NUMBERS : [...ID_NUMBERS, ...NAMES];
      for (const value of values) {
        for (const [name, view] of HOUSEHOLD_VIEWS) {
          const text = viewShown(name, () => view(householdWith(place, value)));
          expect(leaks(text, [value]), `${name}: ${where} = ${value}`).toBeUndefined();
        }
      }
    });
  }

  it('rejects an ID number used as a household id or a loan id, without repeating it', () => {
    for (const id of ID_NUMBERS) {
      for (const path of [['id'], ['loans', 0, 'id']] as const) {
        const r = safeParseHousehold(put(householdJson('HH-X'), path, id));
        expect(r.success, `${path.join('.')} = ${id}`).toBe(false);
        if (r.success) continue;
        expect(r.error.issues.map((i) => i.code)).toContain('id_looks_like_personal_data');
        expect(leaks(`${r.error.message}${JSON.stringify(r.error.issues)}`, [id])).toBeUndefined();
      }
      const batch = parseHouseholds([householdJson('HH-OK'), householdJson(id)]);
      expect(batch.errors).toHaveLength(1);
      expect(batch.errors[0]?.id).toBeUndefined();
      expect(leaks(JSON.stringify(batch.errors), [id])).toBeUndefined();
    }
  });

  it('repeats a household id chosen as a label, by design, and only that', () => {
    const a = assessHousehold(householdJson('HH-LABEL'), { year: 2023 });
    expect(a.id).toBe('HH-LABEL');
    const s = simulate([householdJson('HH-LABEL')], { year: 2023 });
    expect(s.perHousehold[0]?.id).toBe('HH-LABEL');
  });

  it('keeps random ID numbers and names out of what it shows, wherever they are put', () => {
    const places = HOUSEHOLD_PLACES.filter((p) => !p.label);
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.oneof(idNumberArb, nameArb), fc.constantFrom(...HOUSEHOLD_VIEWS), (place, value, [name, view]) => {
        const text = viewShown(name, () => view(householdWith(place, value)));
        return leaks(text, [value]) === undefined;
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps the ID numbers of valid members out of every trace and explanation', () => {
    fc.assert(
      fc.property(fc.array(idNumberArb, { minLength: 1, maxLength: 4 }), (ids) => {
        const members = [...new Set(ids)].map((idNumber) => ({ idNumber, laborCapable: true }));
        const h = householdJson('HH-IDS', { members });
        const text = [
          shown(() => assessHousehold(h, { year: 2023 })),
          shown(() => simulate([h], { year: 2023 })),
          shown(() => compare([h], { year: 2023, reform: { vocationalGrant: { amount: 4000 } } })),
        ].join('\n');
        return leaks(text, ids) === undefined;
      }),
      { numRuns: 200 },
    );
  });
});

/** A rule's input with personal data at a path; `label`: an id repeated by design. */
interface RulePlace {
  readonly fn: string;
  readonly path: Path;
  readonly label?: true;
  readonly call: (input: Json) => unknown;
  readonly input: () => Json;
}

const loan = () => ({ id: 'loan-1', principal: '60000', annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-06-01', creditLimit: '80000', interestPaid: '2000' });
const visit = () => ({ householdId: 'H1', township: '兰江街道', cadreId: 'C1', date: '2023-06-15' });

const RULE_PLACES: readonly RulePlace[] = [
  ...['principal', 'annualRate', 'days', 'interestPaid', 'unknown'].map((k): RulePlace => ({
    fn: 'loanInterestSubsidy', path: [k], call: (i) => loanInterestSubsidy(i as never), input: () => ({ principal: 50000, annualRate: '0.0435', days: 360, interestPaid: '2000' }),
  })),
  ...['id', 'principal', 'startDate', 'endDate', 'creditLimit', 'unknown'].map((k): RulePlace => ({
    fn: 'householdLoanSubsidy', path: ['loans', 0, k], ...(k === 'id' ? { label: true as const } : {}),
    call: (i) => householdLoanSubsidy(i as never), input: () => ({ year: 2023, loans: [loan()] }),
  })),
  { fn: 'householdLoanSubsidy', path: ['year'], call: (i) => householdLoanSubsidy(i as never), input: () => ({ year: 2023, loans: [loan()] }) },
  ...['rentPaid', 'inKeyAssistanceVillage', 'laborCapableLowIncomeHouseholds', 'unknown'].map((k): RulePlace => ({
    fn: 'rentSubsidy', path: [k], call: (i) => rentSubsidy(i as never),
    input: () => ({ rentPaid: '50000', inKeyAssistanceVillage: true, laborCapableLowIncomeHouseholds: 10, employedLowIncomeHouseholds: 5 }),
  })),
  ...[['otherAid', 0, 'name'], ['otherAid', 1, 'name'], ['otherAid', 0, 'amount'], ['vocationalStudents'], ['otherAid', 0, 'unknown']].map((path): RulePlace => ({
    fn: 'vocationalGrant', path, call: (i) => vocationalGrant(i as never),
    input: () => ({ vocationalStudents: 1, otherAid: [{ name: '国家助学金', amount: '2000', stackable: false }, { name: '雨露计划', amount: '3000', stackable: true }] }),
  })),
  ...['income', 'allocatedToLowIncome', 'unknown'].map((k): RulePlace => ({
    fn: 'projectIncomeRule', path: [k], call: (i) => projectIncomeRule(i as never), input: () => ({ income: '10000', allocatedToLowIncome: '3000' }),
  })),
  ...[['members'], ['income', 'wage'], ['income', 'unknown'], ['previousPerCapita']].map((path): RulePlace => ({
    fn: 'incomeTargets', path, call: (i) => incomeTargets(i as never),
    input: () => ({ members: 3, income: { wage: '21000', netOperating: 0, netProperty: 0, netTransfer: '14000' }, previousPerCapita: '11000' }),
  })),
  ...[['households', 0, 'members'], ['households', 0, 'income', 'wage']].map((path): RulePlace => ({
    fn: 'populationIncomeTargets', path, call: (i) => populationIncomeTargets(i as never),
    input: () => ({ households: [{ members: 3, income: { wage: '21000', netOperating: 0, netProperty: 0, netTransfer: '14000' } }] }),
  })),
  ...[['trainees', 0], ['trainees', 1], ['completedOn']].map((path): RulePlace => ({
    fn: 'trainingQuota', path, call: (i) => trainingQuota(i as never), input: () => ({ trainees: ['T-1', 'T-2'], completedOn: '2023-10-31' }),
  })),
  ...[['from'], ['visits', 0]].map((path): RulePlace => ({
    fn: 'monthlyVisits', path, call: (i) => monthlyVisits(i as never), input: () => ({ from: '2023-06-01', to: '2023-08-31', visits: ['2023-06-02'] }),
  })),
  ...[['asOf'], ['completedOn']].map((path): RulePlace => ({
    fn: 'milestoneStatus', path, call: (i) => milestoneStatus('skills-training', i as never), input: () => ({ completedOn: '2023-10-21', asOf: '2023-11-01' }),
  })),
  ...[['visits', 0, 'householdId'], ['visits', 0, 'cadreId'], ['households', 0, 'householdId'], ['visits', 0, 'township'], ['visits', 0, 'date']].map((path): RulePlace => ({
    fn: 'checkMonthlyVisits', path, ...(String(path[2]).endsWith('Id') ? { label: true as const } : {}),
    call: (i) => checkMonthlyVisits(i as never),
    input: () => ({ from: '2023-06-01', to: '2023-07-31', asOf: '2023-08-01', households: [{ householdId: 'H2', township: '兰江街道', cadreId: 'C1' }], visits: [visit()] }),
  })),
  ...[['records', 0, 'personId'], ['records', 0, 'course'], ['records', 0, 'township']].map((path): RulePlace => ({
    fn: 'checkTraining', path, call: (i) => checkTraining(i as never),
    input: () => ({ year: 2023, asOf: '2023-11-01', records: [{ personId: 'T-1', township: '兰江街道', course: '技能', date: '2023-06-01' }] }),
  })),
  ...[['projects', 0, 'id'], ['projects', 0, 'township'], ['projects', 0, 'steps', 'filing']].map((path): RulePlace => ({
    fn: 'checkMenuProjects', path, ...(path[2] === 'id' ? { label: true as const } : {}), call: (i) => checkMenuProjects(i as never),
    input: () => ({ year: 2023, asOf: '2023-11-01', projects: [{ id: 'P1', township: '游埠镇', steps: { survey: '2023-02-01', filing: '2023-04-01' } }] }),
  })),
  ...[['applications', 0, 'id'], ['applications', 0, 'reviewedOn']].map((path): RulePlace => ({
    fn: 'checkVocationalGrantReviews', path, ...(path[2] === 'id' ? { label: true as const } : {}), call: (i) => checkVocationalGrantReviews(i as never),
    input: () => ({ year: 2023, asOf: '2023-11-01', applications: [{ id: 'A1', township: '梅江镇', reviewedOn: '2023-10-25' }] }),
  })),
  { fn: 'plan.with', path: ['effectiveFrom'], call: (i) => LANXI_2023.with(i as never), input: () => ({ effectiveFrom: '2023-01-01' }) },
  { fn: 'plan.with', path: ['microcredit', 'floorRate'], call: (i) => LANXI_2023.with(i as never), input: () => ({ microcredit: { floorRate: '0.04' } }) },
  { fn: 'planAt', path: ['date'], call: (i) => planAt(i['date'] as string), input: () => ({ date: '2023-06-01' }) },
];

function ruleInput(place: RulePlace, value: string): Json {
  const input = place.input();
  if (place.path[place.path.length - 1] === 'unknown') {
    const parent = place.path.slice(0, -1).reduce<Json>((n, seg) => n[seg as string] as Json, input);
    parent[value] = value;
    return input;
  }
  return put(input, place.path, value);
}

describe('personal data in rule inputs', () => {
  for (const place of RULE_PLACES) {
    it(`${place.fn} never shows an ID number${place.label ? '' : ' or a name'} put in ${place.path.join('.')}`, () => {
      for (const value of place.label ? ID_NUMBERS : [...ID_NUMBERS, ...NAMES]) {
        expect(leaks(shown(() => place.call(ruleInput(place, value))), [value]), `${place.fn}: ${place.path.join('.')} = ${value}`).toBeUndefined();
      }
    });
  }

  it('rejects an ID number used as an echoed id, without repeating it', () => {
    for (const place of RULE_PLACES.filter((p) => p.label)) {
      for (const id of ID_NUMBERS) {
        try {
          place.call(ruleInput(place, id));
          expect.unreachable(`${place.fn}: ${place.path.join('.')} accepted an ID number`);
        } catch (e) {
          const err = e as Error & { issues: readonly { code: string }[] };
          expect(err.name).toBe('PolicyInputError');
          expect(err.issues.map((i) => i.code)).toContain('id_looks_like_personal_data');
          expect(leaks(`${err.message}${JSON.stringify(err.issues)}`, [id])).toBeUndefined();
        }
      }
    }
  });

  it('rejects an ID number as a dividend holder without repeating it, and never traces a name put in a share', () => {
    for (const id of ID_NUMBERS) {
      const text = shown(() => allocateDividendsWithTrace('100', { [id]: '1', 'HH-1': '1' }));
      expect(text).toContain('holder_looks_like_personal_data');
      expect(leaks(text, [id])).toBeUndefined();
    }
    for (const value of [...ID_NUMBERS, ...NAMES]) {
      expect(leaks(shown(() => allocateDividendsWithTrace('100', { 'HH-1': value, 'HH-2': '1' })), [value])).toBeUndefined();
      expect(leaks(shown(() => allocateDividendsWithTrace(value, { 'HH-1': '1' })), [value])).toBeUndefined();
    }
  });

  it('keeps random ID numbers and names out of errors, traces and explanations, wherever they are put', () => {
    const places = RULE_PLACES.filter((p) => !p.label);
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.oneof(idNumberArb, nameArb), (place, value) =>
        leaks(shown(() => place.call(ruleInput(place, value))), [value]) === undefined),
      { numRuns: 2000 },
    );
  });
});

describe('maskIdNumber', () => {
  /** Asserts the mask shows nothing but the first 6 and the last 2 characters (by code point). */
  function revealsAtMostEnds(value: string): boolean {
    const chars = Array.from(value);
    const masked = Array.from(maskIdNumber(value));
    if (masked.length !== chars.length) return false;
    return masked.every((m, i) => m === '*' || ((i < 6 || i >= chars.length - 2) && m === chars[i]));
  }

  it('never reveals more than the first 6 and the last 2 characters of an ID number', () => {
    fc.assert(fc.property(idNumberArb, (id) => {
      const masked = maskIdNumber(id);
      return revealsAtMostEnds(id) && masked.slice(6, 16) === '*'.repeat(10) && !masked.includes(id.slice(6, 14));
    }), { numRuns: 2000 });
  });

  it('never reveals more than the first 6 and the last 2 characters of any text', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), nameArb), revealsAtMostEnds), { numRuns: 3000 });
  });

  it('hides a name entirely', () => {
    for (const name of NAMES) expect(maskIdNumber(name)).toBe('*'.repeat(Array.from(name).length));
  });
});
