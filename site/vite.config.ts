/**
 * Builds the policy explorer: a static site in site-dist/ that runs the library in the browser.
 * Every asset is bundled (no CDN); paths are relative, so any static file server can serve the folder
 * from any path.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  resolve: { alias: { 'lanxi-policy': here('../src/index.ts') } },
  build: {
    outDir: here('../site-dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
});
