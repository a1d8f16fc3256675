// The extension's own pages as a person sees them in Chromium (the built extension, `npx wxt build`):
// the popup's type scale, its first view at the real popup width, category names from the one table,
// its statistics chart, no policy keys; the "Bộ quy tắc" page's type scale, table of contents and dark mode.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_TABLE } from '../../rules/categories';
import { type Launched, launchWithExtension } from './harness';
import { contrast, lightness, setPrefs, textColours } from './surface-helpers';

let browser: Launched;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

/** Chrome sizes a popup to its content; ours has min-width 22rem = 352 px, and at most 600 px tall. */
const POPUP = { width: 352, height: 600 };

async function popup(lang: 'vi' | 'en'): Promise<Page> {
  await setPrefs(browser.worker, { uiLang: lang });
  const page = await browser.context.newPage();
  await page.setViewportSize(POPUP);
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.locator('[data-testid="stats-today"]').waitFor();
  return page;
}

const openAllFolds = (page: Page) =>
  page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });

const px = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));

describe('popup', () => {
  it('type scale: body at least 14 px, every label at least 13 px and larger than its description', async () => {
    const page = await popup('vi');
    await openAllFolds(page);
    expect(await px(page, 'body')).toBeGreaterThanOrEqual(14);
    const pairs = await page.evaluate(() =>
      [...document.querySelectorAll('.switch, .radio')].map((row) => {
        const size = (sel: string) => {
          const el = row.querySelector(sel);
          return el ? Number.parseFloat(getComputedStyle(el).fontSize) : null;
        };
        return { label: size('label'), desc: size('.desc') };
      }),
    );
    expect(pairs.length).toBeGreaterThan(10);
    for (const { label, desc } of pairs) {
      expect(label).toBeGreaterThanOrEqual(13);
      if (desc !== null) expect(label).toBeGreaterThan(desc);
    }
    await page.close();
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`first view (${lang}): fits 600 px at the popup's width with the site, pause, profile and today's hints; the rest opens with a click`, async () => {
      const page = await popup(lang);
      const bottom = await page.locator('main').evaluate((m) => m.getBoundingClientRect().bottom);
      expect(bottom).toBeLessThanOrEqual(POPUP.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        POPUP.width,
      );
      for (const sel of [
        'input[name="pause"]',
        'input[name="profile"]:checked',
        '[data-testid="stats-today"]',
      ]) {
        expect(await page.locator(sel).isVisible(), sel).toBe(true);
      }
      expect(await page.locator('#site').textContent()).not.toBe('');
      expect(await page.locator('details.fold').count()).toBe(6);
      expect(await page.locator('details.fold[open]').count()).toBe(0);
      expect(await page.locator('input[name="cat-hate"]').isVisible()).toBe(false);
      await page.locator('#categories summary').click();
      expect(await page.locator('input[name="cat-hate"]').isVisible()).toBe(true);
      await page.close();
    });
  }

  it('category labels and descriptions are the table of rules/categories.ts, in both languages', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const page = await popup(lang);
      await openAllFolds(page);
      for (const c of CATEGORY_TABLE.filter((x) => x.kind === 'code')) {
        const row = page.locator('.switch', { has: page.locator(`input[name="cat-${c.id}"]`) });
        expect(await row.locator('label').textContent()).toBe(c.name[lang]);
        expect(await row.locator('.desc').textContent()).toContain(c.description[lang]);
      }
      await page.close();
    }
  });

  it('disabled buttons look disabled: faded and a not-allowed cursor', async () => {
    const page = await popup('vi');
    await openAllFolds(page);
    const exportButton = page.locator('#ruleset button').first();
    expect(await exportButton.isDisabled()).toBe(true);
    const look = await exportButton.evaluate((b) => ({
      opacity: Number(getComputedStyle(b).opacity),
      cursor: getComputedStyle(b).cursor,
    }));
    expect(look.opacity).toBeLessThanOrEqual(0.5);
    expect(look.cursor).toBe('not-allowed');
    await page.close();
  });

  it('statistics: no empty chart without data; with data, bars on an axis labelled with the top count and the days', async () => {
    await browser.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { remove(k: string[]): Promise<void> } } } }
      ).chrome.storage.local.remove(['stats', 'stats$']),
    );
    const page = await popup('vi');
    await page.locator('#stats summary').click();
    expect(await page.locator('#stats svg').count()).toBe(0);
    const today = await page.evaluate(() => {
      const d = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
    await browser.worker.evaluate(
      (day) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({
          stats: { [day]: { hints: { hate: 3 }, nudges: {} } },
          stats$: { v: 1 },
        }),
      today,
    );
    const chart = page.locator('#stats svg.chart');
    await chart.waitFor();
    expect(await chart.locator('line.axis').count()).toBe(1);
    const labels = await chart.locator('text').allTextContents();
    expect(labels[0]).toBe('3');
    expect(labels.at(-1)).toBe(today.slice(5).split('-').reverse().join('/'));
    expect(await page.locator('[data-testid="stats-today"]').textContent()).toBe('Gợi ý hôm nay: 3');
    await page.close();
  });

  it('no policy key names in what it says; posts and messages counted alike', async () => {
    const page = await popup('vi');
    await openAllFolds(page);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/RulesetUrl|RulesetSha256|PinnedRuleset|LockedCategories/);
    expect(await page.locator('[data-testid="stats-clean-sends"]').textContent()).toContain(
      'bài đăng và tin nhắn',
    );
    await page.close();
  });
});

async function codePage(scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${browser.extensionId}/code.html?lang=vi`);
  await page.locator('.toc').waitFor();
  return page;
}

describe('"Bộ quy tắc" page', () => {
  it('reads at 14 px or more (Chromium gives extension pages 12 px unless the page says otherwise)', async () => {
    const page = await codePage();
    expect(await px(page, 'body')).toBeGreaterThanOrEqual(14);
    expect(await px(page, '.rule')).toBeGreaterThanOrEqual(14);
    await page.close();
  });

  it('the table of contents is numbered once: its entries carry their own numbers, the list adds none', async () => {
    const page = await codePage();
    const styles = await page
      .locator('.toc ol')
      .evaluateAll((ols) => ols.map((o) => getComputedStyle(o).listStyleType));
    expect(styles.length).toBeGreaterThan(1);
    expect(new Set(styles)).toEqual(new Set(['none']));
    expect(await page.locator('.toc > ol > li > a').first().textContent()).toMatch(/^Điều 3\. /);
    expect(await page.locator('.toc ol ol a').first().textContent()).toMatch(/^3\.1 /);
    await page.close();
  });

  it('each clause names the hints that rest on it as the table does (4.5: hate, violence, discrimination)', async () => {
    const page = await codePage();
    const hints = await page.locator('#clause-4-5 .hints').textContent();
    for (const c of CATEGORY_TABLE.filter((x) => (x.clauses as readonly string[]).includes('4.5'))) {
      expect(hints).toContain(c.name.vi);
    }
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme} scheme: the page follows the system and every text keeps 4.5:1 against its background`, async () => {
      const page = await codePage(scheme);
      const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      if (scheme === 'dark') expect(lightness(bg)).toBeLessThan(0.05);
      else expect(lightness(bg)).toBeGreaterThan(0.9);
      // A target clause shows its highlight colour too.
      await page.goto(`chrome-extension://${browser.extensionId}/code.html?lang=vi#clause-4-5`);
      await page.locator('#clause-4-5.is-target').waitFor();
      const texts = await textColours(page, '.page', false);
      expect(texts.length).toBeGreaterThan(50);
      const weak = texts.filter((t) => contrast(t.colour, t.background) < 4.5);
      expect(weak).toEqual([]);
      await page.close();
    });
  }
});
