import { afterEach, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import { screen } from '@testing-library/svelte';
import { renderWithStore } from '../harness/render';
import DataPanel from '../../src/controls/DataPanel.svelte';
import { presetScenario, transitions as T } from '../../src/model';

afterEach(() => history.replaceState(null, '', '/'));

const cited = () => screen.getByTestId('citation').textContent ?? '';

test('the citation links to the page the scenario lives at, not to the preset’s page the reader made it on', () => {
  // On a preset's own page, its scenario unchanged: cited at that page.
  history.replaceState(null, '', '/p/highRates/');
  const { store } = renderWithStore([DataPanel], presetScenario('highRates'));
  expect(cited()).toContain('http://localhost:3000/p/highRates/?');
  // Changed there: a scenario of the reader's own, at the root (where the page's own address
  // goes, with its preview), the page it was made on notwithstanding.
  store.step(T.setParam('paceUsdBnPerYear', 123));
  flushSync();
  expect(cited()).not.toContain('/p/highRates/');
  expect(cited()).toMatch(/http:\/\/localhost:3000\/\?[^\s]*pace=123/);
});
