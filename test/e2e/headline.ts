/** Reading the headline as a reader does: wait for the answer, then read its figures. */
import { expect, type Page } from '@playwright/test';
import type { Headline } from './model';

/** Waits until the headline shows the Monte Carlo's answer for the scenario on screen. */
export async function monteCarloAnswer(page: Page, timeout = 15_000): Promise<void> {
  await expect(page.locator('section.headline')).toHaveAttribute('aria-busy', 'false', {
    timeout,
  });
  await expect(page.getByTestId('provisional')).toHaveCount(0);
}

/** The headline's figures as shown. */
export async function readHeadline(page: Page): Promise<Headline> {
  const text = async (id: string) => ((await page.getByTestId(id).textContent()) ?? '').trim();
  return {
    credited: await text('credited'),
    risk: await text('risk'),
    riskDetail: (await text('risk-detail')).replace(/\s+/g, ' '),
    duties: await text('duties'),
  };
}

/** Expects the headline to show these figures. */
export async function expectHeadline(page: Page, expected: Headline): Promise<void> {
  await expect(page.getByTestId('credited')).toHaveText(expected.credited);
  await expect(page.getByTestId('risk')).toHaveText(expected.risk);
  await expect(page.getByTestId('risk-detail')).toHaveText(expected.riskDetail);
  await expect(page.getByTestId('duties')).toHaveText(expected.duties);
}
