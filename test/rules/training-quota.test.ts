import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { trainingQuota } from '../../src/rules/training-quota.js';
import { issueOf } from '../helpers/issue-of.js';


const ids = (n: number) => Array.from({ length: n }, (_, k) => `t-${k}`);

describe('trainingQuota (2.3.5, I-1, I-10, I-11)', () => {
  it('meets the quota with exactly 15 trainees (不少于 includes the number)', () => {
    const r = trainingQuota({ trainees: 15 });
    expect(r).toMatchObject({ met: true, trainees: 15, required: 15, status: 'undated', due: '2023-10-31' });
  });

  it('falls short with 14 trainees', () => {
    expect(trainingQuota({ trainees: 14, completedOn: '2023-10-01' })).toMatchObject({ met: false, status: 'short' });
  });

  it('is on time when the work is completed on 10-31 itself', () => {
    expect(trainingQuota({ trainees: 15, completedOn: '2023-10-31' }).status).toBe('on-time');
  });

  it('is late when the work is completed on 11-01, the day after', () => {
    const r = trainingQuota({ trainees: 20, completedOn: '2023-11-01' });
    expect(r).toMatchObject({ met: true, status: 'late' });
  });

  it('counts a trainee listed twice once', () => {
    const r = trainingQuota({ trainees: [...ids(14), 't-0'] });
    expect(r.trainees).toBe(14);
    expect(r.met).toBe(false);
    expect(explain(r, { locale: 'en' })).toContain('a person trained twice counts once');
  });

  it('meets the quota with 15 distinct ids among repeats', () => {
    expect(trainingQuota({ trainees: [...ids(15), ...ids(15)], completedOn: '2023-06-01' })).toMatchObject({ trainees: 15, status: 'on-time' });
  });

  it('follows a what-if quota without touching the plan', () => {
    const reform = LANXI_2023.with({ training: { minTrainees: 20 } });
    expect(trainingQuota({ trainees: 15 }, reform).status).toBe('short');
    expect(trainingQuota({ trainees: 15 }).status).toBe('undated');
  });

  it('explains the comparison and cites clause 2.3.5', () => {
    const r = trainingQuota({ trainees: 15, completedOn: '2023-10-31' });
    expect(explain(r)).toContain('不少于 15 人（含本数，I-1）');
    expect(explain(r)).toContain('每年要组织不少于15名低收入农户参加各项技能培训班');
    expect(explain(r, { locale: 'en' })).toContain('[clause 2.3.5]');
  });

  it.each([
    [{ trainees: -1 }, ['trainees'], 'too_small'],
    [{ trainees: 1.5 }, ['trainees'], 'not_integer'],
    [{ trainees: '15' }, ['trainees'], 'invalid_type'],
    [{ trainees: ['a', ''] }, ['trainees', 1], 'too_small'],
    [{ trainees: ['a', 7] }, ['trainees', 1], 'invalid_type'],
    [{ trainees: 15, completedOn: '2023-13-01' }, ['completedOn'], 'invalid_date'],
  ])('rejects %o at its path', (input, path, code) => {
    expect(issueOf(() => trainingQuota(input as never))).toMatchObject({ path, code });
  });

  it('counts distinct ids whatever their order and repeats (property)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...ids(25)), { maxLength: 60 }), (list) => {
      const r = trainingQuota({ trainees: list });
      expect(r.trainees).toBe(new Set(list).size);
      expect(trainingQuota({ trainees: [...list].reverse() }).trainees).toBe(r.trainees);
      expect(r.met).toBe(r.trainees >= 15);
    }));
  });
});
