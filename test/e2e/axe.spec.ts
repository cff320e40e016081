/**
 * The axe helper every page test relies on still fails a page that breaks a rule, and still
 * names every node that breaks it, though it works up only the violations.
 */
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';

test('the axe helper fails a page with violations and names each offending node', async ({
  page,
}) => {
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1>' +
      '<button id="a"></button><button id="b"></button><p>fine</p></main></body></html>',
  );
  const failure = await expectNoAxeViolations(page).then(
    () => null,
    (err: Error) => err.message,
  );
  expect(failure).toContain('button-name: #a, #b');
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1>' +
      '<button>Named</button></main></body></html>',
  );
  await expectNoAxeViolations(page);
});
