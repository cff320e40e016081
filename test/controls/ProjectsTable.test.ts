import { describe, expect, test } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { renderWithStore } from '../harness/render';
import ProjectsTable from '../../src/controls/ProjectsTable.svelte';
import DealOptions from '../../src/controls/DealOptions.svelte';

describe('ProjectsTable', () => {
  test('lists the five announced projects with their sources and the data date', () => {
    renderWithStore([ProjectsTable]);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(table).toHaveAccessibleName(/Data as of 19 Mar 2026/);
    expect(
      within(table).getAllByRole('link', { name: /The White House, 2026-03-19/ }),
    ).toHaveLength(2);
  });

  test('a value can be edited, and the row then says it was edited', async () => {
    const { store } = renderWithStore([ProjectsTable]);
    const value = screen.getByRole('spinbutton', {
      name: 'US$ bn: SMR power plants, Tennessee and Alabama (GE Vernova Hitachi)',
    });
    await fireEvent.change(value, { target: { value: '20' } });
    expect(store.scenario.selections.find((x) => x.id === 'tn-al-smr')?.valueUsdBn).toBe(20);
    expect(screen.getByText('Edited by you')).toBeInTheDocument();
  });

  test('an impossible value is refused and the old one kept', async () => {
    const { store } = renderWithStore([ProjectsTable]);
    const value = screen.getByRole('spinbutton', {
      name: 'US$ bn: Georgia synthetic diamond grit plant',
    });
    await fireEvent.change(value, { target: { value: '-4' } });
    expect(store.scenario.selections.find((x) => x.id === 'ga-diamond')?.valueUsdBn).toBe(0.6);
    expect(value).toHaveValue(0.6);
  });

  test('a project can be added and removed', async () => {
    const { store } = renderWithStore([ProjectsTable]);
    await fireEvent.click(screen.getByRole('button', { name: 'Add a project' }));
    expect(store.scenario.selections).toHaveLength(6);
    expect(screen.getByText('Added by you')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Remove New project' }));
    await fireEvent.click(
      screen.getByRole('button', { name: 'Remove Texas GulfLink crude export terminal' }),
    );
    expect(store.scenario.selections.map((x) => x.id)).toEqual([
      'oh-gas',
      'ga-diamond',
      'tn-al-smr',
      'pa-tx-gas',
    ]);
  });
});

describe('DealOptions', () => {
  test('switches the funding lag between business and calendar days', async () => {
    const { store } = renderWithStore([DealOptions]);
    expect(screen.getByRole('radio', { name: 'business days' })).toBeChecked();
    await fireEvent.click(screen.getByRole('radio', { name: 'calendar days' }));
    expect(store.scenario.lagRule).toBe('calendar');
  });

  test('can leave the announced projects out: future selections then start after the MOU', async () => {
    const { store } = renderWithStore([DealOptions]);
    expect(store.result.series.selected[1]).toBe(0);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Count the announced projects' }));
    expect(store.scenario.includeAnnounced).toBe(false);
    expect(store.result.series.selected[1]).toBeGreaterThan(0);
  });
});
