/**
 * The explorer's entry (its pages, and an older embed snippet's `./?embed=1`): the app starts
 * as src/start.ts says, with the explorer's own parts, each fetched as a chunk of its own. The
 * embeds' page has an entry of its own per chart (src/embed/embedMain.ts).
 */
import { startApp } from './start';
import { pageSearch } from './state/langPath';
import './styles/global.css';

const target = document.getElementById('app');
if (target)
  startApp(target, {
    layout: () => import('./Explorer.svelte').then((m) => m.default),
    host: (page, sameLanguage) =>
      import('./sections/browserSectionHost').then((m) => m.createPageHost(page, sameLanguage)),
    presetSearch: (preset) =>
      import('./state/presetQuery').then((m) => pageSearch(location.search, preset, m.presetQuery)),
  });
