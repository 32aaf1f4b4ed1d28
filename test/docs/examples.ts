/**
 * The `@example` blocks of the TSDoc in `src/`, read as code: each block, the `//=>` values it shows
 * and the throws it announces, and a module that runs the block and reports every value it shows.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SRC = join(ROOT, 'src');

/** One `//=>` or `// throws` comment, and the statement whose value it shows. */
export interface Claim {
  /** The line of the comment in the source file (1-based). */
  readonly line: number;
  /** The statement the comment speaks of, as written. */
  readonly statement: string;
  /** What is claimed: a value (the literal's text) or an error thrown (its name and the start of its message). */
  readonly kind: 'value' | 'throws';
  readonly text: string;
}

/** One fenced `ts` block of an `@example`. */
export interface ExampleBlock {
  /** The source file, relative to the project root. */
  readonly file: string;
  /** The line of the block's first line of code (1-based). */
  readonly line: number;
  readonly code: string;
  readonly claims: readonly Claim[];
  /** The block with each claimed statement wrapped: `__value(n, expr)` or `__throws(n, () => expr)`. */
  readonly instrumented: string;
  /** The block's own import declarations, taken out of it, with the names they bring in. */
  readonly imports: readonly { text: string; names: readonly string[] }[];
  /** Comments that look like claims but that no statement above them can carry. */
  readonly stray: readonly string[];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The fenced `ts` blocks of one file's doc comments, with the line each starts on. */
function fencedBlocks(text: string): { line: number; code: string }[] {
  const out: { line: number; code: string }[] = [];
  const lines = text.split('\n');
  let inDoc = false;
  let block: { line: number; lines: string[] } | undefined;
  lines.forEach((raw, i) => {
    if (!inDoc && /^\s*\/\*\*/.test(raw)) inDoc = true;
    if (inDoc) {
      const body = raw.replace(/^\s*\/?\*+\/?\s?/, '');
      if (block === undefined && /^```ts\s*$/.test(body)) block = { line: i + 2, lines: [] };
      else if (block !== undefined && /^```\s*$/.test(body)) {
        out.push({ line: block.line, code: block.lines.join('\n') });
        block = undefined;
      } else if (block !== undefined) block.lines.push(raw.replace(/^\s*\* ?/, ''));
    }
    if (inDoc && raw.includes('*/')) inDoc = false;
  });
  return out;
}

const CLAIM = /\/\/\s*(=>|throws\b)\s?(.*)$/;

/** Splits a block into its claims, and writes the instrumented code that checks them. */
function instrument(code: string): { claims: Claim[]; instrumented: string; stray: string[]; imports: { text: string; names: string[] }[] } {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const lineStarts = source.getLineStarts();
  const lineOf = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line;
  const claims: { pos: number; line: number; kind: 'value' | 'throws'; text: string; statement?: ts.Statement }[] = [];
  code.split('\n').forEach((l, i) => {
    const m = CLAIM.exec(l);
    if (m === null) return;
    const pos = (lineStarts[i] as number) + m.index;
    claims.push({ pos, line: i, kind: m[1] === '=>' ? 'value' : 'throws', text: (m[2] ?? '').trim() });
  });
  const statements = source.statements;
  const stray: string[] = [];
  const taken = new Set<ts.Statement>();
  for (const c of claims) {
    const before = statements.filter((s) => s.getEnd() <= c.pos);
    const s = before[before.length - 1];
    const onItsOwnLine = code.split('\n')[c.line]?.trim().startsWith('//') ?? false;
    if (s === undefined || (!onItsOwnLine && lineOf(s.getEnd()) !== c.line) || taken.has(s)) {
      stray.push(code.split('\n')[c.line] ?? '');
      continue;
    }
    taken.add(s);
    c.statement = s;
  }
  // rewrite from the end so that earlier positions stay valid; import declarations move out of the block
  let out = code;
  const imports = statements.filter(ts.isImportDeclaration).map((s) => {
    const bindings = s.importClause?.namedBindings;
    const names = bindings !== undefined && ts.isNamedImports(bindings) ? bindings.elements.map((e) => e.name.text) : [];
    return { s, text: s.getText(source), names };
  });
  const kept = claims.filter((c) => c.statement !== undefined);
  [...kept].map((c, n) => ({ c, n })).reverse().forEach(({ c, n }) => {
    const s = c.statement as ts.Statement;
    let replacement: string | undefined;
    const wrap = (expr: string): string => (c.kind === 'value' ? `__value(${n}, (${expr}))` : `__throws(${n}, () => (${expr}))`);
    if (ts.isExpressionStatement(s)) replacement = `${wrap(s.expression.getText(source))};`;
    else if (ts.isVariableStatement(s) && c.kind === 'value' && s.declarationList.declarations.length === 1) {
      const d = s.declarationList.declarations[0] as ts.VariableDeclaration;
      if (d.initializer !== undefined) {
        const head = code.slice(s.getStart(source), d.initializer.getStart(source));
        replacement = `${head}${wrap(d.initializer.getText(source))};`;
      }
    }
    if (replacement === undefined) {
      stray.push(code.split('\n')[c.line] ?? '');
      return;
    }
    out = out.slice(0, s.getStart(source)) + replacement + out.slice(s.getEnd());
  });
  // the imports stand before every claim, so they go last
  for (const i of [...imports].reverse()) out = out.slice(0, i.s.getStart(source)) + out.slice(i.s.getEnd());
  return {
    claims: kept.map((c) => ({ line: c.line, statement: (c.statement as ts.Statement).getText(source), kind: c.kind, text: c.text })),
    instrumented: out,
    stray,
    imports: imports.map(({ text, names }) => ({ text, names })),
  };
}

/** Every `@example` block of every file under `src/`. */
export function exampleBlocks(): ExampleBlock[] {
  return files(SRC).flatMap((path) =>
    fencedBlocks(readFileSync(path, 'utf8')).map(({ line, code }) => {
      const { claims, instrumented, stray, imports } = instrument(code);
      return {
        file: relative(ROOT, path),
        line,
        code,
        claims: claims.map((c) => ({ ...c, line: line + c.line })),
        instrumented,
        stray,
        imports,
      };
    }),
  );
}

/** Marks, in a parsed `//=>` literal, a value left out (`key: …`) and more entries left out (`, …`). */
export const ANY = Symbol('any value');
export const MORE = '\u2026more';

/**
 * The literal after `//=>` as a value: strings, numbers, booleans, null, undefined, NaN, arrays and
 * objects; a trailing parenthesised note is dropped; `…` stands for values and entries left out.
 * Returns `ok: false` when the text is not such a literal (it evaluates with no name in scope but the marker).
 */
export function parseLiteral(text: string): { ok: true; value: unknown } | { ok: false } {
  let out = '';
  let quote: string | undefined;
  const stack: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote !== undefined) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '[' || ch === '{') stack.push(ch);
    else if (ch === ']' || ch === '}') stack.pop();
    else if (ch === '(' && stack.length === 0 && /\s/.test(text[i - 1] ?? '')) {
      break;
    }
    if (ch === '\u2026') {
      const prev = out.trimEnd().slice(-1);
      out += prev === ':' ? '__ANY' : stack[stack.length - 1] === '{' ? `"${MORE}": true` : `"${MORE}"`;
      continue;
    }
    out += ch;
  }
  const literal = out.trim();
  if (literal === '') return { ok: false };
  try {
    return { ok: true, value: new Function('__ANY', `return (${literal});`)(ANY) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Whether `actual` is the value `expected` shows, with `ANY` and `MORE` read as above. */
export function matches(actual: unknown, expected: unknown): boolean {
  if (expected === ANY) return true;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const more = expected[expected.length - 1] === MORE;
    const shown = more ? expected.slice(0, -1) : expected;
    if (more ? actual.length < shown.length : actual.length !== shown.length) return false;
    return shown.every((e, i) => matches(actual[i], e));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual) || actual instanceof Map || actual instanceof Set) return false;
    const more = MORE in expected;
    const keys = Object.keys(expected).filter((k) => k !== MORE);
    const actualKeys = Object.keys(actual).filter((k) => (actual as Record<string, unknown>)[k] !== undefined);
    if (!more && (actualKeys.length !== keys.filter((k) => (expected as Record<string, unknown>)[k] !== undefined).length)) return false;
    return keys.every((k) => matches((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k]));
  }
  return Object.is(actual, expected);
}
