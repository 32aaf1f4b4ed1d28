import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { checkTraining, type TrainingRecordInput } from '../../src/programme/training.js';
import { issueOf } from '../helpers/issue-of.js';


const YOUBU = '330781102';
const recs = (n: number, date: string, township = YOUBU, from = 0): TrainingRecordInput[] =>
  Array.from({ length: n }, (_, k) => ({ personId: `p-${from + k}`, township, course: '电商', date }));
const youbu = (r: ReturnType<typeof checkTraining>) => r.townships.find((t) => t.code === YOUBU);

describe('checkTraining (2.3.5, I-1, I-10, I-11)', () => {
  it('is met with 15 distinct trainees, the 15th trained on 10-31', () => {
    const r = checkTraining({ asOf: '2023-12-31', records: [...recs(14, '2023-05-01'), ...recs(1, '2023-10-31', YOUBU, 14)] });
    expect(youbu(r)).toMatchObject({ trainees: 15, onTime: 15, required: 15, reachedOn: '2023-10-31', quotaStatus: 'on-time', status: 'met', reason: null });
  });

  it('fails when the 15th trainee is trained on 11-01, the day after', () => {
    const r = checkTraining({ asOf: '2023-12-31', records: [...recs(14, '2023-05-01'), ...recs(1, '2023-11-01', YOUBU, 14)] });
    expect(youbu(r)).toMatchObject({ trainees: 15, onTime: 14, reachedOn: '2023-11-01', quotaStatus: 'late', status: 'failed' });
    expect(youbu(r)?.reason?.code).toBe('quota-late');
  });

  it('counts a person trained twice once', () => {
    const twice = [...recs(14, '2023-05-01'), { personId: 'p-0', township: YOUBU, course: '家政', date: '2023-06-01' }];
    const r = checkTraining({ asOf: '2023-12-31', records: twice });
    expect(youbu(r)).toMatchObject({ trainees: 14, status: 'overdue' });
    expect(youbu(r)?.reason?.zh).toContain('仅培训 14 人，不足 15 人');
  });

  it('is pending on 10-31 while short, overdue on 11-01', () => {
    expect(youbu(checkTraining({ asOf: '2023-10-31', records: recs(14, '2023-05-01') }))?.status).toBe('pending');
    expect(youbu(checkTraining({ asOf: '2023-11-01', records: recs(14, '2023-05-01') }))?.status).toBe('overdue');
  });

  it('accepts township names as well as codes', () => {
    const r = checkTraining({ asOf: '2023-12-31', records: [...recs(10, '2023-05-01', '游埠镇'), ...recs(5, '2023-05-02', YOUBU, 10)] });
    expect(youbu(r)?.status).toBe('met');
  });

  it('counts a person trained in two townships in each', () => {
    const r = checkTraining({ asOf: '2023-12-31', records: [...recs(15, '2023-05-01'), ...recs(15, '2023-05-01', '灵洞乡')] });
    expect(r.townshipsMet).toBe(2);
    expect(r.trainees).toBe(15);
  });

  it('ignores records of other years and records after asOf', () => {
    const r = checkTraining({ asOf: '2023-09-01', records: [...recs(10, '2022-12-31'), ...recs(15, '2023-09-02', YOUBU, 100)] });
    expect(youbu(r)).toMatchObject({ trainees: 0, status: 'pending' });
  });

  it('gives every township the quota and the city the worst status', () => {
    const r = checkTraining({ asOf: '2023-12-31', records: recs(15, '2023-05-01') });
    expect(r.townships).toHaveLength(16);
    expect(r.townships.filter((t) => t.status === 'overdue')).toHaveLength(15);
    expect(r.status).toBe('overdue');
  });

  it('explains each township and names clause 2.3.5', () => {
    const r = checkTraining({ asOf: '2023-12-31', records: recs(3, '2023-05-01') });
    const en = explain(r, { locale: 'en' });
    expect(en).toContain('only 3 trained as of 2023-12-31, fewer than 15, past the due date 2023-10-31 (clause 2.3.5)');
    expect(en).not.toContain('p-0');
  });

  it.each([
    [{ asOf: '2023-12-31', records: [{ personId: 'p', township: '兰溪', course: 'c', date: '2023-01-01' }] }, ['records', 0, 'township'], 'unknown_township'],
    [{ asOf: '2023-12-31', records: [{ personId: '', township: YOUBU, course: 'c', date: '2023-01-01' }] }, ['records', 0, 'personId'], 'too_small'],
    [{ asOf: '2023-12-31', records: [{ personId: 'p', township: YOUBU, date: '2023-01-01' }] }, ['records', 0, 'course'], 'required'],
    [{ asOf: '2023-12-31', year: 1800, records: [] }, ['year'], 'too_small'],
  ])('rejects bad input at its path (%#)', (input, path, code) => {
    expect(issueOf(() => checkTraining(input as never))).toMatchObject({ path, code });
  });

  it('does not depend on the order or repetition of records (property)', () => {
    const rec = fc.record({
      personId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q'),
      township: fc.constantFrom(YOUBU, '灵洞乡'),
      course: fc.constant('c'),
      date: fc.integer({ min: 270, max: 320 }).map((n) => new Date(Date.UTC(2023, 0, n)).toISOString().slice(0, 10)),
    });
    fc.assert(fc.property(fc.array(rec, { maxLength: 60 }), (records) => {
      const a = checkTraining({ asOf: '2023-12-31', records });
      const b = checkTraining({ asOf: '2023-12-31', records: [...records, ...records].reverse() });
      expect(b.townships).toEqual(a.townships);
      for (const t of a.townships) expect(t.onTime <= t.trainees).toBe(true);
    }));
  });
});
