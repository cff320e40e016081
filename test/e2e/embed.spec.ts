import { createServer, type Server } from 'node:http';
import { test as base, expect } from '@playwright/test';
import { test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { DEFAULT_SCENARIO, LINK_VERSIONS, en, expectedHeadline, ja } from './model';

const amp = (query: string) => query.replace(/&/g, '&amp;').replace(/\./g, '\\.');

test('the embed shows one chart with only the chosen live controls, and never writes the URL', async ({
  page,
}) => {
  const url = `/?${LINK_VERSIONS}&embed=1&chart=money&controls=pace,mix&theme=dark`;
  await page.goto(url);
  await expect(page.getByRole('img', { name: /^How fast the money moves/ })).toBeVisible();
  await expect(page.getByRole('slider')).toHaveCount(4);
  await expect(page.getByRole('slider', { name: 'Selections a year' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Pledge', exact: true })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const slider = page.getByRole('slider', { name: 'Selections a year' });
  await expect(slider).toHaveValue(String(DEFAULT_SCENARIO.paceUsdBnPerYear));
  const step = Number(await slider.getAttribute('step'));
  // One step down from the default pace, as the page writes it.
  const pace = Number((DEFAULT_SCENARIO.paceUsdBnPerYear - step).toFixed(6));
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute(
    'aria-valuetext',
    expectedHeadline().format.moneyPerYear(pace),
  );
  await page.waitForTimeout(300);
  expect(new URL(page.url()).search).toBe(new URL(url, 'http://x').search);
  await expect(page.getByRole('link', { name: 'Open the full explorer' })).toHaveAttribute(
    'href',
    new RegExp(`pace=${String(pace).replace('.', '\\.')}(&|#|$)`),
  );
  await expectNoAxeViolations(page);
});

test('side by side, each live control keeps its own height: the pace’s field stays under its slider', async ({
  page,
}) => {
  await page.setViewportSize({ width: 700, height: 900 });
  await page.goto(`/embed.html?${LINK_VERSIONS}&embed=1&chart=risk&controls=pace,mix`);
  const pace = page.getByRole('slider', { name: 'Selections a year' });
  const field = page.getByRole('spinbutton', { name: /Selections a year/ });
  const equity = page.getByRole('slider', { name: 'Equity' });
  await expect(pace).toBeVisible();
  const [p, f, e] = await Promise.all([pace, field, equity].map((l) => l.boundingBox()));
  // The two controls side by side (the mix’s three sliders make its column the taller).
  expect(Math.abs((p?.y ?? 0) - (e?.y ?? 0))).toBeLessThan(120);
  expect((e?.x ?? 0) - (p?.x ?? 0)).toBeGreaterThan(200);
  // The pace’s number field a line or two under its slider, not spread down to the mix’s foot
  // (it was 170 px lower at 700 px wide).
  expect((f?.y ?? 0) - (p?.y ?? 0)).toBeLessThan(80);
});

test('an embedded comparison keeps A: the chart overlays it', async ({ page }) => {
  await page.goto(`/?v=1&embed=1&chart=risk&gw=0.25&a=${encodeURIComponent('v=1')}`);
  await expect(page.locator('path.line.a-line')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Open the full explorer' })).toHaveAttribute(
    'href',
    /[?&]a=/,
  );
});

test('made on a preset’s page and then changed, a scenario is embedded and linked from the root, not from that preset’s page (whose preview shows the preset)', async ({
  page,
  baseURL,
}) => {
  const site = (baseURL ?? '').replace(/[.]/g, '\\.');
  await page.goto('/p/highRates/');
  await page.getByText('Embed a chart').click();
  const code = page.getByRole('textbox', { name: 'Embed code' });
  // The preset unchanged: the embeds' page, and for readers without frames its own page.
  await expect(code).toHaveValue(new RegExp(`src="${site}/embed\\.html\\?`));
  await expect(code).toHaveValue(new RegExp(`<a href="${site}/p/highRates/\\?`));
  await page.getByRole('slider', { name: 'Pledge', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]pl=560(&|$)/);
  await expect(code).toHaveValue(new RegExp(`src="${site}/embed\\.html\\?[^"]*pl=560`));
  await expect(code).not.toHaveValue(/p\/highRates/);
  // Its script, from the site's root (a preset's page has none of its own).
  await expect(code).toHaveValue(new RegExp(`<script src="${site}/embed\\.js" async></script>`));
});

test('the embeds’ page (embed.html) is light, shows what the same embed of the explorer’s page shows, and links to the full explorer at the root', async ({
  page,
}) => {
  await page.goto('/p/highRates/');
  await page.getByText('Embed a chart').click();
  await page.getByRole('combobox', { name: 'Chart', exact: true }).selectOption('risk');
  const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  const src = /<iframe data-pledge-explorer src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, '&');
  expect(src).toMatch(/\/embed\.html\?[^#]*embed=1/);
  const embedUrl = new URL(src!);
  const response = await page.goto(embedUrl.pathname + embedUrl.search);
  // No prerender: the page's HTML is its head, a no-script link and the app's root.
  expect((await response!.body()).length).toBeLessThan(3000);
  await expect(page.getByRole('img', { name: /^How likely a tariff penalty is/ })).toBeVisible();
  // It says what it is about, in sight, wherever it is framed.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Japan’s US\$550 bn pledge/);
  // The Monte Carlo's final answer, once in (before it, the central path's, marked provisional,
  // then its first paths' with a wider interval: busy until the last).
  await expect(page.getByTestId('embed-answer')).toHaveAttribute('aria-busy', 'false', {
    timeout: 15_000,
  });
  await expect(page.getByTestId('embed-answer')).toContainText('95% interval');
  const answer = await page.getByTestId('embed-answer').textContent();
  const full = page.getByRole('link', { name: en['embed.open'] });
  // (The explorer's page in the embed's language: here the site's root.)
  await expect(full).toHaveAttribute('href', /^\/\?[^#]*lang=en[^#]*#risk$/);
  await expectNoAxeViolations(page);
  // The same embed of the preset's own page (an older snippet's) answers the same.
  await page.goto(`/p/highRates/${embedUrl.search}`);
  await expect(page.getByTestId('embed-answer')).toHaveAttribute('aria-busy', 'false', {
    timeout: 15_000,
  });
  await expect(page.getByTestId('embed-answer')).toHaveText(answer!);
  // Its link opens the explorer on the embed's scenario and chart.
  await page.goto(embedUrl.pathname + embedUrl.search);
  const href = await full.getAttribute('href');
  await page.goto(href!);
  await expect(page.getByRole('combobox', { name: 'Scenario', exact: true })).toHaveValue(
    'highRates',
  );
});

test('an embed in Japanese and the dark theme on the embeds’ page: in Japanese, dark, and linked to the Japanese explorer; an older snippet on the Japanese page links there too', async ({
  page,
}) => {
  const query = `?${LINK_VERSIONS}&embed=1&chart=money&theme=dark&lang=ja`;
  await page.goto(`/embed.html${query}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(
    page.getByRole('img', { name: new RegExp(`^${ja['chart.money.title']}`) }),
  ).toBeVisible();
  const full = page.getByRole('link', { name: ja['embed.open'] });
  await expect(full).toHaveAttribute('href', /^\/ja\/\?[^#]*#money$/);
  await expectNoAxeViolations(page);
  await page.goto(`/ja/${query}`);
  await expect(full).toHaveAttribute('href', /^\/ja\/\?[^#]*#money$/);
});

test('the embed builder writes the snippet and previews it', async ({ page, baseURL }) => {
  test.slow(); // two previews load, and axe scans the page
  const site = (baseURL ?? '').replace(/[.]/g, '\\.');
  await page.goto('/');
  await page.getByText('Embed a chart').click();
  await page.getByRole('combobox', { name: 'Chart', exact: true }).selectOption('risk');
  const code = page.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(
    new RegExp(
      `<iframe data-pledge-explorer src="${site}/embed\\.html\\?${amp(LINK_VERSIONS)}&amp;embed=1&amp;chart=risk&amp;controls=pace,mix&amp;theme=light&amp;lang=en" title="${en['chart.risk.title']}"`,
    ),
  );
  await expect(code).toHaveValue(new RegExp(`<script src="${site}/embed\\.js" async></script>`));
  const preview = page.frameLocator('iframe[data-pledge-explorer-preview]');
  await expect(
    preview.getByRole('img', { name: new RegExp(`^${en['chart.risk.title']}`) }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  // The chart can be embedded in Japanese and yen from the English page.
  await page.getByRole('combobox', { name: 'Language of the chart' }).selectOption('ja');
  await page.getByRole('combobox', { name: 'Its amounts in' }).selectOption('jpy');
  await expect(code).toHaveValue(/theme=light&amp;lang=ja&amp;cur=jpy"/);
  // The frame's title is in the embed's language too.
  await expect(code).toHaveValue(new RegExp(`title="${ja['chart.risk.title']}"`));
  await expect(
    preview.getByRole('img', { name: new RegExp(`^${ja['chart.risk.title']}`) }),
  ).toBeVisible();
});

// A host page on another origin: the newsroom's article.
// Beside the preview server's port (E2E_PORT, playwright.config.ts): 4180 for the default 4173,
// so two checkouts running their suites side by side do not share it.
const HOST_PORT = Number(process.env.E2E_PORT ?? 4173) + 7;
const hostPage = (
  app: string,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
<link rel="icon" href="data:,"></head><body><main><h1>An article</h1>
<iframe id="a" data-pledge-explorer title="Chart A" src="${app}/?v=1&embed=1&chart=money" style="border:0;width:700px;height:150px"></iframe>
<iframe id="b" data-pledge-explorer title="Chart B" src="${app}/?v=1&embed=1&chart=risk&controls=pace,mix" style="border:0;width:700px;height:150px"></iframe>
<iframe id="foreign" data-pledge-explorer title="Foreign" srcdoc="<script>parent.postMessage({type:'pledge-explorer:resize',height:4321},'*');parent.postMessage('pymxPYMxaxPYMxheightxPYMx4321','*')</script>" style="border:0;height:150px"></iframe>
<script src="${app}/embed.js"></script></main></body></html>`;

const hostTest = base.extend<{ host: string }>({
  host: async ({ baseURL }, use) => {
    const html = hostPage(baseURL ?? 'http://127.0.0.1:4173');
    const server: Server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(html),
    );
    await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve));
    await use(`http://127.0.0.1:${HOST_PORT}/`);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  },
});

hostTest(
  'a host page on another origin: two embeds size themselves, a foreign frame is ignored',
  async ({ page, host, baseURL }) => {
    const origins = new Set<string>();
    const errors: string[] = [];
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host);
    const height = (id: string) =>
      page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().height);
    await expect.poll(() => height('a'), { timeout: 15_000 }).toBeGreaterThan(400);
    await expect.poll(() => height('b'), { timeout: 15_000 }).toBeGreaterThan(400);
    // Each frame's height is its own document's content (its footer included), not the
    // other's, and nothing inside a frame scrolls.
    const inFrame = (id: string) =>
      page
        .frameLocator(`#${id}`)
        .locator('body')
        .evaluate((body) => {
          const px = (el: Element, prop: 'marginBottom' | 'paddingBottom') =>
            parseFloat(getComputedStyle(el)[prop]) || 0;
          const bottom = Math.max(
            ...[...body.children]
              .filter((el) => !['SCRIPT', 'NOSCRIPT'].includes(el.tagName))
              .map((el) => el.getBoundingClientRect().bottom + scrollY + px(el, 'marginBottom')),
          );
          const root = document.documentElement;
          return {
            content: Math.ceil(bottom + px(body, 'paddingBottom') + px(body, 'marginBottom')),
            scrolls: root.scrollHeight - root.clientHeight,
          };
        });
    const gap = async (id: string) => Math.abs((await height(id)) - (await inFrame(id)).content);
    for (const id of ['a', 'b']) {
      // As the reader scrolls to it: Chromium holds back the rendering (and so the resize
      // observers) of a cross-origin frame that is out of view.
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await expect.poll(() => gap(id), { timeout: 10_000 }).toBeLessThanOrEqual(1);
      expect((await inFrame(id)).scrolls).toBeLessThanOrEqual(1);
    }
    expect(await height('foreign')).toBe(150);
    expect([...origins].filter((o) => !o.startsWith('data:')).sort()).toEqual(
      [new URL(baseURL!).origin, `http://127.0.0.1:${HOST_PORT}`].sort(),
    );
    expect(errors).toEqual([]);
  },
);

test('an embed of the risk chart 360 px wide, in Japanese: each part of the chance keeps its figure and unit on one line', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/embed.html?${LINK_VERSIONS}&embed=1&chart=risk&lang=ja`);
  const values = page.locator('.why .value');
  await expect(values.first()).toContainText('ポイント');
  const lines = await values.evaluateAll((els) =>
    els.map((e) => {
      const height = e.getBoundingClientRect().height;
      const line = parseFloat(getComputedStyle(e).lineHeight);
      return { text: e.textContent, lines: Math.round(height / line) };
    }),
  );
  expect(lines.length).toBeGreaterThan(1);
  for (const l of lines) expect(l.lines, l.text ?? '').toBe(1);
});

test('an embed of the equity split states the deal’s rule as its chart shows it: 90/10 from the year the chart names, or never', async ({
  page,
}) => {
  // At the defaults the split never starts; at a project IRR 5 points higher it starts in a
  // year of the project's life (each embed's chart says which, in its note).
  for (const [query, starts] of [
    ['', false],
    ['&irr=0.05', true],
  ] as const) {
    await page.goto(`/embed.html?${LINK_VERSIONS}&embed=1&chart=split${query}`);
    const note = page.getByText(
      /^(The deemed allocation is repaid|At these assumptions the 90\/10)/,
    );
    await expect(note).toBeVisible();
    const answer = page.getByTestId('embed-answer');
    if (starts) {
      const year = (await note.textContent())!.match(/starts in project year (\d+)/)![1];
      await expect(answer).toContainText(`50/50, then 90/10 for the US from project year ${year}`);
    } else {
      await expect(note).toContainText('never starts');
      await expect(answer).toContainText(
        '50/50 throughout: at these assumptions the 90/10 split never starts',
      );
    }
  }
});
