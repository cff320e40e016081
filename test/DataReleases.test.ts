import { describe, expect, test } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { renderWithStore } from './harness/render';
import DataReleases from '../src/DataReleases.svelte';
import { DATA_VERSION, RELEASES } from '../src/data/release';
import { DEFAULT_SCENARIO } from '../src/model';
import { en } from '../src/i18n/en';
import { createFormatter } from '../src/i18n/format';

const fmt = createFormatter('en', 'usd', DEFAULT_SCENARIO.usdJpy);
const heading = (r: (typeof RELEASES)[number]) =>
  `Release ${r.version}, published ${fmt.date(r.published)}: data checked through ${fmt.date(r.dataAsOf)}`;

describe('DataReleases', () => {
  test('lists every data release, newest first, the one this page carries marked', async () => {
    renderWithStore([DataReleases]);
    await fireEvent.click(screen.getByText('What changed in the data'));
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.trim());
    expect(headings).toEqual(
      [...RELEASES]
        .reverse()
        .map((r) => (r.version === DATA_VERSION ? `${heading(r)} (this page)` : heading(r))),
    );
  });

  test('under each release, every change it made, in its own words', async () => {
    renderWithStore([DataReleases]);
    await fireEvent.click(screen.getByText('What changed in the data'));
    for (const r of RELEASES) {
      const item = screen.getByRole('heading', {
        name: new RegExp(`^Release ${r.version},`),
      }).parentElement!;
      expect(
        within(item)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(r.changes.map((key) => en[key]));
    }
  });
});
