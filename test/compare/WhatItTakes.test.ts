import { describe, expect, test } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { renderWithStore } from '../harness/render';
import WhatItTakes from '../../src/compare/WhatItTakes.svelte';
import { solve } from '../../src/worker/solver';
import type { ScenarioStore } from '../../src/state/store.svelte';
import type { Results } from '../../src/state/results.svelte';
import { DEFAULT_SCENARIO, simulate } from '../../src/model';
import { createFormatter } from '../../src/i18n/format';
import { ja } from '../../src/i18n/ja';

const fmt = createFormatter('en', 'usd', DEFAULT_SCENARIO.usdJpy);

/** What the worker would do: answer the reader's question for the committed scenario. */
function answer({ store, results }: { store: ScenarioStore; results: Results }): void {
  const question = results.question;
  if (!question) throw new Error('no question asked');
  const scenario = store.committed;
  results.setAnswer(solve({ type: 'solve', id: 1, scenario, question }), question, scenario);
  flushSync();
}

/** One lever's row in the table of levers alone. */
const leverRow = (container: Element, key: string) =>
  container.querySelector<HTMLElement>(`tr[data-lever="${key}"]`)!;

// Each test solves six levers and a pair, as the worker would: slower than most component tests.
describe('WhatItTakes', { timeout: 30_000 }, () => {
  test('asks for the whole pledge with every lever by default, says it is working, then shows each lever', async () => {
    const view = renderWithStore([WhatItTakes]);
    expect(screen.getByRole('spinbutton', { name: /Share of the pledge credited/ })).toHaveValue(
      100,
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Find what it takes' }));
    expect(view.results.question?.target).toEqual({ kind: 'credited', share: 1 });
    expect(view.results.question?.levers).toHaveLength(6);
    expect(screen.getByRole('status')).toHaveTextContent('Working it out…');
    answer(view);
    expect(screen.getByRole('table', { name: 'Each lever alone, the others held' })).toBeVisible();
    // The status says the answers are in, and how many levers reach the target alone.
    const reached = view.container.querySelectorAll('tr[data-lever] button').length;
    // (The pace reaches it, the guarantee fee cannot: below.)
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThan(6);
    expect(screen.getByRole('status')).toHaveTextContent(
      `Worked out: ${reached} of 6 levers reach the target alone; the answers are below.`,
    );
    const pace = leverRow(view.container, 'paceUsdBnPerYear');
    expect(within(pace).getByRole('rowheader')).toHaveTextContent('Selections a year');
    expect(pace).toHaveTextContent(`${fmt.moneyPerYear(DEFAULT_SCENARIO.paceUsdBnPerYear)} →`);
    // Another lever cannot do it alone, and the row says why.
    expect(leverRow(view.container, 'guaranteeFeeAnnual')).toHaveTextContent(
      /^Guarantee fee\s*Out of reach\. Even at 3%, credited reaches only US\$\d+bn by the deadline, short of US\$550bn: US\$\d+bn of the pledge is not selected by then\.$/,
    );
  });

  test('applying the pace answer is one undo step and puts credited at the pledge (within 0.5%)', async () => {
    const view = renderWithStore([WhatItTakes]);
    await fireEvent.click(screen.getByRole('button', { name: 'Find what it takes' }));
    answer(view);
    await fireEvent.click(
      screen.getByRole('button', {
        name: /^Apply Selections a year US\$99\.5bn\/yr → US\$[\d.]+bn\/yr as a new scenario$/,
      }),
    );
    const credited = simulate(view.store.scenario).summary.creditedByDeadline;
    expect(Math.abs(credited - 550) / 550).toBeLessThan(0.005);
    expect(view.store.scenario.paceUsdBnPerYear).toBeGreaterThan(200);
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Applied: Selections a year .* Undo goes back\.$/,
    );
    // The answer follows the scenario: asked again for the new one, it is already met.
    answer(view);
    expect(
      screen.getByText(/^This scenario already meets the target on the central path/),
    ).toBeInTheDocument();
    view.store.undo();
    expect(view.store.scenario.paceUsdBnPerYear).toBe(DEFAULT_SCENARIO.paceUsdBnPerYear);
  });

  test('an impossible risk target says it is out of reach, and why', async () => {
    const view = renderWithStore([WhatItTakes]);
    await fireEvent.click(screen.getByRole('radio', { name: /Keep the chance of a penalty/ }));
    await fireEvent.input(screen.getByRole('spinbutton', { name: /Highest chance of a penalty/ }), {
      target: { value: '5' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Find what it takes' }));
    answer(view);
    expect(leverRow(view.container, 'paceUsdBnPerYear')).toHaveTextContent(
      /Out of reach\. Even at US\$1\.0tn\/yr, the chance of a penalty stays at [\d.]+% on the central path; the largest part of it, [\d.]+ pt, comes from the base threat rate\./,
    );
  });

  test('the pair table splits the combined change between the two levers', async () => {
    const view = renderWithStore([WhatItTakes]);
    await fireEvent.click(screen.getByRole('button', { name: 'Find what it takes' }));
    answer(view);
    const pair = screen.getByRole('table', {
      name: 'Selections a year and Japan’s required margin together: the smallest combined change',
    });
    expect(within(pair).getByRole('row', { name: /^Together/ })).toHaveTextContent(/\+US\$\d+bn/);
    expect(screen.getAllByRole('button', { name: /^Apply / })).toHaveLength(2);
  });

  test('a target out of range, or no lever, is refused with a message', async () => {
    renderWithStore([WhatItTakes]);
    await fireEvent.input(screen.getByRole('spinbutton', { name: /Share of the pledge/ }), {
      target: { value: '140' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Find what it takes' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Type a share between 1% and 100%.');
  });

  test('reads in Japanese', async () => {
    const view = renderWithStore([WhatItTakes], undefined, { lang: 'ja', catalogue: ja });
    await fireEvent.click(screen.getByRole('button', { name: '必要な変更を求める' }));
    answer(view);
    expect(
      screen.getByRole('table', { name: 'レバーを一つずつ（ほかは据え置き）' }),
    ).toBeInTheDocument();
    expect(leverRow(view.container, 'guaranteeFeeAnnual')).toHaveTextContent(/^保証料届きません。/);
  });
});
