import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { expectHeadline, monteCarloAnswer } from './headline';
import { en, expectedHeadline } from './model';
import type { Locator, Page } from '@playwright/test';

const bandPath = (page: Page) => page.locator('path.area.band90').getAttribute('d');
/** The money chart's credited line after the data's date: what the assumptions move. */
const projectedCredited = (page: Page) =>
  page
    .locator('figure[aria-labelledby="money-title"] path.line.credited.projection')
    .getAttribute('d');

async function ready(page: Page, url = '/') {
  await page.goto(url);
  // The Monte Carlo has run in the worker, drawn its bands and given the headline its answer.
  await expect(page.locator('path.area.band90')).toHaveAttribute('d', /^M/, { timeout: 15_000 });
  await monteCarloAnswer(page);
}

/** The explorer at `width` px wide, its sections in and the Monte Carlo's answer drawn. */
async function answeredAt(page: Page, width: number, url = '/') {
  await page.setViewportSize({ width, height: 720 });
  await page.goto(url);
  await monteCarloAnswer(page);
}

/** The element's distance from the top of the view in each of the next `frames` frames, px. */
const topsOver = (target: Locator, frames: number) =>
  target.evaluate(async (el, n) => {
    const tops: number[] = [];
    for (let i = 0; i < n; i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      tops.push(Math.round(el.getBoundingClientRect().top));
    }
    return tops;
  }, frames);

test('the whole explorer passes axe once the Monte Carlo has drawn its bands', async ({ page }) => {
  // axe over the whole page with every folded section open: slow on a busy machine.
  test.slow();
  await ready(page);
  await expectHeadline(page, expectedHeadline().monteCarlo);
  await page
    .locator('details')
    .evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
  await expectNoAxeViolations(page);
});

test('choosing a preset changes the answers and the URL', async ({ page }) => {
  await ready(page);
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('stalled');
  await expect(page.getByTestId('behind')).toHaveText(/^\d+ months$/);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveAccessibleDescription(
    en['preset.stalled.description'],
  );
  await expect(page).toHaveURL(/[?&]pace=0(&|$)/);
  await expectNoAxeViolations(page);
});

test('dragging a slider with the mouse moves the charts; the bands refresh after the drag', async ({
  page,
}) => {
  await ready(page);
  const before = await bandPath(page);
  const credited = await projectedCredited(page);
  const slider = page.getByRole('slider', { name: 'Selections a year' });
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  // From about US$400bn a year down to about US$300bn: well away from the default pace.
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => projectedCredited(page)).not.toBe(credited);
  await expect(page).toHaveURL(/[?&]pace=/);
  await expect.poll(() => bandPath(page), { timeout: 15_000 }).not.toBe(before);
  await expectNoAxeViolations(page);
});

test('undo and redo, by button and by keyboard', async ({ page }) => {
  await ready(page);
  const slider = page.getByRole('slider', { name: 'Pledge', exact: true });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', 'US$560bn');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(slider).toHaveAttribute('aria-valuetext', 'US$550bn');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(slider).toHaveAttribute('aria-valuetext', 'US$560bn');
  await page.keyboard.press('Control+z');
  await expect(slider).toHaveAttribute('aria-valuetext', 'US$550bn');
  await page.keyboard.press('Control+Shift+Z');
  await expect(slider).toHaveAttribute('aria-valuetext', 'US$560bn');
  await expectNoAxeViolations(page);
});

test('editing and adding a project changes the numbers', async ({ page }) => {
  await ready(page);
  const credited = await page.getByTestId('credited').textContent();
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('stalled');
  await expect(page.getByTestId('credited')).not.toHaveText(credited!);
  const stalled = await page.getByTestId('credited').textContent();
  const value = page.getByRole('spinbutton', {
    name: 'Value, US$ bn: Ohio 9.2 GW gas power plant (SB Energy)',
  });
  await value.fill('3.3');
  await value.press('Enter');
  await expect(page.getByText('Edited by you')).toBeVisible();
  await expect(page.getByTestId('credited')).not.toHaveText(stalled!);
  await page.getByRole('button', { name: 'Add a project' }).click();
  await expect(
    page
      .getByRole('table', { name: /Announced projects|Projects selected so far/ })
      .getByRole('row'),
  ).toHaveCount(7);
  await expect(page.getByText('Added by you')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a source chip opens its source', async ({ page }) => {
  await ready(page);
  await page.getByRole('button', { name: 'Source of Pledge' }).click();
  const note = page.getByRole('note');
  await expect(note).toContainText('The White House');
  await expect(note.getByRole('link', { name: 'Open the source' })).toHaveAttribute(
    'href',
    /whitehouse\.gov/,
  );
  // The panel is on top of the controls after it, which it overlaps (each control is painted
  // apart: src/styles/global.css): a point near its bottom corners is the panel's.
  const box = (await note.boundingBox())!;
  // Whole on the page, not cut by its left edge.
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  const onTop = await page.evaluate(
    ({ x, y, w, h }) =>
      [
        [x + 4, y + h - 4],
        [x + w - 4, y + h - 4],
      ].every(([px, py]) => !!document.elementFromPoint(px!, py!)?.closest('[role="note"]')),
    { x: box.x, y: box.y, w: box.width, h: box.height },
  );
  expect(onTop).toBe(true);
  await expectNoAxeViolations(page);
  // Escape closes it from its link too, and puts the focus back on the chip.
  const chip = page.getByRole('button', { name: 'Source of Pledge' });
  await note.getByRole('link', { name: 'Open the source' }).focus();
  await page.keyboard.press('Escape');
  await expect(note).toHaveCount(0);
  await expect(chip).toBeFocused();
  await expect(chip).toHaveAttribute('aria-expanded', 'false');
});

test('hovering the chart shows the crosshair tooltip', async ({ page }) => {
  await ready(page);
  const capture = page.locator('figure[aria-labelledby="money-title"] rect.capture');
  await capture.scrollIntoViewIfNeeded();
  const box = (await capture.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  const tip = page.locator('figure[aria-labelledby="money-title"] .tip-date');
  await expect(tip).toHaveText(/^[A-Z][a-z]{2} 20\d\d$/);
  // Escape dismisses it with the pointer still on the chart (WCAG 1.4.13).
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
});

test('on a touch screen the chart’s tooltip goes with a tap anywhere else', async ({
  openFresh,
}) => {
  const page = await openFresh('/', {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const capture = page.locator('figure[aria-labelledby="money-title"] rect.capture');
  await capture.scrollIntoViewIfNeeded();
  const box = (await capture.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width * 0.7, box.y + box.height * 0.5);
  const tip = page.locator('figure[aria-labelledby="money-title"] .tip-date');
  await expect(tip).toBeVisible();
  // A tap on the chart's title, outside the plot.
  const title = (await page.locator('#money-title').boundingBox())!;
  await page.touchscreen.tap(title.x + 10, title.y + title.height / 2);
  await expect(tip).toHaveCount(0);
});

test('the dark theme can be chosen and passes axe', async ({ page }) => {
  await ready(page);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(20, 23, 27)');
  await expectNoAxeViolations(page);
});

test('at 360 px wide nothing scrolls sideways', async ({ page }) => {
  test.slow(); // axe over the whole page with every folded section open
  await page.setViewportSize({ width: 360, height: 740 });
  await ready(page);
  await page
    .locator('details')
    .evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test('on a phone, in either language, each slider’s value stays on one line (its label wraps instead)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const url of ['/', '/ja/']) {
    await ready(page, url);
    const values = await page.locator('.slider output').evaluateAll((outputs) =>
      outputs.map((o) => {
        const range = document.createRange();
        range.selectNodeContents(o);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return { text: o.textContent, lines: lines.size };
      }),
    );
    // (A slider in a folded section has no line at all.)
    expect(values.filter((v) => v.lines === 1).length, url).toBeGreaterThan(5);
    expect(
      values.filter((v) => v.lines > 1),
      url,
    ).toEqual([]);
  }
});

test('on a phone, in either theme, each date marker’s label comes over the chart’s lines on a halo of the page’s colour wide enough to part them from the text, and clear of the labels above and below it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await ready(page);
  for (const theme of ['light', 'dark']) {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
    const labels = await page.evaluate(() => {
      const bg = getComputedStyle(document.body).backgroundColor;
      return ['money', 'risk'].flatMap((id) => {
        const svg = document.querySelector(`figure#${id} svg[role="img"]`)!;
        const lines = [...svg.querySelectorAll('path.line')];
        const texts = [...svg.querySelectorAll<SVGTextElement>('.rule text')];
        const box = (t: SVGTextElement) => t.getBoundingClientRect();
        return texts.map((text) => {
          const style = getComputedStyle(text);
          const size = parseFloat(style.fontSize);
          const halo = parseFloat(style.strokeWidth) / 2;
          return {
            label: `${id}: ${text.textContent}`,
            // A label stacked above or below another (their spans across overlap) is a line of
            // type and a halo away from it: its halo clear of the other's letters.
            clear: texts.every((other) => {
              if (other === text) return true;
              const [a, b] = [box(text), box(other)];
              if (a.right <= b.left || b.right <= a.left) return true;
              const gap = Math.abs(
                Number(text.getAttribute('y')) - Number(other.getAttribute('y')),
              );
              return gap >= size + halo;
            }),
            // Drawn after every line of the chart, so over them.
            over: lines.every(
              (l) => l.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING,
            ),
            halo: style.paintOrder.startsWith('stroke') && style.stroke === bg,
            width: parseFloat(style.strokeWidth),
          };
        });
      });
    });
    // The money chart's MOU, selections, data date and deadline; the risk chart's too.
    expect(labels.length).toBeGreaterThanOrEqual(6);
    for (const l of labels) {
      expect(l.over, l.label).toBe(true);
      expect(l.halo, l.label).toBe(true);
      expect(l.clear, l.label).toBe(true);
      // 3 px each side of a glyph: with less, a line shows between the letters (as it did
      // through "Data to 9 Oct 2026" and "End of term" at 360 px with 1.5 px).
      expect(l.width, l.label).toBeGreaterThanOrEqual(6);
    }
  }
});

test('a date marker’s line starts below any label above its own that lies across it: no such label has a line through it or between its words, at a phone’s width or a wide one, in either language', async ({
  page,
}) => {
  for (const [width, url] of [
    [360, '/'],
    [1280, '/'],
    [360, '/ja/'],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await ready(page, url);
    const found = await page.evaluate(() => {
      const crossings: string[] = [];
      let labels = 0;
      for (const svg of document.querySelectorAll('figure.card svg[role="img"]')) {
        const rules = [...svg.querySelectorAll('g.rule')];
        for (const rule of rules) {
          const text = rule.querySelector('text');
          if (!text) continue;
          labels++;
          const t = text.getBoundingClientRect();
          for (const other of rules) {
            if (other === rule) continue;
            // A line starts below the labels above its own, and passes a label below its own
            // (it still reaches its own label).
            const below =
              Number(text.getAttribute('y')) <
              Number(other.querySelector('text')?.getAttribute('y'));
            if (!below) continue;
            for (const line of other.querySelectorAll('line')) {
              const l = line.getBoundingClientRect();
              const across = l.left > t.left + 1 && l.right < t.right - 1;
              const overlap = Math.min(l.bottom, t.bottom) - Math.max(l.top, t.top);
              if (across && overlap > 1)
                crossings.push(`${text.textContent} crossed by ${other.textContent}'s line`);
            }
          }
        }
      }
      return { crossings, labels };
    });
    // The money chart's MOU, selections, data date and deadline; the risk and tariff charts'.
    expect(found.labels, `${url} at ${width} px`).toBeGreaterThanOrEqual(8);
    expect(found.crossings, `${url} at ${width} px`).toEqual([]);
  }
});

test('the risk chart can show the expected extra duties, and every chart can be read as a table', async ({
  page,
}) => {
  await ready(page);
  const risk = page.locator('figure[aria-labelledby="risk-title"]');
  await risk.getByRole('radio', { name: 'expected extra duties' }).check();
  // The answer (the Monte Carlo's expected duties) and the central path's, dashed.
  await expect(risk.locator('path.line.answer')).toHaveAttribute('d', /^M/);
  await expect(risk.locator('path.line.central')).toHaveAttribute('d', /^M/);
  await expect(risk.getByText(en['series.duties'])).toBeVisible();
  const showTable = page.getByRole('button', { name: 'Show as table' });
  const charts = await showTable.count();
  // The tables that are always tables (the projects, the goods classes).
  const tables = await page.getByRole('table').count();
  expect(charts).toBeGreaterThanOrEqual(6);
  // Each click turns its button into "Show as chart", so always click the first one left.
  while ((await showTable.count()) > 0) await showTable.first().click();
  await expect(page.getByRole('table')).toHaveCount(charts + tables);
  await expect(page.getByRole('button', { name: 'Show as chart' })).toHaveCount(charts);
  await expectNoAxeViolations(page);
});

test('jumping to a section far below moves nothing: the sections above keep the size they were drawn with, on a wide screen and a phone', async ({
  page,
}) => {
  for (const width of [1280, 390]) {
    // The answers in (they change what some sections show, whatever their drawn size).
    await answeredAt(page, width);
    // The button's place, frame by frame, after a jump straight to it (the sections between
    // were never drawn on screen: src/styles/global.css skips them while off-screen).
    const places = await page.evaluate(async () => {
      const pin = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Pin this scenario as A',
      );
      if (!pin) return [];
      pin.scrollIntoView({ block: 'center' });
      const ys: number[] = [];
      for (let i = 0; i < 8; i++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        ys.push(Math.round(pin.getBoundingClientRect().y));
      }
      return ys;
    });
    expect(places, `at ${width} px`).toHaveLength(8);
    expect(new Set(places).size, `at ${width} px: ${places.join(', ')}`).toBe(1);
  }
});

test('a change moves nothing below the tornado while its sweep is worked out: the reader’s next click lands where they aimed, on a wide screen and a phone', async ({
  page,
}) => {
  for (const width of [1280, 390]) {
    await answeredAt(page, width);
    // The sweep is drawn; the reader is at the projects, below it.
    await expect(page.locator('#tornado svg')).not.toHaveCount(0);
    const add = page.getByRole('button', { name: 'Add a project' });
    await add.scrollIntoViewIfNeeded();
    // The sections near the view are laid out as they come into it (a skipped one that
    // changed while off-screen takes its new size then): wait for the button to stand still.
    await expect.poll(async () => new Set(await topsOver(add, 10)).size).toBe(1);
    // A change the projects table does not show (the pace, typed), made without scrolling;
    // then "Add a project"'s place, frame by frame, for 2 s: the new sweep is worked out and drawn.
    const places = await page.evaluate(async () => {
      const add = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Add a project',
      );
      const pace = document.getElementById('exact-paceUsdBnPerYear') as HTMLInputElement | null;
      if (!add || !pace) return [];
      pace.value = String(Number(pace.value) + 20);
      pace.dispatchEvent(new Event('change', { bubbles: true }));
      const ys: number[] = [];
      for (const start = performance.now(); performance.now() - start < 2000;) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        ys.push(add.getBoundingClientRect().y);
      }
      return ys;
    });
    expect(places.length, `at ${width} px`).toBeGreaterThan(10);
    // Less than a pixel: the browser's scroll anchoring makes up a section's change of height
    // above the view in whole pixels, so a change of 20.4 px (the headline's note, above)
    // leaves 0.6 px, which no click can tell.
    expect(Math.max(...places) - Math.min(...places), `at ${width} px`).toBeLessThan(1);
  }
});

// An embed's "open in the explorer" links to its chart: #money, #japan, … (src/embed).
for (const width of [1280, 390]) {
  test(`a link to one chart opens the page on that chart, though the sections above it arrive after, at ${width} px`, async ({
    page,
  }) => {
    for (const id of ['money', 'japan', 'tornado']) {
      const chart = page.locator(`#${id}`);
      // A page of its own each time (from one link to another of the same page, only the
      // hash would change: the browser would scroll once, on a page long settled).
      await page.goto('about:blank');
      await answeredAt(page, width, `/#${id}`);
      // Once the page is still, the chart is at the top of the view (to the pixel) ...
      await expect
        .poll(async () => Math.abs((await topsOver(chart, 1))[0]!), {
          message: `#${id} at ${width} px`,
        })
        .toBeLessThanOrEqual(1);
      // ... and stays there once the page has let it go (a second still, then ten frames).
      await page.waitForTimeout(1500);
      const tops = await topsOver(chart, 10);
      expect(
        Math.max(...tops.map(Math.abs)),
        `#${id} at ${width} px: ${tops.join(', ')}`,
      ).toBeLessThanOrEqual(1);
    }
  });
}

test('on a phone, the projects and goods tables keep their caption whole, wrapped to the width in view and kept there, with no column off to the side', async ({
  page,
}) => {
  for (const url of ['/', '/ja/']) {
    await answeredAt(page, 390, url);
    for (const name of ['projects', 'goods']) {
      const caption = page.locator(`[data-section="${name}"] caption`).first();
      await caption.scrollIntoViewIfNeeded();
      const edges = await caption.evaluate((c) => {
        const box = c.closest('.scroll')!;
        const at = () => {
          const a = c.getBoundingClientRect();
          const b = box.getBoundingClientRect();
          return [Math.round(a.left - b.left) + 0, Math.round(b.right - a.right) + 0];
        };
        const before = at();
        box.scrollLeft = box.scrollWidth;
        const after = at();
        box.scrollLeft = 0;
        return { before, after, wider: box.scrollWidth > box.clientWidth };
      });
      expect(edges, `${name} at ${url}`).toMatchObject({ before: [0, 0], after: [0, 0] });
      // (Both read as blocks on a phone now, every column in the box: global.css `table.stack`.)
      expect(edges.wider, `${name} at ${url}`).toBe(false);
    }
  }
});

test('on a phone, a chart’s table scrolled sideways keeps each row’s month in view beside its figures, in either language', async ({
  page,
}) => {
  for (const url of ['/', '/ja/']) {
    await answeredAt(page, 360, url);
    const money = page.locator('figure#money');
    await money.getByRole('button', { name: /^(Show as table|表で見る)$/ }).click();
    const wrap = money.locator('.table-wrap');
    await expect(wrap.locator('tbody th[scope="row"]').first()).toBeVisible();
    const at = await wrap.evaluate((box) => {
      const month = box.querySelector('tbody th[scope="row"]')!;
      const figure = box.querySelector('tbody td')!;
      const left = () =>
        Math.round(month.getBoundingClientRect().left - box.getBoundingClientRect().left);
      const figureLeft = () => figure.getBoundingClientRect().left;
      const before = { month: left(), figure: figureLeft() };
      box.scrollLeft = box.scrollWidth;
      const after = { month: left(), figure: figureLeft() };
      box.scrollLeft = 0;
      return { before, after, wider: box.scrollWidth > box.clientWidth };
    });
    // The money table (twelve columns once the Monte Carlo is in) is wider than a phone.
    expect(at.wider, url).toBe(true);
    // The figures moved; the month stayed at the table's left edge.
    expect(at.after.figure, url).toBeLessThan(at.before.figure - 100);
    expect(at.after.month, url).toBe(at.before.month);
  }
});
