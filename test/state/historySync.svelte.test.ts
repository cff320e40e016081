import { describe, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import { DEFAULT_SCENARIO, presetScenario, transitions as T } from '../../src/model';
import { createScenarioStore } from '../../src/state/store.svelte';
import {
  createHistorySync,
  type HistoryLike,
  type LocationLike,
} from '../../src/state/historySync';
import { parseScenarioUrl, serializeScenarioUrl } from '../../src/state/url';

/** A browser history in memory: entries, a current index, back and forward that fire popstate. */
function fakeBrowser(start: string) {
  const entries = [start];
  let index = 0;
  const writes: { kind: 'push' | 'replace'; index: number; url: string }[] = [];
  const listeners: (() => void)[] = [];
  const location: LocationLike = {
    get pathname() {
      return '/';
    },
    get search() {
      const url = entries[index] ?? '';
      return url.includes('?') ? url.slice(url.indexOf('?')) : '';
    },
    get hash() {
      return '';
    },
  };
  const history: HistoryLike = {
    state: null,
    pushState(_d, _u, url) {
      entries.splice(index + 1);
      entries.push(url);
      index++;
      writes.push({ kind: 'push', index, url });
    },
    replaceState(_d, _u, url) {
      entries[index] = url;
      writes.push({ kind: 'replace', index, url });
    },
  };
  return {
    history,
    location,
    entries,
    writes,
    get index() {
      return index;
    },
    onPop: (f: () => void) => listeners.push(f),
    back() {
      index--;
      listeners.forEach((f) => f());
    },
    forward() {
      index++;
      listeners.forEach((f) => f());
    },
  };
}

/** The app's wiring (App.svelte) on a fake browser: an effect writes each committed entry. */
function app() {
  const browser = fakeBrowser('/?v=2');
  let store!: ReturnType<typeof createScenarioStore>;
  const cleanup = $effect.root(() => {
    store = createScenarioStore(DEFAULT_SCENARIO);
    const sync = createHistorySync(browser.history, browser.location);
    browser.onPop(() => {
      const parsed = parseScenarioUrl(browser.location.search);
      store.restore(parsed.scenario, parsed.pinned);
    });
    $effect(() => {
      const e = store.entry;
      sync.write(e, serializeScenarioUrl(e.scenario, undefined, undefined, e.pinned));
    });
  });
  flushSync();
  return { browser, store, cleanup };
}

describe('createHistorySync: history that tells the truth', () => {
  test('preset → preset → pin, then back: B and A go back together, and no other entry is rewritten', () => {
    const { browser, store, cleanup } = app();
    store.step(T.applyPreset('stalled'));
    flushSync();
    store.step(T.applyPreset('highRates'));
    flushSync();
    store.pin();
    flushSync();
    const [, , afterSecond, afterPin] = browser.entries;
    expect(browser.entries).toHaveLength(4);
    expect(afterPin).toContain('a=');
    const writesBefore = browser.writes.length;
    browser.back();
    flushSync();
    expect(store.pinned).toBeNull();
    expect(store.scenario).toEqual(presetScenario('highRates'));
    expect(browser.writes.length).toBe(writesBefore); // back wrote nothing
    expect(browser.entries[2]).toBe(afterSecond);
    expect(browser.entries[3]).toBe(afterPin);
    browser.back();
    flushSync();
    expect(store.scenario).toEqual(presetScenario('stalled'));
    browser.forward();
    browser.forward();
    flushSync();
    expect(store.pinned).toEqual(presetScenario('highRates'));
    expect(browser.writes.length).toBe(writesBefore);
    cleanup();
  });

  test('a drag replaces the current entry; a step pushes a new one', () => {
    const { browser, store, cleanup } = app();
    // At start-up the link is rewritten in place to its full form (versions written).
    expect(browser.writes.map((w) => w.kind)).toEqual(['replace']);
    store.apply(T.setParam('pledgeUsdBn', 600));
    store.apply(T.setParam('pledgeUsdBn', 620));
    store.commit();
    flushSync();
    expect(browser.writes.map((w) => w.kind)).toEqual(['replace', 'replace']);
    store.step(T.setParam('pledgeUsdBn', 700));
    flushSync();
    expect(browser.writes.map((w) => w.kind)).toEqual(['replace', 'replace', 'push']);
    expect(browser.entries).toHaveLength(2);
    cleanup();
  });

  test('unpin is a step too: back brings the pin back', () => {
    const { browser, store, cleanup } = app();
    store.pin();
    flushSync();
    store.unpin();
    flushSync();
    expect(browser.entries).toHaveLength(3);
    browser.back();
    flushSync();
    expect(store.pinned).toEqual(DEFAULT_SCENARIO);
    cleanup();
  });

  test('a restored entry is not written again, but a later change of view replaces it only', () => {
    const browser = fakeBrowser('/?v=2&pl=600');
    const sync = createHistorySync(browser.history, browser.location);
    const restored = { how: 'restore' as const };
    expect(sync.write(restored, 'v=2&pl=600&m=2')).toBe('none');
    expect(sync.write(restored, 'v=2&pl=600&m=2&lang=ja')).toBe('replace');
    expect(browser.entries).toEqual(['/?v=2&pl=600&m=2&lang=ja']);
  });
});
