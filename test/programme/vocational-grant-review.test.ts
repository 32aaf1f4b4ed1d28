import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { checkVocationalGrantReviews } from '../../src/programme/vocational-grant-review.js';
import { issueOf } from '../helpers/issue-of.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';


const XIANGXI = '330781108';

describe('checkVocationalGrantReviews (2.3.4, I-7, I-10)', () => {
  it('is met when reviewed on 10-20, the last day of 中旬', () => {
    const r = checkVocationalGrantReviews({ asOf: '2023-12-31', applications: [{ id: 'A1', township: '香溪镇', reviewedOn: '2023-10-20' }] });
    expect(r).toMatchObject({ academicYear: '2023-2024', due: '2023-10-20', status: 'met' });
    expect(r.applications[0]).toEqual({ id: 'A1', township: XIANGXI, review: 'on-time', daysLate: 0, status: 'met' });
  });

  it('fails when reviewed on 10-21, the day after', () => {
    const r = checkVocationalGrantReviews({ asOf: '2023-12-31', applications: [{ id: 'A1', township: '香溪镇', reviewedOn: '2023-10-21' }] });
    expect(r.applications[0]).toMatchObject({ review: 'late', daysLate: 1, status: 'failed' });
    expect(r.townships.find((t) => t.code === XIANGXI)?.reason).toMatchObject({ code: 'review-late', clause: '2.3.4' });
  });

  it('is pending on 10-20 without a review and overdue on 10-21', () => {
    const apps = [{ id: 'A1', township: XIANGXI }];
    expect(checkVocationalGrantReviews({ asOf: '2023-10-20', applications: apps }).status).toBe('pending');
    const r = checkVocationalGrantReviews({ asOf: '2023-10-21', applications: apps });
    expect(r.status).toBe('overdue');
    expect(r.townships.find((t) => t.code === XIANGXI)?.reason?.en).toBe('application(s) A1 not reviewed as of 2023-10-21, past the due date 2023-10-20 (clause 2.3.4)');
  });

  it('gives a township the worst status of its applications and n/a without any', () => {
    const r = checkVocationalGrantReviews({ asOf: '2023-10-25', applications: [
      { id: 'A1', township: XIANGXI, reviewedOn: '2023-10-15' },
      { id: 'A2', township: XIANGXI },
    ] });
    expect(r.townships.find((t) => t.code === XIANGXI)).toMatchObject({ applications: 2, reviewedOnTime: 1, status: 'overdue' });
    expect(r.townships.filter((t) => t.status === 'n/a')).toHaveLength(15);
  });

  it('uses the academic year starting in the year given, in a period extended to 2024', () => {
    const r = checkVocationalGrantReviews({ year: 2024, asOf: '2024-10-21', applications: [{ id: 'A1', township: XIANGXI, reviewedOn: '2024-10-20' }] }, LANXI_2023.with({ period: { to: '2024-12-31' } }));
    expect(r).toMatchObject({ academicYear: '2024-2025', due: '2024-10-20', status: 'met' });
  });

  it('explains with the deadline quoted and names 2.3.4 for each failure', () => {
    const r = checkVocationalGrantReviews({ asOf: '2023-12-31', applications: [{ id: 'A1', township: '香溪镇', reviewedOn: '2023-11-02' }] });
    const zh = explain(r);
    expect(zh).toContain('申报资料于10月中旬完成审核');
    expect(zh).toContain('申请 A1 晚于 2023-10-20 完成审核（第2.3.4条）');
  });

  it.each([
    [{ asOf: '2023-12-31', applications: [{ id: 'A', township: XIANGXI }, { id: 'A', township: XIANGXI }] }, ['applications', 1, 'id'], 'duplicate_id'],
    [{ asOf: '2023-12-31', applications: [{ id: 'A', township: XIANGXI, reviewedOn: '2023-10-32' }] }, ['applications', 0, 'reviewedOn'], 'invalid_date'],
    [{ asOf: '2023-12-31', applications: [{ id: 'A', township: XIANGXI, name: 'x' }] }, ['applications', 0], 'unrecognized_keys'],
  ])('rejects bad input at its path (%#)', (input, path, code) => {
    expect(issueOf(() => checkVocationalGrantReviews(input as never))).toMatchObject({ path, code });
  });
});
