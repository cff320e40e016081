import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { renderWithStore } from './harness/render';
import PrintSummary from '../src/PrintSummary.svelte';
import { COMPARED_INPUTS, DEFAULT_SCENARIO, presetScenario } from '../src/model';
import { en } from '../src/i18n/en';

const section = () => screen.getByRole('region', { name: en['print.heading'], hidden: true });

describe('PrintSummary (printed pages only)', () => {
  test('names the scenario, links to it, and lists every assumption beside its default', async () => {
    window.history.replaceState(null, '', '/?v=2&pace=150');
    renderWithStore([PrintSummary], { ...DEFAULT_SCENARIO, paceUsdBnPerYear: 150 });
    const s = section();
    expect(s).toHaveTextContent('Scenario: Custom scenario.');
    // The address is read once the app has written it (after the change is committed).
    expect(await within(s).findByRole('link', { hidden: true })).toHaveAttribute(
      'href',
      'http://localhost:3000/?v=2&pace=150',
    );
    const rows = within(s).getAllByRole('row', { hidden: true });
    expect(rows).toHaveLength(COMPARED_INPUTS.length + 1);
    // Only the changed input is marked, with this scenario's value and the default's.
    const changed = rows.filter((r) => r.textContent?.includes('(changed)'));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toHaveTextContent(en['param.paceUsdBnPerYear.label']);
    expect(changed[0]).toHaveTextContent('150');
  });

  test('a preset is named as such, its differences from the defaults marked', () => {
    renderWithStore([PrintSummary], presetScenario('highRates'));
    expect(section()).toHaveTextContent(`Scenario: ${en['preset.highRates.name']}.`);
    expect(
      within(section())
        .getAllByRole('row', { hidden: true })
        .filter((r) => r.textContent?.includes('(changed)')).length,
    ).toBeGreaterThan(0);
  });
});
