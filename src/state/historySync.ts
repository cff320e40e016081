/**
 * The browser's history, kept true to the committed entries (issue 11): a step pushes one new
 * history entry, a drag or a change of language replaces the current one, and an entry
 * restored by back/forward writes nothing, so no other entry is ever rewritten. Works on any
 * history-like object, so it is tested without a browser.
 */

/** The parts of `window.history` used here. */
export interface HistoryLike {
  readonly state: unknown;
  pushState(data: unknown, unused: string, url: string): void;
  replaceState(data: unknown, unused: string, url: string): void;
}

/** The parts of `window.location` used here. */
export interface LocationLike {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

export interface Committed {
  readonly how: 'push' | 'replace' | 'restore';
}

export function createHistorySync(history: HistoryLike, location: LocationLike) {
  let last: Committed | null = null;
  return {
    /**
     * Shows `query` for the committed `entry`. The first time an entry is seen it decides:
     * a push adds an entry, a restore writes nothing; later calls for the same entry (the
     * view changed) replace the current one. `pathname` is where the page lives (the
     * language's page; the current path by default). Returns what it did.
     */
    write(
      entry: Committed,
      query: string,
      pathname: string = location.pathname,
    ): 'push' | 'replace' | 'none' {
      const isNew = entry !== last;
      last = entry;
      if (isNew && entry.how === 'restore') return 'none';
      const url = `${pathname}?${query}${location.hash}`;
      if (url === `${location.pathname}${location.search}${location.hash}`) return 'none';
      if (isNew && entry.how === 'push') {
        history.pushState(null, '', url);
        return 'push';
      }
      history.replaceState(history.state, '', url);
      return 'replace';
    },
  };
}
