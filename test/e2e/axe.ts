/** axe-core on the page as it is now (or on the parts a journey touched): no violations allowed. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** @param within CSS selectors of the parts to check (the whole page when none). */
export async function expectNoAxeViolations(page: Page, ...within: string[]): Promise<void> {
  // axe.run in the page and its frames (legacy mode), not runPartial in each frame and then
  // finishRun in a blank page of its own: the same results in 3 s rather than 7 s a scan of
  // the whole page on a two-core machine. Legacy mode leaves out frames from another origin,
  // and a page of ours has none (the fixture fails a test on any request to another origin).
  // Only the violations are read, so only they are worked up in full: axe still runs every
  // rule on every node, but gives the passes one example node each, not a unique selector and
  // an HTML snippet for each of the page's thousands (1.6 s rather than 3.0–4.5 s a scan).
  // With WCAG 2.2's target size (2.5.8, AA), which axe leaves off by default: every control at
  // least 24 px square, or with room around it.
  let builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
  for (const selector of within) builder = builder.include(selector);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}
