// Library build of the engine (`ungxu`, dist/index.js) and the CLI (dist/cli.js), both ES modules for
// Node 20. Declarations come from tsc (tsconfig.lib.json), since Vite only emits JavaScript.
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// Runtime dependencies stay imports (npm installs them next to the package), like node builtins.
const external = [
  ...Object.keys(pkg.dependencies),
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
];

export default defineConfig({
  // No public/ copy, no .env lookups: this build is not the extension.
  publicDir: false,
  envDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    lib: {
      entry: { index: 'rules/index.ts', cli: 'cli/index.ts' },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      platform: 'node',
      external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
      output: {
        // Only the CLI is an executable; the library entry must not start with a shebang.
        banner: (chunk) => (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
