import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerHandle } from '../../src/server/index.js';
import { started } from './helpers.js';

let server: ServerHandle;
beforeAll(async () => { server = await started(); });
afterAll(async () => { await server.close(); });

describe('GET /v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document by an independent validator', async () => {
    const doc = await (await fetch(`${server.url}/v1/openapi.json`)).json() as Record<string, any>;
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it('names every endpoint, each rule, and says which answer 422', async () => {
    const doc = await (await fetch(`${server.url}/v1/openapi.json`)).json() as Record<string, any>;
    for (const rule of ['loanInterestSubsidy', 'householdLoanSubsidy', 'rentSubsidy', 'vocationalGrant', 'projectIncomeRule', 'incomeTargets',
      'allocateDividends', 'trainingQuota', 'monthlyVisits', 'milestoneStatus']) {
      expect(doc.paths[`/v1/rules/${rule}`].post.responses['422']).toBeDefined();
    }
    for (const p of ['/v1/plan', '/v1/assess', '/v1/assess/batch', '/v1/simulate', '/v1/compare', '/v1/sweep', '/v1/openapi.json', '/health']) {
      expect(doc.paths[p]).toBeDefined();
    }
    expect(doc.components.schemas.Household.required).toEqual(['id', 'category', 'members', 'income']);
    expect(doc.components.schemas.loanInterestSubsidyInput.required).toEqual(['principal', 'annualRate', 'days']);
    expect(Object.keys(doc.components.schemas.PlanOverrides.properties.readings.properties)).toContain('capBasis');
  });
});

describe('the main entry', () => {
  it('imports neither the service nor its framework', async () => {
    const { readFile } = await import('node:fs/promises');
    const index = await readFile('src/index.ts', 'utf8');
    expect(index).not.toMatch(/server|hono/);
  });
});
