import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { explain } from '../../src/explain.js';
import { LANXI_TOWNSHIPS } from '../../src/schema/townships.js';
import type { TraceNode } from '../../src/core/trace.js';
import { REPORT_COLUMNS, townshipReport, type TownshipReportRecords } from '../../src/programme/township-report.js';
import { issueOf } from '../helpers/issue-of.js';
import { STATUS_TEXT } from '../../src/programme/common.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';


const STEPS = {
  survey: '2023-02-01', meetingApproval: '2023-02-10', publicNotice: '2023-02-15', noObjection: '2023-02-22',
  townshipConfirmation: '2023-03-01', filing: '2023-03-31', acceptance: '2023-09-30',
};
const trained = (n: number, township: string, date: string, tag = township) =>
  Array.from({ length: n }, (_, k) => ({ personId: `${tag}-${k}`, township, course: '技能', date }));
const monthly = (householdId: string, township: string, cadreId: string, months: readonly string[]) =>
  months.map((m) => ({ householdId, township, cadreId, date: `${m}-15` }));
const MONTHS = ['2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10'];

/** A record set built around the deadlines, for 2023 as of 2023-11-01. */
const RECORDS: TownshipReportRecords = {
  indicators: [
    { township: '兰江街道', jointHandling: { handled: 10, total: 10 }, compulsoryEnrolment: { enrolled: 30, total: 30 } },
    { township: '云山街道', jointHandling: { handled: 9, total: 10 } },
    { township: '永昌街道', compulsoryEnrolment: { enrolled: 0, total: 0 } },
    { township: '赤溪街道', waterSafety: { quality: { safe: 5, total: 5 }, quantity: { safe: 5, total: 5 }, convenience: { safe: 4, total: 5 }, reliability: { safe: 5, total: 5 } } },
  ],
  visits: [
    ...monthly('H1', '兰江街道', 'C1', MONTHS),
    ...monthly('H2', '兰江街道', 'C1', MONTHS.filter((m) => m !== '2023-08')),
    ...monthly('H3', '330781002', 'C2', MONTHS),
  ],
  households: [{ householdId: 'H4', township: '永昌街道', cadreId: 'C3' }],
  relocation: [
    { township: '柏社乡', persons: 900, sitePolicyDoneOn: '2023-06-30', dataCollectedOn: '2023-06-30', constructionStartedOn: '2023-10-31' },
    { township: '水亭畲族乡', persons: 840, sitePolicyDoneOn: '2023-07-01', dataCollectedOn: '2023-06-01', constructionStartedOn: '2023-10-01' },
    { township: '灵洞乡', persons: 0, sitePolicyDoneOn: '2023-06-01', dataCollectedOn: '2023-06-01' },
  ],
  menuProjects: [
    { id: 'P1', township: '游埠镇', steps: STEPS },
    { id: 'P2', township: '诸葛镇', steps: { ...STEPS, publicNotice: '2023-02-05' } },
    { id: 'P3', township: '黄店镇', steps: { ...STEPS, meetingApproval: undefined } as never },
    { id: 'P4', township: '香溪镇', steps: { ...STEPS, filing: '2023-04-01' } },
    { id: 'P5', township: '马涧镇', steps: { survey: '2023-01-05' } },
  ],
  vocationalGrantApplications: [
    { id: 'A1', township: '梅江镇', reviewedOn: '2023-10-20' },
    { id: 'A2', township: '横溪镇', reviewedOn: '2023-10-21' },
    { id: 'A3', township: '灵洞乡' },
  ],
  training: [
    ...trained(15, '兰江街道', '2023-10-31'),
    ...trained(14, '云山街道', '2023-06-01'), ...trained(1, '云山街道', '2023-11-01', 'late'),
    ...trained(14, '永昌街道', '2023-06-01'), ...trained(14, '永昌街道', '2023-07-01'), // the same 14 people twice
  ],
};

const report = (plan = LANXI_2023) => townshipReport(RECORDS, { year: 2023, asOf: '2023-11-01' }, plan);
const rowOf = (r: ReturnType<typeof report>, name: string) => r.townships.find((t) => t.name === name);

/** Every branch node in a trace, depth first. */
function branches(node: TraceNode): Extract<TraceNode, { kind: 'branch' }>[] {
  if (node.kind === 'branch') return [node];
  if (node.kind === 'rule') return node.children.flatMap(branches);
  return [];
}

describe('townshipReport (3.3)', () => {
  it('has a row per township in code order, then the city, and a column per obligation in clause order', () => {
    const r = report();
    expect(r.townships.map((t) => t.code)).toEqual(LANXI_TOWNSHIPS.map((t) => t.code));
    expect(r.total).toMatchObject({ code: '330781', name: '兰溪市' });
    expect(r.columns.map((c) => c.label)).toEqual([
      '2.1.1 jointHandling', '2.1.2 compulsoryEnrolment', '2.1.4 waterSafety', '2.3.1 visits',
      '2.3.2 relocation', '2.3.3 menuProjects', '2.3.4 vocationalGrantReview', '2.3.5 training',
    ]);
  });

  it('gets the indicators right: met, failed, n/a for a zero denominator or no data', () => {
    const r = report();
    expect(rowOf(r, '兰江街道')?.cells.jointHandling).toEqual({ status: 'met', clause: '2.1.1' });
    expect(rowOf(r, '云山街道')?.cells.jointHandling).toMatchObject({ status: 'failed', clause: '2.1.1', reason: { code: 'rate-below-target' } });
    expect(rowOf(r, '永昌街道')?.cells.compulsoryEnrolment).toMatchObject({ status: 'n/a', reason: { code: 'no-population' } });
    expect(rowOf(r, '赤溪街道')?.cells.waterSafety).toMatchObject({ status: 'failed', clause: '2.1.4', reason: { code: 'indicators-not-met' } });
    expect(rowOf(r, '游埠镇')?.cells.jointHandling).toMatchObject({ status: 'n/a', reason: { code: 'no-data' } });
    // The city: Σ handled / Σ cases = 19/20.
    expect(r.total.cells.jointHandling).toMatchObject({ status: 'failed', reason: { zh: '救助一件事联办率 19/20，未达到 100%（第2.1.1条）' } });
    expect(r.total.cells.compulsoryEnrolment.status).toBe('met');
  });

  it('gets the visits right: a missed month fails, a household on the roster with no visit fails', () => {
    const r = report();
    expect(rowOf(r, '兰江街道')?.cells.visits).toMatchObject({ status: 'failed', reason: { code: 'months-missed' } });
    expect(rowOf(r, '兰江街道')?.cells.visits.reason?.en).toContain('H2 (2023-08)');
    // November is not over on 11-01: not yet missed.
    expect(rowOf(r, '云山街道')?.cells.visits).toMatchObject({ status: 'pending', reason: { code: 'month-pending' } });
    expect(rowOf(r, '永昌街道')?.cells.visits.status).toBe('failed');
    expect(rowOf(r, '游埠镇')?.cells.visits).toMatchObject({ status: 'n/a', reason: { code: 'no-households' } });
    expect(r.details.visits?.cadres.map((c) => [c.cadreId, c.status])).toEqual([['C1', 'failed'], ['C2', 'pending'], ['C3', 'failed']]);
  });

  it('gets relocation right around both deadlines and the target', () => {
    const r = report();
    expect(rowOf(r, '柏社乡')?.cells.relocation).toEqual({ status: 'met', clause: '2.3.2' });
    expect(rowOf(r, '水亭畲族乡')?.cells.relocation).toMatchObject({ status: 'failed', reason: { code: 'site-preparation-late' } });
    expect(rowOf(r, '灵洞乡')?.cells.relocation).toMatchObject({ status: 'overdue', reason: { code: 'construction-start-overdue' } });
    expect(rowOf(r, '游埠镇')?.cells.relocation).toMatchObject({ status: 'n/a', reason: { code: 'not-concerned' } });
    expect(r.details.relocation?.progress).toMatchObject({ persons: 1740, met: true });
    expect(r.total.cells.relocation.status).toBe('failed');
  });

  it('gets menu-style projects right: in order, out of order, a step missing, late, overdue, with the 03-31 filing read as written', () => {
    const r = report(LANXI_2023.with({ readings: { deadlineBeforeIssue: 'as-written' } }));
    expect(rowOf(r, '游埠镇')?.cells.menuProjects).toEqual({ status: 'met', clause: '2.3.3' });
    expect(rowOf(r, '诸葛镇')?.cells.menuProjects).toMatchObject({ status: 'failed', reason: { code: 'steps-out-of-order' } });
    expect(rowOf(r, '黄店镇')?.cells.menuProjects).toMatchObject({ status: 'failed', reason: { code: 'step-missing' } });
    expect(rowOf(r, '香溪镇')?.cells.menuProjects).toMatchObject({ status: 'failed', reason: { code: 'filing-late' } });
    expect(rowOf(r, '马涧镇')?.cells.menuProjects).toMatchObject({ status: 'overdue', reason: { code: 'filing-overdue' } });
    expect(rowOf(r, '兰江街道')?.cells.menuProjects).toMatchObject({ status: 'n/a', reason: { code: 'no-projects' } });
  });

  it('gets the grant review right on 10-20 and 10-21', () => {
    const r = report();
    expect(rowOf(r, '梅江镇')?.cells.vocationalGrantReview).toEqual({ status: 'met', clause: '2.3.4' });
    expect(rowOf(r, '横溪镇')?.cells.vocationalGrantReview).toMatchObject({ status: 'failed', reason: { code: 'review-late' } });
    expect(rowOf(r, '灵洞乡')?.cells.vocationalGrantReview).toMatchObject({ status: 'overdue', reason: { code: 'review-overdue' } });
  });

  it('gets training right: 15 by 10-31, one trained late, a trainee counted twice', () => {
    const r = report();
    expect(rowOf(r, '兰江街道')?.cells.training).toEqual({ status: 'met', clause: '2.3.5' });
    expect(rowOf(r, '云山街道')?.cells.training).toMatchObject({ status: 'failed', reason: { code: 'quota-late' } });
    expect(rowOf(r, '永昌街道')?.cells.training).toMatchObject({ status: 'overdue', reason: { code: 'quota-overdue' } });
    expect(r.details.training?.townships.find((t) => t.name === '永昌街道')?.trainees).toBe(14);
    expect(r.total.cells.training).toMatchObject({ status: 'failed', reason: { code: 'townships-failed' } });
  });

  it('gives every cell other than met a reason naming its clause', () => {
    const r = report();
    for (const row of [...r.townships, r.total]) {
      for (const c of REPORT_COLUMNS) {
        const cell = row.cells[c.key];
        expect(cell.clause).toBe(c.clause);
        if (cell.status === 'met') expect(cell.reason).toBeUndefined();
        else {
          expect(cell.reason?.zh).toContain(`第${c.clause}条`);
          expect(cell.reason?.en).toContain(`clause ${c.clause}`);
        }
      }
    }
  });

  it('explains the report in both languages, naming the clause of every failure', () => {
    const r = report();
    const zh = explain(r);
    const en = explain(r, { locale: 'en' });
    expect(zh.split('\n')[0]).toBe('[3.3] 2023 年低收入农户增收工作分乡镇考评 — 三、3. 制定考评体系');
    expect(en).toContain('[3.3] 诸葛镇 (330781104): failed');
    for (const row of [...r.townships, r.total]) {
      for (const c of REPORT_COLUMNS) {
        const cell = row.cells[c.key];
        if (cell.status !== 'failed' && cell.status !== 'overdue') continue;
        // the reason names its clause, so the line names it once
        expect(zh).toContain(`${cell.reason?.zh}\n`);
        expect(cell.reason?.zh).toContain(`第${c.clause}条`);
        expect(en).toContain(`${cell.reason?.en}\n`);
        expect(cell.reason?.en).toContain(`clause ${c.clause}`);
      }
    }
    const failures = branches(r.trace).filter((b) => b.taken === 'failed');
    expect(failures.length).toBeGreaterThan(10);
    expect(failures.every((b) => b.clause !== undefined && b.label.zh.includes(`第${b.clause}条`))).toBe(true);
  });

  it('keeps personal data out of the trace: trainee ids are counted, not listed', () => {
    const text = explain(report(), { locale: 'en' });
    expect(text).not.toContain('兰江街道-0');
    expect(text).not.toContain('late-0');
  });

  it('gives rows ready for console.table, the city last', () => {
    const r = report();
    expect(r.rows).toHaveLength(17);
    expect(r.rows[16]).toMatchObject({ township: '兰溪市', code: '330781', '2.3.5 training': 'failed', overall: 'failed' });
    expect(r.rows[6]).toMatchObject({ township: '游埠镇', '2.3.3 menuProjects': 'met', '2.1.1 jointHandling': 'n/a' });
    expect(Object.keys(r.rows[0] ?? {})).toEqual(['township', 'code', ...REPORT_COLUMNS.map((c) => c.label), 'overall']);
  });

  it('marks every cell n/a (no-data) for a kind of record not given', () => {
    const r = townshipReport({}, { year: 2023, asOf: '2023-11-01' });
    for (const row of [...r.townships, r.total]) {
      expect(Object.values(row.cells).every((c) => c.status === 'n/a' && c.reason?.code === 'no-data')).toBe(true);
      expect(row.status).toBe('n/a');
    }
  });

  it('judges an empty list as a complete set: no training means every township overdue after 10-31', () => {
    const r = townshipReport({ training: [] }, { year: 2023, asOf: '2023-11-01' });
    expect(r.townships.every((t) => t.cells.training.status === 'overdue')).toBe(true);
    const before = townshipReport({ training: [] }, { year: 2023, asOf: '2023-10-31' });
    expect(before.townships.every((t) => t.cells.training.status === 'pending')).toBe(true);
  });

  it('has no month to visit before the plan is in force', () => {
    const r = townshipReport({ visits: [] }, { year: 2023, asOf: '2023-05-12' });
    expect(r.total.cells.visits).toMatchObject({ status: 'n/a', reason: { code: 'not-yet-due' } });
  });

  it('takes an indicator record for the whole city over the sum of townships', () => {
    const r = townshipReport({ indicators: [{ township: '云山街道', jointHandling: { handled: 9, total: 10 } }, { jointHandling: { handled: 500, total: 500 } }] }, { year: 2023, asOf: '2023-11-01' });
    expect(r.total.cells.jointHandling.status).toBe('met');
    expect(rowOf(r, '云山街道')?.cells.jointHandling.status).toBe('failed');
  });

  it('returns frozen results', () => {
    const r = report();
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.townships[0]?.cells)).toBe(true);
    expect(Object.isFrozen(r.rows[0])).toBe(true);
  });

  it('returns a deeply frozen report, trace and labels included, and keeps its status words frozen', () => {
    const deeplyFrozen = (v: unknown, seen = new Set<unknown>()): boolean => {
      if (v === null || typeof v !== 'object' || v instanceof Decimal || seen.has(v)) return true;
      seen.add(v);
      return Object.isFrozen(v) && Object.values(v).every((x) => deeplyFrozen(x, seen));
    };
    expect(deeplyFrozen(report())).toBe(true);
    expect(deeplyFrozen(STATUS_TEXT)).toBe(true);
  });

  it.each([
    [{ training: [{ personId: 'p', township: '金华', course: 'c', date: '2023-01-01' }] }, { year: 2023, asOf: '2023-11-01' }, ['records', 'training', 0, 'township'], 'unknown_township'],
    [{}, { year: 2023, asOf: 'yesterday' }, ['options', 'asOf'], 'invalid_format'],
    [{}, { year: 2023 }, ['options', 'asOf'], 'required'],
    [{ trainings: [] }, { year: 2023, asOf: '2023-11-01' }, ['records'], 'unrecognized_keys'],
    [{ households: [{ householdId: 'H', township: '兰江街道' }] }, { year: 2023, asOf: '2023-11-01' }, ['records', 'visits'], 'required'],
    [{ menuProjects: [{ id: 'P', township: '游埠镇', steps: {} }, { id: 'P', township: '游埠镇', steps: {} }] }, { year: 2023, asOf: '2023-11-01' }, ['records', 'menuProjects', 1, 'id'], 'duplicate_id'],
    [{ indicators: [{ jointHandling: { handled: 1, total: 1 } }, { jointHandling: { handled: 1, total: 1 } }] }, { year: 2023, asOf: '2023-11-01' }, ['records', 'indicators', 1, 'township'], 'duplicate_township'],
  ])('rejects bad input at its path (%#)', (records, options, path, code) => {
    expect(issueOf(() => townshipReport(records as never, options as never))).toMatchObject({ path, code });
  });

  it('makes the city cell no better than its worst township for the dated obligations (property)', () => {
    const order = { 'n/a': 0, met: 1, 'before-plan': 2, pending: 3, overdue: 4, failed: 5 } as const;
    const day = fc.integer({ min: 250, max: 330 }).map((n) => new Date(Date.UTC(2023, 0, n)).toISOString().slice(0, 10));
    fc.assert(fc.property(
      fc.array(fc.record({ personId: fc.constantFrom('a', 'b', 'c'), township: fc.constantFrom(...LANXI_TOWNSHIPS.map((t) => t.code)), course: fc.constant('c'), date: day }), { maxLength: 30 }),
      fc.array(fc.record({ id: fc.uuid(), township: fc.constantFrom('游埠镇', '诸葛镇'), reviewedOn: fc.option(day, { nil: undefined }) }), { maxLength: 5 }),
      day,
      (training, apps, asOf) => {
        const applications = apps.map((a) => (a.reviewedOn === undefined ? { id: a.id, township: a.township } : { id: a.id, township: a.township, reviewedOn: a.reviewedOn }));
        const r = townshipReport({ training, vocationalGrantApplications: applications }, { year: 2023, asOf });
        for (const key of ['training', 'vocationalGrantReview'] as const) {
          const worst = Math.max(...r.townships.map((t) => order[t.cells[key].status]));
          expect(order[r.total.cells[key].status]).toBe(worst);
        }
      },
    ), { numRuns: 50 });
  });
});
