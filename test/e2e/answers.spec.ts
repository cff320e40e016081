import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { expectHeadline, monteCarloAnswer } from './headline';
import { en, expectedHeadline, tEn } from './model';
import { RISK_FACTORS } from '../../src/model';

/** The Monte Carlo worker's script, however the build names it (assets/montecarlo.worker-<hash>.js). */
const WORKER = '**/montecarlo.worker*';
const expected = expectedHeadline();
const why = (page: Page) => page.getByTestId('why');

test('the headline is the central path, marked provisional, until the Monte Carlo has run; then its answer with the interval', async ({
  page,
}) => {
  // Hold the worker's script back, so the page is seen before the Monte Carlo has run.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(WORKER, async (route: Route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByTestId('provisional')).toHaveText(en['headline.provisional']);
  await expect(page.locator('section.headline')).toHaveAttribute('aria-busy', 'true');
  await expectHeadline(page, expected.central);
  await expect(why(page)).toContainText(en['headline.provisional']);
  await expectNoAxeViolations(page, 'section.headline', '[data-testid="why"]');

  release();
  await monteCarloAnswer(page);
  await expectHeadline(page, expected.monteCarlo);
  await expect(why(page)).not.toContainText(en['headline.provisional']);
});

test('the risk card draws the Monte Carlo’s answer beside the dashed central path, and says why: its parts add up to the headline’s chance', async ({
  page,
}) => {
  await page.goto('/');
  await monteCarloAnswer(page);
  const chart = page.locator('figure[aria-labelledby="risk-title"]');
  await expect(chart.locator('path.line.answer')).toHaveAttribute('d', /^M/);
  const dashes = await chart
    .locator('path.line.central')
    .evaluate((e) => getComputedStyle(e).strokeDasharray);
  expect(dashes).not.toBe('none');
  await expect(chart.getByText(en['series.mcShare'])).toBeVisible();
  const risk = (await page.getByTestId('risk').textContent())!;
  await expect(
    why(page).getByRole('heading', { name: tEn('why.heading', { risk }) }),
  ).toBeVisible();
  const parts = why(page).getByRole('listitem');
  await expect(parts).toHaveCount(RISK_FACTORS.length);
  const points: number[] = [];
  for (const [i, factor] of RISK_FACTORS.entries()) {
    const part = parts.nth(i);
    await expect(part).toBeVisible();
    // The names read as sentences begin ("The base threat rate"): compare case-blind.
    await expect(part).toContainText(new RegExp(en[`why.${factor}`], 'i'));
    // Each part is the Monte Carlo's, in points to a tenth.
    const shown = (await part.locator('.value').textContent())!;
    expect(shown).toBe(expected.format.points(expected.mc.why.parts[factor], 1));
    points.push(Number(shown.replace('−', '-').replace(/[^-\d.]/g, '')));
  }
  // Five parts rounded to a tenth of a point, the total to a whole percent.
  const sum = points.reduce((a, b) => a + b, 0);
  const headline = Number(risk.replace('%', ''));
  expect(Math.abs(sum - headline)).toBeLessThanOrEqual(0.5 + RISK_FACTORS.length * 0.05);
});

test('if the Monte Carlo worker cannot load, the runs move to the page, the headline still gets its interval, and the page says so', async ({
  page,
}) => {
  let blocked = 0;
  await page.route(WORKER, (route) => {
    blocked++;
    return route.fulfill({ status: 404 });
  });
  await page.goto('/');
  await monteCarloAnswer(page);
  expect(blocked).toBeGreaterThan(0);
  await expectHeadline(page, expected.monteCarlo);
  await expect(page.getByRole('status').filter({ hasText: en['mc.onPage'] })).toBeVisible();
  await expect(page.locator('path.area.band90')).toHaveAttribute('d', /^M/);
  // Later runs go to the page too: a preset still gets its Monte Carlo answer.
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('stalled');
  await monteCarloAnswer(page);
  await expect(page.getByTestId('risk-detail')).toContainText('95% interval');
  await expectNoAxeViolations(page, 'section.headline', 'p.mc');
});

/** What the page asks its Monte Carlo workers (their `run` requests) and the answers they send. */
declare global {
  interface Window {
    __asked: { id: number; paths: number; from: number; to: number }[];
    __answered: number[];
  }
}

test('once the first answer is in, the workers warm up at idle with a run the page drops: the answers shown stay, and a change after runs as usual', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.__asked = [];
    window.__answered = [];
    const Base = window.Worker;
    window.Worker = class extends Base {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (e: MessageEvent<{ type: string; id: number }>) => {
          if (e.data?.type === 'result') window.__answered.push(e.data.id);
        });
      }
      postMessage(message: unknown, ...rest: [StructuredSerializeOptions?]): void {
        const m = message as {
          type?: string;
          id: number;
          paths: number;
          range?: { from: number; to: number };
        };
        if (m?.type === 'run')
          window.__asked.push({
            id: m.id,
            paths: m.paths,
            from: m.range?.from ?? 0,
            to: m.range?.to ?? m.paths,
          });
        super.postMessage(message, ...rest);
      }
    };
  });
  await page.goto('/');
  await monteCarloAnswer(page);
  const shown = await page.getByTestId('risk-detail').textContent();
  // The page's first run (1,000 paths), then the warm-up's 2,000 split between the two workers.
  await expect
    .poll(() => page.evaluate(() => window.__asked.filter((r) => r.paths === 2000)))
    .toEqual([
      expect.objectContaining({ paths: 2000, from: 0, to: 1000 }),
      expect.objectContaining({ paths: 2000, from: 1000, to: 2000 }),
    ]);
  const asked = await page.evaluate(() => window.__asked);
  expect(asked[0]).toMatchObject({ paths: 1000, from: 0, to: 1000 });
  const warmUp = asked.find((r) => r.paths === 2000)!.id;
  await expect.poll(() => page.evaluate(() => window.__answered)).toContain(warmUp);
  // Its answer is dropped: the page still shows the first run's.
  await expect(page.getByTestId('risk-detail')).toHaveText(shown ?? '');
  await expect(page.getByTestId('risk-detail')).toContainText('(1,000 Monte Carlo paths)');
  // A change runs its own, and the page shows its answer.
  await page.getByRole('slider', { name: en['param.paceUsdBnPerYear.label'] }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(() => window.__asked.at(-1)?.id)).toBeGreaterThan(warmUp);
  const change = await page.evaluate(() => window.__asked.at(-1)!.id);
  await expect.poll(() => page.evaluate(() => window.__answered)).toContain(change);
  await monteCarloAnswer(page);
  await expect(page.getByTestId('risk-detail')).toContainText('(1,000 Monte Carlo paths)');
});
