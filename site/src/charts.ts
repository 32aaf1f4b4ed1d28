/**
 * Draws the library's Vega-Lite specs in the page as SVG, with vega-lite (compile) and vega (view).
 * Loaded with the what-if page only. Expressions run through vega-interpreter rather than generated
 * code, so the page's Content-Security-Policy can forbid eval.
 */
import { parse, View } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compile, type TopLevelSpec } from 'vega-lite';

const views = new WeakMap<HTMLElement, View>();

/** Renders `spec` into `container` (replacing what it drew before); resolves when drawn. */
export async function draw(container: HTMLElement, spec: Readonly<Record<string, unknown>>, label: string): Promise<void> {
  views.get(container)?.finalize();
  const vg = compile(structuredClone(spec) as unknown as TopLevelSpec).spec;
  const view = new View(parse(vg, undefined, { ast: true }), { renderer: 'svg', container, hover: true, expr: expressionInterpreter });
  views.set(container, view);
  await view.runAsync();
  const svg = container.querySelector('svg');
  if (svg !== null) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
  }
}

/** Frees the views drawn in `containers`. */
export function release(...containers: readonly HTMLElement[]): void {
  for (const c of containers) {
    views.get(c)?.finalize();
    views.delete(c);
  }
}
