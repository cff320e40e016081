import { describe, expect, test } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { renderWithStore } from '../harness/render';
import PresetPicker from '../../src/controls/PresetPicker.svelte';
import HistoryButtons from '../../src/controls/HistoryButtons.svelte';
import ParamControl from '../../src/controls/ParamControl.svelte';
import { withProps } from '../harness/render';
import { en } from '../../src/i18n/en';
import { PRESET_IDS } from '../../src/data/presets';
import { DEFAULT_SCENARIO, presetScenario } from '../../src/model';

describe('PresetPicker', () => {
  test('starts on Central with its description', () => {
    renderWithStore([PresetPicker]);
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveValue('central');
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveAccessibleDescription(
      /sourced defaults/,
    );
  });

  test('choosing a preset applies it and describes it', async () => {
    const { store } = renderWithStore([PresetPicker]);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Scenario' }), {
      target: { value: 'stalled' },
    });
    expect(store.scenario.paceUsdBnPerYear).toBe(0);
    expect(store.committed.paceUsdBnPerYear).toBe(0);
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveAccessibleDescription(
      en['preset.stalled.description'],
    );
  });

  test('offers every preset, and Korea’s terms cap cash outside shipping', async () => {
    const { store } = renderWithStore([PresetPicker]);
    const picker = screen.getByRole('combobox', { name: 'Scenario' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual([...PRESET_IDS]);
    await fireEvent.change(picker, { target: { value: 'korea' } });
    expect(store.scenario).toEqual(presetScenario('korea'));
    expect(store.scenario.capExempt).toEqual(['shipping']);
    expect(store.scenario.annualCapUsdBn).toBeGreaterThan(0);
    expect(picker).toHaveAccessibleDescription(en['preset.korea.description']);
    await fireEvent.change(picker, { target: { value: 'tranchePace' } });
    expect(store.scenario.paceUsdBnPerYear).toBe(presetScenario('tranchePace').paceUsdBnPerYear);
    expect(store.scenario.paceUsdBnPerYear).toBeGreaterThan(DEFAULT_SCENARIO.paceUsdBnPerYear);
  });

  test('an edited scenario shows as Custom', async () => {
    renderWithStore([PresetPicker, withProps(ParamControl, { key: 'pledgeUsdBn' })]);
    await fireEvent.input(screen.getByRole('slider', { name: 'Pledge' }), {
      target: { value: '700' },
    });
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveDisplayValue('Custom');
  });
});

describe('HistoryButtons', () => {
  const setup = () =>
    renderWithStore([HistoryButtons, withProps(ParamControl, { key: 'pledgeUsdBn' })]);
  const drag = async (value: string) => {
    const slider = screen.getByRole('slider', { name: 'Pledge' });
    await fireEvent.pointerDown(slider);
    await fireEvent.input(slider, { target: { value: '600' } });
    await fireEvent.input(slider, { target: { value } });
    await fireEvent.pointerUp(slider);
    await fireEvent.change(slider);
  };

  test('undo takes back a whole drag, redo brings it back', async () => {
    const { store } = setup();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await drag('700');
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.scenario.pledgeUsdBn).toBe(550);
    await fireEvent.click(screen.getByRole('button', { name: 'Redo' }));
    expect(store.scenario.pledgeUsdBn).toBe(700);
  });

  test('Ctrl+Z undoes and Shift+Ctrl+Z redoes', async () => {
    const { store } = setup();
    await drag('800');
    await fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(store.scenario.pledgeUsdBn).toBe(550);
    await fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(store.scenario.pledgeUsdBn).toBe(800);
  });

  test('reset all returns to the defaults, and can itself be undone', async () => {
    const { store } = setup();
    await drag('900');
    await fireEvent.click(screen.getByRole('button', { name: 'Reset all' }));
    expect(store.scenario.pledgeUsdBn).toBe(550);
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.scenario.pledgeUsdBn).toBe(900);
  });
});
