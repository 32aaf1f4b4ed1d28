/**
 * A representative set of computations over the whole public API, as JSON text: every rule with its
 * trace, explanations in both locales, household records, a population with simulate, compare and
 * sweep, the programme checks, the report tables and charts, and errors. The determinism tests run
 * it repeatedly, under several time zones, and against the ESM and CommonJS builds, and compare the
 * text byte for byte.
 *
 * It takes the library as an argument so that the same code runs over `src/index.ts`, `dist/index.js`
 * and `dist/index.cjs`.
 */
import type * as Lib from '../../src/index.js';

type L = typeof Lib;

/** A result, or the error it threw, as plain data. */
function attempt(f: () => unknown): unknown {
  try {
    return { ok: f() };
  } catch (e) {
    const err = e as Error & { issues?: unknown; date?: unknown };
    return { error: { name: err.name, message: err.message, issues: err.issues ?? null, date: err.date ?? null } };
  }
}

const household = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  township: '游埠镇',
  village: '示例村',
  inKeyAssistanceVillage: true,
  category: 'dibao',
  riskColor: 'yellow',
  members: [
    { birthDate: '1949-12-31', laborCapable: false },
    { birthDate: '1994-12-31', laborCapable: true, schooling: 'none' },
    { birthDate: '2006-09-02', laborCapable: false, schooling: 'secondaryVocational' },
  ],
  income: { year: 2023, wage: '21000.00', netOperating: '-130.505', netProperty: '0.005', netTransfer: '14000' },
  previousPerCapita: '11530.33',
  loans: [
    // across the daylight-saving changes of 2023 in America/Los_Angeles, and across the year's end
    { id: 'loan-1', principal: '60000', annualRate: '0.0435', startDate: '2022-11-05', endDate: '2023-11-06', creditLimit: '80000' },
    { id: 'loan-2', principal: '70000', annualRate: '0.08', startDate: '2023-03-12', endDate: '2024-03-10', interestPaid: '4000.005' },
  ],
  otherEducationAid: [{ name: '国家助学金', amount: '3300', stackable: false }, { name: '雨露计划', amount: '3000', stackable: true }],
  ...over,
});

/** Everything computed, keyed by name. Dates are given as text, so nothing here depends on the time zone by construction. */
export function representative(lib: L): Record<string, unknown> {
  const plan = lib.LANXI_2023.with({ microcredit: { floorRate: '0.035' }, vocationalGrant: { amount: 4000 }, effectiveFrom: '2023-01-01' });
  // the same what-if with the plan's period extended to 2024, for the runs in 2024
  const plan2024 = plan.with({ period: { to: '2024-12-31' } });
  const out: Record<string, unknown> = {};
  const withExplain = (name: string, f: () => { trace: unknown }) => {
    out[name] = attempt(() => {
      const r = f();
      return { result: r, zh: lib.explain(r as never), en: lib.explain(r as never, { locale: 'en' }) };
    });
  };

  out['plan'] = { LANXI_2023: lib.LANXI_2023, plan, planAt: attempt(() => lib.planAt('2023-05-13').id), before: attempt(() => lib.planAt('2023-05-12')) };
  withExplain('loanInterestSubsidy', () => lib.loanInterestSubsidy({ principal: '123456.78', annualRate: '0.0435', days: 365, interestPaid: '5000' }));
  withExplain('loanInterestSubsidy/plan', () => lib.loanInterestSubsidy({ principal: 50000, annualRate: 0.08, days: 181 }, plan));
  withExplain('householdLoanSubsidy', () => lib.householdLoanSubsidy({ year: 2023, loans: household('x').loans }));
  withExplain('householdLoanSubsidy/2024', () => lib.householdLoanSubsidy({ year: 2024, loans: household('x').loans }, plan2024));
  withExplain('rentSubsidy', () => lib.rentSubsidy({ rentPaid: '100000.05', inKeyAssistanceVillage: true, laborCapableLowIncomeHouseholds: 7, employedLowIncomeHouseholds: 4 }));
  withExplain('rentSubsidy/no', () => lib.rentSubsidy({ rentPaid: '100', inKeyAssistanceVillage: false, laborCapableLowIncomeHouseholds: 0, employedLowIncomeHouseholds: 0 }));
  withExplain('vocationalGrant', () => lib.vocationalGrant({ vocationalStudents: 2, otherAid: household('x').otherEducationAid }));
  withExplain('projectIncomeRule', () => lib.projectIncomeRule({ income: '10000.01', allocatedToLowIncome: '3000' }));
  withExplain('incomeTargets', () => lib.incomeTargets({ members: 3, income: { wage: '20000', netOperating: '-1', netProperty: '0.01', netTransfer: '30130.33' }, previousPerCapita: '14530' }));
  withExplain('populationIncomeTargets', () => lib.populationIncomeTargets({ households: [{ members: 3, income: { wage: 1, netOperating: 2, netProperty: 3, netTransfer: 4 } }, { members: 1, income: { wage: '16710', netOperating: 0, netProperty: 0, netTransfer: 0 } }] }));
  withExplain('allocateDividendsWithTrace', () => lib.allocateDividendsWithTrace('1000.01', { 'HH-3': '1', 'HH-1': '1', 'HH-2': '1', 村集体: '0.5' }));
  out['allocateDividends'] = attempt(() => lib.allocateDividends(100, new Map([['20', 1], ['10', 1], ['3', 1]])));
  for (const id of lib.MILESTONE_IDS) {
    withExplain(`milestoneStatus/${id}`, () => lib.milestoneStatus(id, { completedOn: '2023-10-21', asOf: '2023-11-01' }));
  }
  withExplain('trainingQuota', () => lib.trainingQuota({ trainees: Array.from({ length: 16 }, (_, i) => `T-${i % 15}`), completedOn: '2023-10-31' }));
  withExplain('monthlyVisits', () => lib.monthlyVisits({ from: '2023-05-13', to: '2023-12-31', visits: ['2023-05-13', '2023-06-30', '2023-08-01', '2023-11-05', '2023-03-12'] }));
  withExplain('checkMonthlyVisits', () => lib.checkMonthlyVisits({
    from: '2023-05-13', to: '2023-12-31', asOf: '2023-11-05',
    households: [{ householdId: 'H1', township: '兰江街道', cadreId: 'C1' }, { householdId: 'H2', township: '330781002' }],
    visits: [{ householdId: 'H1', township: '兰江街道', cadreId: 'C1', date: '2023-05-20' }, { householdId: 'H1', township: '兰江街道', cadreId: 'C1', date: '2023-11-05' }],
  }));
  withExplain('checkTraining', () => lib.checkTraining({ year: 2023, asOf: '2023-11-01', records: Array.from({ length: 20 }, (_, i) => ({ personId: `P${i}`, township: i < 15 ? '兰江街道' : '游埠镇', course: '技能', date: `2023-${String(3 + (i % 9)).padStart(2, '0')}-11` })) }));
  withExplain('checkMenuProjects', () => lib.checkMenuProjects({ year: 2023, asOf: '2023-10-01', projects: [
    { id: 'P1', township: '游埠镇', steps: { survey: '2023-02-01', meetingApproval: '2023-02-10', publicNotice: '2023-02-15', noObjection: '2023-02-22', townshipConfirmation: '2023-03-01', filing: '2023-03-31', acceptance: '2023-09-30' } },
    { id: 'P2', township: '诸葛镇', steps: { survey: '2023-02-01', publicNotice: '2023-01-15' } },
  ] }));
  withExplain('checkRelocation', () => lib.checkRelocation({ year: 2023, asOf: '2023-11-01', townships: [
    { township: '柏社乡', persons: 900, sitePolicyDoneOn: '2023-06-30', dataCollectedOn: '2023-07-01', constructionStartedOn: '2023-10-31' },
    { township: '水亭畲族乡', persons: 839 },
  ] }));
  withExplain('checkVocationalGrantReviews', () => lib.checkVocationalGrantReviews({ year: 2023, asOf: '2023-11-01', applications: [{ id: 'A1', township: '梅江镇', reviewedOn: '2023-10-20' }, { id: 'A2', township: '横溪镇' }] }));
  withExplain('checkIndicators', () => lib.checkIndicators({ jointHandling: { handled: 99, total: 100 }, compulsoryEnrolment: { enrolled: 3, total: 3 } }));
  out['worstStatus'] = attempt(() => lib.worstStatus(['met', 'pending', 'n/a']));

  // household records and populations
  const records = [household('HH-1'), household('HH-2', { loans: [] }), household('HH-3', { category: 'rich' }), household('HH-1'), household('HH-4', { previousPerCapita: '1e-9' })];
  out['parseHouseholds'] = attempt(() => lib.parseHouseholds(records));
  withExplain('assessHousehold', () => lib.assessHousehold(household('HH-1'), { year: 2023 }));
  withExplain('assessHousehold/plan', () => lib.assessHousehold(household('HH-1'), { year: 2024, plan: plan2024 }));
  const population = [...lib.syntheticPopulation({ size: 300, seed: 2023 }), ...records];
  const prepared = lib.preparePopulation(population);
  const s = lib.simulate(population, { year: 2023 });
  const c = lib.compare(population, { year: 2023, reform: { microcredit: { floorRate: '0.04' }, vocationalGrant: { amount: 5000 } } });
  const w = lib.sweep(prepared.households, { year: 2023, path: 'microcredit.floorRate', values: ['0.02', '0.03', '0.045'] });
  out['population'] = {
    synthetic: lib.syntheticPopulation({ size: 20, seed: 7 }),
    mulberry32: Array.from({ length: 5 }, lib.mulberry32(42)),
    preparedErrors: prepared.errors,
    simulate: s,
    simulatePrepared: lib.simulate(prepared.households, { year: 2023, plan }),
    compare: c,
    sweep: w,
    tables: [lib.toTableRows(s), lib.toTableRows(c, { locale: 'en' }), lib.toTableRows(w)],
    charts: [lib.costCurveSpec(w, { locale: 'en' }), lib.perCapitaDistributionSpec(c)],
  };
  out['townshipReport'] = attempt(() => lib.townshipReport({ training: [{ personId: 'P1', township: '兰江街道', course: '技能', date: '2023-06-01' }] }, { year: 2023, asOf: '2023-11-01' }));
  out['schema'] = lib.householdJsonSchema();
  out['ids'] = ['11010519491231002X', '11010519491231002x', '110105194912310021'].map((v) => [lib.isValidIdNumber(v), lib.idNumberBirthDate(v), lib.maskIdNumber(v)]);
  out['calendar'] = [
    lib.daysBetween('2023-03-11', '2023-03-13'), lib.daysBetween('2023-11-04', '2023-11-06'), lib.daysBetween('1994-12-30', '1995-01-01'),
    lib.daysBetween('2011-12-29', '2011-12-31'), lib.daysBetween('1900-01-01', '2199-12-31'),
    lib.endOfMonth(2024, 2), lib.midMonthEnd(2023, 10), lib.academicYear('2023-08-31'), lib.academicYear('2023-09-01'),
  ];
  out['errors'] = [
    attempt(() => lib.loanInterestSubsidy({ principal: -1, annualRate: 4.35, days: 1.5, extra: 1 } as never)),
    attempt(() => lib.parseHousehold({ id: '990000197804090111', members: [], income: {} })),
    attempt(() => lib.householdLoanSubsidy({ year: 2023, loans: [{ principal: 1, annualRate: '0.04', startDate: '2023-02-30', endDate: '2023-01-01' }] })),
  ];
  return out;
}

/** Computations that take `Date` inputs built from local calendar parts: the answer must not depend on the time zone. */
export function dateInputs(lib: L): Record<string, unknown> {
  const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
  return {
    planAt: attempt(() => lib.planAt(d(2023, 5, 13)).id),
    // instants rather than local days: UTC midnight, and midnight in China Standard Time
    utcMidnight: attempt(() => lib.milestoneStatus('skills-training', { asOf: new Date('2023-05-13') }).trace.children[0]),
    shanghaiMidnight: attempt(() => lib.milestoneStatus('skills-training', { asOf: new Date('2023-05-13T00:00:00+08:00') }).trace.children[0]),
    milestone: attempt(() => lib.milestoneStatus('skills-training', { completedOn: d(2023, 10, 31), asOf: d(2023, 11, 1) })),
    visits: attempt(() => lib.monthlyVisits({ from: d(2023, 5, 13), to: d(2023, 12, 31), visits: [d(2023, 5, 13), d(2023, 6, 1), d(2023, 7, 31)] })),
    loans: attempt(() => lib.householdLoanSubsidy({ year: 2023, loans: [{ principal: 50000, annualRate: '0.0435', startDate: d(2023, 5, 13), endDate: d(2024, 5, 13) }] }).total),
    // (a day a zone skipped, such as 1994-12-31 under Pacific/Kiritimati, cannot be built from local parts at all)
    household: attempt(() => lib.parseHousehold({ id: 'D', category: 'other', members: [{ laborCapable: true, birthDate: d(1978, 4, 9) }], income: { year: 2023, wage: 0, netOperating: 0, netProperty: 0, netTransfer: 0 } }).members),
  };
}
