import { describe, expect, test } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { renderWithStore, withProps } from '../harness/render';
import ShareGroup from '../../src/controls/ShareGroup.svelte';

describe('ShareGroup (Instrument mix)', () => {
  const setup = () => renderWithStore([withProps(ShareGroup, { group: 'mix' })]);
  const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);

  test('moving one share redistributes the others in proportion and the sum stays 100%', async () => {
    const { store } = setup();
    await fireEvent.input(screen.getByRole('slider', { name: 'Equity' }), {
      target: { value: '0.3' },
    });
    expect(store.scenario.mix.equity).toBe(0.3);
    expect(store.scenario.mix.loans / store.scenario.mix.guarantees).toBeCloseTo(68 / 30, 9);
    expect(sum(store.scenario.mix)).toBeCloseTo(1, 12);
    expect(screen.getByText('Sum: 100.0%')).toBeInTheDocument();
  });

  test('a locked share holds while another moves', async () => {
    const { store } = setup();
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Lock Guarantees' }));
    await fireEvent.input(screen.getByRole('slider', { name: 'Equity' }), {
      target: { value: '0.2' },
    });
    expect(store.scenario.mix.guarantees).toBe(0.3);
    expect(store.scenario.mix.loans).toBeCloseTo(0.5, 12);
  });

  test('with every other share locked, a share cannot move', async () => {
    const { store } = setup();
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Lock Loans' }));
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Lock Guarantees' }));
    await fireEvent.input(screen.getByRole('slider', { name: 'Equity' }), {
      target: { value: '0.5' },
    });
    expect(store.scenario.mix.equity).toBe(0.02);
  });

  test('reset restores the sourced default shares', async () => {
    const { store } = setup();
    await fireEvent.input(screen.getByRole('slider', { name: 'Equity' }), {
      target: { value: '0.5' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Reset the shares' }));
    expect(store.scenario.mix).toEqual({ equity: 0.02, loans: 0.68, guarantees: 0.3 });
  });
});

describe('ShareGroup (Sectors)', () => {
  test('all eight sectors are there, and moving one keeps the sum at 100%', async () => {
    const { store } = renderWithStore([withProps(ShareGroup, { group: 'sectors' })]);
    expect(screen.getAllByRole('slider')).toHaveLength(8);
    await fireEvent.input(
      screen.getByRole('slider', { name: 'Shipbuilding, ports and logistics' }),
      { target: { value: '0.43' } },
    );
    expect(Object.values(store.scenario.sectors).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(store.scenario.sectors.shipping).toBe(0.43);
  });
});
