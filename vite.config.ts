import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { runnerImport } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Catalogue } from './src/i18n/en';
import { EMBED_CHARTS, embedKeys, embedModules } from './scripts/embedKeys.mjs';

/**
 * The production page's Content-Security-Policy: scripts only from our own origin (no
 * inline script, no third party), nothing fetched from anywhere else. Styles may be inline
 * (Svelte sets style attributes); images may be data: or blob: (chart downloads). Dev
 * builds skip it (the dev server needs its own websocket and inline helpers).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'pledge-explorer:csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  };
}

/**
 * An embed's parts of each catalogue: its page's (`virtual:embed-catalogue/en`, `/ja`) and each
 * chart's own (`virtual:embed-catalogue/en/money`, …: what that chart names beyond the page's),
 * from scripts/embedKeys.mjs, so an embed loads neither the explorer's messages nor the other
 * charts'. In an embed's build for one chart (`shown`), that chart's part is its page's, which
 * holds both: one file to fetch, not two.
 */
function embedCatalogue(shown?: string): Plugin {
  const prefix = 'virtual:embed-catalogue/';
  let root = process.cwd();
  return {
    name: 'pledge-explorer:embed-catalogue',
    configResolved(config) {
      root = config.root;
    },
    // The filters keep the bundler from calling these hooks for every other module.
    resolveId: {
      filter: { id: /^virtual:embed-catalogue\// },
      handler: (id) => `\0${shown ? id.replace(new RegExp(`/${shown}$`), '') : id}`,
    },
    load: {
      filter: { id: /^\0virtual:embed-catalogue\// },
      handler: async function (id) {
        const [lang, part = 'page'] = id.slice(prefix.length + 1).split('/');
        if ((lang !== 'en' && lang !== 'ja') || !(part === 'page' || part in EMBED_CHARTS))
          throw new Error(`no catalogue part ${id.slice(1)}`);
        const file = join(root, `src/i18n/${lang}.ts`);
        const { module } = await runnerImport<Record<string, Catalogue>>(file, {
          configFile: false,
          logLevel: 'silent',
        });
        const catalogue = module[lang]!;
        for (const f of [
          `src/i18n/${lang}.core.ts`,
          `src/i18n/${lang}.later.ts`,
          ...embedModules(root),
        ])
          this.addWatchFile(join(root, f));
        const all = Object.keys(catalogue);
        const keys = embedKeys(root, all, part as 'page');
        if (part === 'page' && shown)
          keys.push(...embedKeys(root, all, shown as keyof typeof EMBED_CHARTS));
        const messages = Object.fromEntries(keys.map((k) => [k, catalogue[k as keyof Catalogue]]));
        return `export default ${JSON.stringify(messages)};`;
      },
    },
  };
}

/**
 * The explorer's build's chunks that start the page: what the entry imports statically (group
 * `start`, in `rolldownOptions`), which is all an older snippet's embed of the money chart on
 * the explorer's page needs (src/start.ts imports the embed's layout and that chart: one chunk,
 * not four, each with its own gzip overhead and list of imports), then what the explorer's
 * layout adds, in three chunks: what it shares with an embed of another chart (`charts`), the
 * controls an embed's author can leave live (`controls`) and the rest (`explorer`); instead of a
 * dozen small shared chunks. Such an embed loads `charts` only for another chart, `controls` only
 * with live controls, never `explorer`; a section below the fold loads what it shares from them.
 * (The embeds' own page has a build per chart: `oneChart`.)
 */
function startChunks() {
  const explorer = new Set<string>();
  const charts = new Set<string>();
  const controls = new Set<string>();
  const plugin: Plugin = {
    name: 'pledge-explorer:start-chunks',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      /** The module and everything it imports statically. */
      const reach = (suffix: string, into = new Set<string>()) => {
        const walk = (id: string) => {
          if (into.has(id)) return;
          into.add(id);
          for (const next of this.getModuleInfo(id)?.importedIds ?? []) walk(next);
        };
        const id = ids.find((i) => i.endsWith(suffix));
        if (id) walk(id);
        return into;
      };
      // The entry: the page, and an embed of the money chart (src/main.ts imports it).
      const initial = reach('/src/main.ts');
      // What an embed of another chart loads: its chart, and what it shares with the explorer.
      const embed = new Set<string>();
      for (const chart of ['RiskChart', 'TariffChart', 'SectorBars', 'EquitySplitChart'])
        reach(`/src/charts/${chart}.svelte`, embed);
      // What an embed's live controls add to its chart, loaded only when its author chose some.
      const live = reach('/src/embed/EmbedControls.svelte');
      // The explorer's layout and its ties to the URL, which load at once (its sections below
      // the fold come later).
      const start = reach('/src/Explorer.svelte');
      reach('/src/ExplorerSync.svelte', start);
      reach('/src/sections/browserSectionHost.ts', start);
      for (const id of start) {
        if (initial.has(id)) continue;
        (embed.has(id) ? charts : live.has(id) ? controls : explorer).add(id);
      }
      // The charts' change motion, which App fetches for the explorer and for live controls
      // (src/state/motionSlot.svelte.ts), goes with the controls.
      for (const id of reach('/src/state/changeMotion.svelte.ts'))
        if (!initial.has(id) && !embed.has(id)) controls.add(id);
    },
  };
  return {
    plugin,
    explorer: (id: string) => explorer.has(id),
    charts: (id: string) => charts.has(id),
    controls: (id: string) => controls.has(id),
  };
}

/**
 * Vite wraps every dynamic import in its preload helper (about 1 kB gzipped in the entry, and a
 * few dozen bytes a call), which fetches the chunk's CSS and, with `modulePreload`, its imports
 * ahead. This build has neither: one stylesheet linked from the page (`cssCodeSplit: false`) and
 * no module preload, so every call gets an empty list. The calls whose loader is a plain import
 * become that import; any other (`import(…).then(…)`, an async loader) becomes its loader called
 * at once, which is what the helper did with it; the helper just calls its loader (the build
 * fails if a call is left, or if either setting changes).
 */
/** A dynamic import in Vite's preload call, plain or with its named imports picked. */
const WRAPPED =
  /__vitePreload\((?:async )?\(\) => (?:\{\s*const \{[^}]*\} = await (import\("[^"]+"\));\s*return \{[^}]*\};\s*\}|(import\("[^"]+"\)(?:\.then\(\((\w+)\) => \3\.\w+\))?)), __VITE_PRELOAD__, import\.meta\.url\)/g;
/** The start and the end of any other call: `__vitePreload(() => …, __VITE_PRELOAD__, …)`. */
const CALL_START = /__vitePreload\((async )?\(\) =>/g;
const CALL_END = /, __VITE_PRELOAD__, import\.meta\.url\)/g;

function plainDynamicImports(): Plugin {
  const helper = 'var __vitePreload = function preload(';
  return {
    name: 'pledge-explorer:plain-dynamic-imports',
    apply: 'build',
    renderChunk(code, chunk) {
      if (!code.includes('__vitePreload')) return null;
      const plain = code.replace(WRAPPED, (_, awaited, plain) => awaited ?? plain);
      const starts = plain.match(CALL_START)?.length ?? 0;
      if (starts !== (plain.match(CALL_END)?.length ?? 0))
        throw new Error(
          `plainDynamicImports: a preload call of another shape in ${chunk.fileName}`,
        );
      const out = plain
        .replace(CALL_START, '($1() =>')
        .replace(CALL_END, ')()')
        .replace(
          helper,
          'var __vitePreload = (load) => load();\nvar __vitePreloadUnused = function preload(',
        );
      if (out.includes('__vitePreload('))
        throw new Error(`plainDynamicImports: a preload call left in ${chunk.fileName}`);
      return out;
    },
    configResolved(config) {
      // Anything to preload would be a stylesheet of a chunk, or a chunk's imports.
      if (config.build.cssCodeSplit || config.build.modulePreload !== false)
        throw new Error('plainDynamicImports needs cssCodeSplit and modulePreload off');
    },
  };
}

/**
 * An embed's build (mode `embed-<chart>`, scripts/build-embeds.mjs): src/embed/embedCharts.ts
 * with that chart in the entry and each other in a chunk of its own (a link whose chart the
 * first-paint script and the app read differently still gets its chart), from
 * scripts/embedKeys.mjs's list, which the build checks against the module's own.
 */
function oneChart(chart: string): Plugin {
  const files: Record<string, string> = EMBED_CHARTS;
  let root = process.cwd();
  return {
    name: 'pledge-explorer:one-chart',
    configResolved(config) {
      root = config.root;
    },
    load: {
      filter: { id: /\/src\/embed\/embedCharts\.ts$/ },
      handler(id) {
        const own = readFileSync(id, 'utf8');
        for (const [chartId, file] of Object.entries(files))
          if (!own.includes(`${chartId}: `) || !own.includes(`'../charts/${basename(file)}'`))
            throw new Error(`src/embed/embedCharts.ts does not load ${file} for “${chartId}”`);
        const shown = files[chart];
        if (!shown) throw new Error(`no embeddable chart “${chart}”`);
        const loaders = Object.entries(files).map(([id, file]) =>
          id === chart
            ? `${id}: () => Promise.resolve({ default: Chart, embedAnswer })`
            : `${id}: () => import(${JSON.stringify(join(root, file))})`,
        );
        return [
          `import Chart, { embedAnswer } from ${JSON.stringify(join(root, shown))};`,
          `export const EMBED_CHARTS = { ${loaders.join(', ')} };`,
        ].join('\n');
      },
    },
  };
}

/**
 * The embeds' page in the dev server (`npm start`). The build writes embed.html
 * (scripts/prerender.mjs: the explorer's head with the embeds' entry); the dev server had none,
 * and answered `embed.html` with the explorer's page, so the embed builder's preview showed the
 * whole explorer. Here it is index.html with the embeds' entry (src/embed/embedMain.ts) and the
 * page's stylesheet, which the built embeds' page links.
 */
const DEV_EMBED_ENTRY =
  '<script type="module">import "/src/styles/global.css"; import "/src/embed/embedMain.ts";</script>';
function devEmbedPage(): Plugin {
  return {
    name: 'pledge-explorer:dev-embed-page',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (new URL(req.url ?? '/', 'http://dev').pathname !== '/embed.html') return next();
        const page = readFileSync(join(server.config.root, 'index.html'), 'utf8');
        const html = page.replace(
          '<script type="module" src="./src/main.ts"></script>',
          DEV_EMBED_ENTRY,
        );
        if (html === page) return next(new Error('index.html no longer loads ./src/main.ts'));
        server.transformIndexHtml('/embed.html', html).then((out) => {
          res.setHeader('Content-Type', 'text/html');
          res.end(out);
        }, next);
      });
    },
  };
}

/**
 * An embed's build writes no stylesheet: the embeds' page links the explorer's (built first, into
 * the same dist/), which must hold each component's rules the embed's would (the build fails
 * otherwise). After Vite's own step, which writes the stylesheet as the bundle is generated.
 */
function noStylesheet(): Plugin {
  let root = process.cwd();
  return {
    name: 'pledge-explorer:no-stylesheet',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const sheets = Object.entries(bundle).filter(
          ([file, asset]) => asset.type === 'asset' && file.endsWith('.css'),
        );
        if (sheets.length === 0) return;
        const manifest = join(root, 'dist/.vite/manifest.json');
        if (!existsSync(manifest))
          throw new Error('an embed is built after the explorer: vite build');
        const explorer = readFileSync(
          join(root, 'dist', JSON.parse(readFileSync(manifest, 'utf8'))['style.css'].file),
          'utf8',
        );
        for (const [file, asset] of sheets) {
          const css = asset.type === 'asset' ? String(asset.source) : '';
          const missing = [...new Set(css.match(/\.svelte-[\w-]+/g))].filter(
            (c) => !explorer.includes(c),
          );
          if (missing.length > 0)
            throw new Error(`the explorer's stylesheet lacks the embed's ${missing.join(' ')}`);
          delete bundle[file];
        }
      },
    },
  };
}

/** The catalogue's modules: data, no functions to compile. */
const CATALOGUE = /\/src\/i18n\/(en|ja)(\.core|\.later)?\.ts$|^\0?virtual:embed-catalogue\//;

/**
 * V8's compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136 and later; to other browsers a
 * comment) at the top of every chunk of code, not the catalogue's: the page runs most of each
 * chunk's functions as it loads it (the model's first run, the app's and each section's mount).
 * V8 then compiles them all as the file streams in, on a background thread, instead of each on
 * the main thread when first called. Added after minifying, which drops comments.
 */
function compileHints(): Plugin {
  return {
    name: 'pledge-explorer:compile-hints',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.moduleIds.every((id) => CATALOGUE.test(id))) continue;
        chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        // A build with source maps (for a profile): the code moved down a line, so its map does.
        const file = bundle[`${chunk.fileName}.map`];
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        if (file?.type === 'asset' && typeof file.source === 'string') {
          const map = JSON.parse(file.source) as { mappings: string };
          file.source = JSON.stringify({ ...map, mappings: `;${map.mappings}` });
        }
      }
    },
  };
}

/**
 * `dist/.vite/modules.json`: the chunk that holds each source module, by its path from the root
 * (Vite's manifest names only the chunks), so `npm run size` finds the chunk that brings, say,
 * the embed's layout, wherever the chunk groups put it.
 */
function moduleMap(fileName = '.vite/modules.json'): Plugin {
  let root = process.cwd();
  return {
    name: 'pledge-explorer:module-map',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_, bundle) {
      const map: Record<string, string> = {};
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk')
          for (const id of chunk.moduleIds)
            map[id.startsWith(root) ? relative(root, id) : id.replace(/^\0/, '')] = chunk.fileName;
      this.emitFile({ type: 'asset', fileName, source: JSON.stringify(map) });
    },
  };
}

/**
 * Parts of Svelte's runtime that only later chunks use (a select's binding, a style directive):
 * the entry reaches them through the runtime's index, so without a group of their own they would
 * follow it into the entry. They are a small chunk of their own, which the explorer loads at
 * start-up and no embed loads (the charts an embed shows use neither: src/charts/WhyBar.svelte,
 * src/charts/EquitySplitChart.svelte; test/e2e/embed-load.spec.ts checks it).
 */
const LATER_RUNTIME =
  /\/node_modules\/svelte\/src\/internal\/client\/dom\/elements\/(bindings\/select|style)\.js$/;

/** Svelte's runtime (not its version stamp and flags, which are imported for their effect). */
const SVELTE_RUNTIME = /\/node_modules\/svelte\/src\/internal\/(client|shared)\//;

/** What the explorer's build and the embeds' share. */
const BUILD = {
  target: 'es2022',
  sourcemap: false,
  // One stylesheet: the prerendered sections that load later (src/sections) are styled from
  // the first paint, not when their chunk arrives.
  cssCodeSplit: false,
  modulePreload: false,
} as const;
/**
 * Svelte's runtime modules have no side effects on import (its package does not say so): a page
 * then carries only the parts it uses, not every part some later chunk does, which its index
 * would otherwise pull into the entry (binding a select, say).
 */
const TREESHAKE = { moduleSideEffects: (id: string) => !SVELTE_RUNTIME.test(id) };

// Relative base: dist/ works from any static host and from a sub-path.
// `--mode single` (npm run build:single): one self-contained dist-single/index.html that
// works opened from disk; its scripts are inline, so it carries no CSP.
// `--mode embed-<chart>` (scripts/build-embeds.mjs, after the explorer's build): the embeds'
// page's entry for that chart (src/embed/embedMain.ts) and the chunks it loads later, into the
// same dist/, with a manifest and a module map of its own (.vite/embed-<chart>.json,
// .vite/embed-<chart>.modules.json).
export default defineConfig(({ mode }) => {
  const embedChart = /^embed-(\w+)$/.exec(mode)?.[1];
  if (embedChart)
    return {
      base: './',
      publicDir: false,
      plugins: [
        svelte(),
        embedCatalogue(embedChart),
        oneChart(embedChart),
        noStylesheet(),
        plainDynamicImports(),
        compileHints(),
        moduleMap(`.vite/embed-${embedChart}.modules.json`),
      ],
      worker: { format: 'es' },
      build: {
        ...BUILD,
        outDir: 'dist',
        emptyOutDir: false,
        manifest: `.vite/embed-${embedChart}.json`,
        rolldownOptions: {
          input: 'src/embed/embedMain.ts',
          treeshake: TREESHAKE,
          output: {
            entryFileNames: `assets/embed-${embedChart}-[hash].js`,
            // Everything the entry loads in one chunk with it (as the explorer's `start`).
            codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
          },
        },
      },
    };
  const start = startChunks();
  return {
    base: './',
    plugins:
      mode === 'single'
        ? [svelte(), embedCatalogue(), viteSingleFile()]
        : [
            svelte(),
            embedCatalogue(),
            devEmbedPage(),
            // (Its clean-up after each test is in test/setup.ts, for the component tests only.)
            svelteTesting({ autoCleanup: false }),
            contentSecurityPolicy(),
            start.plugin,
            plainDynamicImports(),
            compileHints(),
            moduleMap(),
          ],
    worker: { format: 'es' },
    build: {
      ...BUILD,
      outDir: mode === 'single' ? 'dist-single' : 'dist',
      // dist/.vite/manifest.json: which chunks each entry and dynamic import loads (npm run size).
      manifest: mode !== 'single',
      rolldownOptions: {
        treeshake: TREESHAKE,
        output: {
          codeSplitting: {
            groups: [
              { name: 'start', tags: ['$initial'] },
              // Before `start`, which would otherwise take them with the runtime's index.
              {
                name: 'runtime',
                test: LATER_RUNTIME,
                priority: 1,
                includeDependenciesRecursively: false,
              },
              // What writes a link (src/state/urlWrite.ts) and where a page goes (pagePath.ts):
              // their own chunk, which an embed fetches after it starts (its link to the
              // explorer) and the explorer with its layout.
              {
                name: 'write',
                test: /\/src\/state\/(urlWrite|pagePath)\.ts$/,
                priority: 1,
                includeDependenciesRecursively: false,
              },
              { name: 'charts', test: start.charts, includeDependenciesRecursively: false },
              { name: 'controls', test: start.controls, includeDependenciesRecursively: false },
              { name: 'explorer', test: start.explorer, includeDependenciesRecursively: false },
            ],
          },
        },
      },
    },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    test: {
      environment: 'jsdom',
      include: ['test/**/*.test.ts'],
      exclude: ['test/e2e/**', 'node_modules/**'],
      setupFiles: ['test/setup.ts'],
      // Property tests run hundreds of cases: on a loaded two-core machine they need room.
      testTimeout: 30_000,
      // Every core (Vitest's default leaves one idle: a single worker on a two-core machine),
      // in threads, each file still isolated: 189 s became 106 s on the two-core machine.
      pool: 'threads',
      maxWorkers: '100%',
    },
  };
});
