import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { expectHeadline, monteCarloAnswer, readHeadline } from './headline';
import {
  DATA_AS_OF,
  DATA_VERSION,
  DEFAULT_SCENARIO,
  LINK_VERSIONS,
  MODEL_VERSION,
  RELEASES,
  expectedHeadline,
  formatEn,
  tEn,
} from './model';
import { presetScenario } from '../../src/model';

const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'About this link' });
const scenario = (page: Page) => page.getByRole('combobox', { name: 'Scenario' });
const projects = (page: Page) =>
  page.getByRole('table', { name: /Projects selected so far/ }).locator('tbody tr');
/** A signed figure from a notice ("−US$238bn", "+24.5 pt") as a number. */
const signed = (text: string) => Number(text.replace('−', '-').replace(/[^-+\d.]/g, ''));

test('a shared link reopens the same scenario with the same numbers in a fresh page', async ({
  page,
  openFresh,
  baseURL,
}) => {
  await page.goto('/');
  await scenario(page).selectOption('washington');
  await expect(page).toHaveURL(/gw=0\.25/);
  await expect(page).toHaveURL(/[?&]c=/);
  await monteCarloAnswer(page);
  const link = page.url();
  const numbers = await page.getByTestId('summary').textContent();
  const fresh = await openFresh(link);
  await monteCarloAnswer(fresh);
  await expect(fresh.getByTestId('summary')).toHaveText(numbers!);
  await expect(fresh.getByRole('combobox', { name: 'Scenario' })).toHaveValue('washington');
  await expect(notice(fresh)).toHaveCount(0);
  expect(baseURL).toBeTruthy();
});

test('a hostile link is explained as text, never run as HTML, and the page still works', async ({
  page,
}) => {
  test.slow(); // axe scans the whole page (28–31 s on a busy two-core machine)
  await page.goto(
    '/?v=1&pl=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&%3Cb%3Ebold%3C%2Fb%3E=1&mix=9,9,9&sel=%5B%5B',
  );
  await expect(notice(page)).toContainText('Ignored “Pledge” = “<img src=x onerror=alert(1)>”');
  await expect(notice(page)).toContainText('Ignored “<b>bold</b>”');
  await expect(notice(page)).toContainText('did not add up to 100%');
  await expect(notice(page).locator('img, b')).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Pledge', exact: true })).toHaveAttribute(
    'aria-valuetext',
    'US$550bn',
  );
  await expectNoAxeViolations(page);
  await notice(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice(page)).toHaveCount(0);
});

// Two project rows with the same id, as version 1 wrote them (JSON text) and as version 2
// writes them (base64url JSON): a link like this once left the page blank.
const twins = [
  ['x', '2026-01-01', 'gas', 10, 'A'],
  ['x', '2026-02-01', 'gas', 10, 'B'],
];
for (const [layout, query] of [
  ['version 1', `v=1&sel=${encodeURIComponent(JSON.stringify(twins))}`],
  ['version 2', `${LINK_VERSIONS}&sel=${Buffer.from(JSON.stringify(twins)).toString('base64url')}`],
] as const) {
  test(`a ${layout} link with two projects of one id keeps both and says one was renamed`, async ({
    page,
    openFresh,
  }) => {
    await page.goto(`/?${query}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('US$550 bn pledge');
    await expect(projects(page)).toHaveCount(2);
    await expect(page.getByRole('textbox', { name: 'Name of project 1' })).toHaveValue('A');
    await expect(page.getByRole('textbox', { name: 'Name of project 2' })).toHaveValue('B');
    const row2 = tEn('field.row', { table: tEn('field.selections'), n: '2' });
    await expect(notice(page)).toContainText(tEn('notice.renamed', { value: 'x', key: row2 }));
    // The page works: the Monte Carlo answers, and the link it writes reopens without a notice.
    await monteCarloAnswer(page);
    await expect(page.getByTestId('risk-detail')).toContainText('95% interval');
    const fresh = await openFresh(page.url());
    await expect(projects(fresh)).toHaveCount(2);
    await expect(fresh.getByRole('textbox', { name: 'Name of project 2' })).toHaveValue('B');
    await expect(notice(fresh)).toHaveCount(0);
  });
}

test('a link made before the model and the data changed says both, and splits the change', async ({
  page,
}) => {
  await page.goto('/?v=1&m=0&c=500_30');
  const release1 = RELEASES.find((r) => r.version === '1')!;
  const { centralCreditedUsdBn, centralRisk } = expectedHeadline();
  await expect(notice(page)).toContainText(
    tEn('notice.changed.both', {
      oldModel: '0',
      newModel: MODEL_VERSION,
      oldData: '1',
      oldAsOf: formatEn.date(release1.dataAsOf),
      newData: DATA_VERSION,
      newAsOf: formatEn.date(DATA_AS_OF),
    }),
  );
  await expect(notice(page)).toContainText(
    tEn('notice.changed.numbers', {
      oldCredited: 'US$500bn',
      newCredited: formatEn.money(centralCreditedUsdBn),
      oldRisk: '30.0%',
      newRisk: formatEn.share(centralRisk),
    }),
  );
  // The two parts of each change add up to the whole change, to the rounding of what is shown
  // (amounts to three figures, points to a tenth).
  const text = (await notice(page).textContent()) ?? '';
  const split =
    /new data account for ([−+]US\$[\d.]+bn) of credit and ([−+][\d.]+ pt) of the chance; model changes for ([−+]US\$[\d.]+bn) and ([−+][\d.]+ pt)/.exec(
      text,
    );
  expect(split, text).not.toBeNull();
  const [, creditData, riskData, creditModel, riskModel] = split!.map(signed);
  expect(Math.abs(creditData! + creditModel! - (centralCreditedUsdBn - 500))).toBeLessThan(1.5);
  expect(Math.abs(riskData! + riskModel! - (centralRisk * 100 - 30))).toBeLessThan(0.2);
});

test('a link made before a data release alone says the data changed, not the model', async ({
  page,
}) => {
  await page.goto(`/?v=2&m=${MODEL_VERSION}&d=1&c=500_30`);
  await expect(notice(page)).toContainText(
    tEn('notice.changed.data', {
      oldData: '1',
      oldAsOf: formatEn.date(RELEASES[0]!.dataAsOf),
      newData: DATA_VERSION,
      newAsOf: formatEn.date(DATA_AS_OF),
    }),
  );
  await expect(notice(page)).not.toContainText('Of the change');
});

test('a link made before a model change alone says the model changed, not the data', async ({
  page,
}) => {
  await page.goto(`/?v=2&m=1&d=${DATA_VERSION}&c=500_30`);
  await expect(notice(page)).toContainText(
    tEn('notice.changed.model', { oldModel: '1', newModel: MODEL_VERSION }),
  );
  await expect(notice(page)).not.toContainText('Of the change');
});

test('a version-1 link with the retired tariff and hazard inputs is explained and brought up to date', async ({
  page,
}) => {
  await page.goto('/?v=1&dt=0.15&pt=0.3&bh=0.05');
  for (const [key, value] of [
    ['field.retired.dt', '0.15'],
    ['field.retired.pt', '0.3'],
  ] as const)
    await expect(notice(page)).toContainText(tEn('notice.retired', { key: tEn(key), value }));
  // The base hazard becomes the threat rate that implements to the same hazard.
  const threatRate = 0.05 / DEFAULT_SCENARIO.implementedShare;
  await expect(page).toHaveURL(new RegExp(`[?&]tr=${threatRate}(&|$)`));
  await expect(page).not.toHaveURL(/[?&](dt|pt|bh)=/);
  const lines = await notice(page).getByRole('listitem').allTextContents();
  // One line says the layout was brought up to date (from version 1), and one names the base hazard.
  expect(lines.filter((l) => l.includes('older layout'))).toEqual([
    tEn('notice.migrated', { value: '1' }),
  ]);
  expect(lines.some((l) => l.includes(tEn('field.retired.bh')))).toBe(true);
});

test('a link with many problems lists five, then how many more, and shows them all on request', async ({
  page,
}) => {
  const unknown = ['a1', 'b2', 'c3', 'd4', 'e5', 'f6', 'g7', 'h8'];
  await page.goto(`/?${LINK_VERSIONS}&${unknown.map((k) => `${k}=1`).join('&')}`);
  const items = notice(page).getByRole('listitem');
  await expect(items).toHaveCount(6);
  await expect(items.last()).toContainText(tEn('notice.more', { n: '3' }));
  await notice(page)
    .getByRole('button', { name: tEn('notice.showAll', { n: '8' }) })
    .click();
  await expect(items).toHaveCount(8);
  for (const key of unknown)
    await expect(notice(page)).toContainText(tEn('notice.unknown', { key }));
  await expectNoAxeViolations(page, '.notice');
});

test('presets push history entries: back and forward move between scenarios', async ({ page }) => {
  await page.goto('/');
  await scenario(page).selectOption('stalled');
  await expect(page).toHaveURL(/pace=0/);
  await scenario(page).selectOption('highRates');
  await expect(page).toHaveURL(/ust=0\.055/);
  await page.goBack();
  await expect(scenario(page)).toHaveValue('stalled');
  await page.goForward();
  await expect(scenario(page)).toHaveValue('highRates');
});

test('preset, preset, pin, then back: the pin goes, the second preset stays; forward brings the pin back', async ({
  page,
}) => {
  const pinButton = page.getByRole('button', { name: 'Pin this scenario as A' });
  const unpinButton = page.getByRole('button', { name: 'Stop comparing' });
  const highRates = expectedHeadline(presetScenario('highRates')).monteCarlo;
  await page.goto('/');
  await scenario(page).selectOption('stalled');
  await expect(page).toHaveURL(/pace=0/);
  await monteCarloAnswer(page);
  const stalled = await readHeadline(page);
  await scenario(page).selectOption('highRates');
  await monteCarloAnswer(page);
  await expectHeadline(page, highRates);
  await pinButton.click();
  await expect(unpinButton).toBeVisible();
  await expect(page).toHaveURL(/[?&]a=/);

  await page.goBack();
  await expect(pinButton).toBeVisible();
  await expect(unpinButton).toHaveCount(0);
  await expect(page.locator('path.line.a-line')).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&]a=/);
  await expect(scenario(page)).toHaveValue('highRates');
  await monteCarloAnswer(page);
  await expectHeadline(page, highRates);

  await page.goForward();
  await expect(unpinButton).toBeVisible();
  await expect(page).toHaveURL(/[?&]a=/);
  await expect(scenario(page)).toHaveValue('highRates');
  await expect(page.getByRole('table', { name: 'The answers, A and B' })).toBeVisible();

  // No other entry was rewritten: two steps back is still the first preset, unpinned.
  await page.goBack();
  await page.goBack();
  await expect(scenario(page)).toHaveValue('stalled');
  await expect(pinButton).toBeVisible();
  await monteCarloAnswer(page);
  await expectHeadline(page, stalled);
});

test('adding projects with long Japanese names stops at the link’s limit, says why, and the link still reopens every row', async ({
  page,
  openFresh,
}) => {
  // 120 characters (the longest name kept), 3 bytes each in UTF-8: about 500 characters of
  // link a row, so the link's 8,000 characters run out after some fifteen such rows. The
  // reader starts from a shared link that already has eight of them, and adds more.
  const longName = (n: number) =>
    String.fromCodePoint(0x4e00 + n) + '対米投資案件'.repeat(20).slice(1);
  const shared = [
    ...DEFAULT_SCENARIO.selections.map((r) => r.id),
    ...Array.from({ length: 8 }, (_, i) => [`p${i + 1}`, '2026-11-02', 'gas', 10, longName(i)]),
  ];
  const section = page.getByRole('region', { name: 'Announced projects' });
  // Shown beside the table, and announced once, by the page's one live copy.
  const refusal = section.getByText(/^Not changed: the link/);
  await page.goto(
    `/?${LINK_VERSIONS}&sel=${Buffer.from(JSON.stringify(shared)).toString('base64url')}`,
  );
  let rows = shared.length;
  await expect(projects(page)).toHaveCount(rows);
  for (let n = 100; n < 120 && (await refusal.count()) === 0; n++) {
    await section.getByRole('button', { name: 'Add a project' }).click();
    // The row added, or the refusal said (which may come a moment after the click).
    await expect(projects(page).nth(rows).or(refusal)).toBeVisible();
    if ((await refusal.count()) > 0) break;
    await expect(projects(page)).toHaveCount(rows + 1);
    rows += 1;
    const name = section.getByRole('textbox', { name: `Name of project ${rows}` });
    await name.fill(longName(n));
    await name.press('Enter');
  }
  await expect(refusal).toHaveText(tEn('refusal.linkTooLong', { limit: '8,000' }));
  await expect(
    page.getByRole('status').filter({ hasText: tEn('refusal.linkTooLong', { limit: '8,000' }) }),
  ).toHaveCount(1);
  expect(page.url().length).toBeLessThanOrEqual(8000 + page.url().indexOf('?'));
  // What the page shows is what the scenario holds: every row, with the names it kept.
  const shown = await section
    .getByRole('textbox', { name: /^Name of project/ })
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(shown.length).toBe(await projects(page).count());
  expect(shown.length).toBeGreaterThan(shared.length + 2);
  expect(shown.filter((s) => s.length === 120).length).toBeGreaterThan(10);

  const fresh = await openFresh(page.url());
  await expect(projects(fresh)).toHaveCount(shown.length);
  const reopened = await fresh
    .getByRole('textbox', { name: /^Name of project/ })
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(reopened).toEqual(shown);
  await expect(notice(fresh)).toHaveCount(0);
});

test('a change is in the link after the frame that shows it, not in the change’s own task (where writing the history has the browser lay the page out first)', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('#app')).toHaveAttribute('data-settled', 'true');
  await page.evaluate(() => {
    const w = window as unknown as { framed: boolean; writes: string[] };
    w.writes = [];
    // The next frame's animation callbacks run as its update starts.
    addEventListener(
      'keydown',
      () => {
        w.framed = false;
        requestAnimationFrame(() => (w.framed = true));
      },
      { capture: true },
    );
    for (const name of ['pushState', 'replaceState'] as const) {
      const write = history[name].bind(history);
      history[name] = (data, unused, url) => {
        w.writes.push(`${name}${w.framed ? '' : ' before the next frame'}: ${String(url)}`);
        write(data, unused, url);
      };
    }
  });
  await page.getByRole('slider', { name: 'Pledge', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]pl=560(&|$)/);
  const writes = await page.evaluate(() => (window as unknown as { writes: string[] }).writes);
  expect(writes).toHaveLength(1);
  // (A slider step rewrites the current entry: the next test.)
  expect(writes[0]).toMatch(/^replaceState: .*[?&]pl=560(&|$)/);
});

test('a slider step rewrites the current history entry; pin and unpin each add one', async ({
  page,
}) => {
  await page.goto('/');
  await scenario(page).selectOption('stalled');
  await expect(page).toHaveURL(/[?&]pace=0(&|$)/);
  const pledge = page.getByRole('slider', { name: 'Pledge', exact: true });
  await pledge.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]pl=560(&|$)/);
  // The step replaced the preset's entry: back is the page as it opened.
  await page.goBack();
  await expect(page).not.toHaveURL(/[?&](pace|pl)=/);
  await expect(scenario(page)).toHaveValue('central');
  await expect(pledge).toHaveAttribute('aria-valuetext', 'US$550bn');

  await page.goForward();
  await expect(page).toHaveURL(/[?&]pl=560(&|$)/);
  await page.getByRole('button', { name: 'Pin this scenario as A' }).click();
  await expect(page).toHaveURL(/[?&]a=/);
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(page).not.toHaveURL(/[?&]a=/);
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Stop comparing' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]a=/);
  await expect(pledge).toHaveAttribute('aria-valuetext', 'US$560bn');
});

test('the split chart’s sector and what the tornado and the waterfall measure are in the link, which brings them back, and an embed of the split answers for its sector', async ({
  page,
  openFresh,
}) => {
  await page.goto(`/?${LINK_VERSIONS}`);
  const split = page.locator('figure#split');
  await split.getByRole('combobox', { name: 'Sector' }).selectOption('nuclear');
  await page
    .locator('figure#tornado')
    .getByRole('radio', { name: 'Credited by the deadline' })
    .check();
  await page.getByRole('button', { name: 'Pin this scenario as A' }).click();
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('washington');
  const waterfall = page.locator('.compare');
  await waterfall.getByRole('radio', { name: 'Credited by the deadline' }).check();
  await expect(page).toHaveURL(/[?&]eq=nuclear(&|#|$)/);
  await expect(page).toHaveURL(/[?&]tor=credited(&|#|$)/);
  await expect(page).toHaveURL(/[?&]wf=credited(&|#|$)/);
  const note = (await split.getByTestId('split-note').textContent())!;
  const again = await openFresh(page.url());
  await expect(again.locator('figure#split').getByRole('combobox', { name: 'Sector' })).toHaveValue(
    'nuclear',
  );
  await expect(again.locator('figure#split').getByTestId('split-note')).toHaveText(note);
  await expect(
    again.locator('figure#tornado').getByRole('radio', { name: 'Credited by the deadline' }),
  ).toBeChecked();
  await expect(
    again.locator('.compare').getByRole('radio', { name: 'Credited by the deadline' }),
  ).toBeChecked();
  // An embed of the split chart at that sector names it in its answer.
  const embed = await openFresh(`/embed.html?${LINK_VERSIONS}&embed=1&chart=split&eq=nuclear`);
  await expect(embed.getByTestId('embed-answer')).toContainText(
    'Japan’s equity IRR: Nuclear (large and SMR)',
  );
  await expect(embed.getByRole('combobox', { name: 'Sector' })).toHaveValue('nuclear');
});
