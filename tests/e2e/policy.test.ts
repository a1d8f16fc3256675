// The civil-servant promise in real Chromium: a real policy file in /etc/chromium/policies/managed
// (bind-mounted in a private mount namespace, so the machine's own policy is never touched) reaches
// the extension, shows in its popup, pins a rule in a composer, and follows a rewrite while running.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeSites } from './editors-sites';
import { EXTENSION_DIR, type Launched, launchWithExtension, ROOT, serveFixtures } from './harness';
import {
  EXTENSION_ID,
  namespacesWork,
  type PolicyFile,
  namespaceWrapper as wrapperIn,
  writeManagedFile,
} from './policy-helpers';
import { overlayUnder, panelPixelsShownAndHidden } from './surface-helpers';

const EXAMPLE = join(ROOT, 'docs/policy/chrome-policy.example.json');
const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as PolicyFile;
const values = example['3rdparty'].extensions[EXTENSION_ID] ?? {};

const NS_OK = namespacesWork();
if (!NS_OK) {
  console.warn('[policy.test] skipped: cannot create a private mount namespace (unshare -m + mount --bind).');
}

let tmp = '';
let managedFile = '';
let browser: Launched | undefined;
let fixtures: Awaited<ReturnType<typeof serveFixtures>> | undefined;
let popup: Page;
const launched = (): Launched => {
  if (!browser) throw new Error('Chromium did not start');
  return browser;
};

const writeManaged = (policy: Record<string, unknown>) => writeManagedFile(managedFile, policy);
const writePolicy = (extra: Record<string, unknown>) => writeManaged({ ...values, ...extra });

const namespaceWrapper = (etc: string) => wrapperIn(tmp, etc);

describe.skipIf(!NS_OK)('agency policy from /etc/chromium/policies/managed', () => {
  beforeAll(async () => {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
      throw new Error('Run `npx wxt build` before the e2e tests.');
    tmp = mkdtempSync(join(tmpdir(), 'ungxu-policy-'));
    const etc = join(tmp, 'etc-chromium');
    mkdirSync(join(etc, 'policies/managed'), { recursive: true });
    if (existsSync('/etc/chromium/master_preferences')) {
      writeFileSync(join(etc, 'master_preferences'), readFileSync('/etc/chromium/master_preferences'));
    }
    managedFile = join(etc, 'policies/managed/ungxu.json');
    // The very file from the docs, plus one value that breaks managed_schema.json (AllowPause wants a boolean).
    writePolicy({ AllowPause: 'no' });
    fixtures = await serveFixtures();
    // Chromium runs inside its own mount namespace where /etc/chromium is our temporary folder.
    browser = await launchWithExtension({ executablePath: namespaceWrapper(etc) });
    // Fixture pages answer for the site adapters' hosts, where the manifest runs the content script.
    await routeSites(browser.context, fixtures.url);
    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  });

  afterAll(async () => {
    await browser?.close();
    browser = undefined;
    await fixtures?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('the manifest key gives the documented extension id', () => {
    expect(launched().extensionId).toBe(EXTENSION_ID);
  });

  it('the popup shows the agency, its pinned ruleset and disabled locked controls', async () => {
    // Headless Chromium's UI language is English here, and the popup follows the browser.
    // Policy reaches extensions a few seconds after start: poll the extension's own UI.
    await expect
      .poll(() => popup.locator('[data-testid="agency-banner"]').textContent(), { timeout: 30_000 })
      .toContain(`Managed by ${values.AgencyName}`);
    const banner = popup.locator('[data-testid="agency-banner"]');
    await expect.poll(() => banner.textContent()).toContain(`Contact: ${values.AgencyContact}`);
    const ruleset = await popup.locator('[data-testid="agency-ruleset"]').textContent();
    expect(ruleset).toContain('Quy tắc nội bộ của Sở (ví dụ)');
    // What the pinned rules say, never their ids.
    expect(ruleset).toContain('“Sao Mai” is an unannounced internal project');
    expect(ruleset).not.toContain('agency-project-codename');
    expect(await popup.locator('input[name="cat-privacy"]').isDisabled()).toBe(true);
    expect(await popup.locator('input[name="cat-confidential"]').isDisabled()).toBe(true);
    expect(await popup.locator('input[name="cat-vulgar"]').isDisabled()).toBe(false);
    expect(await popup.locator('input[name="profile"][value="civil-servant"]').isChecked()).toBe(true);
    expect(await popup.locator('input[name="profile"][value="citizen"]').isDisabled()).toBe(true);
    expect(await popup.locator('input[type="file"]').isDisabled()).toBe(true);
    expect(await popup.locator('.locked').count()).toBeGreaterThan(3);
    expect(await popup.locator('.locked').first().textContent()).toContain('Set by your organisation');
  });

  it('the schema-violating AllowPause is dropped by Chromium while the rest applies', async () => {
    const managed = (await launched().worker.evaluate('chrome.storage.managed.get(null)')) as Record<
      string,
      unknown
    >;
    expect(managed.AgencyName).toBe(values.AgencyName);
    expect(managed).not.toHaveProperty('AllowPause');
    expect(await popup.locator('input[name="pause"]').isDisabled()).toBe(false);
  });

  it("a pinned rule's hint appears in a fixture composer and offers no ignore", async () => {
    const page = await launched().context.newPage();
    await page.goto('https://www.facebook.com/textarea.html');
    await page.waitForFunction(() => document.querySelector('ungxu-root')?.shadowRoot != null);
    await page.locator('#message').fill('Chiều nay họp về dự án sao mai ở phòng 3.');
    const badge = page.locator('ungxu-root [data-ungxu="badge"]');
    await expect.poll(() => badge.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await badge.first().click();
    const card = page.locator('ungxu-root [data-ungxu="card"]');
    await expect.poll(() => card.getAttribute('data-rule')).toBe('agency-project-codename');
    expect(await card.textContent()).toContain(String(values.AgencyName));
    expect(await card.locator('[data-action="ignore-once"]').count()).toBe(0);
    expect(await card.locator('[data-action="ignore-always"]').count()).toBe(0);
    await page.close();
  });

  it("nothing covers the pinned card: pixels the same with the box's marks and badge shown and hidden", async () => {
    const page = await launched().context.newPage();
    await page.goto('https://www.facebook.com/textarea.html');
    await page.waitForFunction(() => document.querySelector('ungxu-root')?.shadowRoot != null);
    // The pinned term ends the first line, so its card reaches over the next lines and the box's badge.
    await page
      .locator('#message')
      .fill('Chiều nay họp về dự án sao mai ở phòng 3.\nNói thế thì đúng là đồ ngu như bò\nTao sẽ giết mày');
    const marks = page.locator('ungxu-root [data-ungxu="mark"]');
    await expect.poll(() => marks.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    await page.locator('ungxu-root [data-ungxu="badge"]').click();
    const card = page.locator('ungxu-root [data-ungxu="card"]');
    await expect.poll(() => card.getAttribute('data-rule')).toBe('agency-project-codename');
    const under = await overlayUnder(page, '[data-ungxu="card"]');
    expect(under).toContain('badge');
    expect(under).toContain('mark');
    const [shown, hidden] = await panelPixelsShownAndHidden(page, '[data-ungxu="card"]');
    expect(shown.equals(hidden)).toBe(true);
    await page.close();
  });

  it('rewriting the policy file while running updates the popup', async () => {
    writePolicy({
      AgencyName: 'Sở Thử Nghiệm Đổi Tên',
      LockedCategories: ['privacy', 'confidential', 'vulgar'],
    });
    await expect
      .poll(() => popup.locator('[data-testid="agency-banner"]').textContent(), { timeout: 30_000 })
      .toContain('Managed by Sở Thử Nghiệm Đổi Tên');
    await expect
      .poll(() => popup.locator('input[name="cat-vulgar"]').isDisabled(), { timeout: 10_000 })
      .toBe(true);
  });

  it('a typo in LockedCategories or Profile keeps the last good values locked and says so', async () => {
    // Chromium would drop a key that breaks the schema (unlocking it); these keys reach the extension,
    // which keeps the previous good value.
    writePolicy({
      AgencyName: 'Sở Thử Nghiệm Đổi Tên',
      LockedCategories: ['privacy', 'confidentail'],
      Profile: 'civil_servant',
    });
    const errors = popup.locator('[data-testid="policy-errors"]');
    await expect.poll(() => errors.textContent(), { timeout: 30_000 }).toContain('LockedCategories');
    expect(await errors.textContent()).toContain('Profile');
    expect(await popup.locator('input[name="cat-vulgar"]').isDisabled()).toBe(true);
    expect(await popup.locator('input[name="cat-confidential"]').isDisabled()).toBe(true);
    expect(await popup.locator('input[name="profile"][value="civil-servant"]').isChecked()).toBe(true);
    expect(await popup.locator('input[name="profile"][value="citizen"]').isDisabled()).toBe(true);
  });

  it('no request left the machine (no RulesetUrl configured)', () => {
    const outside = launched().requests.filter(
      (r) =>
        !/^(chrome-extension:|data:|blob:|http:\/\/127\.0\.0\.1:|https:\/\/www\.facebook\.com\/)/.test(r.url),
    );
    expect(outside).toEqual([]);
  });

  it('removing the policy file unlocks everything while running', async () => {
    expect(await popup.locator('[data-testid="agency-banner"]').count()).toBe(1);
    rmSync(managedFile);
    await expect
      .poll(() => popup.locator('[data-testid="agency-banner"]').count(), { timeout: 30_000 })
      .toBe(0);
    expect(await popup.locator('input:disabled').count()).toBe(0);
    const managed = (await launched().worker.evaluate('chrome.storage.managed.get(null)')) as Record<
      string,
      unknown
    >;
    expect(managed).toEqual({});
  });
});

describe.skipIf(!NS_OK)('RulesetUrl + RulesetSha256 in real Chromium', () => {
  const remoteRuleset = {
    name: 'Bộ quy tắc tải về (ví dụ)',
    version: '7',
    rules: [
      {
        id: 'agency-remote-codename',
        kind: 'terms',
        category: 'confidential',
        severity: 'high',
        clause: '5.2',
        terms: ['kế hoạch hoa sen'],
        message: { vi: 'Tên kế hoạch nội bộ', en: 'Internal plan name' },
      },
    ],
  };
  const body = `${JSON.stringify(remoteRuleset)}\n`;
  const sha = createHash('sha256').update(body).digest('hex');
  const hits: { path: string; cookie?: string | undefined }[] = [];
  let server: Server;
  let base = '';

  beforeAll(async () => {
    // The agency's static file host. It must allow cross-origin reads (see docs/deployment.md).
    server = createServer((req, res) => {
      hits.push({ path: req.url ?? '', cookie: req.headers.cookie });
      const cors = req.url === '/ruleset.json' ? { 'access-control-allow-origin': '*' } : {};
      res.writeHead(200, { 'content-type': 'application/json', ...cors }).end(body);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    tmp = mkdtempSync(join(tmpdir(), 'ungxu-policy-'));
    const etc = join(tmp, 'etc-chromium');
    mkdirSync(join(etc, 'policies/managed'), { recursive: true });
    managedFile = join(etc, 'policies/managed/ungxu.json');
    writeManaged({ AgencyName: 'Sở Tải Về', RulesetUrl: `${base}/ruleset.json`, RulesetSha256: sha });
    browser = await launchWithExtension({ executablePath: namespaceWrapper(etc) });
    // harness.ts records requests with r.frame(), which throws for service-worker fetches; the file
    // host above records what matters here, so drop that recorder before the policy arrives.
    launched().context.removeAllListeners('request');
    popup = await launched().context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((ok) => server?.close(() => ok()));
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('fetches exactly the configured URL once, without cookies, and pins its rules after the hash matches', async () => {
    const ruleset = popup.locator('[data-testid="agency-ruleset"]');
    await expect.poll(() => ruleset.count(), { timeout: 30_000 }).toBe(1);
    expect(await ruleset.textContent()).toContain('Internal plan name');
    expect(await ruleset.textContent()).toContain('SHA-256 verified');
    expect(hits).toEqual([{ path: '/ruleset.json', cookie: undefined }]);
  });

  it('a wrong hash keeps the last good ruleset and shows the error', async () => {
    writeManaged({
      AgencyName: 'Sở Tải Về',
      RulesetUrl: `${base}/ruleset.json`,
      RulesetSha256: 'a'.repeat(64),
    });
    const errors = popup.locator('[data-testid="policy-errors"]');
    await expect.poll(() => errors.count(), { timeout: 30_000 }).toBe(1);
    expect(await errors.textContent()).toContain('SHA-256 mismatch');
    expect(await popup.locator('[data-testid="agency-ruleset"]').textContent()).toContain(
      'Internal plan name',
    );
  });

  it('a host without CORS headers cannot be read: the error shows, the last good ruleset stays', async () => {
    writeManaged({ AgencyName: 'Sở Tải Về', RulesetUrl: `${base}/no-cors.json`, RulesetSha256: sha });
    const errors = popup.locator('[data-testid="policy-errors"]');
    await expect.poll(() => errors.textContent(), { timeout: 30_000 }).toContain('Could not fetch');
    expect(await popup.locator('[data-testid="agency-ruleset"]').textContent()).toContain(
      'Internal plan name',
    );
  });
});
