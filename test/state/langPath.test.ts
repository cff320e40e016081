// @vitest-environment node
import { describe, expect, test } from 'vitest';
import {
  PAGE_PRESETS,
  langOfPath,
  pageSearch,
  parsePagePath,
  presetOfPath,
} from '../../src/state/langPath';
import { addressPath, basePath, pathFor } from '../../src/state/pagePath';
import { explorerLink, serializeScenarioUrl } from '../../src/state/urlWrite';
import { DEFAULT_VIEW } from '../../src/state/view';
import { presetScenario } from '../../src/model';

describe('langPath', () => {
  test.each([
    ['/', null, '/'],
    ['/ja/', 'ja', '/'],
    ['/tools/pledge/ja/', 'ja', '/tools/pledge/'],
    ['/tools/pledge/ja/index.html', 'ja', '/tools/pledge/'],
    ['/tools/pledge/index.html', null, '/tools/pledge/'],
    ['/raja/', null, '/raja/'],
    ['/p/stalled/', null, '/'],
    ['/tools/pledge/ja/p/korea/index.html', 'ja', '/tools/pledge/'],
  ])('%s names %s; its root is %s', (path, lang, base) => {
    expect(langOfPath(path)).toBe(lang);
    expect(basePath(path)).toBe(base);
  });
  test('a picked language moves the page to its path; no pick keeps the path', () => {
    expect(pathFor('/tools/pledge/', 'ja')).toBe('/tools/pledge/ja/');
    expect(pathFor('/tools/pledge/ja/', 'en')).toBe('/tools/pledge/');
    expect(pathFor('/tools/pledge/ja/', null)).toBe('/tools/pledge/ja/');
  });
  test('a page opened from disk keeps its file path', () => {
    expect(pathFor('/home/me/index.html', 'ja', false)).toBe('/home/me/index.html');
    expect(pathFor('/home/me/index.html', null, false, 'stalled')).toBe('/home/me/index.html');
  });
  test('the address a scenario goes to: a preset at its own page, anything else at the root, whatever page it was made on; from disk, the file', () => {
    const at = (pathname: string, protocol = 'https:') => ({ pathname, protocol });
    expect(addressPath(at('/tools/pledge/p/stalled/'), null, null)).toBe('/tools/pledge/');
    expect(addressPath(at('/tools/pledge/p/stalled/'), null, 'korea')).toBe(
      '/tools/pledge/p/korea/',
    );
    expect(addressPath(at('/tools/pledge/ja/p/stalled/'), null, null)).toBe('/tools/pledge/ja/');
    expect(addressPath(at('/tools/pledge/', 'http:'), 'ja', 'stalled')).toBe(
      '/tools/pledge/ja/p/stalled/',
    );
    expect(addressPath(at('/home/me/index.html', 'file:'), 'ja', 'stalled')).toBe(
      '/home/me/index.html',
    );
  });
});

describe('the presets’ own pages', () => {
  test('every preset but the central one (the default, at the root) has a page', () => {
    expect(PAGE_PRESETS).not.toContain('central');
    expect(PAGE_PRESETS.length).toBe(9);
  });

  test.each([
    ['/p/stalled/', { base: '/', lang: null, preset: 'stalled' }],
    ['/tools/pledge/ja/p/korea/', { base: '/tools/pledge/', lang: 'ja', preset: 'korea' }],
    ['/p/stalled/index.html', { base: '/', lang: null, preset: 'stalled' }],
    // The embeds' page, beside the explorer's at the root.
    ['/embed.html', { base: '/', lang: null, preset: null }],
    ['/tools/pledge/embed.html', { base: '/tools/pledge/', lang: null, preset: null }],
    ['/ja/p/highRates/', { base: '/', lang: 'ja', preset: 'highRates' }],
    // Not a preset's page: an unknown id, the central preset, a folder that merely ends so.
    ['/p/nonsense/', { base: '/p/nonsense/', lang: null, preset: null }],
    ['/p/central/', { base: '/p/central/', lang: null, preset: null }],
    ['/shop/p/stalled/x/', { base: '/shop/p/stalled/x/', lang: null, preset: null }],
  ] as const)('%s is %j', (path, page) => {
    expect(parsePagePath(path)).toEqual(page);
    expect(presetOfPath(path)).toBe(page.preset);
  });

  test('a preset unchanged moves the page to its own; anything else back to the root', () => {
    expect(pathFor('/tools/pledge/', null, true, 'stalled')).toBe('/tools/pledge/p/stalled/');
    expect(pathFor('/tools/pledge/ja/', null, true, 'korea')).toBe('/tools/pledge/ja/p/korea/');
    expect(pathFor('/tools/pledge/ja/p/korea/', 'en', true, 'korea')).toBe(
      '/tools/pledge/p/korea/',
    );
    expect(pathFor('/tools/pledge/p/korea/', null, true, null)).toBe('/tools/pledge/');
    expect(pathFor('/tools/pledge/p/korea/', null, true, 'central')).toBe('/tools/pledge/');
    // Every preset's page is found again from its own path (ids in camel case too), so the
    // path never grows.
    for (const p of PAGE_PRESETS)
      for (const lang of ['ja', null] as const) {
        const path = pathFor('/tools/pledge/', lang, true, p);
        expect(pathFor(path, null, true, p)).toBe(path);
        expect(parsePagePath(path)).toEqual({ base: '/tools/pledge/', lang, preset: p });
      }
  });

  test('a preset’s page starts from its preset unless the link names a scenario', () => {
    const q = () => 'v=2&pace=40';
    expect(pageSearch('', 'stalled', q)).toBe('?v=2&pace=40');
    expect(pageSearch('?theme=dark&lang=ja', 'stalled', q)).toBe('?v=2&pace=40&theme=dark&lang=ja');
    expect(pageSearch('?v=2&pace=90', 'stalled', q)).toBe('?v=2&pace=90');
    expect(pageSearch('?theme=dark', null, q)).toBe('?theme=dark');
  });
});

describe('an embed’s link to the full explorer', () => {
  const at = (pathname: string, protocol = 'https:') => ({ pathname, protocol });
  const s = presetScenario('highRates');
  const view = { ...DEFAULT_VIEW, embed: true, chart: 'risk' as const, lang: 'ja' as const };
  const query = serializeScenarioUrl(s, { ...DEFAULT_VIEW, lang: 'ja' });
  test.each([
    // The embeds' page: the explorer at the root, in the embed's language.
    ['/embed.html', `/ja/?${query}#risk`],
    ['/tools/pledge/embed.html', `/tools/pledge/ja/?${query}#risk`],
    // An older snippet, on the explorer's page: that page in the embed's language.
    ['/ja/', `/ja/?${query}#risk`],
    ['/p/highRates/', `/ja/?${query}#risk`],
  ])('from %s: %s', (pathname, link) => {
    expect(explorerLink(at(pathname), s, view, null)).toBe(link);
  });
  test('with no language named, the page’s; opened from disk (the one-file build), the file itself', () => {
    const none = { ...view, lang: null };
    const q = serializeScenarioUrl(s, { ...DEFAULT_VIEW, lang: null });
    expect(explorerLink(at('/ja/'), s, none, null)).toBe(`/ja/?${q}#risk`);
    expect(explorerLink(at('/embed.html'), s, none, null)).toBe(`/?${q}#risk`);
    expect(explorerLink(at('/home/me/index.html', 'file:'), s, none, null)).toBe(
      `/home/me/index.html?${q}#risk`,
    );
  });
  test('its scenario keeps what the embed shows: its currency, baseline, range and pinned A, nothing of the embed’s own view', () => {
    const pinned = presetScenario('stalled');
    const shown = {
      ...view,
      cur: 'jpy' as const,
      controls: ['pace' as const],
      theme: 'dark' as const,
    };
    const link = explorerLink(at('/embed.html'), s, shown, pinned);
    const search = new URLSearchParams(link.slice(link.indexOf('?'), link.indexOf('#')));
    expect(search.get('cur')).toBe('jpy');
    expect(search.get('a')).not.toBeNull();
    expect(search.get('embed')).toBeNull();
    expect(search.get('controls')).toBeNull();
    expect(search.get('theme')).toBeNull();
  });
});
