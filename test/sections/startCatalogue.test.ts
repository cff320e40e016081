/**
 * The catalogue's start-up part (src/i18n/*.core.ts) carries every message the first screen
 * and the page's shell can show before the rest arrives, and an embed's part
 * (virtual:embed-catalogue/*, vite.config.ts) every message an embed of any chart shows
 * without live controls: rendered with their part alone, they ask for no message it lacks
 * (translate says so with console.error). An embed's live controls wait for the whole.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { renderWithStore } from '../harness/render';
import Explorer from '../../src/Explorer.svelte';
import Embed from '../../src/embed/Embed.svelte';
import { enCore } from '../../src/i18n/en.core';
import { jaCore } from '../../src/i18n/ja.core';
import type { Catalogue } from '../../src/i18n/en';
import enEmbed from 'virtual:embed-catalogue/en';
import jaEmbed from 'virtual:embed-catalogue/ja';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import { CHART_IDS, DEFAULT_VIEW, EMBED_CONTROL_IDS } from '../../src/state/view';
import { presetScenario } from '../../src/model';

const PARTS = [
  ['en', enCore],
  ['ja', jaCore],
] as const;

let errors: unknown[][];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args));
});
afterEach(() => vi.restoreAllMocks());

describe.each(PARTS)('the start-up part of the %s catalogue', (lang, part) => {
  test('is enough for the explorer’s first screen, whose sections wait for the rest', async () => {
    renderWithStore([Explorer], presetScenario('stalled'), {
      lang,
      catalogue: part as Catalogue,
      partial: true,
    });
    // The first screen's sections (headline, levers, money chart) mount a task each.
    await vi.waitFor(() => expect(document.querySelector('#money svg[role="img"]')).not.toBeNull());
    await vi.waitFor(() => expect(document.querySelector('section.headline')).not.toBeNull());
    expect(errors).toEqual([]);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    // The sections below the fold have not mounted: their rest of the catalogue never came.
    expect(document.querySelector('#risk')).toBeNull();
    expect(document.querySelectorAll('[data-section]').length).toBeGreaterThan(10);
  });
});

const EMBED_PARTS = [
  ['en', enEmbed, en],
  ['ja', jaEmbed, ja],
] as const;

describe.each(EMBED_PARTS)('the embed’s part of the %s catalogue', (lang, part, whole) => {
  test('is a small part of the whole', () => {
    expect(Object.keys(part).length).toBeLessThan(Object.keys(whole).length / 3);
    for (const [key, text] of Object.entries(part))
      expect(whole[key as keyof Catalogue]).toBe(text);
  });

  test.each(CHART_IDS)(
    'is enough for an embed of the %s chart, which loads no more',
    async (chart) => {
      renderWithStore([Embed], presetScenario('central'), {
        lang,
        catalogue: part as Catalogue,
        partial: true,
        view: { ...DEFAULT_VIEW, embed: true, chart },
      });
      await vi.waitFor(() => expect(document.querySelector('main svg[role="img"]')).not.toBeNull());
      expect(errors).toEqual([]);
      expect(screen.getByTestId('embed-answer')).toBeInTheDocument();
      // What a reader brings up on use: the crosshair's tooltip (fetched then), the table.
      const capture = document.querySelector('main rect.capture');
      if (capture) {
        await fireEvent.pointerMove(capture, { clientX: 200, clientY: 50 });
        await vi.waitFor(() => expect(document.querySelector('main .tip-date')).not.toBeNull());
      }
      await fireEvent.click(screen.getByRole('button', { name: whole['chart.table.show'] }));
      await vi.waitFor(() => expect(screen.getByRole('table')).toBeInTheDocument());
      expect(errors).toEqual([]);
    },
  );

  test('with every live control, is enough until the rest arrives with the controls', async () => {
    renderWithStore([Embed], presetScenario('central'), {
      lang,
      catalogue: part as Catalogue,
      partial: true,
      rest: whole,
      view: { ...DEFAULT_VIEW, embed: true, controls: EMBED_CONTROL_IDS },
    });
    await vi.waitFor(() => expect(screen.getAllByRole('slider').length).toBeGreaterThan(0));
    expect(errors).toEqual([]);
  });
});
