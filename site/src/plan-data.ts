/**
 * What the plan says of each clause, read from the library's own plan: parameters, readings,
 * deadlines and their quotes.
 */
import { CLAUSES, LANXI_2023, type ClauseId, type Milestone, type Param } from 'lanxi-policy';
import { CALCULATORS } from './calculators.js';

/** A parameter with its path ('microcredit.floorRate'). */
export interface ParamLine {
  readonly path: string;
  readonly param: Param<unknown>;
}

/** A reading of the text (I-n): the value chosen, the options, a note. */
export interface ReadingLine {
  readonly name: string;
  readonly value: string;
  readonly options: readonly string[];
  readonly clause: string;
  /** The reading's interpretation (I-n), when given. */
  readonly interpretation: string | undefined;
  /** The words of the clause the reading is of, when given. */
  readonly quote: string | undefined;
  readonly note: { readonly zh: string; readonly en: string } | string | undefined;
}

/** The clause ids in the document's order ('1', '2.1.1', …, '4'; object keys would put '1' and '4' first). */
export const CLAUSE_IDS = (Object.keys(CLAUSES) as ClauseId[]).sort((a, b) => {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
});

/** Every parameter of the plan, by clause. */
export function paramsOf(clause: string): ParamLine[] {
  const out: ParamLine[] = [];
  for (const [group, params] of Object.entries(LANXI_2023.params)) {
    for (const [name, p] of Object.entries(params as Record<string, Param<unknown>>)) if (p.clause === clause) out.push({ path: `${group}.${name}`, param: p });
  }
  return out;
}

/** The deadlines of a clause. */
export function milestonesOf(clause: string): readonly Milestone[] {
  return LANXI_2023.milestones.filter((m) => m.clause === clause);
}

const isText = (v: unknown): v is { zh: string; en: string } =>
  typeof v === 'object' && v !== null && typeof (v as { zh?: unknown }).zh === 'string' && typeof (v as { en?: unknown }).en === 'string';

/** The plan's readings of a clause, when the plan carries readings (`plan.readings`). */
export function readingsOf(clause: string): ReadingLine[] {
  const all = (LANXI_2023 as unknown as { readonly readings?: unknown }).readings;
  if (typeof all !== 'object' || all === null) return [];
  const out: ReadingLine[] = [];
  for (const [name, r] of Object.entries(all as Record<string, unknown>)) {
    if (typeof r !== 'object' || r === null) continue;
    const o = r as { value?: unknown; options?: unknown; clause?: unknown; note?: unknown; noteZh?: unknown; quote?: unknown; interpretation?: unknown };
    const note = isText(o.note) ? o.note
      : typeof o.note === 'string' ? (typeof o.noteZh === 'string' ? { zh: o.noteZh, en: o.note } : o.note)
      : undefined;
    if (String(o.clause) !== clause) continue;
    out.push({
      name,
      value: String(o.value),
      options: Array.isArray(o.options) ? o.options.map(String) : [],
      clause: String(o.clause),
      interpretation: typeof o.interpretation === 'string' ? o.interpretation : undefined,
      quote: typeof o.quote === 'string' ? o.quote : undefined,
      note,
    });
  }
  return out;
}

/** Every distinct quote the library gives of a clause (parameters, deadlines, then readings). */
export function quotesOf(clause: string): string[] {
  const quotes = [
    ...paramsOf(clause).map((p) => p.param.quote), ...milestonesOf(clause).map((m) => m.quote),
    ...readingsOf(clause).flatMap((r) => (r.quote === undefined ? [] : [r.quote])),
  ];
  return [...new Set(quotes)];
}

/** The plan's fingerprint (a hash of its parameters and readings), when the plan carries one. */
export function fingerprint(): string | undefined {
  const f = (LANXI_2023 as unknown as { readonly fingerprint?: unknown }).fingerprint;
  return typeof f === 'string' ? f : undefined;
}

/** Whether the library computes something for a clause. */
export function isEncoded(clause: string): boolean {
  return clause === '4' || paramsOf(clause).length > 0 || milestonesOf(clause).length > 0
    || readingsOf(clause).length > 0 || (CALCULATORS[clause]?.length ?? 0) > 0;
}
