import { resolve } from 'node:path';
import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // clean dist/, but leave the command line's output (built by the second entry, in parallel)
    clean: ['!cli.js', '!cli.js.map', '!server.*'],
    sourcemap: true,
    target: 'node20',
    treeshake: true,
  },
  {
    // `lanxi-policy/server`, the HTTP service: an entry of its own (the main entry never loads it),
    // which imports the library's entry point (dist/index.js or dist/index.cjs) rather than a copy
    entry: { server: 'src/server/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [
      {
        name: 'library-entry-as-external',
        setup(build) {
          const library = build.initialOptions.format === 'cjs' ? './index.cjs' : './index.js';
          build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
            args.importer.replace(/\\/g, '/').includes('/src/server/') ? { path: library, external: true } : undefined);
        },
      },
    ],
  },
  {
    // the `lanxi-policy` command line (bin): one ESM file with a shebang, which imports the
    // library's own entry point (dist/index.js) rather than bundling a second copy of it
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [
      {
        name: 'library-entry-as-external',
        setup(build) {
          // '../index.js' from src/cli/, '../../index.js' from src/cli/sheets/: the library's entry
          build.onResolve({ filter: /^(?:\.\.\/)+index\.js$/ }, (args) =>
            args.importer.replace(/\\/g, '/').includes('/src/cli/') && resolve(args.resolveDir, args.path) === resolve('src/index.js')
              ? { path: './index.js', external: true }
              : undefined);
          // `serve` loads the service's own entry (dist/server.js) only when it runs
          build.onResolve({ filter: /^\.\.\/server\/index\.js$/ }, () => ({ path: './server.js', external: true }));
        },
      },
    ],
  },
]);
