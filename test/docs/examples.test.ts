/**
 * The documentation runs: every `@example` block in the TSDoc of `src/` compiles under the project's
 * strict settings, with the library's public exports and its own module's exports in scope, and
 * every value it shows after `//=>` is the value the code gives; every `// throws` throws that error.
 * Every function of the entry point documents the errors it throws.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { exampleBlocks, matches, parseLiteral, ROOT, SRC, type ExampleBlock } from './examples.js';

const OUT = join(ROOT, 'node_modules', '.cache', 'examples');

/**
 * Blocks held back, each named by its file and a piece of its code, with why. A block that only
 * starts a long-running service is compiled, never run. The others here do not yet compile or run
 * as written, in folders whose examples are rewritten with their code.
 */
const HELD_BACK: readonly { file: string; code: string; why: string; compiles: boolean }[] = [
  { file: 'src/server/serve.ts', code: "serveCommand(['--port', '0'], process)", why: 'starts a server that runs until it is stopped', compiles: true },
  { file: 'src/cli/input.ts', code: 'splitLines(Readable.from(', why: 'uses Readable without importing it from node:stream', compiles: false },
  { file: 'src/cli/input.ts', code: "readWholeText('report',", why: 'uses an io it does not define', compiles: false },
  { file: 'src/server/start.ts', code: '(await res.json()).result.amount', why: 'reads a property of the unknown that res.json() gives', compiles: false },
];
const heldBack = (b: ExampleBlock) => HELD_BACK.find((h) => h.file === b.file && b.code.includes(h.code));

const blocks = exampleBlocks();
const nameOf = (b: ExampleBlock): string => `${b.file}:${b.line}`;
const fileOf = (i: number): string => join(OUT, `example-${String(i).padStart(3, '0')}.ts`);

const program = ts.createProgram([...new Set([join(SRC, 'index.ts'), ...blocks.map((b) => join(ROOT, b.file))])], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, noEmit: true });
const checker = program.getTypeChecker();

/** The names a module exports, as the type checker sees them, each with whether it is a value. */
function exportsOf(file: string): { name: string; value: boolean }[] {
  const source = program.getSourceFile(file);
  const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (symbol === undefined) return [];
  return checker.getExportsOfModule(symbol).filter((s) => s.name !== 'default').map((s) => {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    return { name: s.name, value: (target.flags & ts.SymbolFlags.Value) !== 0 };
  });
}

const publicExports = exportsOf(join(SRC, 'index.ts'));
const publicNames = publicExports.map((e) => e.name);

/** The import declarations for the names given, values and types apart. */
function importsOf(names: readonly { name: string; value: boolean }[], from: string): string {
  const spec = JSON.stringify(from.replace(/\.ts$/, '.js'));
  const values = names.filter((n) => n.value).map((n) => n.name);
  const types = names.filter((n) => !n.value).map((n) => n.name);
  return [values.length > 0 ? `import { ${values.join(', ')} } from ${spec};` : '', types.length > 0 ? `import type { ${types.join(', ')} } from ${spec};` : ''].join('\n');
}

/** The packages an example may import from, as the files that hold them. */
const PACKAGES: Readonly<Record<string, string>> = { 'lanxi-policy': join(SRC, 'index.ts'), 'lanxi-policy/server': join(SRC, 'server', 'index.ts') };

/** The block as a module: the public exports and the module's own in scope, the block in a function. */
function moduleText(b: ExampleBlock): string {
  const own = join(ROOT, b.file);
  const imported = new Set(b.imports.flatMap((i) => i.names));
  const ownExports = own.endsWith('index.ts') ? [] : exportsOf(own).filter((e) => !imported.has(e.name));
  const ownNames = new Set(ownExports.map((e) => e.name));
  const pub = publicExports.filter((e) => !ownNames.has(e.name) && !imported.has(e.name));
  // the block's own imports, from the package or from beside its module, as the files they name
  const target = (p: string): string | undefined => PACKAGES[p] ?? (p.startsWith('.') ? join(dirname(own), p) : undefined);
  const written = b.imports.map((i) => i.text.replace(/(['"])([^'"]+)\1/, (m, _q, p: string) => JSON.stringify(target(p)?.replace(/\.ts$/, '.js') ?? p) || m));
  return [
    ...written,
    importsOf(pub, join(SRC, 'index.ts')),
    importsOf(ownExports, own),
    'export default async function run(__value: <T>(n: number, v: T) => T, __throws: (n: number, f: () => unknown) => void): Promise<void> {',
    '{',
    b.instrumented,
    '}',
    '}',
    '',
  ].join('\n');
}

describe('the @example blocks of the TSDoc', () => {
  beforeAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    blocks.forEach((b, i) => writeFileSync(fileOf(i), moduleText(b)));
  });

  it('are found in the sources', () => {
    expect(blocks.length).toBeGreaterThan(150);
  });

  it('pair every //=> and // throws comment with the statement above it', () => {
    expect(blocks.flatMap((b) => b.stray.map((s) => `${nameOf(b)}: ${s.trim()}`))).toEqual([]);
  });

  it('show values that read as data', () => {
    const unreadable = blocks.flatMap((b) => b.claims.filter((c) => c.kind === 'value' && !parseLiteral(c.text).ok).map((c) => `${b.file}:${c.line}: ${c.text}`));
    expect(unreadable).toEqual([]);
  });

  it('compile under the strict settings of the project', () => {
    const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (p) => ts.sys.readFile(p));
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
    const examples = ts.createProgram(blocks.map((_, i) => fileOf(i)), { ...options, noUnusedLocals: false, noUnusedParameters: false, noEmit: true });
    const problems = blocks.flatMap((b, i) => {
      if (heldBack(b)?.compiles === false) return [];
      const file = examples.getSourceFile(fileOf(i));
      if (file === undefined) return [`${nameOf(b)}: not compiled`];
      return [...examples.getSyntacticDiagnostics(file), ...examples.getSemanticDiagnostics(file)].map((d) => {
        const at = d.start === undefined ? '' : ` (block line ${file.getLineAndCharacterOfPosition(d.start).line - 4 - b.imports.length})`;
        return `${nameOf(b)}${at}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
    });
    expect(problems).toEqual([]);
  }, 120_000);

  it('hold back only blocks that are still there', () => {
    expect(HELD_BACK.filter((h) => !blocks.some((b) => heldBack(b) === h))).toEqual([]);
  });

  it.each(blocks.map((b, i) => [nameOf(b), b, i] as const).filter(([, b]) => heldBack(b) === undefined))('run as shown: %s', async (_name, b, i) => {
    const mod = (await import(pathToFileURL(fileOf(i)).href)) as { default: (v: (n: number, x: unknown) => unknown, t: (n: number, f: () => unknown) => void) => Promise<void> };
    const seen = new Map<number, { value?: unknown; error?: unknown; returned?: boolean }>();
    await mod.default(
      (n, v) => {
        seen.set(n, { value: v });
        return v;
      },
      (n, f) => {
        try {
          f();
          seen.set(n, { returned: true });
        } catch (error) {
          seen.set(n, { error });
        }
      },
    );
    const wrong: string[] = [];
    b.claims.forEach((c, n) => {
      const got = seen.get(n);
      const where = `${b.file}:${c.line}: ${c.statement.split('\n').join(' ')}`;
      if (got === undefined) wrong.push(`${where}: never ran`);
      else if (c.kind === 'value') {
        const shown = parseLiteral(c.text);
        if (shown.ok && !matches(got.value, shown.value)) wrong.push(`${where}: shows ${c.text} but gives ${show(got.value)}`);
      } else {
        const [, name = '', message = ''] = /^(\w+)(?::\s*(.*))?/.exec(c.text) ?? [];
        const e = got.error as Error | undefined;
        if (e === undefined) wrong.push(`${where}: shows a throw of ${name} but returns`);
        else if (e.name !== name) wrong.push(`${where}: shows a throw of ${name} but throws ${e.name}: ${e.message}`);
        else if (!messageMatches(e.message, message)) wrong.push(`${where}: shows the message "${message}" but the message is "${e.message}"`);
      }
    });
    expect(wrong).toEqual([]);
  });
});

/** Whether a message holds the text shown: the text up to a `…` and before a parenthesised note. */
function messageMatches(actual: string, shown: string): boolean {
  if (shown === '') return true;
  const cut = shown.split('\u2026')[0]?.trim() ?? '';
  return actual.includes(cut) || actual.includes(cut.replace(/\s*\([^)]*\)\s*$/, ''));
}

function show(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  if (v instanceof lib.Decimal) return `Decimal(${v.toString()})`;
  if (v instanceof Map) return `Map(${JSON.stringify([...v])})`;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

describe('the functions of the entry point', () => {
  /** Functions that answer every input, hostile or not, and so throw nothing to document. */
  const NEVER_THROW = [
    'isPolicyInputError', 'isPlanNotInForceError', 'isParsedHousehold', 'isValidIdNumber', 'safeParseHousehold', 'householdJsonSchema',
    'maskIdNumber', 'idNumberBirthDate', 'findTownship',
  ];

  const functions = publicNames.flatMap((name) => {
    const sym = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(join(SRC, 'index.ts')) as ts.SourceFile) as ts.Symbol).find((s) => s.name === name) as ts.Symbol;
    const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
    const decl = target.declarations?.[0];
    if (!(target.flags & ts.SymbolFlags.Function) || decl === undefined) return [];
    const text = decl.getSourceFile().text;
    const docs = (ts.getLeadingCommentRanges(text, decl.getFullStart()) ?? []).map((r) => text.slice(r.pos, r.end)).join('\n');
    return [{ name, tags: [...docs.matchAll(/@throws((?:(?!\n\s*\*\s*@\w|\*\/)[\s\S])*)/g)].map((m) => (m[1] as string).replace(/\s*\*\s*/g, ' ').trim()) }];
  });

  it('are found', () => {
    expect(functions.length).toBeGreaterThan(30);
  });

  it.each(functions.filter((f) => !NEVER_THROW.includes(f.name)).map((f) => [f.name, f] as const))('document what %s throws, by the error class', (_name, f) => {
    expect(f.tags.length, `${f.name} has no @throws`).toBeGreaterThan(0);
    expect(f.tags.join('\n')).toMatch(/PolicyInputError|PlanNotInForceError/);
  });

  it.each(NEVER_THROW)('hold that %s throws nothing, even for hostile input', (name) => {
    const f = (lib as unknown as Record<string, (...a: unknown[]) => unknown>)[name] as (...a: unknown[]) => unknown;
    const hostile = [undefined, null, {}, [], 'x', 1n, new Proxy({}, { get: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } })];
    for (const h of hostile) expect(() => f(h)).not.toThrow();
  });
});

describe('the reading of a //=> value', () => {
  it('drops a trailing parenthesised note', () => {
    expect(parseLiteral("'1500' (3% applies)")).toEqual({ ok: true, value: '1500' });
  });

  it('tells a Decimal from the string it prints as', () => {
    expect(matches(new lib.Decimal(1500), '1500')).toBe(false);
    expect(matches('1500', '1500')).toBe(true);
  });

  it('reads … as a value or entries left out, and nothing else as a wildcard', () => {
    const shown = parseLiteral("{ path: ['id'], code: 'required', … }");
    expect(shown.ok && matches({ path: ['id'], code: 'required', message: 'is required' }, shown.value)).toBe(true);
    expect(shown.ok && matches({ path: ['id'], code: 'invalid' }, shown.value)).toBe(false);
    const exact = parseLiteral("{ a: 1 }");
    expect(exact.ok && matches({ a: 1, b: 2 }, exact.value)).toBe(false);
  });

  it('refuses text that is not data', () => {
    expect(parseLiteral('the same issues as schemaIssues({})').ok).toBe(false);
    expect(parseLiteral("Decimal('0.03')").ok).toBe(false);
  });

  it('pairs a comment on its own line with the statement above it', () => {
    const [b] = exampleBlocks().filter((x) => x.file === 'src/rules/allocate-dividends.ts');
    expect(b?.claims.map((c) => c.kind)).toEqual(['value', 'value', 'throws']);
  });
});
