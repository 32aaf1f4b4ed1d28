import { describe, expect, it } from 'vitest';
import { once } from '../../src/core/once.js';

describe('once', () => {
  it('builds nothing until first asked, then gives the same value every time', () => {
    let built = 0;
    const table = once(() => {
      built += 1;
      return { rows: [1, 2, 3] };
    });
    expect(built).toBe(0);
    const first = table();
    expect(table()).toBe(first);
    expect(built).toBe(1);
  });

  it('keeps a value that is undefined or null without building it again', () => {
    let built = 0;
    const nothing = once(() => {
      built += 1;
      return undefined;
    });
    nothing();
    nothing();
    expect(built).toBe(1);
  });

  it('builds again after a build that threw', () => {
    let calls = 0;
    const flaky = once(() => {
      calls += 1;
      if (calls === 1) throw new Error('first build fails');
      return 'built';
    });
    expect(() => flaky()).toThrow('first build fails');
    expect(flaky()).toBe('built');
    expect(flaky()).toBe('built');
    expect(calls).toBe(2);
  });
});
