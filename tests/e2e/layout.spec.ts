import type { Page } from '@playwright/test';
import { LANGS } from '../../electron/common/i18n/languages';
import { expect, isElectron, openPage, test } from './fixtures';

/** A small screen and a 4K one, in CSS pixels. */
const SIZES = [
  { width: 1024, height: 640 },
  { width: 3840, height: 2160 },
] as const;

/**
 * The widest the page's content may be: styles.css caps it at --page-max, 100rem, and the root size
 * is at most 26 px. On a 4K screen that is about two thirds of its width.
 */
const MAX_CONTENT_PX = 2600;

type Box = { name: string; left: number; top: number; right: number; bottom: number };

function boxOf(name: string, r: { x: number; y: number; width: number; height: number } | null): Box {
  if (!r) throw new Error(`${name} is not laid out`);
  return { name, left: r.x, top: r.y, right: r.x + r.width, bottom: r.y + r.height };
}

/** The boxes of every element matching each selector, named for the failure message. */
async function boxes(app: Page, selectors: readonly string[]): Promise<Box[]> {
  return app.evaluate(
    (list) =>
      list.flatMap((selector) =>
        [...document.querySelectorAll(selector)].map((element, i) => {
          const r = element.getBoundingClientRect();
          const name = `${selector}[${i}] "${element.textContent.trim().slice(0, 24)}"`;
          return { name, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        }),
      ),
    [...selectors],
  );
}

/** Pairs of boxes that share more than a hairline (borders may touch). */
function overlaps(list: readonly Box[]): string[] {
  const found: string[] = [];
  list.forEach((a, i) => {
    for (const b of list.slice(i + 1)) {
      const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (width > 0.5 && height > 0.5) found.push(`${a.name} × ${b.name}`);
    }
  });
  return found;
}

for (const size of SIZES) {
  for (const lang of LANGS) {
    test(`at ${size.width}×${size.height} in ${lang}, nothing overlaps and the content keeps its width`, async ({ app }, testInfo) => {
      testInfo.skip(isElectron(testInfo), 'Screen sizes are set on the page in Chromium; the Electron window keeps its own size.');
      await app.setViewportSize(size);
      await openPage(app, 'policy', lang, false);

      // The header: title, subtitle, the open, import, export and print buttons and the three language buttons, all on screen and apart.
      const header = await boxes(app, [
        '.app-header .brand-title',
        '.app-header .brand-subtitle',
        '.app-header .header-button',
        '.app-header .lang-switch button',
      ]);
      expect(header).toHaveLength(2 + 4 + LANGS.length);
      expect(overlaps(header), 'header controls that overlap').toEqual([]);
      for (const box of header) expect(box.right, `${box.name} runs off the screen`).toBeLessThanOrEqual(size.width);

      // The navigation: its links apart, and below the header.
      const nav = await boxes(app, ['.nav a']);
      expect(overlaps(nav), 'navigation links that overlap').toEqual([]);
      const headerBottom = Math.max(...header.map((b) => b.bottom));
      for (const link of nav) expect(link.top, `${link.name} under the header`).toBeGreaterThanOrEqual(headerBottom);

      // Every figure's title clear of its chart / table toggle, which stays inside the card.
      for (const card of await app.locator('article.figure').all()) {
        const id = (await card.getAttribute('data-figure')) ?? '';
        const title = boxOf(`${id} title`, await card.locator('h2').boundingBox());
        const toggle = boxOf(`${id} toggle`, await card.locator('.view-toggle').boundingBox());
        const frame = boxOf(id, await card.boundingBox());
        expect(overlaps([title, toggle])).toEqual([]);
        expect(toggle.right, `${id}: toggle outside its card`).toBeLessThanOrEqual(frame.right);
      }

      // The tables: each fits its card; values right-aligned in tabular figures, each followed by its unit.
      for (const button of await app.locator('.view-toggle button:nth-child(2)').all()) await button.click();
      const tables = await app.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.table-scroll')].map((scroll) => ({
          overflow: scroll.scrollWidth - scroll.clientWidth,
          values: [...scroll.querySelectorAll('tbody td.num')].map((cell) => {
            const style = getComputedStyle(cell);
            return { align: style.textAlign, figures: style.fontVariantNumeric, next: cell.nextElementSibling?.className };
          }),
        })),
      );
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) expect(table.overflow, 'a table wider than its card').toBeLessThanOrEqual(1);
      for (const value of tables.flatMap((t) => t.values)) expect(value).toEqual({ align: 'right', figures: 'tabular-nums', next: 'unit' });

      // The page never scrolls sideways, and its content is no wider than the bound, centred on a large screen.
      const page = await app.evaluate(() => {
        const main = document.getElementById('main')!;
        const style = getComputedStyle(main);
        const left = main.getBoundingClientRect().left + parseFloat(style.paddingLeft);
        const width = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, left, width };
      });
      expect(page.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(page.clientWidth);
      expect(page.width, 'content width').toBeLessThanOrEqual(Math.min(size.width, MAX_CONTENT_PX));
      // A small screen is used to its edges (gutters only); a large one keeps at least half of it.
      expect(page.width, 'content width').toBeGreaterThan(size.width < MAX_CONTENT_PX ? size.width * 0.9 : size.width / 2);
      expect(Math.abs(page.left - (page.clientWidth - page.width - page.left)), 'content off centre').toBeLessThanOrEqual(2);
    });
  }
}

for (const lang of ['zh-Hant', 'zh-Hans'] as const) {
  test(`at 1024×640 in ${lang}, a card's period never starts a line with 年 or a closing mark`, async ({ app }, testInfo) => {
    testInfo.skip(isElectron(testInfo), 'Screen sizes are set on the page in Chromium; the Electron window keeps its own size.');
    await app.setViewportSize({ width: 1024, height: 640 });
    await openPage(app, 'overview', lang, false);
    // Each line of each period, read from where its characters are laid out.
    const lines = await app.evaluate(() =>
      [...document.querySelectorAll('.kpi-period')].flatMap((period) => {
        const byTop = new Map<number, string>();
        const walker = document.createTreeWalker(period, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length; i += 1) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            byTop.set(top, (byTop.get(top) ?? '') + text.charAt(i));
          }
        }
        return [...byTop.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => line);
      }),
    );
    // The overview's cards have periods on two lines at this width: the check sees real breaks.
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.filter((line) => /^[年）)」”]/u.test(line))).toEqual([]);
  });
}
