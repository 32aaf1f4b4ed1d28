import { expect } from 'vitest';
import { PolicyInputError, type PolicyIssue } from '../../src/core/errors.js';

/** Runs `f`, expects a PolicyInputError, and returns its first issue. */
export function issueOf(f: () => unknown): PolicyIssue | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    return (e as PolicyInputError).issues[0];
  }
  return expect.unreachable('no error thrown');
}
