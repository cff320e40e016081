import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { monteCarloAnswer } from './headline';
import { DATA_AS_OF, DATA_LINE_EN, DATA_VERSION, LINK_VERSIONS, MODEL_VERSION, en } from './model';
import type { Page } from '@playwright/test';

async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const bytes = await readFile((await file.path())!);
  // (A chart's CSV starts with a byte-order mark, for spreadsheets: its text is read without.)
  return {
    name: file.suggestedFilename(),
    text: bytes.toString('utf8').replace(/^\uFEFF/, ''),
    bytes,
  };
}

/** A month's values in a chart's CSV (its row, without the month). */
const csvValues = (csv: string, month: string) =>
  csv
    .split('\n')
    .find((l) => l.startsWith(`${month},`))!
    .split(',')
    .slice(1)
    .map(Number);

test.beforeEach(async ({ page }) => {
  await page.goto(`/?${LINK_VERSIONS}&pace=150`);
  await expect(page.locator('path.area.band90')).toHaveAttribute('d', /^M/, { timeout: 15_000 });
  await monteCarloAnswer(page);
});

test('the exported CSV carries the numbers shown on screen, with a header naming the scenario', async ({
  page,
}) => {
  const { name, text, bytes } = await downloaded(page, () =>
    page.getByRole('button', { name: 'Download How fast the money moves as CSV' }).click(),
  );
  expect(name).toBe('pledge-explorer-money.csv');
  // UTF-8's byte-order mark first, so Excel reads the file as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  // The scenario line is the page's own link: reopening it gives the same numbers.
  expect(text.split('\n').slice(0, 3)).toEqual([
    '# How fast the money moves',
    '# US$ bn, cumulative',
    `# Scenario: ${page.url()}`,
  ]);
  expect(page.url()).toContain(`?${LINK_VERSIONS}&pace=150`);
  expect(text).toContain('# Sources: White House fact sheets');
  // The data release and the day it was checked through travel with the numbers.
  expect(text).toContain(`# ${DATA_LINE_EN}\n`);
  // The deadline row matches the table shown on screen.
  await page.getByRole('button', { name: 'Show as table' }).first().click();
  // The table says its units, as the chart's axis does.
  await expect(page.locator('figure#money table caption')).toHaveText(
    'How fast the money moves US$ bn, cumulative',
  );
  const row = page.getByRole('row', { name: /^2029-01/ });
  // The table view is fetched on first use: wait for it (allTextContents does not wait).
  await expect(row).toBeVisible();
  const shown = (await row.getByRole('cell').allTextContents()).map((c) =>
    Number(c.replace(/,/g, '')),
  );
  const csvRow = csvValues(text, '2029-01');
  expect(csvRow.map((v) => Math.round(v * 10) / 10)).toEqual(shown);
});

test('the money chart’s table and CSV carry what its bands are drawn from, and the paths’ median, month by month', async ({
  page,
}) => {
  const { text } = await downloaded(page, () =>
    page.getByRole('button', { name: 'Download How fast the money moves as CSV' }).click(),
  );
  const bands = [
    'Credited, 5th percentile of paths',
    'Credited, 25th percentile of paths',
    'Credited, median of paths',
    'Credited, 75th percentile of paths',
    'Credited, 95th percentile of paths',
  ];
  // Its rows named for what they are: each figure cumulative to its month's end.
  const header = text.split('\n').find((l) => l.startsWith('End of month,'))!;
  expect(header).toBeDefined();
  // (Quoted: each label has a comma.)
  expect(header.trimEnd().endsWith(`,${bands.map((b) => `"${b}"`).join(',')}`)).toBe(true);
  // In order in every row (each December and the deadline's month): each label on its own
  // percentile's values.
  const rows = text.split('\n').filter((l) => /^\d{4}-\d{2},/.test(l));
  expect(rows.length).toBeGreaterThanOrEqual(6);
  for (const row of rows) {
    const edges = row.split(',').slice(-5).map(Number);
    expect(
      [...edges].sort((a, b) => a - b),
      row,
    ).toEqual(edges);
  }
  const [p5, , , , p95] = csvValues(text, '2029-01').slice(-5);
  expect(p95! - p5!).toBeGreaterThan(100);
  // The table shows the same columns.
  await page.locator('figure#money').getByRole('button', { name: 'Show as table' }).click();
  const table = page.locator('figure#money table');
  for (const band of bands)
    await expect(table.getByRole('columnheader', { name: band, exact: true })).toBeVisible();
});

test('the risk, tariff and tornado charts’ CSVs give their shares in percent, as their tables show them, and say so', async ({
  page,
}) => {
  for (const [id, title, unit] of [
    ['risk', 'How likely a tariff penalty is', 'Probability, in %'],
    ['tariff', 'Average US tariff on Japan’s goods', 'Average tariff, in %'],
  ] as const) {
    const { text } = await downloaded(page, () =>
      page.getByRole('button', { name: `Download ${title} as CSV` }).click(),
    );
    expect(text.split('\n').slice(0, 2), id).toEqual([`# ${title}`, `# ${unit}`]);
    const figure = page.locator(`figure#${id}`);
    await figure.getByRole('button', { name: 'Show as table' }).click();
    const row = figure.getByRole('row', { name: /^2029-01/ });
    await expect(row).toBeVisible();
    const shown = (await row.getByRole('cell').allTextContents()).map((c) =>
      Number(c.replace('%', '')),
    );
    const csvRow = csvValues(text, '2029-01');
    expect(
      csvRow.map((v) => Math.round(v * 10) / 10),
      id,
    ).toEqual(shown);
    // Shares of a few tens of percent, not fractions of one.
    expect(Math.max(...csvRow), id).toBeGreaterThan(1);
  }
  // So does the tornado's, on the chance of a penalty: each input's two ends, in percent.
  const tornado = page.locator('figure#tornado');
  await tornado.scrollIntoViewIfNeeded();
  await expect(tornado.locator('rect.bar').first()).toBeVisible({ timeout: 15_000 });
  const { text } = await downloaded(page, () =>
    page
      .getByRole('button', { name: 'Download Which assumptions matter most (central path) as CSV' })
      .click(),
  );
  expect(text.split('\n')[1]).toBe('# Probability, in %');
  const ends = text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .slice(1)
    .flatMap((line) => line.split(',').slice(-2).map(Number));
  expect(ends.length).toBeGreaterThan(10);
  expect(Math.max(...ends)).toBeGreaterThan(1);
});

test('the exported SVG stands alone: title, the drawn lines with their colours, source, date and link', async ({
  page,
}) => {
  const { name, text } = await downloaded(page, () =>
    page.getByRole('button', { name: 'Download How fast the money moves as SVG' }).click(),
  );
  expect(name).toBe('pledge-explorer-money.svg');
  expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(text).toContain('>How fast the money moves</text>');
  // The chart, drawn at the picture's width (568 px inside its margins), not the screen's.
  expect(text).toMatch(/<svg x="16" y="[\d.]+" width="568" height="[\d.]+" viewBox="0 0 568 /);
  // Credited as the chart draws it: the history, then the projection.
  expect(text.match(/<path[^>]*class="line credited[^"]*"[^>]*d="M[^"]+"/g)).toHaveLength(2);
  expect(text).toMatch(/stroke:\s*rgb\(0, 114, 178\)/);
  expect(text).toContain('pace=150');
  expect(text).toContain(DATA_LINE_EN);
  // The shaded window of an event over by the data's date, which the plot does not name (the
  // card's key does), has a key in the picture's legend, once.
  expect(text).toMatch(/<g class="window past[^"]*"/);
  expect(
    text.split('>Section 301 determinations and the Section 122 surcharge expiry</text>'),
  ).toHaveLength(2);
  // The page's card names it in its key too, once, saying to a screen reader what its box is.
  await expect(
    page.locator('#money .legend li').filter({
      hasText:
        /^Section 301 determinations and the Section 122 surcharge expiry \(a past event: the months it lasted are shaded\)$/,
    }),
  ).toHaveCount(1);
  // The day it was made.
  expect(text).toMatch(/Made: \d{1,2} [A-Z][a-z]{2} \d{4}/);
});

test('a picture is the same from a wide screen and a phone: the chart drawn at the picture’s width, its text the legend’s size, and the page’s chart left as it was', async ({
  page,
}) => {
  const svg = async () =>
    (
      await downloaded(page, () =>
        page.getByRole('button', { name: 'Download How fast the money moves as SVG' }).click(),
      )
    ).text;
  const onScreen = page.locator('figure#money svg[role="img"]');
  const drawn = () =>
    onScreen.evaluate((el) => ({
      width: el.getAttribute('width'),
      line: el.querySelector('path.line.credited')?.getAttribute('d'),
    }));
  const wide = await drawn();
  const fromWide = await svg();
  // The page's chart is drawn at its own width again, the same lines.
  expect(await drawn()).toEqual(wide);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(onScreen).not.toHaveAttribute('width', wide.width ?? '');
  const phone = await drawn();
  const fromPhone = await svg();
  expect(await drawn()).toEqual(phone);
  // The chart in the picture, from either screen: the same markup, the same lines.
  const chart = (text: string) =>
    text.match(/<svg x="16"[\s\S]*?viewBox="0 0 568 [\s\S]*<\/svg>/)?.[0];
  expect(chart(fromWide)).toBeTruthy();
  expect(chart(fromPhone)).toBe(chart(fromWide));
  // Its axis labels at the size the chart draws them (12 px), as large as the legend's (12 px).
  expect(fromWide).toMatch(/font-size:12px[^>]*>2027<\/text>/);
});

test('a chart downloads as PNG, the scenario as JSON, and the scenario card as PNG', async ({
  page,
}) => {
  // A PNG's width and height, from its header.
  const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];
  for (const [format, width] of [
    ['PNG', 600],
    ['PNG, 1,200 px wide', 1200],
  ] as const) {
    const png = await downloaded(page, () =>
      page
        .getByRole('button', {
          name: `Download ${en['chart.risk.title']} as ${format}`,
          exact: true,
        })
        .click(),
    );
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(png.name).toBe(`pledge-explorer-risk-${width}.png`);
    expect(size(png.bytes)[0]).toBe(width);
  }
  const json = await downloaded(page, () =>
    page.getByRole('button', { name: 'Scenario (JSON)', exact: true }).click(),
  );
  // Every export carries the model version and the data release it was made with.
  expect(JSON.parse(json.text)).toMatchObject({
    app: 'pledge-explorer',
    model: MODEL_VERSION,
    data: DATA_VERSION,
    dataAsOf: DATA_AS_OF,
    url: page.url(),
    scenario: { paceUsdBnPerYear: 150 },
  });
  const card = await downloaded(page, () =>
    page.getByRole('button', { name: 'Scenario card (PNG)' }).click(),
  );
  expect(card.name).toBe('pledge-explorer-card.png');
  expect(card.bytes.length).toBeGreaterThan(10_000);
  expect(size(card.bytes)).toEqual([1200, 630]);
  // With the money chart shown as a table, the card shows the chart first, as a chart's own
  // downloads do, and has it (a card without a chart is a fraction of the size).
  const money = page.locator('figure#money');
  await money.getByRole('button', { name: 'Show as table' }).click();
  await expect(money.locator('table')).toBeVisible();
  const fromTable = await downloaded(page, () =>
    page.getByRole('button', { name: 'Scenario card (PNG)' }).click(),
  );
  await expect(money.locator('svg[role="img"]')).toBeVisible();
  expect(fromTable.bytes.length).toBeGreaterThan(card.bytes.length * 0.9);
});

test('copy link puts the page address on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(
    page.getByText('Link copied: paste it anywhere to share this scenario.'),
  ).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await expectNoAxeViolations(page);
});

test('each legend box is as light as the mark it stands for: bars solid, the US’s lighter, a stacked layer and each band as drawn', async ({
  page,
}) => {
  await page.goto(`/?${LINK_VERSIONS}&stack=instrument`);
  await monteCarloAnswer(page);
  await expect(page.locator('#app')).toHaveAttribute('data-settled', 'true');
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll('figure .key.box')].map((key) => {
      const series = [...key.classList].filter(
        (c) => !['key', 'box'].includes(c) && !c.startsWith('svelte-'),
      );
      const figure = key.closest('figure')!;
      const classes = series.map((c) => CSS.escape(c)).join('.');
      // The mark: the first shape in the figure's chart with every class the key has (a past
      // event's window: the rect of the group that has them).
      const window = series.includes('window');
      const mark = figure.querySelector(
        window ? `svg[role="img"] g.${classes} rect` : `svg[role="img"] :is(path, rect).${classes}`,
      );
      const seen = (el: Element) =>
        Number(getComputedStyle(el).opacity) * Number(getComputedStyle(el).fillOpacity);
      // A window's key is its colour at the mark's opacity, outlined: its background's alpha.
      const alpha = (colour: string) => Number(/([\d.]+)\)$/.exec(colour)?.[1]);
      return {
        chart: figure.id,
        series: series.join(' '),
        key: window
          ? alpha(getComputedStyle(key).backgroundColor)
          : Number(getComputedStyle(key).opacity),
        mark: mark ? seen(mark) : null,
        // The outer band, under the inner one.
        under: series.includes('band50')
          ? seen(figure.querySelector('svg[role="img"] path.band90')!)
          : null,
      };
    }),
  );
  const charts = new Set(boxes.map((b) => b.chart));
  for (const chart of ['money', 'japan', 'split', 'tornado']) expect(charts).toContain(chart);
  expect(boxes.map((b) => b.series)).toEqual(expect.arrayContaining(['band90', 'band50', 'us']));
  expect(boxes.filter((b) => b.series.startsWith('stack ')).length).toBe(3);
  expect(boxes.filter((b) => b.series === 'window past').map((b) => b.chart)).toEqual([
    'money',
    'risk',
  ]);
  for (const b of boxes) {
    expect(b.mark, `${b.chart}: ${b.series}`).not.toBeNull();
    // The inner band shows over the outer one: its key is as light as the two together.
    const shown = b.under === null ? b.mark! : 1 - (1 - b.under) * (1 - b.mark!);
    expect(b.key, `${b.chart}: ${b.series}`).toBeCloseTo(shown, 3);
  }
});
