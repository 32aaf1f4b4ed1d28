import { describe, expect, it } from 'vitest';
import { PlanNotInForceError } from '../../src/core/errors.js';
import { explain } from '../../src/explain.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { worstStatus, STATUS_TEXT } from '../../src/programme/common.js';
import { checkMenuProjects, type MenuProjectStep } from '../../src/programme/menu-projects.js';

const AS_WRITTEN = LANXI_2023.with({ readings: { deadlineBeforeIssue: 'as-written' } });

/** A project by the book up to the township's confirmation. */
const BEFORE_FILING: Partial<Record<MenuProjectStep, string>> = {
  survey: '2023-02-01', meetingApproval: '2023-02-10', publicNotice: '2023-02-15', noObjection: '2023-02-22', townshipConfirmation: '2023-03-01',
};

const one = (steps: Partial<Record<MenuProjectStep, string>>, asOf: string, plan = LANXI_2023) =>
  checkMenuProjects({ asOf, projects: [{ id: 'P1', township: '游埠镇', steps }] }, plan);

describe('checkMenuProjects under the reading deadlineBeforeIssue (2.3.3, I-10)', () => {
  it("with 'before-plan' (the default) is not overdue on 2023-04-12 for a filing not yet made", () => {
    const r = one(BEFORE_FILING, '2023-04-12');
    const p = r.projects[0];
    // the acceptance, due 09-30, is still ahead: the project is pending, the filing before-plan
    expect(p?.status).toBe('pending');
    expect(p?.filing).toEqual({ due: '2023-03-31', status: 'before-plan', daysLate: 0 });
    expect(p?.reasons.map((x) => x.code)).toEqual(['acceptance-pending', 'filing-before-plan']);
    expect(r.townships.find((t) => t.name === '游埠镇')?.status).toBe('pending');
  });

  it("with 'before-plan' does not call a filing on 04-20 late, and a project filed and accepted is then before-plan, not failed", () => {
    const p = one({ ...BEFORE_FILING, filing: '2023-04-20', acceptance: '2023-09-30' }, '2023-12-31').projects[0];
    expect(p?.status).toBe('before-plan');
    expect(p?.reasons[0]?.code).toBe('filing-before-plan');
    expect(p?.reasons[0]?.en).toContain('the due date 2023-03-31 fell before the plan was issued on 2023-04-12');
    expect(p?.reasons[0]?.zh).toContain('不计逾期');
  });

  it("with 'as-written' calls the same filing 20 days late, and the project failed", () => {
    const p = one({ ...BEFORE_FILING, filing: '2023-04-20', acceptance: '2023-09-30' }, '2023-12-31', AS_WRITTEN).projects[0];
    expect(p?.status).toBe('failed');
    expect(p?.filing).toEqual({ due: '2023-03-31', status: 'late', daysLate: 20 });
    expect(one(BEFORE_FILING, '2023-04-12', AS_WRITTEN).projects[0]?.filing).toEqual({ due: '2023-03-31', status: 'overdue', daysLate: 12 });
  });

  it('keeps a broken procedure failed under either reading', () => {
    const steps = { ...BEFORE_FILING, publicNotice: '2023-02-05', filing: '2023-04-20' };
    expect(one(steps, '2023-12-31').projects[0]?.status).toBe('failed');
    expect(one(steps, '2023-12-31', AS_WRITTEN).projects[0]?.status).toBe('failed');
  });

  it('ranks before-plan above met and below pending, with words in both languages', () => {
    expect(worstStatus(['met', 'before-plan', 'n/a'])).toBe('before-plan');
    expect(worstStatus(['before-plan', 'pending'])).toBe('pending');
    expect(STATUS_TEXT['before-plan']).toEqual({ zh: '方案印发前到期，不计逾期', en: 'due before the plan was issued (not overdue)' });
  });

  it('explains the before-plan finding, citing the reading', () => {
    const en = explain(one(BEFORE_FILING, '2023-04-12'), { locale: 'en' });
    expect(en).toContain('reading deadlineBeforeIssue');
    expect(en).toContain('(clause 2.3.3)');
  });

  it('refuses a year outside the plan\'s period, and takes it in a period extended to it', () => {
    expect(() => checkMenuProjects({ year: 2024, asOf: '2024-04-12', projects: [] })).toThrow(PlanNotInForceError);
    const extended = LANXI_2023.with({ period: { to: '2024-12-31' } });
    // in 2024 the filing deadline, 2024-03-31, is after the plan was issued: it applies as written
    const r = checkMenuProjects({ year: 2024, asOf: '2024-04-12', projects: [{ id: 'P', township: '游埠镇', steps: { survey: '2024-01-05' } }] }, extended);
    expect(r.projects[0]?.filing).toEqual({ due: '2024-03-31', status: 'overdue', daysLate: 12 });
  });
});
