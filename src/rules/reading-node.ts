/**
 * A reading of the plan (see `plan.readings`) as a trace node: the value that decided a result,
 * with its clause, the interpretation it belongs to (I-n) and the plan's words that leave it open,
 * so that `explain()` cites the reading as it cites a parameter.
 *
 * @module
 */
import { text, type Text, type TraceNode } from '../core/trace.js';
import type { Reading } from '../plan/readings.js';

/**
 * The trace node of a reading: a `param` node whose unit is `'option'`, its value the reading's
 * value, its quote the reading's quote, `planValue` set when `plan.with()` changed it.
 *
 * @param name - the reading's name ('rentEmployedUnit').
 * @param reading - the reading, from `plan.readings`.
 * @param label - what the reading decides, in both languages.
 * @returns a frozen trace node.
 * @example
 * ```ts
 * readingNode('visitMonths', LANXI_2023.readings.visitMonths, { zh: '走访月份', en: 'months to visit' });
 * //=> { kind: 'param', name: 'visitMonths', value: 'touched', unit: 'option', clause: '2.3.1', quote: '实施低收入农户每月走访行动', … }
 * ```
 */
export function readingNode(name: string, reading: Reading, label: Text): TraceNode {
  return Object.freeze({
    kind: 'param' as const, name, value: String(reading.value), unit: 'option', clause: reading.clause, quote: reading.quote,
    label: Object.isFrozen(label) ? label : text(label.zh, label.en), interpretation: reading.interpretation,
    ...(reading.planValue === undefined ? {} : { planValue: String(reading.planValue) }),
  });
}
