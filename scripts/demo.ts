// `npm run demo`: the fixture pages as a demo of the extension, without a Facebook account.
// Builds nothing: run `npm run build:ext` first. With a display, starts Chromium with the extension on
// the pages (served under facebook.com / chat.zalo.me origins, answered locally); without one, prints
// the URL and the folder to load unpacked.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { FB, routeSites, ZALO } from '../tests/e2e/editors-sites';
import { CHROMIUM, EXTENSION_DIR, serveFixtures } from '../tests/e2e/harness';

const PAGES = [
  `${FB}/facebook.html`,
  `${ZALO}/zalo.html`,
  `${FB}/textarea.html`,
  `${FB}/contenteditable.html`,
];

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error(`No built extension in ${EXTENSION_DIR}. Run \`npm run build:ext\` first.`);
  process.exit(1);
}
console.log(`Using the extension built in ${EXTENSION_DIR} (run \`npm run build:ext\` after changes).`);
const fixtures = await serveFixtures();
const local = ['facebook.html', 'zalo.html', 'textarea.html', 'contenteditable.html'].map(
  (p) => `${fixtures.url}/${p}`,
);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`
No display here, so no browser is started. The demo pages are served at:
${local.map((u) => `  ${u}`).join('\n')}
To try them: open chrome://extensions, switch on Developer mode, "Load unpacked" → ${EXTENSION_DIR}.
The extension runs by default only on Facebook and Zalo Web; for 127.0.0.1 switch the site on in the
extension's popup (it asks for that one site's permission). Ctrl+C stops the server.`);
  process.on('SIGINT', () => void fixtures.close().then(() => process.exit(0)));
} else {
  const profile = mkdtempSync(join(tmpdir(), 'ungxu-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
    ],
  });
  await routeSites(context, fixtures.url);
  for (const url of PAGES) await (await context.newPage()).goto(url);
  await context.pages()[0]?.close(); // the blank start tab
  console.log(`Chromium is open on:\n${PAGES.map((u) => `  ${u}`).join('\n')}
(served locally from ${fixtures.url}). Type e.g. "Bọn bắc kỳ toàn nói dối" into a box; Alt+Shift+U opens
the hint at the caret. Close the browser window to stop.`);
  await new Promise<void>((ok) => context.on('close', () => ok()));
  await fixtures.close();
  rmSync(profile, { recursive: true, force: true });
}
