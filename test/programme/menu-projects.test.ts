import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { checkMenuProjects, MENU_PROJECT_STEPS, type MenuProjectStep } from '../../src/programme/menu-projects.js';
import { issueOf } from '../helpers/issue-of.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';

/** The 03-31 filing deadline read as written, though it fell before the plan was issued (reading deadlineBeforeIssue). */
const AS_WRITTEN = LANXI_2023.with({ readings: { deadlineBeforeIssue: 'as-written' } });


/** A project done by the book, filed and accepted on the last possible day. */
const STEPS: Record<MenuProjectStep, string> = {
  survey: '2023-02-01',
  meetingApproval: '2023-02-10',
  publicNotice: '2023-02-15',
  noObjection: '2023-02-22',
  townshipConfirmation: '2023-03-01',
  filing: '2023-03-31',
  acceptance: '2023-09-30',
};

const without = (...drop: MenuProjectStep[]) => Object.fromEntries(Object.entries(STEPS).filter(([k]) => !drop.includes(k as MenuProjectStep)));

const one = (steps: Partial<Record<MenuProjectStep, string>>, asOf = '2023-12-31', plan = LANXI_2023) =>
  checkMenuProjects({ asOf, projects: [{ id: 'P1', township: '游埠镇', steps }] }, plan).projects[0];

const codes = (r: ReturnType<typeof one>) => r?.reasons.map((x) => x.code);

describe('checkMenuProjects (2.3.3, I-10)', () => {
  it('is met with all seven steps in order, filed on 03-31 and accepted on 09-30', () => {
    const r = one(STEPS);
    expect(r).toMatchObject({ id: 'P1', township: '330781102', status: 'met', reasons: [] });
    expect(r?.filing).toEqual({ due: '2023-03-31', status: 'on-time', daysLate: 0 });
    expect(r?.acceptance).toEqual({ due: '2023-09-30', status: 'on-time', daysLate: 0 });
  });

  it('fails when filed on 04-01, the day after the deadline, with the deadline read as written', () => {
    const r = one({ ...STEPS, filing: '2023-04-01' }, '2023-12-31', AS_WRITTEN);
    expect(r?.status).toBe('failed');
    expect(codes(r)).toEqual(['filing-late']);
    expect(r?.reasons[0]?.zh).toContain('晚于期限 2023-03-31（逾期 1 天）（第2.3.3条）');
    expect(r?.reasons[0]?.en).toContain('(clause 2.3.3)');
  });

  it('fails when accepted on 10-01, the day after the deadline', () => {
    const r = one({ ...STEPS, acceptance: '2023-10-01' });
    expect(codes(r)).toEqual(['acceptance-late']);
  });

  it('is pending on 03-31 when not yet filed', () => {
    const r = one(without('filing', 'acceptance'), '2023-03-31');
    expect(r?.status).toBe('pending');
    expect(codes(r)).toEqual(['filing-pending', 'acceptance-pending']);
  });

  it('is overdue on 04-01 when still not filed, with the deadline read as written', () => {
    const r = one(without('filing', 'acceptance'), '2023-04-01', AS_WRITTEN);
    expect(r?.status).toBe('overdue');
    expect(codes(r)).toEqual(['filing-overdue', 'acceptance-pending']);
  });

  it('is pending on 09-30 when filed but not yet accepted, overdue on 10-01', () => {
    expect(one(without('acceptance'), '2023-09-30')?.status).toBe('pending');
    const late = one(without('acceptance'), '2023-10-01');
    expect(late?.status).toBe('overdue');
    expect(codes(late)).toEqual(['acceptance-overdue']);
    expect(late?.acceptance).toEqual({ due: '2023-09-30', status: 'overdue', daysLate: 1 });
  });

  it('fails when a step is missing before a step recorded', () => {
    const r = one(without('meetingApproval'));
    expect(r?.status).toBe('failed');
    expect(codes(r)).toEqual(['step-missing']);
    expect(r?.reasons[0]?.zh).toContain('未经“村民代表大会讨论通过”即“项目实施前公示”');
  });

  it('names each missing step once', () => {
    const r = one({ survey: '2023-02-01', filing: '2023-03-20', acceptance: '2023-09-01' });
    expect(codes(r)).toEqual(['step-missing', 'step-missing', 'step-missing', 'step-missing']);
    expect(r?.reasons.map((x) => x.en)).toEqual(expect.arrayContaining([expect.stringContaining('no objection to the notice before it')]));
  });

  it('fails when steps are out of order', () => {
    const r = one({ ...STEPS, publicNotice: '2023-02-05' });
    expect(codes(r)).toEqual(['steps-out-of-order']);
    expect(r?.reasons[0]?.en).toContain("public notice (2023-02-05) is dated before approval by the villagers' representative meeting (2023-02-10)");
  });

  it('allows two steps on the same day', () => {
    expect(one({ ...STEPS, meetingApproval: '2023-02-01', publicNotice: '2023-02-01' })?.status).toBe('met');
  });

  it('does not count steps dated after asOf', () => {
    const r = one(STEPS, '2023-03-15');
    expect(r?.status).toBe('pending');
    expect(codes(r)).toEqual(['filing-pending', 'acceptance-pending']);
  });

  it('lists the most severe finding first', () => {
    const r = one({ ...without('acceptance'), filing: '2023-04-10' }, '2023-10-05', AS_WRITTEN);
    expect(codes(r)).toEqual(['filing-late', 'acceptance-overdue']);
  });

  it('rolls the deadlines to the year asked for, in a period extended to 2024', () => {
    const r = checkMenuProjects({ year: 2024, asOf: '2024-12-31', projects: [{ id: 'P', township: '330781102', steps: { ...STEPS, filing: '2024-03-31', acceptance: '2024-09-30', survey: '2024-01-01', meetingApproval: '2024-01-02', publicNotice: '2024-01-03', noObjection: '2024-01-10', townshipConfirmation: '2024-01-11' } }] }, LANXI_2023.with({ period: { to: '2024-12-31' } }));
    expect(r.projects[0]?.status).toBe('met');
  });

  it('gives every township a line, n/a without projects', () => {
    const r = checkMenuProjects({ asOf: '2023-12-31', projects: [{ id: 'P1', township: '游埠镇', steps: STEPS }, { id: 'P2', township: '游埠镇', steps: without('filing', 'acceptance') }] }, AS_WRITTEN);
    expect(r.townships).toHaveLength(16);
    const yb = r.townships.find((t) => t.name === '游埠镇');
    expect(yb).toMatchObject({ projects: 2, status: 'overdue' });
    expect(yb?.reasons[0]?.code).toBe('filing-overdue');
    expect(r.townships.filter((t) => t.status === 'n/a')).toHaveLength(15);
    expect(r.status).toBe('overdue');
  });

  it('explains each project and names clause 2.3.3 for each failure', () => {
    const r = checkMenuProjects({ asOf: '2023-12-31', projects: [{ id: 'P2', township: '游埠镇', steps: { ...STEPS, publicNotice: '2023-02-05' } }] });
    const zh = explain(r);
    expect(zh).toContain('程序倒置（第2.3.3条）');
    expect(explain(r, { locale: 'en' })).toContain('Menu-style project P2 (330781102)');
  });

  it.each([
    [{ asOf: '2023-12-31', projects: [{ id: 'P', township: '金华', steps: {} }] }, ['projects', 0, 'township'], 'unknown_township'],
    [{ asOf: '2023-12-31', projects: [{ id: 'P', township: '游埠镇', steps: { inspection: '2023-01-01' } }] }, ['projects', 0, 'steps'], 'unrecognized_keys'],
    [{ asOf: '2023-12-31', projects: [{ id: 'P', township: '游埠镇', steps: { filing: '31/03/2023' } }] }, ['projects', 0, 'steps', 'filing'], 'invalid_format'],
    [{ asOf: '2023-12-31', projects: [{ id: 'P', township: '游埠镇', steps: {} }, { id: 'P', township: '游埠镇', steps: {} }] }, ['projects', 1, 'id'], 'duplicate_id'],
  ])('rejects bad input at its path (%#)', (input, path, code) => {
    expect(issueOf(() => checkMenuProjects(input as never))).toMatchObject({ path, code });
  });

  it('is met exactly when every step is there, in order and on time (property)', () => {
    const day = fc.integer({ min: 0, max: 300 });
    fc.assert(fc.property(fc.array(fc.option(day, { nil: undefined }), { minLength: 7, maxLength: 7 }), (offsets) => {
      const steps: Partial<Record<MenuProjectStep, string>> = {};
      MENU_PROJECT_STEPS.forEach(({ step }, k) => {
        const o = offsets[k];
        if (o !== undefined) steps[step] = new Date(Date.UTC(2023, 0, 1 + o)).toISOString().slice(0, 10);
      });
      const r = one(steps);
      const dates = MENU_PROJECT_STEPS.map(({ step }) => steps[step]);
      const all = dates.every((d) => d !== undefined);
      const ordered = dates.every((d, k) => k === 0 || (d ?? '') >= (dates[k - 1] ?? ''));
      const onTime = (steps.filing ?? '9') <= '2023-03-31' && (steps.acceptance ?? '9') <= '2023-09-30';
      expect(r?.status === 'met').toBe(all && ordered && onTime);
      expect(r?.status === 'met').toBe(r?.reasons.length === 0);
    }));
  });
});
