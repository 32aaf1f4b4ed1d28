import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/calendar.js';
import { explain } from '../../src/explain.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import type { MilestoneId } from '../../src/plan/types.js';
import { MILESTONE_IDS, milestoneStatus } from '../../src/rules/milestone-status.js';
import { issueOf } from '../helpers/issue-of.js';

/** Deadlines read as written, the 03-31 filing too (reading deadlineBeforeIssue). */
const AS_WRITTEN = LANXI_2023.with({ readings: { deadlineBeforeIssue: 'as-written' } });

describe('milestoneStatus (I-10)', () => {
  it('knows the six deadlines of the plan with their clauses', () => {
    expect(MILESTONE_IDS.map((id) => [id, milestoneStatus(id, { asOf: '2023-01-01' }).due, milestoneStatus(id, { asOf: '2023-01-01' }).clause])).toEqual([
      ['menu-project-filing', '2023-03-31', '2.3.3'],
      ['relocation-site-preparation', '2023-06-30', '2.3.2'],
      ['menu-project-acceptance', '2023-09-30', '2.3.3'],
      ['vocational-grant-review', '2023-10-20', '2.3.4'],
      ['relocation-construction-start', '2023-10-31', '2.3.2'],
      ['skills-training', '2023-10-31', '2.3.5'],
    ]);
  });

  it('is on time when completed on the due date itself', () => {
    const r = milestoneStatus('menu-project-filing', { completedOn: '2023-03-31', asOf: '2023-12-31' });
    expect(r).toMatchObject({ status: 'on-time', daysLate: 0, due: '2023-03-31', clause: '2.3.3' });
  });

  it('is late when completed the day after, one day late, with the deadline read as written', () => {
    const r = milestoneStatus('menu-project-filing', { completedOn: '2023-04-01', asOf: '2023-12-31' }, AS_WRITTEN);
    expect(r).toMatchObject({ status: 'late', daysLate: 1 });
  });

  it('reads 10月中旬 as on or before the 20th', () => {
    expect(milestoneStatus('vocational-grant-review', { completedOn: '2023-10-20', asOf: '2023-10-25' }).status).toBe('on-time');
    expect(milestoneStatus('vocational-grant-review', { completedOn: '2023-10-21', asOf: '2023-10-25' }).status).toBe('late');
  });

  it('is pending on the due date when not completed, and overdue the day after', () => {
    expect(milestoneStatus('skills-training', { asOf: '2023-10-31' })).toMatchObject({ status: 'pending', daysLate: 0 });
    expect(milestoneStatus('skills-training', { asOf: '2023-11-01' })).toMatchObject({ status: 'overdue', daysLate: 1 });
  });

  it('does not count a completion dated after asOf', () => {
    const r = milestoneStatus('skills-training', { completedOn: '2023-11-05', asOf: '2023-10-30' });
    expect(r.status).toBe('pending');
    expect(explain(r, { locale: 'en' })).toContain('not yet done on that day');
  });

  it('accepts Date objects, read in China Standard Time', () => {
    // 2023-03-31T20:00Z is 2023-04-01 04:00 in Shanghai: one day late.
    expect(milestoneStatus('menu-project-filing', { completedOn: new Date('2023-03-31T20:00:00Z'), asOf: '2023-05-01' }, AS_WRITTEN).status).toBe('late');
    expect(milestoneStatus('skills-training', { completedOn: new Date('2023-10-31T20:00:00Z'), asOf: '2023-12-01' }).status).toBe('late');
  });

  it('explains the status with the clause and its words', () => {
    const r = milestoneStatus('relocation-construction-start', { asOf: '2023-11-10' });
    expect(explain(r)).toContain('10月底前启动安置地块的建设');
    expect(explain(r)).toContain('2.3.2');
    expect(explain(r, { locale: 'en' })).toContain('10 day(s) after the due date 2023-10-31');
  });

  it('rejects an unknown id at path id', () => {
    expect(issueOf(() => milestoneStatus('harvest' as MilestoneId, { asOf: '2023-01-01' }))).toMatchObject({ path: ['id'], code: 'unknown_milestone' });
  });

  it.each([
    [{ asOf: '2023-02-30' }, 'asOf', 'invalid_date'],
    [{}, 'asOf', 'required'],
    [{ asOf: '2023-01-01', completedOn: 20230101 }, 'completedOn', 'invalid_type'],
  ])('rejects %o at its path', (input, path, code) => {
    expect(issueOf(() => milestoneStatus('skills-training', input as never))).toMatchObject({ path: [path], code });
  });

  it('rejects unknown keys', () => {
    expect(issueOf(() => milestoneStatus('skills-training', { asOf: '2023-01-01', done: true } as never))).toMatchObject({ code: 'unrecognized_keys' });
  });

  it('returns a frozen result', () => {
    expect(Object.isFrozen(milestoneStatus('skills-training', { asOf: '2023-01-01' }))).toBe(true);
  });

  it('agrees with plain date comparison for any dates, deadlines read as written (property)', () => {
    const day = fc.integer({ min: 0, max: 730 }).map((n) => addDays('2023-01-01', n));
    fc.assert(fc.property(fc.constantFrom(...MILESTONE_IDS), fc.option(day, { nil: undefined }), day, (id, completedOn, asOf) => {
      const r = milestoneStatus(id, completedOn === undefined ? { asOf } : { completedOn, asOf }, AS_WRITTEN);
      const due = LANXI_2023.milestones.find((m) => m.id === id)?.due as string;
      const done = completedOn !== undefined && completedOn <= asOf;
      const expected = done ? (completedOn <= due ? 'on-time' : 'late') : asOf <= due ? 'pending' : 'overdue';
      expect(r.status).toBe(expected);
      expect(r.daysLate >= 0).toBe(true);
      expect(r.daysLate > 0).toBe(expected === 'late' || expected === 'overdue');
    }));
  });
});
