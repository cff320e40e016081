import { describe, expect, test } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { renderWithStore } from '../harness/render';
import ControlPanel from '../../src/controls/ControlPanel.svelte';
import { PARAM_KEYS } from '../../src/data/params';
import { en } from '../../src/i18n/en';

/** The other assumptions are a section of their own (src/sections): mounted once its words are in. */
const assumptionsIn = () => screen.findByRole('heading', { name: 'Other assumptions' });

describe('ControlPanel', () => {
  test('every numeric input of MODEL.md §2 has a slider, an exact entry, a source chip and a reset', async () => {
    renderWithStore([ControlPanel]);
    await assumptionsIn();
    for (const key of PARAM_KEYS) {
      const label = en[`param.${key}.label`];
      expect(screen.getByRole('slider', { name: label }), key).toBeInTheDocument();
      expect(
        screen.getByRole('spinbutton', {
          name: new RegExp(`^Exact value of ${label.replace(/[()]/g, '\\$&')} in `),
        }),
        key,
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: `Source of ${label}` }), key).toBeInTheDocument();
      expect(
        screen.getByRole('button', {
          name: new RegExp(`^Reset ${label.replace(/[()]/g, '\\$&')} to its default`),
        }),
        key,
      ).toBeInTheDocument();
    }
    // Many role queries over a large panel: slow on a loaded two-core machine, not a timing check.
  }, 30_000);

  test('the groups are named, the headline levers apart from the other assumptions', async () => {
    renderWithStore([ControlPanel]);
    await assumptionsIn();
    expect(screen.getByRole('heading', { name: 'Headline levers' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Other assumptions' })).toBeInTheDocument();
    for (const group of [
      'Sector mix of future selections',
      'Rates and Japan’s decision',
      'Tariff risk',
      'Uncertainty',
    ]) {
      expect(screen.getByText(group, { selector: 'summary' })).toBeInTheDocument();
    }
  });

  test('a reader can add a hazard event, switch it off and remove it', async () => {
    const { store } = renderWithStore([ControlPanel]);
    await assumptionsIn();
    await fireEvent.input(screen.getByRole('textbox', { name: 'Event' }), {
      target: { value: 'Election' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Add an event' }));
    expect(store.scenario.events.map((e) => e.label)).toEqual([
      'Section 301 determinations and the Section 122 surcharge expiry',
      'Election',
    ]);
    await fireEvent.click(screen.getByRole('checkbox', { name: /^Election/ }));
    expect(store.scenario.events[1]?.enabled).toBe(false);
    await fireEvent.click(screen.getByRole('button', { name: 'Remove Election' }));
    expect(store.scenario.events).toHaveLength(1);
  });

  test('an event that ends before it starts is refused with a message', async () => {
    const { store } = renderWithStore([ControlPanel]);
    await assumptionsIn();
    await fireEvent.input(screen.getByLabelText('From'), { target: { value: '2028-01-01' } });
    await fireEvent.input(screen.getByLabelText('To'), { target: { value: '2027-01-01' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add an event' }));
    expect(store.scenario.events).toHaveLength(1);
    expect(screen.getByText(/needs a name, an end on or after its start/)).toBeInTheDocument();
  });
});
