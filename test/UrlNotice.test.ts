import { describe, expect, test } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { renderWithStore, withProps } from './harness/render';
import UrlNotice from '../src/UrlNotice.svelte';
import { NOTICES_SHOWN } from '../src/state/notices';

describe('UrlNotice', () => {
  test(`shows the first ${NOTICES_SHOWN} lines, then "and N more", which shows them all`, async () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Line ${i + 1}`);
    renderWithStore([withProps(UrlNotice, { lines })]);
    expect(screen.getAllByRole('listitem')).toHaveLength(NOTICES_SHOWN + 1);
    expect(screen.getByText(/and 7 more/)).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Show all 12' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(12);
  });
  test('a few lines are all shown, and markup in them stays text', () => {
    renderWithStore([withProps(UrlNotice, { lines: ['<img src=x onerror=alert(1)>'] })]);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByText(/more/)).toBeNull();
  });
});
