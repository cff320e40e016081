import { describe, expect, test } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { renderWithStore, withProps } from '../harness/render';
import ReplayButton from '../../src/controls/ReplayButton.svelte';
import MoneyChart from '../../src/charts/MoneyChart.svelte';
import { transitions } from '../../src/model';
import type { MotionEnv } from '../../src/state/changeMotion.svelte';
import { ja } from '../../src/i18n/ja';

/** A clock that never moves: a replay stays on its first frame. */
const still: () => MotionEnv = () => ({
  now: () => 0,
  frame: () => {},
  wait: () => {},
  reducedMotion: () => false,
});

describe('ReplayButton', () => {
  test('before any change it is off and says so', () => {
    renderWithStore([ReplayButton]);
    expect(screen.getByRole('button', { name: 'Replay the last change' })).toBeDisabled();
    expect(screen.getByText('No change yet.')).toBeInTheDocument();
  });

  test('names the last change, and replays it on the chart from the lines before it', async () => {
    const { store, container } = renderWithStore(
      [ReplayButton, withProps(MoneyChart, { fallbackWidth: 720 })],
      undefined,
      { motionEnv: still },
    );
    const credited = () =>
      container.querySelector('path.line.credited.projection')?.getAttribute('d');
    const atDefaults = credited();
    store.step(transitions.setParams({ paceUsdBnPerYear: 150, requiredMarginAnnual: 0.005 }));
    flushSync();
    const now = credited();
    const button = screen.getByRole('button', { name: 'Replay the last change' });
    expect(button).toHaveAccessibleDescription(
      /^Last change: Selections a year US\$99\.5bn\/yr → US\$150bn\/yr, and 1 more$/,
    );
    await fireEvent.click(button);
    // The replay's first frame: the lines from before the change; no bands, no ghost over it.
    expect(credited()).toBe(atDefaults);
    expect(credited()).not.toBe(now);
    expect(container.querySelector('g.ghost')).toBeNull();
  });

  test('reads in Japanese', () => {
    const { store } = renderWithStore([ReplayButton], undefined, { lang: 'ja', catalogue: ja });
    store.step(transitions.setParams({ paceUsdBnPerYear: 150 }));
    flushSync();
    expect(screen.getByRole('button', { name: '直前の変更を再生' })).toHaveAccessibleDescription(
      /^直前の変更：年間の選定額/,
    );
  });
});
