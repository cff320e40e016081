/**
 * The page's first paint before the app mounts (issue 14). The prerender is one scenario in
 * one language (the default or a preset's, the page's language); a link to anything else must not flash
 * that page's numbers. This builds a tiny blocking script for the page's <head> (a file of its
 * own, so the Content-Security-Policy keeps `script-src 'self'`) that reads the address and
 * marks the root element before anything is drawn:
 *
 * - `fp-custom`: the link names another scenario than the page's (the default's, or on a
 *   preset's page `p/<preset>/` that preset's, `<html data-page-scenario>`) or a currency: the
 *   prerender's numbers, charts and tables are replaced by a neutral skeleton (global.css)
 *   until `#app[data-live]`;
 * - `fp-other`: the link is for another language (or an embed): nothing of the prerender shows,
 *   and the browser does not even style or lay it out (display: none);
 * - `data-theme`: a link's theme applies from the first frame;
 * - what the page's script will fetch first is preloaded: for the explorer, the reader's
 *   catalogue (start-up part) and the charts' chunk; for an embed, its page's part of the
 *   catalogue (on the embeds' page, its chart's build's, which holds its chart's messages too;
 *   the rest of what it needs is in the entry). Each in the reader's language.
 * - the pages name their module instead of loading it: the explorer's pages one
 *   (`<html data-entry>`), the embeds' page one per chart (`data-entry-<chart>`: an embed
 *   loads only the chart it shows), of which this script picks the link's chart's (the
 *   default's for any other). It loads it, with the preloads, once the prerender has been
 *   painted, or at once when the page shows something else (a skeleton, another language, an
 *   embed), is hidden, or this script fails. The app cannot start without this script: its
 *   file's name carries a hash of its content (scripts/prerender.mjs), so a page never meets
 *   an older one.
 *
 * Keys that only change the view (versions, the stamp, the chart and table toggles, the
 * baseline and the time range) keep the prerender, since it shows the same numbers.
 */
import { URL_KEYS } from './state/urlKeys';
import { CHART_IDS, DEFAULT_VIEW } from './state/view';

/**
 * The longest the explorer's page waits for its first paint before it asks for the app's code,
 * ms from the page's parsing: a page that draws no frame or reports no paint starts all the same.
 */
export const APP_WAIT_MS = 3000;

/** URL keys that leave the prerendered numbers as they are. */
export const VIEW_ONLY_KEYS: readonly string[] = [
  URL_KEYS.version,
  URL_KEYS.model,
  URL_KEYS.data,
  URL_KEYS.stamp,
  URL_KEYS.chart,
  URL_KEYS.controls,
  URL_KEYS.stack,
  URL_KEYS.riskView,
  URL_KEYS.tables,
  URL_KEYS.baseline,
  URL_KEYS.range,
];

/**
 * The script's text (ES5, no dependencies; errors are swallowed so the page always shows, and
 * the app's module is loaded all the same).
 */
export function firstPaintScript(): string {
  return withoutComments(`(function () {
  var root = document.documentElement;
  // The app's module, where the page names it rather than loading it itself (the explorer's
  // pages: scripts/prerender.mjs): loaded once, whatever happens below.
  var entry = root.getAttribute('data-entry');
  // The embeds' page names one per chart: the link's chart's, else the default's.
  var chart = null;
  if (!entry && root.getAttribute('data-entry-${DEFAULT_VIEW.chart}') !== null) {
    chart = ${JSON.stringify(DEFAULT_VIEW.chart)};
    try {
      var asked = new URLSearchParams(location.search).get(${JSON.stringify(URL_KEYS.chart)});
      if (${JSON.stringify(CHART_IDS)}.indexOf(asked) >= 0) chart = asked;
    } catch (e) {
      /* the default's */
    }
    entry =
      root.getAttribute('data-entry-' + chart) ||
      root.getAttribute('data-entry-${DEFAULT_VIEW.chart}');
  }
  var loaded = false;
  var load = function () {
    if (loaded || !entry) return;
    loaded = true;
    var module = document.createElement('script');
    module.type = 'module';
    module.crossOrigin = '';
    module.fetchPriority = 'low';
    module.src = entry;
    document.head.appendChild(module);
  };
  try {
    var q = new URLSearchParams(location.search);
    var viewOnly = ${JSON.stringify(VIEW_ONLY_KEYS)};
    var theme = q.get(${JSON.stringify(URL_KEYS.theme)});
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    var lang = q.get(${JSON.stringify(URL_KEYS.lang)});
    // (Any other value is no language, as the app reads it: the page's or the browser's.)
    if (lang !== 'en' && lang !== 'ja') lang = null;
    if (!lang && !/(^|\\/)ja\\/(p\\/[A-Za-z0-9-]+\\/)?(index\\.html)?$/.test(location.pathname)) {
      var langs = navigator.languages || [navigator.language || ''];
      for (var i = 0; i < langs.length; i++) {
        var base = String(langs[i]).toLowerCase().split('-')[0];
        if (base === 'ja' || base === 'en') { lang = base; break; }
      }
    }
    var embed = chart !== null || q.get(${JSON.stringify(URL_KEYS.embed)}) === '1';
    var other = (lang && lang !== root.lang) || embed;
    if (other) root.classList.add('fp-other');
    // The page's own scenario (a preset's page names it; the default's page none): a link
    // that names another shows the skeleton. A preset's page opened by a link without a
    // scenario (no version key) shows its preset, as the app does (src/state/langPath.ts).
    var own = root.getAttribute('data-page-scenario');
    var mine = [];
    q.forEach(function (value, key) {
      if (key === ${JSON.stringify(URL_KEYS.theme)} || key === ${JSON.stringify(URL_KEYS.lang)}) return;
      if (key === ${JSON.stringify(URL_KEYS.cur)} && value !== 'jpy') return;
      if (viewOnly.indexOf(key) < 0) mine.push(key + '=' + value);
    });
    var same = own !== null && !q.has(${JSON.stringify(URL_KEYS.version)})
      ? true
      : mine.sort().join('&') === (own || '');
    if (!same) root.classList.add('fp-custom');
    // What the app's script fetches first, fetched now rather than after it has run: the
    // page names the files (scripts/prerender.mjs). An embed needs none of the explorer's; on
    // the embeds' page, its chart's build names its own.
    var want = lang || root.lang;
    var files = embed
      ? [root.getAttribute('data-embed-catalogue-' + want + (chart ? '-' + chart : ''))]
      : [root.getAttribute('data-catalogue-' + want)].concat(
          (root.getAttribute('data-preload') || '').split(' '));
    var started = false;
    var start = function () {
      if (started) return;
      started = true;
      try {
        for (var f = 0; f < files.length; f++) {
          if (!files[f]) continue;
          var link = document.createElement('link');
          link.rel = 'modulepreload';
          link.crossOrigin = '';
          // Below the page's own files (the stylesheet, the document), which come first.
          link.fetchPriority = 'low';
          link.href = files[f];
          document.head.appendChild(link);
        }
      } finally {
        load();
      }
    };
    // A page that shows its prerender (the reader's answer, in their language) is painted
    // before the app's files are asked for: they do not share a slow link with the page's
    // first paint, and its largest paint stays its first (issue 16). That is once the browser
    // has reported its first contentful paint (timed as the frame reached the screen), then a
    // task later; if that paint came before the page was parsed (it may have held only part
    // of it), once a second frame has begun since. A hidden page draws no frame: it starts at
    // once, or as it is hidden. A page that draws none or reports no paint (framed off
    // screen, say) starts after ${APP_WAIT_MS} ms all the same. Any other page (a skeleton,
    // another language, an embed) waits for the app, which starts now.
    if (!entry || other || !same) start();
    else {
      var painted = false;
      var framed = false;
      var parsedAt = -1;
      var go = function () {
        if (painted && framed) setTimeout(start, 0);
      };
      try {
        if (PerformanceObserver.supportedEntryTypes.indexOf('paint') < 0) throw 0;
        new PerformanceObserver(function (list, observer) {
          var paint = list.getEntriesByName('first-contentful-paint')[0];
          if (!paint) return;
          observer.disconnect();
          painted = true;
          if (parsedAt >= 0 && paint.startTime >= parsedAt) framed = true;
          go();
        }).observe({ type: 'paint', buffered: true });
      } catch (e) {
        painted = true; /* no paint timing: the frames alone */
      }
      var parsed = function () {
        try {
          parsedAt = performance.now();
          if (document.visibilityState === 'hidden') return start();
          document.addEventListener('visibilitychange', start);
          setTimeout(start, ${APP_WAIT_MS});
          requestAnimationFrame(function () {
            requestAnimationFrame(function () {
              framed = true;
              go();
            });
          });
        } catch (e) {
          start();
        }
      };
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', parsed);
      else parsed();
    }
  } catch (e) {
    /* the prerender shows as it is, and the app starts */
    load();
  }
})();
`);
}

/**
 * The script without its comment lines (they explain it here; the page's head need not carry
 * them to every reader before its first paint).
 */
function withoutComments(script: string): string {
  return script
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');
}
