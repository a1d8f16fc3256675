// Shared helpers for the Chromium end-to-end layer: a static server for the fixture pages and a
// Chromium with the built extension loaded. Debian's chromium + playwright-core only (no downloads).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Serves `tests/fixtures/pages` at /, and `node_modules` at /node_modules/ (so fixture pages can
 * import the real Lexical ESM build), on 127.0.0.1 with a random port.
 */
export async function serveFixtures(): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const pages = join(ROOT, 'tests/fixtures/pages');
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const base = path.startsWith('/node_modules/') ? ROOT : pages;
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request made by any page, worker or the extension during the session. */
  requests: { url: string; frame: string }[];
  close: () => Promise<void>;
}

/** Launches headless Chromium with the built extension (run `npm run build:ext` first). */
export async function launchWithExtension(
  opts: { extensionDir?: string; args?: string[]; userDataDir?: string; executablePath?: string } = {},
): Promise<Launched> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'ungxu-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: opts.executablePath ?? CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...(opts.args ?? []),
    ],
  });
  const requests: Launched['requests'] = [];
  context.on('request', (r) =>
    // A service worker's request has no frame (frame() throws there).
    requests.push({ url: r.url(), frame: r.serviceWorker() ? 'service-worker' : (r.frame()?.url() ?? '') }),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    requests,
    close: async () => {
      await context.close();
      if (!opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
