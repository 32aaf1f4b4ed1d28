// @ts-check
/**
 * TypeDoc plugin: groups the API reference by clause of the plan. Each export is filed under the
 * clause its module implements (from the module's path), unless its TSDoc names a @category itself.
 */
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

/** Module path (under src/) → category. The first match wins. */
const CATEGORIES = [
  [/\/plan\//, '0 The plan (clauses 1–4)'],
  [/\/rules\/income-targets\.ts$/, '1 Income targets'],
  [/\/programme\/indicators\.ts$/, '2.1 Indicators'],
  [/\/(rules\/monthly-visits|programme\/visits)\.ts$/, '2.3.1 Monthly visits'],
  [/\/programme\/relocation\.ts$/, '2.3.2 Relocation'],
  [/\/programme\/menu-projects\.ts$/, '2.3.3 Menu-style projects'],
  [/\/(rules\/vocational-grant|programme\/vocational-grant-review)\.ts$/, '2.3.4 Vocational grant'],
  [/\/(rules\/training-quota|programme\/training)\.ts$/, '2.3.5 Skills training'],
  [/\/rules\/rent-subsidy\.ts$/, '2.3.7 Rent subsidy'],
  [/\/rules\/loan-interest-subsidy\.ts$/, '2.3.8 Micro-credit interest subsidy'],
  [/\/rules\/(project-income|allocate-dividends)\.ts$/, '2.3.9 Collective projects'],
  [/\/rules\/milestone-status\.ts$/, '2.3.2–2.3.5 Deadlines'],
  [/\/programme\//, '3.3 Township report'],
  [/\/schema\//, 'Household records'],
  [/\/population\//, 'Population what-if'],
  [/\/explain\.ts$/, 'Explanations'],
  [/\/core\//, 'Core: money, boundaries, traces, errors'],
];

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.SomeExport)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName;
    if (!file) return;
    const found = CATEGORIES.find(([re]) => re.test(file));
    if (!found) return;
    reflection.comment ??= new Comment();
    if (reflection.comment.blockTags.some((t) => t.tag === '@category')) return;
    reflection.comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: found[1] }]));
  });
}
