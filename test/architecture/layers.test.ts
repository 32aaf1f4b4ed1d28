/**
 * The shape of the source: folders import only from the layers below them (core ← plan ← schema ←
 * rules ← population / programme ← explain ← index ← server ← cli), no file is over 400 lines, no
 * clause's arithmetic reaches into decimal.js's internals, and every rule file cites its clause.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** Each layer's rank: a file may import its own layer and the layers of lower rank, never a peer. */
const RANK: Readonly<Record<string, number>> = {
  core: 0, plan: 1, schema: 2, rules: 3, population: 4, programme: 4, explain: 5, index: 6, server: 7, cli: 8,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const layerOf = (file: string): string => relative(SRC, file).split(sep)[0]?.replace(/\.(ts|js)$/, '') ?? '';

const imports = (text: string): string[] =>
  [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)'(\.{1,2}\/[^']+)'/gm)].map((m) => m[1] as string);

const sources = files(SRC);

describe('the layers of src/', () => {
  it('names a layer for every folder and top-level file', () => {
    expect(sources.map(layerOf).filter((l) => RANK[l] === undefined)).toEqual([]);
  });

  it('has no file that imports a layer above its own, or a peer', () => {
    const upward: string[] = [];
    for (const file of sources) {
      const from = layerOf(file);
      for (const spec of imports(readFileSync(file, 'utf8'))) {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(SRC)) continue;
        const to = layerOf(target);
        if (to !== from && !((RANK[to] as number) < (RANK[from] as number))) upward.push(`${relative(ROOT, file)} → ${spec}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('keeps every file at 400 lines or fewer', () => {
    const big = sources.map((f) => [relative(ROOT, f), readFileSync(f, 'utf8').replace(/\n$/, '').split('\n').length] as const).filter(([, n]) => n > 400);
    expect(big).toEqual([]);
  });

  it('never builds or reads a Decimal through decimal.js internals', () => {
    const internal = sources.filter((f) => /Object\.create\(\s*Decimal\.prototype|\.d\s*=\s*\[|as unknown as \{\s*d:/.test(readFileSync(f, 'utf8')));
    expect(internal.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('cites its clause in every rule file', () => {
    const uncited = files(join(SRC, 'rules')).filter((f) => !/clause|[0-9]\.[0-9]\.[0-9]+|一、|二（[一二三]）/.test(readFileSync(f, 'utf8')));
    expect(uncited.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
