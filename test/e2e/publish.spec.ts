/**
 * What leaves the page (issue 14), checked as a newsroom would: embeds in a host page on
 * another origin (our script and Pym.js, phone and desktop widths, both languages and themes,
 * a table shown), a picture exported in dark mode, the pages served without JavaScript, the
 * link previews, the data download read by a standard CSV parser, and the printed page.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Papa from 'papaparse';
import { test as base } from '@playwright/test';
import { expect, test } from './fixtures';
import { monteCarloAnswer } from './headline';
import { DEFAULT_SCENARIO, en, expectedHeadline, ja, LINK_VERSIONS } from './model';
import { loadExposure, presetScenario, simulate } from '../../src/model';
import { dataTable } from '../../src/export/dataExport';
import { serializeScenarioUrl } from '../../src/state/url';
import type { Page } from '@playwright/test';

async function downloaded(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const bytes = await readFile((await file.path())!);
  return { name: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

/** A PNG's width and height, from its header. */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

// ---------------------------------------------------------------------------------------
// Embeds in a host page on another origin.

const PYM = 'node_modules/pym.js/dist/pym.v1.min.js';

/** Two embeds: English, light, the money chart; Japanese, dark, the risk chart with controls. */
const EMBEDS = [
  { id: 'en-light', query: `${LINK_VERSIONS}&embed=1&chart=money&lang=en&theme=light` },
  {
    id: 'ja-dark',
    query: `${LINK_VERSIONS}&embed=1&chart=risk&controls=pace,mix&lang=ja&theme=dark`,
  },
] as const;

function hostHtml(app: string, how: 'ours' | 'pym'): string {
  const frames =
    how === 'ours'
      ? EMBEDS.map(
          (e) =>
            `<iframe id="${e.id}" data-pledge-explorer title="${e.id}" src="${app}/?${e.query}" style="border:0;width:100%;height:150px"></iframe>`,
        ).join('\n') + `\n<script src="${app}/embed.js"></script>`
      : EMBEDS.map((e) => `<div id="${e.id}"></div>`).join('\n') +
        `\n<script src="/pym.js"></script><script>${EMBEDS.map(
          (e) =>
            `new pym.Parent(${JSON.stringify(e.id)}, ${JSON.stringify(`${app}/?${e.query}`)}, { title: ${JSON.stringify(e.id)} });`,
        ).join('\n')}</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Article</title>
<link rel="icon" href="data:,"><style>body{margin:0 8px}</style></head><body><main><h1>An article</h1>
${frames}
<p>After the charts.</p></main></body></html>`;
}

const hostTest = base.extend<{ host: (how: 'ours' | 'pym') => string }>({
  host: async ({ baseURL }, use) => {
    const app = baseURL ?? 'http://127.0.0.1:4173';
    const pym = await readFile(PYM, 'utf8');
    const server: Server = createServer((req, res) => {
      if (req.url === '/pym.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(pym);
      else
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(hostHtml(app, req.url?.includes('pym') ? 'pym' : 'ours'));
    });
    // Any free port: the tests run side by side.
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await use((how) => `http://127.0.0.1:${port}/${how}`);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  },
});

for (const how of ['ours', 'pym'] as const)
  for (const width of [360, 1280])
    hostTest(
      `with ${how === 'ours' ? 'our script' : 'Pym.js'} at ${width} px, every frame is as tall as its document, a table shown too`,
      async ({ page, host }) => {
        test.slow();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.setViewportSize({ width, height: 800 });
        await page.goto(host(how));
        const frameOf = (id: string) =>
          how === 'ours' ? page.locator(`iframe#${id}`) : page.locator(`#${id} iframe`);
        const height = (id: string) =>
          frameOf(id).evaluate((el) => el.getBoundingClientRect().height);
        /** The frame's document: its content's height and whether it scrolls. */
        const inside = (id: string) =>
          frameOf(id)
            .contentFrame()
            .locator('body')
            .evaluate((body) => {
              const px = (el: Element, prop: 'marginBottom' | 'paddingBottom') =>
                parseFloat(getComputedStyle(el)[prop]) || 0;
              const bottom = Math.max(
                ...[...body.children]
                  .filter((el) => !['SCRIPT', 'NOSCRIPT'].includes(el.tagName))
                  .map(
                    (el) => el.getBoundingClientRect().bottom + scrollY + px(el, 'marginBottom'),
                  ),
              );
              const root = document.documentElement;
              return {
                content: Math.ceil(bottom + px(body, 'paddingBottom') + px(body, 'marginBottom')),
                scrolls: root.scrollHeight - root.clientHeight,
              };
            });
        const gap = async (id: string) => Math.abs((await height(id)) - (await inside(id)).content);
        for (const { id } of EMBEDS) {
          const frame = frameOf(id);
          await frame.scrollIntoViewIfNeeded();
          const doc = frame.contentFrame();
          await expect(doc.locator('#app[data-live]')).toBeAttached({ timeout: 15_000 });
          await expect.poll(() => gap(id), { timeout: 10_000 }).toBeLessThanOrEqual(2);
          // The embed's headline number is there, and the footer dates the data.
          await expect(doc.getByTestId('embed-answer')).toBeVisible();
          // A table shown: the frame grows with it, still to within 2 px.
          const before = await height(id);
          const table = id === 'en-light' ? en['chart.table.show'] : ja['chart.table.show'];
          await doc.getByRole('button', { name: table }).click();
          await expect.poll(() => height(id), { timeout: 10_000 }).not.toBe(before);
          await frame.scrollIntoViewIfNeeded();
          await expect.poll(() => gap(id), { timeout: 10_000 }).toBeLessThanOrEqual(2);
          expect((await inside(id)).scrolls).toBeLessThanOrEqual(1);
        }
        expect(errors).toEqual([]);
      },
    );

// ---------------------------------------------------------------------------------------
// An exported picture made in dark mode.

test('a chart exported in dark mode is drawn in the light theme, its legend named and coloured', async ({
  page,
}) => {
  await page.goto(`/?${LINK_VERSIONS}&theme=dark`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await monteCarloAnswer(page);
  const title = en['chart.money.title'];
  const svg = await downloaded(page, () =>
    page.getByRole('button', { name: `Download ${title} as SVG` }).click(),
  );
  // A white background, and the light theme's blue for credited (the dark theme's is #56b4e9).
  expect(svg.text).toMatch(/<rect width="600" height="\d+" fill="#ffffff"\/>/);
  expect(svg.text).toMatch(/stroke:\s*rgb\(0, 114, 178\)/);
  expect(svg.text).not.toMatch(/rgb\(86, 180, 233\)/);
  // Every legend label on the card is in the picture, each beside a swatch in its colour (what
  // the card says to a screen reader alone, `.visually-hidden`, the picture leaves out).
  const labels = await page.locator('figure#money .legend li').evaluateAll((lis) =>
    lis.map((li) => {
      const shown = li.cloneNode(true) as HTMLElement;
      for (const hidden of shown.querySelectorAll('.visually-hidden')) hidden.remove();
      return shown.textContent?.trim() ?? '';
    }),
  );
  expect(labels).toContain('Section 301 determinations and the Section 122 surcharge expiry');
  expect(labels.length).toBeGreaterThanOrEqual(5);
  for (const label of labels) expect(svg.text).toContain(`>${label.replace(/&/g, '&amp;')}</text>`);
  expect(svg.text).toMatch(/<line [^>]*stroke="rgb\(0, 114, 178\)"/);
  // Its PNG twin: light at the corner, 600 px wide.
  const png = await downloaded(page, () =>
    page.getByRole('button', { name: `Download ${title} as PNG`, exact: true }).click(),
  );
  expect(pngSize(png.bytes)[0]).toBe(600);
  const corner = await page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    return [...ctx.getImageData(2, 2, 1, 1).data];
  }, png.bytes.toString('base64'));
  expect(corner).toEqual([255, 255, 255, 255]);
});

// ---------------------------------------------------------------------------------------
// First paint: without JavaScript, and before the app mounts.

test('without JavaScript: the note first, no dead control, the Japanese page in Japanese', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}/`);
  // The note is the first thing on the page, and it links to the Japanese page.
  const note = page.locator('p.noscript');
  await expect(note).toHaveText(new RegExp(`^${en['app.noscript'].slice(0, 30)}`));
  const top = async (l: typeof note) => (await l.boundingBox())?.y ?? NaN;
  expect(await top(note)).toBeLessThan(await top(page.getByRole('heading', { level: 1 })));
  await expect(note.getByRole('link', { name: '日本語' })).toHaveAttribute('href', 'ja/');
  // Nothing to press or type into: every control needs JavaScript.
  await expect(page.locator('button:visible, input:visible, select:visible')).toHaveCount(0);
  // Numbers stay, honestly labelled: the central path, the Monte Carlo needing JavaScript.
  // What shows (innerText leaves out what is hidden).
  expect(await page.getByTestId('provisional').innerText()).toBe(en['headline.provisionalNoJs']);
  await expect(page.getByText(en['headline.provisional'])).toHaveCount(2); // headline and why, hidden
  for (const text of await page.getByText(en['headline.provisional']).all())
    await expect(text).toBeHidden();
  // The projects and goods tables are plain text.
  await expect(page.getByRole('table').filter({ hasText: en['projects.date'] })).toBeVisible();

  await page.goto(`${baseURL}/ja/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page).toHaveTitle(ja['app.documentTitle']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja['app.title']);
  const central = expectedHeadline(DEFAULT_SCENARIO, { lang: 'ja' }).central;
  await expect(page.getByTestId('credited')).toHaveText(central.credited);
  expect(await page.getByTestId('provisional').innerText()).toBe(ja['headline.provisionalNoJs']);
  await expect(page.locator('button:visible, input:visible, select:visible')).toHaveCount(0);
  await context.close();
});

test('each prerendered page has its own title, description and 1200 x 630 preview image', async ({
  request,
}) => {
  for (const [path, catalogue] of [
    ['/', en],
    ['/ja/', ja],
  ] as const) {
    const html = await (await request.get(path)).text();
    expect(html).toContain(`<title>${catalogue['app.documentTitle']}</title>`);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toBe('og.png');
    expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
    const description = /<meta property="og:description" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(description).toContain(catalogue === ja ? 'データ' : 'Data checked through');
    const png = await request.get(`${path}${image}`);
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(pngSize(await png.body())).toEqual([1200, 630]);
  }
});

/** A box of a picture, in its pixels: x, y, width, height. */
type Box = readonly [number, number, number, number];

/**
 * How many pixels of a served picture in each box are dark ink (text, axes), colour (a
 * series' line or band) and a light blue band's fill, read from a canvas in the page.
 */
async function pixelCounts(page: Page, url: string, boxes: Record<string, Box>) {
  return page.evaluate(
    async ({ url, boxes }) => {
      const bitmap = await createImageBitmap(await (await fetch(url)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#ffffff';
      g.fillRect(0, 0, bitmap.width, bitmap.height);
      g.drawImage(bitmap, 0, 0);
      const out: Record<string, { ink: number; colour: number; band: number }> = {};
      for (const [name, [x, y, w, h]] of Object.entries(boxes)) {
        const d = g.getImageData(x, y, w, h).data;
        const n = { ink: 0, colour: 0, band: 0 };
        for (let i = 0; i < d.length; i += 4) {
          const [r, gr, b] = [d[i]!, d[i + 1]!, d[i + 2]!];
          const max = Math.max(r, gr, b);
          if (max < 110) n.ink++;
          if (max - Math.min(r, gr, b) > 40) n.colour++;
          if (b > 200 && r > 150 && b - r > 15) n.band++;
        }
        out[name] = n;
      }
      return out;
    },
    { url, boxes },
  );
}

test('a preview image draws the money chart across the card, with its bands and its legend beside it', async ({
  page,
}) => {
  await page.goto('/');
  for (const path of ['/og.png', '/ja/og.png', '/p/highRates/og.png']) {
    const counts = await pixelCounts(page, path, {
      // The legend's column, right of the chart (scenarioCard.ts: 230 px wide).
      legend: [935, 235, 225, 190],
      // The chart's right part: drawn at the card's width, its lines reach the legend's column
      // (a chart drawn at the page's 640 px and scaled stopped near x = 670).
      chartRight: [720, 260, 170, 270],
      // The chart's plot: the Monte Carlo's bands behind the central path.
      plot: [300, 260, 590, 270],
    });
    expect(counts.legend?.ink, `${path}: the legend's words`).toBeGreaterThan(1000);
    expect(counts.chartRight?.colour, `${path}: the chart's lines at its right`).toBeGreaterThan(
      300,
    );
    expect(counts.plot?.band, `${path}: the bands`).toBeGreaterThan(20000);
  }
});

test('each preset has a page of its own: its numbers before any script, its title and preview', async ({
  browser,
  baseURL,
  request,
}) => {
  const stalled = presetScenario('stalled');
  // Without JavaScript, in each language: the preset's own central numbers and title.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  for (const [path, lang, catalogue] of [
    ['/p/stalled/', 'en', en],
    ['/ja/p/stalled/', 'ja', ja],
  ] as const) {
    await noJs.goto(`${baseURL}${path}`);
    await expect(noJs.locator('html')).toHaveAttribute('lang', lang);
    await expect(noJs).toHaveTitle(
      `${catalogue['app.documentTitle']}: ${catalogue['preset.stalled.name']}`,
    );
    const central = expectedHeadline(stalled, { lang }).central;
    expect(central.credited).not.toBe(
      expectedHeadline(DEFAULT_SCENARIO, { lang }).central.credited,
    );
    await expect(noJs.getByTestId('credited')).toHaveText(central.credited);
    // Its own preview image, 1200 x 630, beside it.
    const html = await (await request.get(path)).text();
    expect(/<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]).toBe('og.png');
    const png = await request.get(`${path}og.png`);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(pngSize(await png.body())).toEqual([1200, 630]);
  }
  await context.close();

  // Before the app's script: a link to the page's own scenario (as the app writes it) keeps
  // the prerender; a link to another scenario shows the skeleton.
  const page = await browser.newPage();
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
  await page.goto(`${baseURL}/p/stalled/?${serializeScenarioUrl(stalled)}`);
  await expect(page.locator('html')).not.toHaveClass(/\bfp-custom\b/);
  await expect(page.getByTestId('credited')).toBeVisible();
  await page.goto(`${baseURL}/p/stalled/?${serializeScenarioUrl(presetScenario('korea'))}`);
  await expect(page.locator('html')).toHaveClass(/\bfp-custom\b/);
  await expect(page.getByTestId('credited')).toBeHidden();
  await page.close();
});

test('picking a preset moves the address to its page; a change moves it back to the root', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: en['presets.label'] }).selectOption('stalled');
  await expect(page).toHaveURL(/\/p\/stalled\/\?v=/);
  await page.reload();
  const picker = page.getByRole('combobox', { name: en['presets.label'] });
  await expect(picker).toHaveValue('stalled');
  // Each preset its page; back and forward move between them.
  await picker.selectOption('korea');
  await expect(page).toHaveURL(/\/p\/korea\/\?v=/);
  await page.goBack();
  await expect(page).toHaveURL(/\/p\/stalled\/\?v=/);
  await expect(picker).toHaveValue('stalled');
  // A change makes the scenario the reader's own: back to the root (a slider step replaces
  // the current entry).
  await page.getByRole('slider', { name: en['param.paceUsdBnPerYear.label'] }).press('ArrowRight');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/\?v=/);
  await expect(picker).toHaveValue('');
});

test('a link to another scenario shows a neutral skeleton, not the prerender’s numbers, until the app mounts', async ({
  browser,
  baseURL,
}) => {
  // The app's own script never arrives: what shows is the first paint alone.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
  await page.goto(`${baseURL}/?${LINK_VERSIONS}&pace=300`);
  await expect(page.locator('html')).toHaveClass(/\bfp-custom\b/);
  await expect(page.getByTestId('credited')).toBeHidden();
  await expect(
    page.getByRole('img', { name: new RegExp(`^${en['chart.money.title']}`) }),
  ).toBeHidden();
  // A link that only changes the view keeps the prerender: same numbers.
  await page.goto(`${baseURL}/?${LINK_VERSIONS}&tbl=money`);
  await expect(page.locator('html')).not.toHaveClass(/\bfp-custom\b/);
  await expect(page.getByTestId('credited')).toBeVisible();
  // Another language's link shows nothing of the English prerender; a theme applies at once.
  await page.goto(`${baseURL}/?lang=ja&theme=dark`);
  await expect(page.locator('html')).toHaveClass(/\bfp-other\b/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('#app')).toBeHidden();
  await context.close();
});

test('a Japanese link lives on the Japanese page, so it reads Japanese before any script', async ({
  page,
}) => {
  await page.goto(`/?${LINK_VERSIONS}&lang=ja`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page).toHaveURL(/\/ja\/\?/);
  // Switching back to English moves the address back to the root page.
  await page
    .getByRole('group', { name: ja['app.language'], exact: true })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/\?/);
});

// ---------------------------------------------------------------------------------------
// The data desk's file, the embed's fallback picture and the printout.

test('the data CSV parses with a standard parser into the model’s monthly numbers and the Monte Carlo percentiles', async ({
  page,
}) => {
  await page.goto(`/?${LINK_VERSIONS}`);
  const { mc } = expectedHeadline();
  await monteCarloAnswer(page);
  const csv = await downloaded(page, () =>
    page.getByRole('button', { name: en['data.csv'] }).click(),
  );
  expect(csv.name).toBe('pledge-explorer-data.csv');
  const parsed = Papa.parse<Record<string, string>>(csv.text, {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  const { exposure } = await loadExposure();
  const expected = dataTable(simulate(DEFAULT_SCENARIO), mc, exposure(DEFAULT_SCENARIO));
  expect(parsed.data.map((row) => row.month)).toEqual(expected.months);
  expect(parsed.meta.fields).toEqual(['month', 'history', ...expected.columns.map((c) => c.key)]);
  for (const key of ['mc_credited_p5_usd_bn', 'mc_credited_p50_usd_bn', 'mc_credited_p95_usd_bn'])
    expect(parsed.meta.fields).toContain(key);
  // The goods table's duties by class, once the Monte Carlo is in, are the file's, to the cent.
  const goods = page.locator('table:has(tr[data-goods])');
  await goods.scrollIntoViewIfNeeded();
  const end2029 = parsed.data.find((row) => row.month === '2029-12')!;
  for (const row of await goods.locator('tr[data-goods]').all()) {
    const id = (await row.getAttribute('data-goods'))!;
    const shown = (await row.locator('td.num').textContent())!;
    expect(shown, id).toBe(
      expectedHeadline().format.money(Number(end2029[`mc_expected_duties_${id}_usd_bn`])),
    );
  }
  for (const column of expected.columns)
    parsed.data.forEach((row, i) =>
      expect(Number(row[column.key]), `${column.key} ${row.month}`).toBeCloseTo(
        column.values[i] ?? NaN,
        6,
      ),
    );
  // The money chart's table on the page says the same as the file, month for month (to its 0.1).
  await page.locator('figure#money').getByRole('button', { name: en['chart.table.show'] }).click();
  const table = page.locator('figure#money table');
  // The table view is fetched on first use: wait for it (allTextContents does not wait).
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const headers = await table.locator('thead th').allTextContents();
  const column = headers.indexOf(en['series.credited']);
  expect(column).toBeGreaterThan(0);
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  expect(rows.length).toBeGreaterThan(5); // the chart's months, to the end of 2030 by default
  const byMonth = new Map(parsed.data.map((row) => [row.month, row]));
  for (const cells of rows) {
    const row = byMonth.get(cells[0] ?? '');
    expect(row, cells[0]).toBeDefined();
    expect(Number((cells[column] ?? '').replace(/,/g, ''))).toBeCloseTo(
      Number(row?.credited_usd_bn),
      1,
    );
  }
});

test('an unchanged preset’s embed code carries the build’s picture of the chart for places frames cannot run', async ({
  page,
  request,
}) => {
  await page.goto(`/?${LINK_VERSIONS}`);
  await page.getByText(en['embed.heading']).click();
  const code = page.getByRole('textbox', { name: en['embed.code'] });
  await expect(code).toHaveValue(
    /<noscript><a href="[^"]+"><img src="[^"]+\/embeds\/en\/central-money\.png"/,
  );
  const src = /<img src="([^"]+)"/.exec(await code.inputValue())?.[1] ?? '';
  const png = await request.get(src);
  expect(png.status()).toBe(200);
  expect(pngSize(await png.body())[0]).toBe(600);
  // Every preset, chart and language was built.
  for (const path of ['embeds/ja/korea-split.png', 'embeds/en/onPace-tariff.png'])
    expect((await request.get(`/${path}`)).status()).toBe(200);
});

test('the printed page carries the scenario’s assumptions and its link', async ({ page }) => {
  await page.goto(`/?${LINK_VERSIONS}&pace=150`);
  await expect(page.getByRole('region', { name: en['print.heading'] })).toBeHidden();
  // A change on the page: the link it prints is the one written after it.
  await page.getByRole('slider', { name: 'Pledge', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]pl=560(&|$)/);
  await page.emulateMedia({ media: 'print' });
  const print = page.getByRole('region', { name: en['print.heading'] });
  await expect(print).toBeVisible();
  await expect(print.getByRole('link')).toHaveAttribute('href', page.url());
  const pace = print.getByRole('row', {
    name: new RegExp(`^${en['param.paceUsdBnPerYear.label']}`),
  });
  await expect(pace).toContainText(en['print.changed']);
  await expect(print).toContainText(en['presets.customScenario']);
  // No controls on paper.
  await expect(page.locator('aside.controls')).toBeHidden();
});
