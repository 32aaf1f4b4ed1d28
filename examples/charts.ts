/**
 * Renders the library's Vega-Lite chart specs to SVG without a browser: vega-lite compiles the spec
 * to Vega, and a headless Vega view writes the SVG (no canvas needed). Used by examples/what-if.ts
 * and the notebook; works in Node and Deno. The library itself does not depend on Vega.
 *
 *   const svg = await toSvg(costCurveSpec(curve));   // '<svg …'
 */
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** A Vega-Lite spec (such as `costCurveSpec(...)`) as an SVG document. */
export async function toSvg(spec: Readonly<Record<string, unknown>>): Promise<string> {
  const vega = compile(structuredClone(spec) as unknown as TopLevelSpec).spec;
  const view = new View(parse(vega), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
