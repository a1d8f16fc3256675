// Library build of the engine (`ungxu`, dist/index.js) and the CLI (dist/cli.js), both ES modules for
// Node 20, plus declarations in dist/types (from tsconfig.lib.json, emitted after the bundle).
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };

// Runtime dependencies stay imports (npm installs them next to the package), like node builtins.
const external = [
  ...Object.keys(pkg.dependencies),
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
];

/**
 * tsc's declarations keep the sources' extensionless specifiers ("./types"), which consumers on
 * `moduleResolution: node16/nodenext` cannot resolve. Emit them through the compiler API and add
 * the ".js" (or "/index.js") each specifier stands for, so the types work under every resolution.
 */
function declarations(configFile: string): Plugin {
  const fail = (diagnostics: readonly ts.Diagnostic[]): never => {
    const host = {
      getCanonicalFileName: (f: string) => f,
      getCurrentDirectory: () => process.cwd(),
      getNewLine: () => '\n',
    };
    throw new Error(ts.formatDiagnostics(diagnostics, host));
  };
  return {
    name: 'ungxu-declarations',
    apply: 'build',
    closeBundle() {
      const parsed = ts.getParsedCommandLineOfConfigFile(configFile, undefined, {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => fail([d]),
      });
      if (!parsed) throw new Error(`cannot read ${configFile}`);
      const { rootDir, declarationDir } = parsed.options;
      if (!rootDir || !declarationDir) throw new Error(`${configFile} must set rootDir and declarationDir`);
      const program = ts.createProgram(parsed.fileNames, parsed.options);
      const pre = ts.getPreEmitDiagnostics(program);
      if (pre.length > 0) fail(pre);
      const emitted = program.emit(
        undefined,
        (file, text) => {
          const srcDir = resolve(rootDir, relative(declarationDir, dirname(file)));
          const fixed = text.replace(
            /(from\s+|import\()(['"])(\.\.?\/[^'"]+)\2/g,
            (all, lead, q, spec: string) => {
              if (/\.(js|json)$/.test(spec)) return all;
              const src = join(srcDir, spec);
              const target = existsSync(`${src}.ts`)
                ? `${spec}.js`
                : existsSync(join(src, 'index.ts'))
                  ? `${spec}/index.js`
                  : spec;
              return `${lead}${q}${target}${q}`;
            },
          );
          ts.sys.writeFile(file, fixed);
        },
        undefined,
        true,
      );
      if (emitted.diagnostics.length > 0) fail(emitted.diagnostics);
    },
  };
}

export default defineConfig({
  // No public/ copy, no .env lookups: this build is not the extension.
  publicDir: false,
  envDir: false,
  plugins: [declarations('tsconfig.lib.json')],
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
