/**
 * The messages an embed can show without its live controls: every catalogue key its page
 * (src/App.svelte, src/embed/Embed.svelte) or one of its five charts names, found in their
 * source and that of the interface modules they import statically (src/embed, src/charts,
 * src/controls, src/i18n): keys written out ('chart.money.title'), keys built from a template
 * (`sector.${id}`: every key of that shape) and a share group's `prefix: 'instrument'` (every
 * `instrument.*`), and what a chart fetches on use from its own folder (the crosshair's
 * tooltip). vite.config.ts builds the embed's catalogue from them in parts: the page's
 * (virtual:embed-catalogue/en, /ja), loaded with the embed's layout, and each chart's own
 * (virtual:embed-catalogue/en/money, …: the chart's messages the page's part lacks), loaded
 * with the chart (in the embeds' page's build for one chart, that chart's are in the page's
 * part: one file); the live controls, loaded only when an embed's author chose some, bring the
 * whole catalogue with them. test/sections/startCatalogue.test.ts checks an embed of each chart
 * asks for nothing more.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The embed's page. */
const PAGE = ['src/App.svelte', 'src/embed/Embed.svelte'];
/** Each chart an embed can show, by its id (src/state/view.ts CHART_IDS). */
export const EMBED_CHARTS = {
  money: 'src/charts/MoneyChart.svelte',
  risk: 'src/charts/RiskChart.svelte',
  tariff: 'src/charts/TariffChart.svelte',
  japan: 'src/charts/SectorBars.svelte',
  split: 'src/charts/EquitySplitChart.svelte',
};
const ALL = [...PAGE, ...Object.values(EMBED_CHARTS)];
/** Modules whose text can name a message the page shows (the model and data name none). */
const INTERFACE = /^src\/(embed|charts|controls|i18n)\/|^src\/App\.svelte$/;
/** The catalogues themselves. */
const CATALOGUE = /^src\/i18n\/(en|ja)(\.core|\.later)?\.ts$/;

/**
 * The interface modules an embed's page and charts (or those of `roots`) import statically.
 * @param {string} root The project's root.
 * @param {readonly string[]} [roots] Where to start: the page and every chart by default.
 * @param {ReadonlySet<string>} [stop] Modules not to follow (nor count) unless they are roots.
 * @returns {string[]} Their paths from the root.
 */
export function embedModules(root, roots = ALL, stop = new Set()) {
  /** @type {Set<string>} */
  const seen = new Set();
  /** @param {string} file */
  const walk = (file) => {
    if (seen.has(file) || !INTERFACE.test(file) || CATALOGUE.test(file)) return;
    if (stop.has(file) && !roots.includes(file)) return;
    seen.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    // Static imports only: what an embed loads later (its controls, exports) is not followed,
    // except what a chart fetches from its own folder when a reader first uses it (the
    // crosshair's tooltip), which brings no catalogue of its own.
    const imports = [...text.matchAll(/(?:^|\s)(?:from|import)\s+'(\.[^']+)'/gm)];
    if (file.startsWith('src/charts/')) imports.push(...text.matchAll(/import\('(\.\/[^']+)'\)/g));
    for (const m of imports) {
      const base = resolve(root, dirname(file), m[1] ?? '');
      const found = [base, `${base}.ts`, `${base}.svelte`].find(
        (f) => existsSync(f) && /\.(ts|svelte)$/.test(f),
      );
      if (found) walk(relative(root, found));
    }
  };
  for (const file of roots) walk(file);
  return [...seen].sort();
}

/**
 * The keys among `keys` that the embed's modules name: those of its page (`part` 'page'), or
 * those a chart's modules name beyond the page's (`part` a chart id).
 * @param {string} root The project's root.
 * @param {readonly string[]} keys The catalogue's keys.
 * @param {'page' | keyof typeof EMBED_CHARTS} part
 * @returns {string[]}
 */
export function embedKeys(root, keys, part) {
  // The page may import a chart (the one it shows at once): that chart's words are its own part.
  const page = namedKeys(root, keys, PAGE, new Set(Object.values(EMBED_CHARTS)));
  if (part === 'page') return page;
  const chart = EMBED_CHARTS[part];
  if (!chart) throw new Error(`no embeddable chart “${part}”`);
  const onPage = new Set(page);
  return namedKeys(root, keys, [chart]).filter((k) => !onPage.has(k));
}

/**
 * The keys among `keys` that the modules reached from `roots` (not through `stop`) name.
 * @param {string} root
 * @param {readonly string[]} keys
 * @param {readonly string[]} roots
 * @param {ReadonlySet<string>} [stop]
 * @returns {string[]}
 */
function namedKeys(root, keys, roots, stop) {
  const text = embedModules(root, roots, stop)
    .map((f) => readFileSync(join(root, f), 'utf8'))
    .join('\n');
  const written = new Set([...text.matchAll(/'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)].map((m) => m[1]));
  const shapes = [
    ...[...text.matchAll(/`([a-zA-Z][\w.]*\$\{[^`]*)`/g)].map(
      (m) =>
        new RegExp(
          `^${(m[1] ?? '')
            .split(/\$\{[^}]*\}/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('[\\w-]+')}$`,
        ),
    ),
    ...[...text.matchAll(/prefix: '(\w+)'/g)].map((m) => new RegExp(`^${m[1]}\\.[\\w-]+$`)),
  ];
  return keys.filter((k) => written.has(k) || shapes.some((s) => s.test(k)));
}
