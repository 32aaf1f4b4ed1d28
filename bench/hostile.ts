/**
 * How long hostile inputs take: `npm run bench:hostile`. The reliability tests check what each
 * public function does with such inputs; this prints how long it takes, one line per case, as a
 * Markdown table on stdout:
 *
 * - every function of the hostile-input table, at every argument that takes a list, given an array
 *   of a million items (holes, zeros, empty objects, strings): the slowest of them;
 * - an object whose prototype is an array of ten million items, and an object with a million keys
 *   of its own, given to `loanInterestSubsidy`;
 * - `parseHouseholds` on a million holes.
 */
import * as lib from '../src/index.js';
import { CALLS, target } from '../test/helpers/calls.js';
import { hugeArrays, outcome, withValueAt } from '../test/helpers/hostile.js';
import { progress } from './measure.js';

const rows: [string, number][] = [];
const row = (label: string, ms: number) => {
  rows.push([label, ms]);
  progress(`${label}: ${Math.round(ms)} ms`);
};

for (const [name, spec] of Object.entries(CALLS)) {
  for (const path of spec.lists ?? []) {
    let slowest = 0;
    let kind = '';
    for (const [label, value] of Object.entries(hugeArrays())) {
      const { ms } = outcome(() => target(name)(...withValueAt(spec.args, path, value)));
      if (ms > slowest) [slowest, kind] = [ms, label];
    }
    row(`${name}, args${path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('')} = ${kind} (slowest kind)`, slowest);
  }
}

const inheriting = Object.setPrototypeOf({}, new Array<number>(10_000_000).fill(0)) as object;
row('loanInterestSubsidy(an object inheriting 1e7 keys)', outcome(() => lib.loanInterestSubsidy(inheriting as never)).ms);
const manyKeys = Object.fromEntries(Array.from({ length: 1_000_000 }, (_, i) => [`k${i}`, i]));
row('loanInterestSubsidy(an object with 1e6 keys)', outcome(() => lib.loanInterestSubsidy(manyKeys as never)).ms);
row('parseHouseholds(1e6 holes)', outcome(() => lib.parseHouseholds(new Array(1_000_000))).ms);

console.log('| hostile input | ms |\n| --- | ---: |');
for (const [label, ms] of rows) console.log(`| ${label} | ${ms.toFixed(1)} |`);
