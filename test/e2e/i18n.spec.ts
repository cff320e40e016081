import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { monteCarloAnswer } from './headline';
import { DEFAULT_SCENARIO, expectedHeadline } from './model';
import { createFormatter } from '../../src/i18n/format';
import { formatParam } from '../../src/i18n/formatParam';

/** The answers once the Monte Carlo has run, in Japanese (dollars) and in yen. */
const jaUsd = expectedHeadline(DEFAULT_SCENARIO, { lang: 'ja' }).monteCarlo;
const jaJpy = expectedHeadline(DEFAULT_SCENARIO, { lang: 'ja', currency: 'jpy' }).monteCarlo;
const enJpy = expectedHeadline(DEFAULT_SCENARIO, { currency: 'jpy' }).monteCarlo;

const JA_TITLE = '対米投資5,500億ドル：資金はどれだけ速く動き、関税は戻るのか';

/** Waits until the live app (not the English prerender) shows the Japanese page. */
async function openJapanese(page: Page, query = 'lang=ja'): Promise<void> {
  await page.goto(`/?${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JA_TITLE);
}

test('?lang=ja renders the page in Japanese, with <html lang="ja"> and Japanese numbers', async ({
  page,
}) => {
  await openJapanese(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page).toHaveTitle('対米投資5,500億ドル エクスプローラー');
  await monteCarloAnswer(page);
  await expect(page.getByTestId('credited')).toHaveText(jaUsd.credited);
  await expect(page.getByTestId('risk-detail')).toHaveText(jaUsd.riskDetail);
  await expect(page.getByTestId('summary')).toContainText('2029年1月19日までに');
  await expect(page.getByRole('img', { name: /^資金はどれだけ速く動くか/ })).toBeVisible();
  await expect(page.getByRole('slider', { name: '約束額', exact: true })).toHaveAttribute(
    'aria-valuetext',
    '5,500億ドル',
  );
  // The year axis reads the Japanese way.
  await expect(page.locator('.axis text', { hasText: '2027年' }).first()).toBeVisible();
});

test('without lang in the link, the browser’s language decides', async ({ openFresh }) => {
  const page = await openFresh('/', { locale: 'ja-JP' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JA_TITLE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // The link keeps no language, so whoever opens it reads their own.
  await expect(page).not.toHaveURL(/lang=/);
});

test('the language switch changes every word, writes lang to the link, and survives a reload', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page
    .getByRole('group', { name: 'Language', exact: true })
    .getByRole('link', { name: '日本語' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JA_TITLE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page).toHaveURL(/[?&]lang=ja(&|$)/);
  await monteCarloAnswer(page);
  await expect(page.getByTestId('credited')).toHaveText(jaUsd.credited);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JA_TITLE);
  await page
    .getByRole('group', { name: '言語', exact: true })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('US$550 bn pledge');
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
});

test('the language links: an arrow key changes nothing, Enter switches and keeps the focus, and each opens this scenario in its language', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('radio', { name: 'Yen' }).check();
  await expect(page).toHaveURL(/[?&]cur=jpy(&|$)/);
  const group = page.getByRole('group', { name: 'Language', exact: true });
  const english = group.getByRole('link', { name: 'English' });
  await expect(english).toHaveAttribute('aria-current', 'true');
  // Unlike a select, the arrow keys move through nothing: nothing switches.
  await english.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Its address, for a new tab: this scenario (in yen), on the Japanese page.
  const japanese = group.getByRole('link', { name: '日本語' });
  await japanese.focus();
  const href = await japanese.getAttribute('href');
  expect(new URL(href ?? '').pathname).toMatch(/\/ja\/$/);
  expect(new URL(href ?? '').searchParams.get('cur')).toBe('jpy');
  const tab = await context.newPage();
  await tab.goto(href ?? '');
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(JA_TITLE);
  await expect(tab.getByRole('radio', { name: '円' })).toBeChecked();
  await tab.close();
  // Enter switches in place; the focus stays on the link, now the current one.
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  const current = page.getByRole('group', { name: '言語', exact: true }).getByRole('link', {
    name: '日本語',
  });
  await expect(current).toHaveAttribute('aria-current', 'true');
  await expect(current).toBeFocused();
  await expect(page.getByRole('radio', { name: '円' })).toBeChecked();
});

test('each language’s name stays on one line beside the title, at any width, and the switch does not move as the current one changes', async ({
  page,
}) => {
  for (const width of [360, 800, 1024, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/?lang=en');
    const group = page.getByRole('group', { name: 'Language', exact: true });
    const boxes = async () =>
      Promise.all(
        ['English', '日本語'].map(
          async (name) => (await group.getByRole('link', { name }).boundingBox())!,
        ),
      );
    const before = await boxes();
    // One line each: as tall as "English" (日本語 had stacked a character a line, 57–82 px).
    for (const b of before) expect(b.height, `${width} px`).toBeLessThan(40);
    await group.getByRole('link', { name: '日本語' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    const after = await Promise.all(
      ['English', '日本語'].map(
        async (name) =>
          (await page
            .getByRole('group', { name: '言語', exact: true })
            .getByRole('link', { name })
            .boundingBox())!,
      ),
    );
    // Each link as wide as before (no bold for the current one).
    for (const [i, b] of after.entries())
      expect(Math.abs(b.width - before[i]!.width), `${width} px`).toBeLessThan(1);
  }
});

test('yen: every amount converts at the reader’s exchange rate, and cur=jpy is in the link', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('radio', { name: 'Yen' }).check();
  await expect(page).toHaveURL(/[?&]cur=jpy(&|$)/);
  // The Monte Carlo's median at the default exchange rate.
  await monteCarloAnswer(page);
  await expect(page.getByTestId('credited')).toHaveText(enJpy.credited);
  await expect(page.locator('.axis-label', { hasText: '¥ tn, cumulative' }).first()).toBeVisible();
  // Moving the rate moves every amount: five steps down.
  const rate = page.getByRole('slider', { name: 'Exchange rate', exact: true });
  const step = Number(await rate.getAttribute('step'));
  const fx = DEFAULT_SCENARIO.usdJpy - 5 * step;
  const atFx = createFormatter('en', 'jpy', fx);
  await rate.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect(rate).toHaveAttribute('aria-valuetext', formatParam(atFx, 'yenPerUsd', fx, step));
  await expect(page).toHaveURL(new RegExp(`[?&]fx=${fx}(&|$)`));
  await monteCarloAnswer(page);
  await expect(page.getByTestId('credited')).toHaveText(
    expectedHeadline({ ...DEFAULT_SCENARIO, usdJpy: fx }, { currency: 'jpy' }).monteCarlo.credited,
  );

  await openJapanese(page, 'lang=ja&cur=jpy');
  await monteCarloAnswer(page);
  await expect(page.getByTestId('credited')).toHaveText(jaJpy.credited);
  await expect(page.locator('.axis-label', { hasText: '兆円（累計）' }).first()).toBeVisible();
});

test('the Japanese page has no English prose outside cited titles', async ({ page }) => {
  await openJapanese(page, 'lang=ja&cur=jpy');
  // Open every folded section, compare two scenarios and show every chart as a table, so
  // all of that text is checked too.
  for (const summary of await page.locator('details > summary').all()) await summary.click();
  await page.getByRole('button', { name: 'このシナリオをAとして固定' }).click();
  await page.getByRole('combobox', { name: 'シナリオ' }).selectOption('highRates');
  await expect(page.locator('.compare').getByText('米10年国債利回り').first()).toBeVisible();
  const showTable = page.getByRole('button', { name: '表で見る' });
  const charts = await showTable.count();
  const tables = await page.getByRole('table').count();
  while ((await showTable.count()) > 0) await showTable.first().click();
  // The table view is fetched on first use: check the text once every table is drawn.
  await expect(page.getByRole('table')).toHaveCount(charts + tables);
  await page.getByRole('button', { name: '約束額の出典' }).click();
  const prose = await englishProse(page);
  expect(prose).toEqual([]);
  // The probe itself finds English where there is some.
  await page
    .getByRole('group', { name: '言語', exact: true })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect((await englishProse(page)).length).toBeGreaterThan(20);
});

test('axe reports no violations on the Japanese page, in yen and in dark mode', async ({
  page,
}) => {
  // Two full passes of axe over the whole page (a few thousand nodes): slow on a busy machine.
  test.slow();
  await openJapanese(page, 'lang=ja&cur=jpy');
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openJapanese(page, 'lang=ja&theme=dark');
  await expectNoAxeViolations(page);
});

test('an embed in Japanese and yen: its chart, controls and link to the explorer', async ({
  page,
}) => {
  await page.goto('/?embed=1&chart=money&controls=pace&lang=ja&cur=jpy');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('img', { name: /^資金はどれだけ速く動くか/ })).toBeVisible();
  await expect(page.getByRole('slider', { name: '年間の選定額' })).toBeVisible();
  await expect(page.locator('.axis-label', { hasText: '兆円（累計）' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'エクスプローラー全体を開く' })).toHaveAttribute(
    'href',
    /lang=ja/,
  );
});

/** Runs of three or more English words outside elements marked lang="en". */
async function englishProse(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (n.parentElement?.closest('body [lang="en"], script, style, noscript')) continue;
      // Three English words in a row: a sentence or a label left untranslated.
      const m = text.match(/[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}/);
      if (m) found.push(m[0]);
    }
    for (const el of document.querySelectorAll('[aria-label], [title]')) {
      const label = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`;
      const m = label.match(/[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}/);
      if (m && !el.closest('body [lang="en"]')) found.push(m[0]);
    }
    return found;
  });
}

/**
 * Every piece of text that does not fit its box, measured in the page: HTML text runs
 * wider or taller than their element (outside scrollable containers), SVG labels outside
 * their chart, axis labels overlapping each other, and the page wider than the window.
 */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}: “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      problems.push(
        `page is ${document.documentElement.scrollWidth}px wide in a ${window.innerWidth}px window`,
      );
    const scrollable = (el: Element | null): boolean => {
      for (let a = el; a; a = a.parentElement) {
        const o = getComputedStyle(a).overflowX;
        if (o === 'auto' || o === 'scroll') return true;
      }
      return false;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || !(n.textContent ?? '').trim() || parent.closest('svg, script, style'))
        continue;
      // The skip link waits off-screen until it is focused.
      if (parent.closest('.skip')) continue;
      const box = parent.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) continue; // visually hidden for screen readers
      const range = document.createRange();
      range.selectNodeContents(n);
      const text = range.getBoundingClientRect();
      if (text.width === 0) continue;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden') continue;
      const outside =
        text.left < box.left - 1 ||
        text.right > box.right + 1 ||
        text.top < box.top - 2 ||
        text.bottom > box.bottom + 2;
      const offscreen = !scrollable(parent) && (text.left < -1 || text.right > innerWidth + 1);
      if (outside || offscreen) problems.push(`text leaves its box: ${describe(parent)}`);
    }
    for (const el of document.querySelectorAll('*')) {
      if (el.clientWidth < 2 || el.clientHeight < 2) continue; // visually hidden
      if (el.matches('input, textarea, select')) continue; // fields scroll their own text
      const s = getComputedStyle(el);
      if (
        (s.overflowX === 'hidden' || s.overflowX === 'clip') &&
        el.scrollWidth > el.clientWidth + 1
      )
        problems.push(`clipped: ${describe(el)}`);
    }
    for (const svg of document.querySelectorAll('svg[role="img"]')) {
      const frame = svg.getBoundingClientRect();
      const labels = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim());
      for (const label of labels) {
        const r = label.getBoundingClientRect();
        if (
          r.left < frame.left - 1 ||
          r.right > frame.right + 1 ||
          r.top < frame.top - 1 ||
          r.bottom > frame.bottom + 1
        )
          problems.push(`label outside its chart: ${describe(label)}`);
      }
      // Tooltip lines stay inside the tooltip.
      const tip = svg.querySelector('rect.tip')?.getBoundingClientRect();
      if (tip)
        for (const line of svg.querySelectorAll('.crosshair text')) {
          const r = line.getBoundingClientRect();
          if (r.left < tip.left - 1 || r.right > tip.right + 1)
            problems.push(`tooltip line leaves the tooltip: ${describe(line)}`);
        }
      // Tick labels of one axis must not overlap.
      for (const axis of svg.querySelectorAll('g.axis')) {
        const ticks = [...axis.querySelectorAll(':scope > g > text')].map((t) =>
          t.getBoundingClientRect(),
        );
        for (let i = 1; i < ticks.length; i++) {
          const a = ticks[i - 1]!;
          const b = ticks[i]!;
          const overlap =
            a.left < b.right - 1 &&
            b.left < a.right - 1 &&
            a.top < b.bottom - 1 &&
            b.top < a.bottom - 1;
          if (overlap) problems.push(`axis labels overlap: ${describe(axis)}`);
        }
      }
    }
    return problems;
  });
}

/** A screenshot kept with the test's results: the full page, or one element. */
async function keepScreenshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  element?: Locator,
): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  if (element) await element.screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

for (const lang of ['en', 'ja'] as const) {
  for (const width of [360, 1280]) {
    test(`no text overflows its box: ${lang}, ${width} px`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/?lang=${lang}${lang === 'ja' ? '&cur=jpy' : ''}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        lang === 'ja' ? JA_TITLE : /US\$550 bn pledge/,
      );
      for (const summary of await page.locator('details > summary').all()) await summary.click();
      await page
        .getByRole('button', {
          name: lang === 'ja' ? 'このシナリオをAとして固定' : 'Pin this scenario as A',
        })
        .click();
      await keepScreenshot(page, testInfo, `page-${lang}-${width}`);
      expect(await overflows(page)).toEqual([]);
      // The money chart's tooltip, with A's and the defaults' lines too, near the middle
      // and near the right edge.
      const capture = page.locator('figure[aria-labelledby="money-title"] rect.capture');
      const box = await capture.boundingBox();
      for (const at of [0.5, 0.95]) {
        await capture.hover({ position: { x: (box?.width ?? 100) * at, y: 10 } });
        await expect(page.locator('figure[aria-labelledby="money-title"] rect.tip')).toBeVisible();
        expect(await overflows(page)).toEqual([]);
      }
      await keepScreenshot(
        page,
        testInfo,
        `tooltip-${lang}-${width}`,
        page.locator('figure[aria-labelledby="money-title"]'),
      );
    });
  }
}

test('no text overflows in a Japanese embed at phone width', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/?embed=1&chart=japan&controls=pace,mix,rates&lang=ja&cur=jpy');
  await expect(page.getByRole('img', { name: /^日本の側から/ })).toBeVisible();
  await keepScreenshot(page, testInfo, 'embed-ja-360');
  expect(await overflows(page)).toEqual([]);
});

test('a broken link is explained in Japanese, as text', async ({ page }) => {
  await openJapanese(page, 'lang=ja&zz=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&pace=abc');
  const notice = page.getByRole('status', { name: 'このリンクについて' });
  await expect(notice).toContainText(
    '「zz」は無視しました：このエクスプローラーの設定ではありません。',
  );
  await expect(notice).toContainText('「年間の選定額」＝「abc」は有効な値ではないため無視し');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.getByRole('button', { name: '閉じる' }).click();
  await expect(notice).toHaveCount(0);
});

test('only the active language’s catalogue is fetched: its start-up part first, its later part with the sections; the other when the reader switches', async ({
  page,
}) => {
  const catalogues: string[] = [];
  page.on('request', (r) => {
    const m = /\/assets\/((?:en|ja)\.(?:core|later))-[^/]+\.js$/.exec(r.url());
    if (m?.[1]) catalogues.push(m[1]);
  });
  await openJapanese(page);
  await monteCarloAnswer(page);
  await expect(page.getByTestId('credited')).toHaveText(jaUsd.credited);
  // The page waits for its sections below the fold, which bring the later part.
  expect(catalogues).toEqual(['ja.core', 'ja.later']);
  await page
    .getByRole('group', { name: '言語', exact: true })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('US$550 bn pledge');
  expect(catalogues.slice(2).sort()).toEqual(['en.core', 'en.later']);
  // The sections below the fold speak English too.
  await expect(page.getByRole('heading', { name: 'Methodology and sources' })).toBeAttached();
});

test('on a phone, a Japanese table keeps its figures on one line and its words readable, its headings broken between phrases: it scrolls sideways in its box instead', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openJapanese(page);
  await monteCarloAnswer(page);
  await page.locator('#money').getByRole('button', { name: '表で見る' }).click();
  const goods = page.locator('table:has(tr[data-goods])');
  await goods.scrollIntoViewIfNeeded();
  await expect(page.locator('#money .table-wrap table')).toBeVisible();
  const measured = await page.evaluate(() => {
    const tables = [
      document.querySelector('table:has(tr[data-goods])')!,
      document.querySelector('#money .table-wrap table')!,
    ];
    /** The lines a cell's figure takes: the distinct tops of its text's boxes. */
    const lines = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    const fontSize = parseFloat(getComputedStyle(tables[0]!).fontSize);
    return {
      // The goods' shares and duties, and every figure of the money chart's table.
      figures: [...tables[0]!.querySelectorAll('.num'), ...tables[1]!.querySelectorAll('td')].map(
        (el) => ({ text: el.textContent?.trim(), lines: lines(el) }),
      ),
      // The money table's column headings, broken between phrases (not anywhere: six lines).
      headings: [...tables[1]!.querySelectorAll('thead th')].map((el) => ({
        text: el.textContent?.trim(),
        lines: lines(el),
      })),
      narrowest: Math.min(
        ...tables.flatMap((t) =>
          [...t.querySelectorAll('th, td')].map((c) => c.getBoundingClientRect().width),
        ),
      ),
      fontSize,
      scrolls: tables.map((t) => t.parentElement!.scrollWidth > t.parentElement!.clientWidth),
    };
  });
  expect(measured.figures.length).toBeGreaterThan(20);
  expect(measured.figures.filter((f) => f.lines !== 1)).toEqual([]);
  expect(measured.headings.length).toBeGreaterThan(5);
  expect(measured.headings.filter((h) => h.lines > 4)).toEqual([]);
  // Five characters at the least (the goods table had a column one character wide).
  expect(measured.narrowest).toBeGreaterThanOrEqual(5 * measured.fontSize);
  // The goods read as blocks on a phone (global.css `table.stack`); the chart's table scrolls.
  expect(measured.scrolls).toEqual([false, true]);
});

for (const lang of ['en', 'ja'] as const) {
  test(`the methodology's sources table reads as blocks on a phone, still a table: ${lang}, 360 px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const method = page.locator('section.method');
    await method.locator('details > summary').click();
    const table = method.getByRole('table');
    await expect(table).toBeVisible();
    // Still a table to a screen reader: its three column headers, a row header per parameter.
    await expect(table.getByRole('columnheader')).toHaveCount(3);
    const rows = table.locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(20);
    await expect(table.getByRole('rowheader')).toHaveCount(count);
    const tableBox = (await table.boundingBox())!;
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      const box = async (s: string) => (await row.locator(s).boundingBox())!;
      const name = await box('th');
      const value = await box('td.value');
      const source = await box('td:last-child');
      // The name and its default on one line, the source below them at the table's width.
      expect(Math.abs(name.y - value.y), `row ${i}`).toBeLessThan(2);
      expect(source.y, `row ${i}`).toBeGreaterThanOrEqual(name.y + name.height - 1);
      expect(source.width, `row ${i}`).toBeGreaterThan(tableBox.width - 2);
      // (Three columns in the phone's width made rows up to 580 px tall.)
      expect((await row.boundingBox())!.height, `row ${i}`).toBeLessThan(300);
    }
  });
}

for (const lang of ['en', 'ja'] as const) {
  test(`the projects, goods and comparison tables show every column in their box: ${lang}, 360 and 1280 px`, async ({
    page,
  }) => {
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await page
        .getByRole('button', {
          name: lang === 'ja' ? 'このシナリオをAとして固定' : 'Pin this scenario as A',
        })
        .click();
      const slider = page.getByRole('slider').first();
      await slider.focus();
      await slider.press('ArrowRight');
      const tables = page.locator(
        '[data-section="projects"] table, [data-section="goods"] table, [data-section="compare"] table',
      );
      await expect(tables).toHaveCount(4);
      for (const table of await tables.all()) {
        const where = `${width} px, ${await table.locator('caption').textContent()}`;
        // Nothing off to the side: the table fits its box (the projects' seven columns were
        // 1,129 px wide beside the controls; on a phone the others hid their last column).
        const [scroll, box] = await table.evaluate((el) => [
          el.scrollWidth,
          el.parentElement?.clientWidth ?? 0,
        ]);
        expect(scroll, where).toBeLessThanOrEqual(box + 1);
        // Still a table to a screen reader, whatever it looks like.
        expect(await table.getByRole('columnheader').count(), where).toBeGreaterThanOrEqual(4);
        // Laid out as blocks, each cell names its column where the headers are not shown.
        const headers = await table.locator('thead').boundingBox();
        const labelled = table.locator('td[data-label]').first();
        const label = await labelled.evaluate((el) => getComputedStyle(el, '::before').content);
        if ((headers?.height ?? 0) <= 1)
          expect(label, where).toContain((await labelled.getAttribute('data-label')) ?? '?');
        else expect(label, where).toBe('none');
      }
      // The goods and the comparison are tables on a wide screen, blocks on a phone; the
      // projects are blocks beside the controls too.
      const shown = async (section: string) =>
        ((await page.locator(`[data-section="${section}"] thead`).first().boundingBox())?.height ??
          0) > 1;
      expect(await shown('goods')).toBe(width > 640);
      expect(await shown('compare')).toBe(width > 640);
      expect(await shown('projects')).toBe(false);
      // A project's name and sector each have the row's whole width, the other fields beside
      // each other (in half a row a name was cut off at 360 px).
      const row = page.locator('[data-section="projects"] tbody tr').first();
      const widthOf = async (l: ReturnType<typeof row.locator>) =>
        (await l.boundingBox())?.width ?? NaN;
      const rowWidth = await widthOf(row);
      for (const cell of ['td.name', 'td.sector'])
        expect(await widthOf(row.locator(cell)), `${width} px: ${cell}`).toBeGreaterThan(
          rowWidth * 0.95,
        );
      expect(await widthOf(row.locator('td').nth(1)), `${width} px: the date`).toBeLessThan(
        rowWidth * 0.6,
      );
    }
  });
}
