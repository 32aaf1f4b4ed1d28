import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/calendar.js';
import { explain } from '../../src/explain.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { MILESTONE_IDS, milestoneStatus } from '../../src/rules/milestone-status.js';

/** The deadlines read as the text writes them, the 03-31 filing too. */
const AS_WRITTEN = LANXI_2023.with({ readings: { deadlineBeforeIssue: 'as-written' } });

describe('milestoneStatus under the reading deadlineBeforeIssue (2.3.3, I-10)', () => {
  describe("'before-plan' (the default)", () => {
    it('does not call the 03-31 filing overdue on 2023-04-12, the day the plan was issued', () => {
      const r = milestoneStatus('menu-project-filing', { asOf: '2023-04-12' });
      expect(r.status).not.toBe('overdue');
      expect(r).toMatchObject({ status: 'before-plan', daysLate: 0, due: '2023-03-31', reading: { deadlineBeforeIssue: 'before-plan', issuedOn: '2023-04-12' } });
    });

    it('does not call a filing made after 03-31 late', () => {
      expect(milestoneStatus('menu-project-filing', { completedOn: '2023-04-01', asOf: '2023-12-31' })).toMatchObject({ status: 'before-plan', daysLate: 0 });
      expect(milestoneStatus('menu-project-filing', { completedOn: '2023-05-20', asOf: '2023-12-31' }).status).toBe('before-plan');
    });

    it('keeps on-time and pending as they are: a filing by 03-31 is on time, and before 03-31 nothing is due', () => {
      expect(milestoneStatus('menu-project-filing', { completedOn: '2023-03-31', asOf: '2023-04-12' }).status).toBe('on-time');
      expect(milestoneStatus('menu-project-filing', { asOf: '2023-03-31' }).status).toBe('pending');
    });

    it('leaves the deadlines after the plan was issued as written: 09-30 acceptance is overdue on 10-01', () => {
      expect(milestoneStatus('menu-project-acceptance', { asOf: '2023-10-01' })).toMatchObject({ status: 'overdue', daysLate: 1 });
      expect(milestoneStatus('skills-training', { completedOn: '2023-11-01', asOf: '2023-12-01' }).status).toBe('late');
    });

    it('gives the reason in the trace and in explain(), in both languages, citing the reading', () => {
      const r = milestoneStatus('menu-project-filing', { asOf: '2023-04-12' });
      expect(r.trace.children).toContainEqual(expect.objectContaining({ kind: 'param', name: 'deadlineBeforeIssue', value: 'before-plan', clause: '2.3.3', interpretation: 'I-10' }));
      const en = explain(r, { locale: 'en' });
      expect(en).toContain('the due date 2023-03-31 fell before the plan was issued on 2023-04-12, so it is not overdue');
      expect(en).toContain('于3月底前报市农业农村局备案');
      expect(explain(r)).toContain('早于方案印发日 2023-04-12，不计逾期');
    });

    it('is never late or overdue for the 03-31 filing, and agrees with the dates for every other milestone (property)', () => {
      const day = fc.integer({ min: 0, max: 364 }).map((n) => addDays('2023-01-01', n));
      fc.assert(fc.property(fc.constantFrom(...MILESTONE_IDS), fc.option(day, { nil: undefined }), day, (id, completedOn, asOf) => {
        const r = milestoneStatus(id, completedOn === undefined ? { asOf } : { completedOn, asOf });
        const written = milestoneStatus(id, completedOn === undefined ? { asOf } : { completedOn, asOf }, AS_WRITTEN);
        if (r.due < LANXI_2023.issuedOn) {
          expect(['late', 'overdue']).not.toContain(r.status);
          expect(r.status).toBe(['late', 'overdue'].includes(written.status) ? 'before-plan' : written.status);
        } else {
          expect(r.status).toBe(written.status);
        }
      }), { numRuns: 300 });
    });
  });

  describe("'as-written'", () => {
    it('calls the 03-31 filing overdue on 2023-04-12, 12 days after the due date', () => {
      expect(milestoneStatus('menu-project-filing', { asOf: '2023-04-12' }, AS_WRITTEN)).toMatchObject({ status: 'overdue', daysLate: 12, reading: { deadlineBeforeIssue: 'as-written' } });
    });

    it('calls a filing on 04-01 one day late', () => {
      expect(milestoneStatus('menu-project-filing', { completedOn: '2023-04-01', asOf: '2023-12-31' }, AS_WRITTEN)).toMatchObject({ status: 'late', daysLate: 1 });
    });

    it('says in explain() that the date applies as written', () => {
      const en = explain(milestoneStatus('menu-project-filing', { asOf: '2023-04-12' }, AS_WRITTEN), { locale: 'en' });
      expect(en).toContain('applied as written');
      expect(en).toContain('what-if value; the plan says before-plan');
    });
  });
});
