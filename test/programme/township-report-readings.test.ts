import { describe, expect, it } from 'vitest';
import { PlanNotInForceError } from '../../src/core/errors.js';
import { explain } from '../../src/explain.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { townshipReport } from '../../src/programme/township-report.js';

const AS_WRITTEN = LANXI_2023.with({ readings: { deadlineBeforeIssue: 'as-written' } });
const WHOLE = LANXI_2023.with({ readings: { visitMonths: 'whole' } });

/** The steps up to the township's confirmation on 03-01. */
const CONFIRMED = { survey: '2023-02-01', meetingApproval: '2023-02-10', publicNotice: '2023-02-15', noObjection: '2023-02-22', townshipConfirmation: '2023-03-01' };
/** A project confirmed by the township and not yet filed. */
const UNFILED = [{ id: 'P1', township: '游埠镇', steps: CONFIRMED }];

const rowOf = (r: ReturnType<typeof townshipReport>, name: string) => r.townships.find((t) => t.name === name);

describe('townshipReport and the readings (3.3; 2.3.1, 2.3.3)', () => {
  it('does not call a township overdue for the 03-31 filing on 2023-04-12, the day the plan was issued', () => {
    const r = townshipReport({ menuProjects: UNFILED }, { year: 2023, asOf: '2023-04-12' });
    const c = rowOf(r, '游埠镇')?.cells.menuProjects;
    expect(c?.status).not.toBe('overdue');
    expect(r.details.menuProjects?.projects[0]?.filing.status).toBe('before-plan');
    expect(r.total.cells.menuProjects.status).not.toBe('overdue');
  });

  it('gives a township whose only finding is the early filing deadline the status before-plan, with the reason', () => {
    const done = [{ id: 'P1', township: '游埠镇', steps: { ...CONFIRMED, filing: '2023-04-20', acceptance: '2023-09-30' } }];
    const r = townshipReport({ menuProjects: done }, { year: 2023, asOf: '2023-12-31' });
    expect(rowOf(r, '游埠镇')?.cells.menuProjects).toMatchObject({ status: 'before-plan', clause: '2.3.3', reason: { code: 'filing-before-plan' } });
    expect(r.total.cells.menuProjects).toMatchObject({ status: 'before-plan', reason: { code: 'townships-before-plan' } });
    expect(rowOf(r, '游埠镇')?.status).toBe('before-plan');
    const en = explain(r, { locale: 'en' });
    expect(en).toContain('due before the plan was issued (not overdue)');
    expect(en).toContain("(reading deadlineBeforeIssue = 'before-plan')");
    expect(explain(r)).toContain('方案印发前到期，不计逾期');
  });

  it("calls the same township overdue on 2023-04-12 with the deadline read as written", () => {
    const r = townshipReport({ menuProjects: UNFILED }, { year: 2023, asOf: '2023-04-12' }, AS_WRITTEN);
    expect(rowOf(r, '游埠镇')?.cells.menuProjects).toMatchObject({ status: 'overdue', reason: { code: 'filing-overdue' } });
    expect(explain(r, { locale: 'en' })).toContain("applied as written (reading deadlineBeforeIssue = 'as-written')");
  });

  it("checks May, which the plan reaches on the 13th, under 'touched', and not under 'whole'", () => {
    const visits = ['2023-06', '2023-07', '2023-08', '2023-09', '2023-10'].map((m) => ({ householdId: 'H1', township: '兰江街道', cadreId: 'C1', date: `${m}-15` }));
    const touched = townshipReport({ visits }, { year: 2023, asOf: '2023-11-15' });
    expect(rowOf(touched, '兰江街道')?.cells.visits).toMatchObject({ status: 'failed', reason: { code: 'months-missed' } });
    expect(touched.details.visits?.months[0]).toBe('2023-05');
    const whole = townshipReport({ visits }, { year: 2023, asOf: '2023-11-15' }, WHOLE);
    expect(rowOf(whole, '兰江街道')?.cells.visits).toEqual({ status: 'met', clause: '2.3.1' });
    expect(whole.details.visits?.partialMonths).toEqual(['2023-05', '2023-11']);
    expect(explain(whole, { locale: 'en' })).toContain('partial months not checked: 2023-05, 2023-11');
    expect(explain(touched, { locale: 'en' })).toContain("(reading visitMonths = 'touched')");
  });

  it("has no month to visit under 'whole' before the first whole month is over", () => {
    const r = townshipReport({ visits: [] }, { year: 2023, asOf: '2023-05-31' }, WHOLE);
    expect(r.total.cells.visits).toMatchObject({ status: 'n/a', reason: { code: 'no-whole-month' } });
  });

  it('refuses a year outside the plan\'s period, and reports it in a period extended to it', () => {
    expect(() => townshipReport({}, { year: 2024, asOf: '2024-11-01' })).toThrow(PlanNotInForceError);
    expect(() => townshipReport({}, { year: 2022, asOf: '2022-11-01' })).toThrow(PlanNotInForceError);
    const r = townshipReport({ training: [] }, { year: 2024, asOf: '2024-11-01' }, LANXI_2023.with({ period: { to: '2024-12-31' } }));
    expect(r.total.cells.training.status).toBe('overdue');
  });
});
