import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { checkRelocation } from '../../src/programme/relocation.js';
import { issueOf } from '../helpers/issue-of.js';
import { PlanNotInForceError } from '../../src/core/errors.js';


const ON_TIME = { sitePolicyDoneOn: '2023-06-30', dataCollectedOn: '2023-06-15', constructionStartedOn: '2023-10-31' };
const line = (r: ReturnType<typeof checkRelocation>, name: string) => r.townships.find((t) => t.name === name);

describe('checkRelocation (2.3.2, I-1, I-10)', () => {
  it('is met for a township that finished both tasks on their due dates', () => {
    const r = checkRelocation({ asOf: '2023-11-30', townships: [{ township: '柏社乡', persons: 100, ...ON_TIME }] });
    expect(line(r, '柏社乡')).toMatchObject({
      concerned: true, status: 'met', reasons: [],
      sitePreparation: { due: '2023-06-30', status: 'on-time', daysLate: 0 },
      constructionStart: { due: '2023-10-31', status: 'on-time', daysLate: 0 },
    });
  });

  it('needs both the site policy work and the data collection by 06-30: the later date counts', () => {
    const r = checkRelocation({ asOf: '2023-11-30', townships: [{ township: '柏社乡', ...ON_TIME, dataCollectedOn: '2023-07-01' }] });
    expect(line(r, '柏社乡')?.status).toBe('failed');
    expect(line(r, '柏社乡')?.reasons.map((x) => x.code)).toEqual(['site-preparation-late']);
  });

  it('is pending on 06-30 with only the policy work done, overdue on 07-01', () => {
    const rec = { township: '灵洞乡', sitePolicyDoneOn: '2023-06-01' };
    expect(line(checkRelocation({ asOf: '2023-06-30', townships: [rec] }), '灵洞乡')?.status).toBe('pending');
    const late = line(checkRelocation({ asOf: '2023-07-01', townships: [rec] }), '灵洞乡');
    expect(late?.status).toBe('overdue');
    expect(late?.reasons[0]).toMatchObject({ code: 'site-preparation-overdue', clause: '2.3.2' });
  });

  it('fails when construction starts on 11-01, the day after', () => {
    const r = checkRelocation({ asOf: '2023-12-31', townships: [{ township: '灵洞乡', ...ON_TIME, constructionStartedOn: '2023-11-01' }] });
    expect(line(r, '灵洞乡')?.constructionStart).toEqual({ due: '2023-10-31', status: 'late', daysLate: 1 });
    expect(line(r, '灵洞乡')?.reasons[0]?.zh).toContain('启动安置地块建设，晚于期限 2023-10-31（逾期 1 天）（第2.3.2条）');
  });

  it('leaves townships without a record out as not concerned', () => {
    const r = checkRelocation({ asOf: '2023-11-30', townships: [{ township: '柏社乡', ...ON_TIME }] });
    expect(r.townships).toHaveLength(16);
    expect(r.townships.filter((t) => t.status === 'n/a').every((t) => t.reasons[0]?.code === 'not-concerned')).toBe(true);
    expect(r.townships.filter((t) => t.concerned).map((t) => t.name)).toEqual(['柏社乡']);
  });

  it('measures progress against 1740 persons, met when reached exactly', () => {
    const two = (a: number, b: number) => checkRelocation({ asOf: '2023-12-31', townships: [{ township: '柏社乡', persons: a, ...ON_TIME }, { township: '330781200', persons: b, ...ON_TIME }] });
    const reached = two(1000, 740);
    expect(reached.progress).toMatchObject({ persons: 1740, target: 1740, met: true, status: 'met', reason: null });
    expect(reached.progress.share?.toString()).toBe('1');
    expect(reached.status).toBe('met');
    const short = two(1000, 739);
    expect(short.progress).toMatchObject({ persons: 1739, met: false, status: 'pending', due: '2023-12-31' });
    expect(short.progress.share?.toString()).toBe('0.9994');
  });

  it('is overdue on progress after the end of the year', () => {
    const r = checkRelocation({ asOf: '2024-01-01', townships: [{ township: '柏社乡', persons: 1739, ...ON_TIME }] });
    expect(r.progress.status).toBe('overdue');
    expect(r.progress.reason?.code).toBe('persons-overdue');
    expect(r.status).toBe('overdue');
  });

  it('does not apply in another year than the plan’s, in a period extended to 2024, and refuses 2024 otherwise', () => {
    const r = checkRelocation({ year: 2024, asOf: '2024-12-31', townships: [{ township: '柏社乡', persons: 5 }] }, LANXI_2023.with({ period: { to: '2024-12-31' } }));
    expect(r.status).toBe('n/a');
    expect(r.townships.every((t) => t.reasons[0]?.code === 'not-plan-year')).toBe(true);
    expect(() => checkRelocation({ year: 2024, asOf: '2024-12-31', townships: [] })).toThrow(PlanNotInForceError);
  });

  it('follows a what-if target without a division by zero', () => {
    const none = LANXI_2023.with({ relocation: { persons: 0 } });
    const r = checkRelocation({ asOf: '2023-06-01', townships: [] }, none);
    expect(r.progress).toMatchObject({ met: true, share: null, status: 'met' });
  });

  it('explains with the clause quoted and every failure cited', () => {
    const r = checkRelocation({ asOf: '2023-12-31', townships: [{ township: '柏社乡', persons: 10, ...ON_TIME, constructionStartedOn: '2023-11-01' }] });
    const en = explain(r, { locale: 'en' });
    expect(en).toContain('2023年，实施新一轮异地搬迁人员1740人');
    expect(en).toContain('after the due date 2023-10-31 (1 day(s) late) (clause 2.3.2)');
  });

  it.each([
    [{ asOf: '2023-12-31', townships: [{ township: '柏社乡' }, { township: '330781209' }] }, ['townships', 1, 'township'], 'duplicate_township'],
    [{ asOf: '2023-12-31', townships: [{ township: '柏社乡', persons: -3 }] }, ['townships', 0, 'persons'], 'too_small'],
    [{ asOf: '2023-12-31', townships: [{ township: 330781209 }] }, ['townships', 0, 'township'], 'invalid_type'],
  ])('rejects bad input at its path (%#)', (input, path, code) => {
    expect(issueOf(() => checkRelocation(input as never))).toMatchObject({ path, code });
  });
});
