/**
 * Traces: every result carries a tree of what was computed, in the style of Catala's traces: the
 * rule called (with its clause), the inputs it read, the parameters it used (each with its clause
 * and a verbatim quote), the steps, the branch taken and why, the rounding, and the result. Each node
 * carries its own wording in Chinese and English; `explain()` renders the tree.
 *
 * Traces never hold personal data: inputs are amounts, rates, dates, counts and record ids.
 *
 * @module
 */
import type { CitedValue, ClauseId } from './clause-id.js';
import { formatYuan, type Decimal } from './decimal.js';

/** A text in both languages. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

/** A value as it appears in a trace: exact decimal strings, never floats. */
export type TraceValue = string | number | boolean | null;

/** A node of a trace tree. */
export type TraceNode =
  | { readonly kind: 'rule'; readonly rule: string; readonly clause: ClauseId; readonly title: Text; readonly children: readonly TraceNode[] }
  | { readonly kind: 'input'; readonly name: string; readonly value: TraceValue; readonly label: Text }
  | { readonly kind: 'param'; readonly name: string; readonly value: TraceValue; readonly unit: string; readonly clause: ClauseId; readonly quote: string; readonly label: Text; readonly interpretation?: string; readonly planValue?: string }
  | { readonly kind: 'step'; readonly name: string; readonly value: TraceValue; readonly label: Text }
  | { readonly kind: 'branch'; readonly name: string; readonly taken: string; readonly label: Text; readonly clause?: ClauseId }
  | { readonly kind: 'round'; readonly name: string; readonly exact: string; readonly rounded: string; readonly mode: 'half-up' | 'up'; readonly label: Text }
  | { readonly kind: 'result'; readonly name: string; readonly value: TraceValue; readonly label: Text };

/** The root of a result's trace: the rule node. */
export type Trace = Extract<TraceNode, { kind: 'rule' }>;

const HALF_UP: Text = Object.freeze({ zh: '四舍五入到分', en: 'rounded half up to the fen' });
const UP: Text = Object.freeze({ zh: '向上取整到分', en: 'rounded up to the fen' });

/** The label, frozen: labels are often module constants shared by every trace, so none may change. */
const frozen = (label: Text): Text => (Object.isFrozen(label) ? label : Object.freeze(label));

const show = (v: Decimal | TraceValue): TraceValue =>
  v !== null && typeof v === 'object' ? (v as Decimal).toString() : v;

/** A frozen `param` node: a parameter of the plan, with its citation. Internal. */
export function paramNode(name: string, p: CitedValue<Decimal | number | string | boolean>, label: Text): TraceNode {
  return Object.freeze({
    kind: 'param' as const, name, value: show(p.value), unit: p.unit, clause: p.clause, quote: p.quote, label: frozen(label),
    ...(p.interpretation === undefined ? {} : { interpretation: p.interpretation }),
    ...(p.planValue === undefined ? {} : { planValue: p.planValue }),
  });
}

/** A frozen `branch` node: the branch taken, and why. Internal. */
export function branchNode(name: string, taken: string, label: Text, clause?: ClauseId): TraceNode {
  return Object.freeze(clause === undefined ? { kind: 'branch' as const, name, taken, label: frozen(label) } : { kind: 'branch' as const, name, taken, label: frozen(label), clause });
}

/** A frozen text in both languages. Internal. */
export function text(zh: string, en: string): Text {
  return Object.freeze({ zh, en });
}

/**
 * Builds one rule's trace. Rules call it in the order they compute; `done()` freezes the tree.
 * Internal: results expose the finished {@link Trace}.
 */
export class TraceBuilder {
  private readonly children: TraceNode[] = [];

  constructor(
    private readonly rule: string,
    private readonly clause: ClauseId,
    private readonly title: Text,
  ) {}

  /** An input the rule read. */
  input(name: string, value: Decimal | TraceValue, label: Text): this {
    this.children.push(Object.freeze({ kind: 'input' as const, name, value: show(value), label: frozen(label) }));
    return this;
  }

  /** A parameter of the plan the rule used, with its citation. */
  param(name: string, p: CitedValue<Decimal | number | string | boolean>, label: Text): this {
    this.children.push(paramNode(name, p, label));
    return this;
  }

  /**
   * A node made beforehand (by {@link paramNode} or {@link branchNode}): a rule keeps the nodes that
   * depend only on its plan, made once per plan, and adds them to each trace.
   */
  node(node: TraceNode): this {
    this.children.push(node);
    return this;
  }

  /** An intermediate value. */
  step(name: string, value: Decimal | TraceValue, label: Text): this {
    this.children.push(Object.freeze({ kind: 'step' as const, name, value: show(value), label: frozen(label) }));
    return this;
  }

  /** A branch taken (or an exception applied), with the reason in both languages. */
  branch(name: string, taken: string, label: Text, clause?: ClauseId): this {
    this.children.push(branchNode(name, taken, label, clause));
    return this;
  }

  /** The single rounding at the end of a rule (I-12). */
  round(name: string, exact: Decimal, rounded: Decimal, mode: 'half-up' | 'up' = 'half-up'): this {
    return this.roundText(name, exact.toString(), formatYuan(rounded), mode);
  }

  /**
   * {@link round} with the texts already written: `exact` as `Decimal#toString` writes the exact
   * value, `rounded` as `Decimal#toFixed(2)` writes the rounded one.
   */
  roundText(name: string, exact: string, rounded: string, mode: 'half-up' | 'up' = 'half-up'): this {
    this.children.push(Object.freeze({ kind: 'round' as const, name, exact, rounded, mode, label: mode === 'half-up' ? HALF_UP : UP }));
    return this;
  }

  /** A nested rule's trace (a household's loans, an assessment's rules). */
  child(trace: Trace): this {
    this.children.push(trace);
    return this;
  }

  /** A result of the rule. */
  result(name: string, value: Decimal | TraceValue, label: Text): this {
    this.children.push(Object.freeze({ kind: 'result' as const, name, value: show(value), label: frozen(label) }));
    return this;
  }

  /** Freezes and returns the trace. */
  done(): Trace {
    return Object.freeze({
      kind: 'rule' as const,
      rule: this.rule,
      clause: this.clause,
      title: frozen(this.title),
      children: Object.freeze(this.children.slice()),
    });
  }
}
