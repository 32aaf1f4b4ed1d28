import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The documentation contract: every value exported from the entry point has TSDoc with an
 * `@example`, and every rule cites the clause it implements.
 */
const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const program = ts.createProgram([entry], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true });
const checker = program.getTypeChecker();
const source = program.getSourceFile(entry);
const moduleSymbol = source ? checker.getSymbolAtLocation(source) : undefined;
const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];

interface Doc {
  readonly name: string;
  readonly isValue: boolean;
  readonly file: string;
  readonly text: string;
  readonly tags: string[];
}

const docs: Doc[] = exported.map((sym) => {
  const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
  const decl = target.declarations?.[0];
  const isValue = (target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class)) !== 0;
  const text = ts.displayPartsToString(target.getDocumentationComment(checker));
  const tags = target.getJsDocTags(checker).map((t) => `${t.name} ${ts.displayPartsToString(t.text)}`);
  return { name: sym.name, isValue, file: decl?.getSourceFile().fileName ?? '', text, tags };
});

const RULES = [
  'loanInterestSubsidy', 'householdLoanSubsidy', 'rentSubsidy', 'vocationalGrant', 'projectIncomeRule', 'incomeTargets',
  'populationIncomeTargets', 'allocateDividends', 'trainingQuota', 'monthlyVisits', 'milestoneStatus', 'townshipReport',
  'assessHousehold', 'simulate', 'compare',
];

describe('the API documentation', () => {
  it('finds the exports of the entry point', () => {
    expect(docs.length).toBeGreaterThan(50);
  });

  it.each(docs.filter((d) => d.isValue).map((d) => [d.name, d] as const))('documents %s with a summary and an @example', (_name, d) => {
    expect(d.text.length, `${d.name} has no TSDoc summary`).toBeGreaterThan(0);
    expect(d.tags.some((t) => t.startsWith('example')), `${d.name} has no @example`).toBe(true);
  });

  it.each(RULES)('cites the clause behind %s, by id and in the words of the plan', (name) => {
    const d = docs.find((x) => x.name === name);
    expect(d).toBeDefined();
    const all = `${d?.text ?? ''}\n${d?.tags.join('\n') ?? ''}`;
    expect(all).toMatch(/clause|第?\d\.\d(\.\d+)?/);
    expect(all).toMatch(/[\u4e00-\u9fff]{4,}/);
  });
});
