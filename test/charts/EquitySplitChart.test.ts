import { describe, expect, test } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { renderWithStore, withProps } from '../harness/render';
import EquitySplitChart from '../../src/charts/EquitySplitChart.svelte';
import { DEFAULT_SCENARIO, equityCashSplit, type Scenario } from '../../src/model';
import { SECTORS } from '../../src/data/sectors';
import { createFormatter } from '../../src/i18n/format';
import { DEFAULT_VIEW } from '../../src/state/view';

const fmt = createFormatter('en', 'usd', DEFAULT_SCENARIO.usdJpy);
/** Project IRRs 5 points higher: pharma's deemed balance is then repaid within its life. */
const HIGH_IRR: Scenario = { ...DEFAULT_SCENARIO, irrShiftAnnual: 0.05 };

const setup = (s: Scenario, splitSector: 'gas' | 'pharma') =>
  renderWithStore([withProps(EquitySplitChart, { fallbackWidth: 720 })], s, {
    view: { ...DEFAULT_VIEW, splitSector },
  });
const note = () => screen.getByTestId('split-note').textContent;

describe('EquitySplitChart', () => {
  test('with a high project IRR the note gives the year the 90/10 split starts, and the chart marks it', () => {
    const split = equityCashSplit(HIGH_IRR, 'pharma');
    expect(split.firstSplitYear).not.toBeNull();
    const { container } = setup(HIGH_IRR, 'pharma');
    expect(note()).toBe(
      `The deemed allocation is repaid and the 90/10 split starts in project year ${split.firstSplitYear}.`,
    );
    expect(screen.getByText('90/10 from here')).toBeInTheDocument();
    // The marker stands at the left edge of that year's bars.
    const year = split.years.indexOf(split.firstSplitYear!);
    const bar = container.querySelectorAll('rect.bar.japan')[year];
    expect(container.querySelector('g.split-start line')?.getAttribute('x1')).toBe(
      bar?.getAttribute('x'),
    );
  });

  test('when the split never starts, the note gives the project IRR at which it would, beside today’s', () => {
    const split = equityCashSplit(DEFAULT_SCENARIO, 'gas');
    expect(split.firstSplitYear).toBeNull();
    expect(split.irrForSplit).not.toBeNull();
    setup(DEFAULT_SCENARIO, 'gas');
    expect(note()).toBe(
      'At these assumptions the 90/10 split never starts: Japan’s deemed balance grows faster ' +
        'than the 50/50 payments repay it. It would start within the project’s life at a project ' +
        `IRR of ${fmt.share(split.irrForSplit!)} (now ${fmt.share(SECTORS.gas.projectIrrAnnual + DEFAULT_SCENARIO.irrShiftAnnual)}).`,
    );
    expect(screen.queryByText('90/10 from here')).not.toBeInTheDocument();
  });

  test('the note follows the sector chosen, and the list shows it', async () => {
    setup(HIGH_IRR, 'pharma');
    const sector = screen.getByRole('combobox', { name: 'Sector' });
    // (Set by the chart, not a binding: the first sector in the list is not pharma.)
    expect(sector).toHaveValue('pharma');
    const before = note();
    await fireEvent.change(sector, {
      target: { value: 'nuclear' },
    });
    const nuclear = equityCashSplit(HIGH_IRR, 'nuclear');
    expect(note()).not.toBe(before);
    expect(note()).toContain(
      nuclear.firstSplitYear !== null
        ? `project year ${nuclear.firstSplitYear}.`
        : `IRR of ${fmt.share(nuclear.irrForSplit!)} (now ${fmt.share(SECTORS.nuclear.projectIrrAnnual + HIGH_IRR.irrShiftAnnual)})`,
    );
  });

  test('names both axes: cash a year per US$1 invested, and the project year', () => {
    setup(DEFAULT_SCENARIO, 'gas');
    expect(
      screen.getByText('Cash a year per US$1 invested, to Japan and to the US'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Project year, counted from the investment (construction years included)'),
    ).toBeInTheDocument();
  });
});
