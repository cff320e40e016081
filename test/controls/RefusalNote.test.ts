import { describe, expect, test } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { renderWithStore, withProps } from '../harness/render';
import RefusalNote from '../../src/controls/RefusalNote.svelte';
import ParamControl from '../../src/controls/ParamControl.svelte';
import { DEFAULT_SCENARIO, transitions } from '../../src/model';
import { LINK_LIMIT } from '../../src/state/url';
import { createFormatter } from '../../src/i18n/format';

const fmt = createFormatter('en', 'usd', DEFAULT_SCENARIO.usdJpy);
const MESSAGE =
  `Not changed: the link to this scenario would pass ${fmt.number(LINK_LIMIT)} characters, ` +
  'too long to share. Shorten names or remove rows first.';

/** A store whose links fit only while `fits.now` is true. */
function setup(fits: { now: boolean }) {
  return renderWithStore(
    [
      RefusalNote,
      withProps(RefusalNote, { live: true }),
      withProps(ParamControl, { key: 'pledgeUsdBn' }),
    ],
    DEFAULT_SCENARIO,
    { storeOptions: { fits: () => fits.now } },
  );
}

describe('RefusalNote', () => {
  test('says nothing while no edit has been refused', () => {
    setup({ now: true });
    expect(screen.queryByText(MESSAGE)).not.toBeInTheDocument();
  });

  test('an edit whose link would be too long is not made, and the note says why', async () => {
    const { store } = setup({ now: false });
    await fireEvent.input(screen.getByRole('slider', { name: 'Pledge' }), {
      target: { value: '700' },
    });
    expect(store.refusal).toBe('linkTooLong');
    expect(store.scenario.pledgeUsdBn).toBe(DEFAULT_SCENARIO.pledgeUsdBn);
    // Shown where the edit was made, and announced once, by the page's one live copy.
    const copies = screen.getAllByText(MESSAGE);
    expect(copies).toHaveLength(2);
    expect(copies.filter((p) => p.getAttribute('role') === 'status')).toHaveLength(1);
    expect(screen.getAllByRole('status').filter((el) => el.textContent === MESSAGE)).toHaveLength(
      1,
    );
  });

  test('the note goes once an edit is made again', async () => {
    const fits = { now: false };
    const { store } = setup(fits);
    store.step(transitions.setParam('pledgeUsdBn', 600));
    flushSync();
    expect(screen.getAllByText(MESSAGE)).toHaveLength(2);
    fits.now = true;
    await fireEvent.input(screen.getByRole('slider', { name: 'Pledge' }), {
      target: { value: '700' },
    });
    expect(store.scenario.pledgeUsdBn).toBe(700);
    expect(store.refusal).toBeNull();
    expect(screen.queryByText(MESSAGE)).not.toBeInTheDocument();
    expect(screen.getAllByRole('status').filter((el) => el.textContent === MESSAGE)).toEqual([]);
  });
});
