/**
 * Helpers of the explorer's browser test: build the site when it is missing or older than its
 * sources, serve it on 127.0.0.1, and drive Debian's Chromium with playwright-core, recording every
 * request that leaves localhost (and blocking it) and every console error.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'site-dist');
export const SCREENSHOTS = join(ROOT, 'test/site/screenshots');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    t = Math.max(t, name.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds site-dist/ with `npm run site` unless it is newer than site/ and src/. */
export function ensureBuilt(): void {
  const index = join(DIST, 'index.html');
  const stale = !existsSync(index) || statSync(index).mtimeMs < Math.max(newest(join(ROOT, 'site')), newest(join(ROOT, 'src')));
  if (stale) execFileSync('npm', ['run', 'site', '--silent'], { cwd: ROOT, stdio: 'pipe' });
}

export interface Session {
  readonly url: string;
  readonly context: BrowserContext;
  /** Requests to anything but the local server (blocked). */
  readonly outside: string[];
  /** Console errors and uncaught page errors. */
  readonly errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Serves site-dist/ and opens Chromium with a fresh profile. */
export async function open(): Promise<Session> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (scripts/ci-site.sh does)`);
  }
  const { server, url } = await serveStatic(DIST);
  const profile = mkdtempSync(join(tmpdir(), 'lanxi-explorer-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 }, locale: 'zh-CN',
  });
  const outside: string[] = [];
  const errors: string[] = [];
  const origin = new URL(url).origin;
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(`${origin}/`) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    outside.push(u);
    return route.abort();
  });
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:') && !outside.includes(u)) outside.push(u);
  });
  const watch = (page: Page): void => {
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  };
  for (const p of context.pages()) watch(p);
  context.on('page', watch);
  return {
    url, context, outside, errors,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      await new Promise<void>((ok) => (server as Server).close(() => ok()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a route of the site (`#/clause/2.3.8`) and waits until the page says it is ready. */
export async function go(page: Page, base: string, hash: string): Promise<void> {
  await page.goto(`${base}${hash}`);
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  await page.waitForFunction((p) => (globalThis as unknown as { document: { body: { dataset: Record<string, string> } } }).document.body.dataset['ready'] === p, path);
}
