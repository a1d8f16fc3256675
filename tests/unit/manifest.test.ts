// The manifest asks for the minimum: three API permissions (each justified in docs/permissions.md),
// no host permission at install (sites are asked for one at a time, at run time), content scripts
// only on the hosts the site adapters declare (Facebook, Zalo), and no content security policy that would allow eval or remote code.
// Reads the built manifest (run `npx wxt build` first): that is what the browser receives.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, hostPattern } from '../../sites';

const ROOT = resolve(import.meta.dirname, '../..');
const FILE = join(ROOT, '.output/chrome-mv3/manifest.json');
interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
}
const manifest = (): Manifest => {
  expect(existsSync(FILE), 'build the extension first: npx wxt build').toBe(true);
  return JSON.parse(readFileSync(FILE, 'utf8')) as Manifest;
};
/** Every host a site adapter declares, and nothing else (sites/index.ts is the registry). */
const SITES = ADAPTERS.flatMap((a) => a.hosts.map(hostPattern)).sort();

describe('manifest', () => {
  it('permissions are exactly storage, scripting and activeTab', () => {
    expect([...(manifest().permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest().optional_permissions ?? []).toEqual([]);
  });

  it('the registry declares Facebook (www, web, m) and Zalo Web, and nothing more by default', () => {
    expect(SITES).toEqual([
      '*://chat.zalo.me/*',
      '*://m.facebook.com/*',
      '*://web.facebook.com/*',
      '*://www.facebook.com/*',
    ]);
  });

  it('no host permission beyond the content script matches; other sites only as optional, asked one by one', () => {
    const m = manifest();
    const matches = (m.content_scripts ?? []).flatMap((c) => c.matches);
    expect([...new Set(matches)].sort()).toEqual(SITES);
    for (const h of m.host_permissions ?? []) expect(matches).toContain(h);
    expect(m.optional_host_permissions ?? []).toEqual(['*://*/*']);
  });

  it('every permission is listed with its reason in docs/permissions.md', () => {
    const doc = readFileSync(join(ROOT, 'docs/permissions.md'), 'utf8');
    const m = manifest();
    for (const p of [...(m.permissions ?? []), ...(m.optional_host_permissions ?? [])]) {
      expect(doc).toContain(`\`${p}\``);
    }
  });

  it('no CSP allowing eval or remote scripts; nothing exposed to pages or other extensions', () => {
    const m = manifest();
    const csp = Object.values(m.content_security_policy ?? {}).join(' ');
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:/);
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
  });

  it('Firefox: declares that no data is collected (built-in consent), so the build prints no warning', () => {
    const file = join(ROOT, '.output/firefox-mv3/manifest.json');
    expect(existsSync(file), 'build the Firefox extension first: npx wxt build -b firefox').toBe(true);
    const gecko = JSON.parse(readFileSync(file, 'utf8')).browser_specific_settings?.gecko;
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('installs refuse a dependency that needs a newer Node than the documented one (.npmrc engine-strict)', () => {
    expect(readFileSync(join(ROOT, '.npmrc'), 'utf8')).toMatch(/^engine-strict=true$/m);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.engines.node).toBe('>=20.19');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('Node 20 (≥ 20.19)');
  });

  it('every dependency with an install script is approved or refused in allowScripts (npm warns of the rest)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const scripted = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(scripted.length).toBeGreaterThan(0);
    const unlisted = [...new Set(scripted)].filter((name) => typeof pkg.allowScripts?.[name] !== 'boolean');
    expect(unlisted).toEqual([]);
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toContain(
      'npm ci --no-audit --no-fund --strict-allow-scripts',
    );
  });
});
