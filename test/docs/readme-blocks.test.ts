import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import { afterAll, describe, expect, it, vi } from 'vitest';

/**
 * Every TypeScript block of the README, its Chinese twin and the pages under docs/ runs as pasted:
 * its imports of `lanxi-policy` and `lanxi-policy/server` are pointed at the sources, its types are
 * stripped, and it is imported as a module. Blocks fenced as ```ts no-run are left out; they are the
 * few that cannot run here (a file that must exist).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

const ENTRY: Readonly<Record<string, string>> = {
  'lanxi-policy': join(root, 'src/index.ts'),
  'lanxi-policy/server': join(root, 'src/server/index.ts'),
};

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'api' ? [] : markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

interface Block {
  readonly where: string;
  readonly code: string;
  readonly run: boolean;
}

function blocksOf(file: string): Block[] {
  const text = readFileSync(file, 'utf8');
  const fence = /^```(ts|typescript)([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm;
  const blocks: Block[] = [];
  for (const match of text.matchAll(fence)) {
    const line = text.slice(0, match.index).split('\n').length;
    blocks.push({ where: `${relative(root, file)}:${line}`, code: match[3] ?? '', run: !/\bno-run\b/.test(match[2] ?? '') });
  }
  return blocks;
}

const files = [join(root, 'README.md'), join(root, 'README.zh-CN.md'), ...markdownFiles(join(root, 'docs')), join(root, 'bench/README.md')];
const blocks = files.flatMap(blocksOf);
const dir = mkdtempSync(join(tmpdir(), 'lanxi-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pointAtSources(code: string): string {
  return code.replace(/(from\s+|import\s*\(\s*)(['"])(lanxi-policy(?:\/server)?)\2/g, (_all, head: string, quote: string, name: string) => {
    const target = ENTRY[name];
    return target === undefined ? `${head}${quote}${name}${quote}` : `${head}${quote}${pathToFileURL(target).href}${quote}`;
  });
}

describe('the code blocks of the documentation', () => {
  it('finds the blocks of both READMEs and of the docs pages', () => {
    expect(blocks.filter((b) => b.where.startsWith('README.md')).length).toBeGreaterThan(5);
    expect(blocks.filter((b) => b.where.startsWith('README.zh-CN.md')).length).toBeGreaterThan(5);
    expect(blocks.filter((b) => b.where.startsWith('docs/')).length).toBeGreaterThan(20);
  });

  it('leaves out only a few blocks that cannot run', () => {
    expect(blocks.filter((b) => !b.run).length).toBeLessThanOrEqual(6);
  });

  it.each(blocks.filter((b) => b.run).map((b) => [b.where, b] as const))('runs the block at %s as pasted', async (where, block) => {
    const { code } = await transform(pointAtSources(block.code), { loader: 'ts', format: 'esm', target: 'es2022' });
    const file = join(dir, `${where.replace(/[^\w.-]+/g, '_')}.mjs`);
    writeFileSync(file, code);
    const quiet = ['log', 'table', 'info'] as const;
    const spies = quiet.map((name) => vi.spyOn(console, name).mockImplementation(() => undefined));
    try {
      await import(/* @vite-ignore */ pathToFileURL(file).href);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  }, 60_000);
});
