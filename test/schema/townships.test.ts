import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANXI_TOWNSHIPS, findTownship } from '../../src/schema/townships.js';

describe('LANXI_TOWNSHIPS', () => {
  it('lists the same 16 units, codes and names as the statistical table', () => {
    const rows = readFileSync(new URL('../fixtures/lanxi-townships.csv', import.meta.url), 'utf8')
      .trim().split('\n').slice(1)
      .map((line) => { const [code, name] = line.split(','); return [code, name?.replaceAll('"', '')]; });
    expect(LANXI_TOWNSHIPS.map((t) => [t.code, t.name])).toEqual(rows);
  });

  it('finds a unit by code or by name', () => {
    expect(findTownship('水亭畲族乡')?.code).toBe('330781203');
    expect(findTownship('330781001')?.kind).toBe('subdistrict');
    expect(findTownship('nowhere')).toBeUndefined();
  });
});
