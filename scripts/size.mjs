// npm run size: what each kind of reader loads, from the built dist/ (run `npm run build`
// first): an English reader of the explorer, a Japanese reader (ja/), and a chart embed. For
// each, the HTML, the CSS, the first-paint script in the page's head, the JavaScript it needs to
// start (the entry, the layout, the chart, the catalogue's parts it starts with and every chunk
// they import statically), what it loads after start-up (the sections below the fold and their
// list, fetched when the page is idle or the reader scrolls near them; the rest of the
// catalogue; the Monte Carlo workers' client, fetched at once but not waited for, and where the
// reader can change the scenario the first paths of a change's run on the page; the crosshair's
// tooltip and the table view, fetched on a reader's first use) and the Monte
// Carlo worker, gzipped (level 9) and brotli (quality 11). Which chunk holds each module comes
// from dist/.vite/modules.json (written by the build: vite.config.ts), the chunks' static
// imports from Vite's manifest (dist/.vite/manifest.json); an embed's, on the embeds' page,
// from its chart's build of the embeds' entry (scripts/build-embeds.mjs:
// dist/.vite/embed-<chart>.json and .modules.json). test/e2e/embed-load.spec.ts checks that
// an embed loads these chunks and no others.
// Budgets (the run fails over either): start-up JavaScript with the catalogue <= 90 kB
// gzipped for a reader of the explorer in either language, and <= 45 kB for an embed of each
// chart in either language (issue 16).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { EMBED_CHARTS } from './embedKeys.mjs';

const BUDGET_EXPLORER_KB = 90;
const BUDGET_EMBED_KB = 45;
const dist = 'dist';
const manifestPath = `${dist}/.vite/manifest.json`;
if (!existsSync(manifestPath)) {
  console.error('dist/ (with its manifest) is missing: run `npm run build` first.');
  process.exit(1);
}
/** A build's manifest and module map: the explorer's, or a chart's embed's (`chart`). */
const buildOf = (chart) => {
  const at = chart ? `${dist}/.vite/embed-${chart}.` : `${dist}/.vite/`;
  const read = (file) => JSON.parse(readFileSync(`${at}${file}`, 'utf8'));
  // (The module map: which chunk holds each source module, vite.config.ts moduleMap.)
  return { manifest: read(chart ? 'json' : 'manifest.json'), modules: read('modules.json') };
};
const { manifest, modules } = buildOf();

// The first-paint script, named by a hash of its content (scripts/prerender.mjs).
const firstPaintFile = `assets/${readdirSync(`${dist}/assets`).find((f) => /^first-paint-[\w-]+\.js$/.test(f))}`;

const sizes = new Map();
function size(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(`${dist}/${file}`);
    sizes.set(file, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }).length,
    });
  }
  return sizes.get(file);
}

/** Every JS file a manifest entry loads: its own and its static imports', transitively. */
function closure(key, into = new Set(), build = { manifest }) {
  const chunk = build.manifest[key];
  if (!chunk) throw new Error(`no ${key} in the manifest`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, into, build);
  return into;
}
const union = (...sets) => new Set(sets.flatMap((s) => [...s]));
const minus = (a, b) => new Set([...a].filter((f) => !b.has(f)));
const sum = (files) =>
  [...files].reduce(
    (t, f) => {
      const s = size(f);
      return { raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli };
    },
    { raw: 0, gzip: 0, brotli: 0 },
  );

/** The manifest key of the chunk that holds a source module (its own, a group's or the entry). */
function keyOf(src, build = { manifest, modules }) {
  const file = build.modules[src];
  const key = Object.keys(build.manifest).find((k) => build.manifest[k].file === file);
  if (!key) throw new Error(`no chunk holds ${src}`);
  return key;
}

const css = new Set(Object.values(manifest).flatMap((c) => c.css ?? []));
if (manifest['style.css']) css.add(manifest['style.css'].file);
// The sections below the fold, as src/sections/sections.ts lists them, and that list.
const sections = [
  keyOf('src/sections/sections.ts'),
  ...[...readFileSync('src/sections/sections.ts', 'utf8').matchAll(/import\('\.\.\/(.+?)'\)/g)].map(
    (m) => keyOf(`src/${m[1]}`),
  ),
];
const workers = readdirSync(`${dist}/assets`)
  .filter((f) => /^montecarlo\.worker-.*\.js$/.test(f))
  .map((f) => `assets/${f}`);

/**
 * `catalogue`: the parts of the catalogue that load with the page (manifest keys); `later`: what
 * loads after start-up (the sections and the rest of the catalogue, manifest keys).
 */
function reader(name, html, layouts, catalogue, later, build = { manifest, modules }) {
  const at = (k) => closure(k, new Set(), build);
  const catalogueFiles = union(...catalogue.map(at));
  const start = union(...layouts.map(at), catalogueFiles);
  return {
    name,
    htmlFile: html,
    html: sum([html]),
    css: sum(css),
    firstPaint: sum([firstPaintFile]),
    js: sum(minus(start, catalogueFiles)),
    catalogue: sum(catalogueFiles),
    startJs: sum(start),
    later: sum(minus(union(...later.map(at)), start)),
    worker: sum(workers),
  };
}

// The explorer: its entry (the page's script) and its layout's chunk.
const explorer = ['index.html', keyOf('src/Explorer.svelte')];
// What every page fetches as it starts but does not wait for: the Monte Carlo's runs and the
// workers' client, one chunk (App starts them once the page is drawn from the central path).
const alongside = [keyOf('src/worker/client.ts')];
// And a page whose reader can change the scenario (the explorer; not an embed without live
// controls): the first paths of a change's Monte Carlo, run on the page (src/worker/firstPaths.ts).
const changes = [keyOf('src/worker/firstPaths.ts')];
// What a reader's first use fetches: the crosshair's tooltip (a pointer on a chart) and the table
// view (its toggle, or a link's tbl=).
const onUse = [keyOf('src/charts/CrosshairTip.svelte'), keyOf('src/charts/DataTable.svelte')];
/**
 * An embed of a chart without live controls, on the embeds' page: its chart's build of the
 * embeds' entry (the layout and the chart in it) and its part of the catalogue, the page's and
 * the chart's messages in one (vite.config.ts); after start-up the workers' client, what writes its link to the
 * full explorer (fetched as it starts, not waited for) and what a reader's first use fetches.
 */
function embedReader(chart, lang = 'en') {
  const build = buildOf(chart);
  const key = (src) => keyOf(src, build);
  return reader(
    `embed (${chart} chart, ${lang === 'en' ? 'English' : 'Japanese'})`,
    // The embeds' page (the explorer's head, no prerender: scripts/prerender.mjs).
    'embed.html',
    [key('src/embed/embedMain.ts')],
    // (Its page's part, which in its build holds the chart's messages too: vite.config.ts.)
    [key(`virtual:embed-catalogue/${lang}`)],
    [
      key('src/worker/client.ts'),
      key('src/charts/CrosshairTip.svelte'),
      key('src/charts/DataTable.svelte'),
      key('src/state/urlWrite.ts'),
    ],
    build,
  );
}
const embeds = Object.keys(EMBED_CHARTS).map((chart) => embedReader(chart));
const embedsJa = Object.keys(EMBED_CHARTS).map((chart) => embedReader(chart, 'ja'));
const readers = [
  reader(
    'English reader',
    'index.html',
    explorer,
    [keyOf('src/i18n/en.core.ts')],
    [...sections, keyOf('src/i18n/en.later.ts'), ...alongside, ...changes, ...onUse],
  ),
  reader(
    'Japanese reader',
    'ja/index.html',
    explorer,
    [keyOf('src/i18n/ja.core.ts')],
    [...sections, keyOf('src/i18n/ja.later.ts'), ...alongside, ...changes, ...onUse],
  ),
  // The money chart's, the default, in full; the others' in a line below.
  embeds[0],
];

const kB = (n) => (n / 1024).toFixed(1).padStart(6);
const row = (label, s) =>
  `  ${label.padEnd(48)} ${kB(s.raw)} kB  ${kB(s.gzip)} kB gzip  ${kB(s.brotli)} kB brotli`;
console.log(`pledge-explorer sizes, ${new Date().toISOString().slice(0, 10)} (dist/, built)`);
let ok = true;
for (const r of readers) {
  const embed = r.name.startsWith('embed');
  const budget = embed ? BUDGET_EMBED_KB : BUDGET_EXPLORER_KB;
  const within = r.startJs.gzip / 1024 <= budget;
  ok &&= within;
  console.log(`\n${r.name}`);
  console.log(
    row(`HTML (${r.htmlFile}${r.htmlFile.endsWith('index.html') ? ', prerendered' : ''})`, r.html),
  );
  console.log(row('CSS', r.css));
  console.log(row('first-paint script (in the head)', r.firstPaint));
  console.log(row('JS to start (entry, layout)', r.js));
  console.log(row(`catalogue (${embed ? 'the embed’s' : 'start-up'} part)`, r.catalogue));
  console.log(row('= start-up JS with the catalogue', r.startJs));
  console.log(row('JS after start-up (sections, client, on use)', r.later));
  console.log(row('Monte Carlo worker', r.worker));
  console.log(
    `  start-up JS ${(r.startJs.gzip / 1024).toFixed(1)} kB gzipped, budget ${budget} kB: ${within ? 'ok' : 'OVER BUDGET'}`,
  );
}
// An embed of each other chart, on the embeds' page, and of each chart in Japanese: what it loads
// to start (its build's entry and its part of the catalogue).
const judged = (list) =>
  list.map((r) => {
    const within = r.startJs.gzip / 1024 <= BUDGET_EMBED_KB;
    ok &&= within;
    return `${/\((\w+) chart/.exec(r.name)?.[1]} ${(r.startJs.gzip / 1024).toFixed(1)}${within ? '' : ' OVER BUDGET'}`;
  });
console.log(
  `\nembeds of the other charts, start-up JS with the catalogue, kB gzip (budget ${BUDGET_EMBED_KB} kB each): ${judged(embeds.slice(1)).join(', ')}`,
);
console.log(`the same for each chart in Japanese: ${judged(embedsJa).join(', ')}`);
process.exit(ok ? 0 : 1);
