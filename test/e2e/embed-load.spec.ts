/**
 * What an embed loads, on the built page (issue 16: an embed starts with at most 45 kB of
 * JavaScript gzipped, `npm run size`). The embeds' page (embed.html) has an entry for each
 * chart, each built on its own (scripts/build-embeds.mjs: dist/.vite/embed-<chart>.json and
 * .modules.json), and the first-paint script loads the link's. The size script counts the chunks
 * an embed needs from that build's manifest; these tests check that the page really loads those
 * and no others: an embed without live controls fetches its chart's entry, one part of the
 * catalogue (its page's and its chart's messages) and the workers' client, never the explorer, another chart,
 * its controls or the sources' titles; what it needs later (a download's words, the live
 * controls' sources) still comes when asked, and with live controls the first answer of a
 * change worked out on the page (firstPaths). An older snippet's embed of the explorer's page
 * (`./?embed=1`) starts from the explorer's entry, as it did.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LINK_VERSIONS, en } from './model';
import type { ChartId } from '../../src/state/view';

/** A build's chunks: the explorer's (dist/.vite/manifest.json) or an embed's entry for a chart. */
function built(which: 'explorer' | ChartId) {
  const name = which === 'explorer' ? null : `embed-${which}`;
  /** Which chunk of the build holds each source module (written by the build: vite.config.ts). */
  const modules: Record<string, string> = JSON.parse(
    readFileSync(`dist/.vite/${name ? `${name}.` : ''}modules.json`, 'utf8'),
  );
  /** The chunks a chunk imports (Vite's manifest), which load with it. */
  const manifest: Record<string, { file: string; imports?: string[] }> = JSON.parse(
    readFileSync(`dist/.vite/${name ? `${name}.json` : 'manifest.json'}`, 'utf8'),
  );
  const chunkOf = (module: string) => {
    const file = modules[module];
    if (!file) throw new Error(`no chunk of the ${which} build holds ${module}`);
    return file;
  };
  const importsOf = (file: string) =>
    (Object.values(manifest).find((c) => c.file === file)?.imports ?? []).map(
      (key) => manifest[key]!.file,
    );
  /** A chunk and every chunk it imports, transitively. */
  const closureOf = (file: string, into = new Set<string>()): Set<string> => {
    if (!into.has(file)) {
      into.add(file);
      for (const next of importsOf(file)) closureOf(next, into);
    }
    return into;
  };
  return { modules, chunkOf, importsOf, closureOf };
}

/** The first-paint script in the page's head, named by a hash of its content (scripts/prerender.mjs). */
const firstPaint = `assets/${readdirSync('dist/assets').find((f) => /^first-paint-[\w-]+\.js$/.test(f))}`;

/** The scripts the page fetches from the moment it starts. */
function scriptsOf(page: Page): Set<string> {
  const scripts = new Set<string>();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname.slice(1);
    if (path.endsWith('.js')) scripts.add(path);
  });
  return scripts;
}

/** What an embed of a chart on the embeds' page loads as it starts, from its build. */
function startOf(chart: ChartId) {
  const { chunkOf, closureOf } = built(chart);
  const entry = chunkOf('src/embed/embedMain.ts');
  return [
    ...new Set([
      firstPaint,
      ...closureOf(entry),
      // Its page's part of the catalogue, which in its build holds its chart's messages too.
      chunkOf('virtual:embed-catalogue/en'),
      ...closureOf(chunkOf('src/worker/client.ts')),
      ...closureOf(chunkOf('src/state/urlWrite.ts')),
    ]),
  ].sort();
}

test('an embed of the money chart without live controls loads its entry and one part of the catalogue, and none of the explorer', async ({
  page,
}) => {
  const scripts = scriptsOf(page);
  await page.goto(`/embed.html?${LINK_VERSIONS}&embed=1&chart=money&lang=en`);
  await expect(page.getByRole('img', { name: /^How fast the money moves/ })).toBeVisible();
  await expect(page.getByTestId('embed-answer')).toBeVisible();
  // Its link to the full explorer, at this scenario and chart, once what writes links has come
  // (fetched as the embed starts, not waited for: npm run size counts it after start-up).
  await expect(page.getByRole('link', { name: en['embed.open'] })).toHaveAttribute(
    'href',
    /^\/\?v=\d+&.*#money$/,
  );
  // (The Monte Carlo's worker scripts aside: they start once the page is drawn.)
  const started = [...scripts].filter((s) => !/\.worker-/.test(s));
  expect(started.sort()).toEqual(startOf('money'));
  const { chunkOf, modules } = built('money');
  const entry = chunkOf('src/embed/embedMain.ts');
  expect(chunkOf('src/state/urlWrite.ts')).not.toBe(entry);
  // The layout and the chart are in the entry: what npm run size counts is what loaded.
  expect(chunkOf('src/embed/Embed.svelte')).toBe(entry);
  expect(chunkOf('src/charts/MoneyChart.svelte')).toBe(entry);
  for (const never of [
    'src/Explorer.svelte',
    'src/ExplorerSync.svelte',
    'src/embed/EmbedControls.svelte',
    'src/data/sources.ts',
    'src/i18n/en.core.ts',
    'src/sections/sections.ts',
    // Fetched on use only: the crosshair's tooltip and the table view.
    'src/charts/CrosshairTip.svelte',
    'src/charts/DataTable.svelte',
    // A change's first answer on the page's thread: this embed has no control to change.
    'src/worker/firstPaths.ts',
    // Another chart.
    'src/charts/RiskChart.svelte',
  ])
    for (const file of [modules[never], built('explorer').modules[never]])
      if (file) expect(scripts, never).not.toContain(file);
  // Nothing of the explorer's build: its entry holds the explorer's start.
  expect(scripts).not.toContain(built('explorer').chunkOf('src/main.ts'));
});

test('an embed of another chart loads its own entry, with that chart in it and no other', async ({
  page,
}) => {
  const scripts = scriptsOf(page);
  await page.goto(`/embed.html?${LINK_VERSIONS}&embed=1&chart=risk&lang=en`);
  await expect(page.getByRole('img', { name: /^How likely a tariff penalty is/ })).toBeVisible();
  await expect(page.getByRole('link', { name: en['embed.open'] })).toHaveAttribute(
    'href',
    /#risk$/,
  );
  const started = [...scripts].filter((s) => !/\.worker-/.test(s));
  expect(started.sort()).toEqual(startOf('risk'));
  const { chunkOf, modules } = built('risk');
  expect(chunkOf('src/charts/RiskChart.svelte')).toBe(chunkOf('src/embed/embedMain.ts'));
  // Its chart's messages are in its page's part of the catalogue, not a part of their own.
  expect(modules['virtual:embed-catalogue/en/risk']).toBeUndefined();
  expect(modules['virtual:embed-catalogue/en/money']).toBeDefined();
  // The money chart, the default, is not in it: a chunk of its own, never loaded here.
  expect(chunkOf('src/charts/MoneyChart.svelte')).not.toBe(chunkOf('src/embed/embedMain.ts'));
  expect(scripts).not.toContain(chunkOf('src/charts/MoneyChart.svelte'));
  // Svelte's code for a bound select and a style directive, which no embed's chart needs
  // (1 kB gzipped: src/charts/WhyBar.svelte), is not in what it loads.
  for (const part of ['bindings/select.js', 'style.js']) {
    const file = modules[`node_modules/svelte/src/internal/client/dom/elements/${part}`];
    if (file) expect(scripts).not.toContain(file);
  }
});

test('a link whose chart the page cannot read starts the default chart’s embed', async ({
  page,
}) => {
  const scripts = scriptsOf(page);
  await page.goto(`/embed.html?${LINK_VERSIONS}&embed=1&chart=nonsense&lang=en`);
  await expect(page.getByRole('img', { name: /^How fast the money moves/ })).toBeVisible();
  await expect(page.getByRole('link', { name: en['embed.open'] })).toHaveAttribute(
    'href',
    /#money$/,
  );
  expect([...scripts].filter((s) => !/\.worker-/.test(s)).sort()).toEqual(startOf('money'));
});

test('the embeds’ page is an embed even when its link does not say so: it never loads the explorer’s ties to the address, nor moves', async ({
  page,
}) => {
  const scripts = scriptsOf(page);
  await page.goto(`/embed.html?${LINK_VERSIONS}&chart=risk&lang=en`);
  await expect(page.getByRole('img', { name: /^How likely a tariff penalty is/ })).toBeVisible();
  await expect(page.getByRole('main', { name: en['embed.landmark'] })).toBeVisible();
  await expect(page.locator('#app[data-settled]')).toBeAttached();
  const { modules } = built('risk');
  for (const never of ['src/ExplorerSync.svelte', 'src/LinkNotices.svelte'])
    expect(scripts, never).not.toContain(modules[never]);
  // Its address is its own: nothing wrote the explorer's path or an embed key into it.
  expect(new URL(page.url()).pathname).toBe('/embed.html');
  expect(new URL(page.url()).searchParams.has('embed')).toBe(false);
});

test('an older snippet’s embed of the explorer’s page fetches its chart as the page starts, before its layout can mount', async ({
  page,
}) => {
  const { chunkOf, closureOf } = built('explorer');
  const scripts = scriptsOf(page);
  const chart = chunkOf('src/charts/RiskChart.svelte');
  expect(chart).not.toBe(chunkOf('src/main.ts'));
  let chartAsked = () => {};
  const asked = new Promise<void>((resolve) => (chartAsked = resolve));
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.slice(1) === chart) chartAsked();
  });
  // The page's part of the catalogue is held until the chart is asked for (5 s at most): the
  // layout cannot mount without it, so a request for the chart then comes from the page's start.
  let chartBeforeLayout: boolean | null = null;
  await page.route(`**/${chunkOf('virtual:embed-catalogue/en')}`, async (route) => {
    chartBeforeLayout = await Promise.race([
      asked.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000)),
    ]);
    await route.continue();
  });
  await page.goto(`/?${LINK_VERSIONS}&embed=1&chart=risk&lang=en`);
  await expect(page.getByRole('img', { name: /^How likely a tariff penalty is/ })).toBeVisible();
  expect(chartBeforeLayout).toBe(true);
  const started = [...scripts].filter((s) => !/\.worker-/.test(s));
  expect(started.sort()).toEqual(
    [
      ...new Set([
        firstPaint,
        ...closureOf(chunkOf('src/main.ts')),
        ...closureOf(chart),
        chunkOf('virtual:embed-catalogue/en'),
        chunkOf('virtual:embed-catalogue/en/risk'),
        ...closureOf(chunkOf('src/worker/client.ts')),
        ...closureOf(chunkOf('src/state/urlWrite.ts')),
      ]),
    ].sort(),
  );
});

test('an embed of the equity split sets its sector list without Svelte’s select binding, which it never loads', async ({
  page,
}) => {
  const scripts = scriptsOf(page);
  const { chunkOf, modules } = built('split');
  await page.goto(`/embed.html?${LINK_VERSIONS}&embed=1&chart=split&lang=en`);
  const sector = page.getByRole('combobox', { name: 'Sector' });
  await expect(sector).toHaveValue('gas');
  await sector.selectOption('nuclear');
  await expect(
    page.getByRole('img', { name: /^Who gets an equity project’s cash/ }),
  ).toHaveAccessibleName(/Nuclear \(large and SMR\)/);
  expect(scripts).toContain(chunkOf('src/charts/EquitySplitChart.svelte'));
  const select = modules['node_modules/svelte/src/internal/client/dom/elements/bindings/select.js'];
  if (select) expect(scripts).not.toContain(select);
});

test('an embed fetches its crosshair tooltip when a reader first points at the chart, and shows it', async ({
  page,
}) => {
  const scripts = scriptsOf(page);
  const { chunkOf } = built('money');
  await page.goto(`/embed.html?${LINK_VERSIONS}&embed=1&chart=money&lang=en`);
  const figure = page.locator('figure[aria-labelledby="money-title"]');
  const capture = figure.locator('rect.capture');
  await expect(capture).toBeVisible();
  expect(scripts).not.toContain(chunkOf('src/charts/CrosshairTip.svelte'));
  const box = (await capture.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5);
  await expect(figure.locator('.tip-date')).toHaveText(/^[A-Z][a-z]{2} 20\d\d$/);
  await expect(figure.locator('.crosshair')).toContainText('Required pace: US$');
  expect(scripts).toContain(chunkOf('src/charts/CrosshairTip.svelte'));
  // It follows the pointer and goes when the mouse leaves.
  const first = await figure.locator('.tip-date').textContent();
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.5);
  await expect(figure.locator('.tip-date')).not.toHaveText(first ?? '');
  await page.mouse.move(box.x + box.width * 0.5, box.y - 40);
  await expect(figure.locator('.tip-date')).toHaveCount(0);
});

test('an embed fetches its table view when the reader first asks for it, and shows the chart’s data', async ({
  page,
}) => {
  const scripts = scriptsOf(page);
  const { chunkOf } = built('money');
  await page.goto(`/embed.html?${LINK_VERSIONS}&embed=1&chart=money&lang=en`);
  expect(scripts).not.toContain(chunkOf('src/charts/DataTable.svelte'));
  await page.getByRole('button', { name: en['chart.table.show'] }).click();
  const table = page.getByRole('table', { name: en['chart.money.title'] });
  await expect(table).toBeVisible();
  await expect(table).toContainText('2029-01');
  expect(scripts).toContain(chunkOf('src/charts/DataTable.svelte'));
  await page.getByRole('button', { name: en['chart.table.hide'] }).click();
  await expect(page.getByRole('img', { name: /^How fast the money moves/ })).toBeVisible();
});

test('an embed’s download brings the rest of the catalogue: the picture names its scenario and sources', async ({
  page,
}) => {
  await page.goto(`/embed.html?${LINK_VERSIONS}&embed=1&chart=money&lang=en`);
  const core = built('money').chunkOf('src/i18n/en.core.ts');
  const scripts = scriptsOf(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download How fast the money moves as SVG' }).click(),
  ]);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toContain(`>${en['preset.central.name']} · `);
  expect(text).toContain('Sources: White House fact sheets');
  expect(scripts).toContain(core);
});

test('an embed with live controls brings the sources: a control’s source chip names its publisher', async ({
  page,
}) => {
  const scripts = scriptsOf(page);
  const { chunkOf } = built('money');
  await page.goto(`/embed.html?${LINK_VERSIONS}&embed=1&chart=money&controls=pledge&lang=en`);
  // A reader can change the scenario here: a change's first answer is worked out on the page.
  await expect.poll(() => scripts.has(chunkOf('src/worker/firstPaths.ts'))).toBe(true);
  const chip = page.getByRole('button', {
    name: en['control.sourceLabel'].replace('{name}', 'Pledge'),
  });
  await chip.click();
  await expect(page.getByRole('note')).toContainText('The White House');
});
