/**
 * The catalogue's start-up part (src/i18n/*.core.ts) carries every message the first screen,
 * the page's shell and an embed can show before the rest arrives: rendered with the start-up
 * part alone, they ask for no message it lacks (translate says so with console.error).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { screen } from '@testing-library/svelte';
import { renderWithStore } from '../harness/render';
import Explorer from '../../src/Explorer.svelte';
import Embed from '../../src/embed/Embed.svelte';
import { enCore } from '../../src/i18n/en.core';
import { jaCore } from '../../src/i18n/ja.core';
import type { Catalogue } from '../../src/i18n/en';
import { DEFAULT_VIEW, EMBED_CONTROL_IDS } from '../../src/state/view';
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
  test('is enough for the explorer’s first screen, whose sections wait for the rest', () => {
    renderWithStore([Explorer], presetScenario('stalled'), {
      lang,
      catalogue: part as Catalogue,
      partial: true,
    });
    expect(errors).toEqual([]);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.querySelector('#money svg[role="img"]')).not.toBeNull();
    // The sections below the fold have not mounted: their rest of the catalogue never came.
    expect(document.querySelector('#risk')).toBeNull();
    expect(document.querySelectorAll('[data-section]').length).toBeGreaterThan(10);
  });

  test('is enough for an embed with every live control', () => {
    renderWithStore([Embed], presetScenario('central'), {
      lang,
      catalogue: part as Catalogue,
      partial: true,
      view: { ...DEFAULT_VIEW, embed: true, controls: EMBED_CONTROL_IDS },
    });
    expect(errors).toEqual([]);
    expect(screen.getByRole('main')).toBeInTheDocument();
  });
});
