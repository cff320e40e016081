import { describe, expect, test } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { renderWithStore } from '../harness/render';
import ChangesSummary from '../../src/compare/ChangesSummary.svelte';
import { DEFAULT_SCENARIO, presetScenario, transitions } from '../../src/model';
import { ja } from '../../src/i18n/ja';

const region = () => screen.getByRole('region', { name: /^What you changed/ });

describe('ChangesSummary', () => {
  test('at the defaults it says nothing has changed', () => {
    renderWithStore([ChangesSummary]);
    expect(region()).toHaveTextContent('Nothing yet: every input is at its default');
    expect(within(region()).queryByRole('listitem')).toBeNull();
  });

  test('lists each changed input, default → yours, and follows every change', () => {
    const { store } = renderWithStore([ChangesSummary]);
    store.step(transitions.applyPreset('tokyo'));
    flushSync();
    const items = within(region()).getAllByRole('listitem');
    expect(items.map((li) => li.dataset.input)).toEqual(['requiredMarginAnnual', 'mix']);
    expect(items[0]).toHaveTextContent('Japan’s required margin 0 pp → 0.5 pp');
    expect(region()).toHaveAccessibleName('What you changed 2 differ from the defaults');
  });

  test('a reset puts one input back (one undo step) and leaves the others', async () => {
    const { store } = renderWithStore([ChangesSummary], presetScenario('tokyo'));
    await fireEvent.click(
      screen.getByRole('button', {
        name: /^Reset Instrument mix \(equity \/ loans \/ guarantees\) to its default/,
      }),
    );
    expect(store.scenario.mix).toEqual(DEFAULT_SCENARIO.mix);
    expect(store.scenario.requiredMarginAnnual).toBe(0.005);
    expect(within(region()).getAllByRole('listitem')).toHaveLength(1);
    store.undo();
    flushSync();
    expect(within(region()).getAllByRole('listitem')).toHaveLength(2);
  });

  test('reads in Japanese', () => {
    renderWithStore([ChangesSummary], presetScenario('washington'), { lang: 'ja', catalogue: ja });
    expect(screen.getByRole('region', { name: /^変更した前提/ })).toHaveTextContent('100% → 25%');
    expect(screen.getByRole('button', { name: /既定値/ })).toHaveTextContent('戻す');
  });
});
