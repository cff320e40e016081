// After `vite build`: the page prerendered in each language (dist/index.html in English,
// dist/ja/index.html in Japanese), and each preset's own page in each (dist/p/<preset>/,
// dist/ja/p/<preset>/; the central preset is the default, at the root), each with its title,
// description, link-preview tags and a preview image of its scenario made here (og.png beside
// it; SVG rendered by resvg, no browser).
// With a file argument (the one-file build) only the English page is written, in place.
// Each page's <head> gets the first-paint script (dist/assets/first-paint-<hash>.js, named by
// its content; inline in the one-file build), and dist/embeds/ the static pictures embed
// snippets show where frames cannot run.
// SITE_URL (e.g. https://example.org/pledge/) makes the preview links absolute.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';
import { renderAsync } from '@resvg/resvg-js';
import { EMBED_CHARTS } from './embedKeys.mjs';

const single = process.argv[2];
const site = (process.env.SITE_URL ?? '').replace(/\/?$/, '/').replace(/^\/$/, '');
const server = await createServer({
  // No HMR websocket: a build step, and two builds may run at once.
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'error',
});

/** The fonts the pictures are drawn in, where installed (.ci/run installs both). */
const JA_FONT = '/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf';
const FONT_FILES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  JA_FONT,
].filter((f) => existsSync(f));
const HAVE_FONTS = FONT_FILES.length === 3;

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/**
 * A picture as PNG. Each text is set in the one face it needs (resvg shapes a text against
 * every family its style lists, and searching the large Japanese face is slow): DejaVu Sans,
 * or IPAGothic for a text with Japanese in it. Drawn off the main thread (on Node's worker
 * thread pool, four threads unless UV_THREADPOOL_SIZE says otherwise), so the pictures are
 * drawn side by side, and while the next page is prerendered.
 */
async function toPng(svg) {
  if (!HAVE_FONTS)
    return (
      await renderAsync(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
    ).asPng();
  const text = svg
    .replace(/font-family:\s*[^;"]+;?/g, '')
    .replace(/<text\b([^>]*)>([\s\S]*?)<\/text>/g, (whole, attrs, body) =>
      CJK.test(body) ? `<text font-family="IPAGothic"${attrs}>${body}</text>` : whole,
    );
  // (The Japanese face, 6 MB, is read for each picture that has it: only those that need it. A
  // picture without Japanese has no text set in it, so it draws the same without the face.)
  const fontFiles = CJK.test(text) ? FONT_FILES : FONT_FILES.filter((f) => f !== JA_FONT);
  const font = { loadSystemFonts: false, fontFiles, defaultFontFamily: 'DejaVu Sans' };
  return (await renderAsync(text, { font })).asPng();
}

const escapeHtml = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The stylesheet with every colour resolved to the light theme's (for the preview image). */
function lightCss(css) {
  const vars = {};
  for (const m of css.matchAll(/--([\w-]+):\s*([^;]+);/g)) {
    const v = m[2].trim();
    const ld = /^light-dark\(\s*([^,]+?)\s*,/.exec(v);
    vars[m[1]] = ld ? ld[1] : v;
  }
  return css
    .replace(/var\(--([\w-]+)\)/g, (_, name) => vars[name] ?? 'currentColor')
    .replace(/\/\*[\s\S]*?\*\//g, '');
}

/** What readers without JavaScript get: controls hidden, the one-column layout, the note's extras. */
const NO_JS_STYLE =
  '.needs-js{display:none!important}.no-js-only{display:revert!important}main{grid-template-columns:minmax(0,1fr)!important}';

/** A page's folder under the site's root: '' (English default), 'ja/', 'p/stalled/', 'ja/p/stalled/'. */
const folderOf = (lang, preset) => `${lang === 'ja' ? 'ja/' : ''}${preset ? `p/${preset}/` : ''}`;

/** Vite's manifest of the build (null in the one-file build). */
const manifest =
  !single && existsSync('dist/.vite/manifest.json')
    ? JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'))
    : null;

/**
 * What the page's script fetches first, which the first-paint script preloads once it knows
 * the reader's language and whether the page is an embed (src/firstPaint.ts; the files are
 * named on <html>): for the explorer, the reader's catalogue (start-up part) and the charts'
 * chunk; for an embed, its page's part of the catalogue. The explorer's own chunk is not
 * preloaded (nor would an embed's preload be any use to the explorer).
 */
function preloads(up) {
  if (!manifest) return { catalogues: '' };
  const file = (key) => manifest[key]?.file;
  const at = (f) => `${up || './'}${f}`;
  const charts = Object.keys(manifest)
    .filter((k) => k.startsWith('_charts-'))
    .map((k) => at(file(k)));
  const named = (attr, key) =>
    ['en', 'ja']
      .map((lang) => [lang, file(key(lang))])
      .filter(([, f]) => f)
      .map(([lang, f]) => ` ${attr}-${lang}="${at(f)}"`)
      .join('');
  return {
    catalogues:
      named('data-catalogue', (lang) => `src/i18n/${lang}.core.ts`) +
      named('data-embed-catalogue', (lang) => `virtual:embed-catalogue/${lang}`) +
      (charts.length ? ` data-preload="${charts.join(' ')}"` : ''),
  };
}

/**
 * The order the page asks for its files: the stylesheet first, which the first paint waits for;
 * then the first-paint script, which therefore runs once the stylesheet has arrived (a script
 * waits for the stylesheets above it; the page is not drawn before either). (With the
 * first-paint script first and the stylesheet after it, Lighthouse's simulated first paint took
 * 1.08 s in one load of three, 1.53–1.54 s in the other two.) Then the app's module, which the
 * page names on its root instead of loading it (`entry`: the attributes; by default the build's
 * entry as `data-entry`), and the first-paint script asks for, with its preloads (src/firstPaint.ts):
 *
 * - on the explorer's pages, once the prerender has been painted, so on a slow link the page's
 *   first paint does not share its time with some 55 kB of script. Lighthouse's simulation
 *   counts every file that arrived before the largest paint as needed for it: with the module
 *   asked for as the page was parsed, its simulated largest paint came 0.15–0.46 s after its
 *   first, for the one paint the browser saw;
 * - on the embeds' page, which shows nothing before the app does, at once: the entry of the
 *   link's chart, among one per chart (`data-entry-<chart>`: scripts/build-embeds.mjs).
 *
 * The one-file build has none of these files: its script and styles are inline.
 */
function orderHead(html, entry) {
  const sheets = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
  const module = '<script type="module" crossorigin src=';
  const firstPaint = /<script src="[^"]*first-paint-[\w-]+\.js"><\/script>/.exec(html);
  if (sheets.length !== 1 || !firstPaint || !html.includes(module) || /modulepreload/.test(html))
    throw new Error(
      'the page should have one stylesheet, the first-paint script, the module script and no preload',
    );
  const sheet = /\n\s*(<link rel="stylesheet"[^>]*>)/.exec(html);
  if (!sheet) throw new Error('the stylesheet is not on a line of its own');
  const script = new RegExp(`\\n\\s*(${module}"([^"]+)"></script>)`).exec(html);
  if (!script || html.split('</body>').length !== 2)
    throw new Error('the module script is not on a line of its own, or the page has no one body');
  return html
    .replace(sheet[0], '')
    .replace(script[0], '')
    .replace(firstPaint[0], `${sheet[1]}\n    ${firstPaint[0]}`)
    .replace(/<html lang="[^"]*"/, (tag) => `${tag}${entry ?? ` data-entry="${script[2]}"`}`);
}

/** The page: head tags, the no-script note first, the prerendered app. */
function pageHtml(template, page, firstPaint) {
  const here = folderOf(page.lang, page.preset);
  const up = '../'.repeat(here.split('/').length - 1);
  const preload = preloads(up);
  // Beside the page (absolute when the build knows its address, as previews want).
  const image = site ? `${site}${here}og.png` : 'og.png';
  const at = (lang) =>
    site ? `${site}${folderOf(lang, page.preset)}` : `${up}${folderOf(lang, page.preset)}` || './';
  const head = [
    `<meta name="description" content="${escapeHtml(page.description)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${escapeHtml(page.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(page.description)}" />`,
    `<meta property="og:image" content="${escapeHtml(image)}" />`,
    `<meta property="og:image:width" content="1200" />`,
    `<meta property="og:image:height" content="630" />`,
    `<meta property="og:locale" content="${page.lang === 'ja' ? 'ja_JP' : 'en_GB'}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:image" content="${escapeHtml(image)}" />`,
    `<link rel="alternate" hreflang="en" href="${at('en')}" />`,
    `<link rel="alternate" hreflang="ja" href="${at('ja')}" />`,
    firstPaint,
  ].join('\n    ');
  const other =
    page.lang === 'ja'
      ? { href: at('en'), lang: 'en', label: 'English' }
      : { href: at('ja'), lang: 'ja', label: '日本語' };
  const otherLink = single
    ? ''
    : ` <a href="${other.href}" lang="${other.lang}" hreflang="${other.lang}">${other.label}</a>`;
  // A preset's page names its scenario, so the first-paint script keeps it for its own links.
  const own = page.preset ? ` data-page-scenario="${escapeHtml(page.scenarioKeys)}"` : '';
  let html = template
    .replace(/<html lang="[^"]*"/, `<html lang="${page.lang}"${own}${preload.catalogues}`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace(/<meta\s+name="description"\s+content="[^"]*"\s*\/>/, head)
    .replace(
      '<div id="app"></div>',
      `<noscript><p class="noscript">${escapeHtml(page.noscript)}${otherLink}</p><style>${NO_JS_STYLE}</style></noscript>\n    <div id="app">${page.body}</div>\n    ${page.analysisScript}`,
    );
  if (!single) html = orderHead(html);
  // A page in a folder: its links to the build's files go up to the root.
  if (up) html = html.replace(/(src|href|data-entry)="\.\//g, `$1="${up}`);
  return html;
}

/**
 * The embeds' page's files, from each chart's build of its entry (scripts/build-embeds.mjs:
 * dist/.vite/embed-<chart>.json): the entry (`data-entry-<chart>`) and, in each language, the
 * catalogue's part it starts with (`data-embed-catalogue-<lang>-<chart>`: its page's and its
 * chart's messages, one file in that build), which the first-paint script preloads for the
 * link's chart and language.
 */
function embedFiles() {
  let attrs = '';
  for (const chart of Object.keys(EMBED_CHARTS)) {
    const file = `dist/.vite/embed-${chart}.json`;
    if (!existsSync(file))
      throw new Error(`${file} is missing: run scripts/build-embeds.mjs first`);
    const built = JSON.parse(readFileSync(file, 'utf8'));
    const at = (key) => {
      if (!built[key]) throw new Error(`${file} has no ${key}`);
      return `./${built[key].file}`;
    };
    attrs += ` data-entry-${chart}="${at('src/embed/embedMain.ts')}"`;
    for (const lang of ['en', 'ja'])
      attrs += ` data-embed-catalogue-${lang}-${chart}="${at(`virtual:embed-catalogue/${lang}`)}"`;
  }
  return attrs;
}

/**
 * The embeds' page (embed.html, beside the explorer's): the explorer's head (its stylesheet,
 * first-paint script and policy) without its prerender, which an embed never shows (an embed of
 * the explorer's page, `./?embed=1`, still works, and fetches and parses the whole explorer's
 * HTML to hide it), and each chart's entry and catalogue parts named on its root (embedFiles);
 * for a frame without JavaScript, a link to the full explorer in each language. Not indexed.
 * The embed codes the explorer writes point here (src/embed/EmbedBuilder.svelte).
 */
function embedHtml(template, firstPaint, open) {
  const html = template
    .replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/>/,
      (description) =>
        `${description}\n    <meta name="robots" content="noindex" />\n    ${firstPaint}`,
    )
    .replace(
      '<div id="app"></div>',
      `<noscript><p class="noscript"><a href="./" target="_blank" rel="noopener">${escapeHtml(open.en)}</a> · <a href="ja/" lang="ja" hreflang="ja" target="_blank" rel="noopener">${escapeHtml(open.ja)}</a></p></noscript>\n    <div id="app"></div>`,
    );
  return orderHead(html, embedFiles()).replace(/<html lang="[^"]*"/, '<html lang="en"');
}

/** The preset pages' pictures, still being drawn. */
const presetPictures = [];
try {
  const { prerender, previewCard, embedFallbacks } =
    await server.ssrLoadModule('/src/prerender.ts');
  const { PAGE_PRESETS } = await server.ssrLoadModule('/src/state/langPath.ts');
  const { firstPaintScript } = await server.ssrLoadModule('/src/firstPaint.ts');
  // The embeds' page names an entry for each chart the app knows, which the first-paint script
  // picks from by the app's list.
  const { CHART_IDS } = await server.ssrLoadModule('/src/state/view.ts');
  if (CHART_IDS.join() !== Object.keys(EMBED_CHARTS).join())
    throw new Error('scripts/embedKeys.mjs EMBED_CHARTS and src/state/view.ts CHART_IDS differ');
  const script = firstPaintScript();
  // Its name carries a hash of its content, as the bundler's files do: the explorer's pages
  // start the app from it (src/firstPaint.ts), so a page must never meet an older one that a
  // browser or a host kept.
  const firstPaintFile = `assets/first-paint-${createHash('sha256').update(script).digest('base64url').slice(0, 8)}.js`;
  if (!single) writeFileSync(`dist/${firstPaintFile}`, script);
  const file = single ?? 'dist/index.html';
  const template = readFileSync(file, 'utf8');
  if (!template.includes('<div id="app"></div>'))
    throw new Error(`${file} has no <div id="app"></div>`);
  if (!single) {
    const open = {};
    for (const lang of ['en', 'ja'])
      open[lang] = (await server.ssrLoadModule(`/src/i18n/${lang}.ts`))[lang]['embed.open'];
    writeFileSync(
      'dist/embed.html',
      embedHtml(template, `<script src="./${firstPaintFile}"></script>`, open),
    );
    console.log('wrote dist/embed.html (the embeds’ page: no prerender)');
  }
  const css = lightCss(readFileSync('src/styles/global.css', 'utf8'));
  // Each language's default page, then each preset's page (not in the one-file build).
  const pages = [
    ...(single ? ['en'] : ['en', 'ja']).map((lang) => [lang, null]),
    ...(single ? [] : ['en', 'ja'].flatMap((lang) => PAGE_PRESETS.map((p) => [lang, p]))),
  ];
  let presetPages = 0;
  const presetsStarted = Date.now();
  for (const [lang, preset] of pages) {
    const page = prerender(lang, preset);
    const here = folderOf(lang, preset);
    const dir = single ? null : `dist/${here}`.replace(/\/$/, '');
    const out = dir ? `${dir}/index.html` : file;
    if (dir) mkdirSync(dir, { recursive: true });
    // Blocking, in <head> below the stylesheet (orderHead): the root is marked before anything
    // is drawn.
    const firstPaint = single
      ? `<script>${script}</script>`
      : `<script src="${'../'.repeat(here.split('/').length - 1) || './'}${firstPaintFile}"></script>`;
    writeFileSync(out, pageHtml(template, page, firstPaint));
    // The page's preview picture, when it has a folder (the page's own address in it, when the
    // build knows where it will be served).
    const picture = dir
      ? toPng(previewCard(page, css, site ? `${site}${here}` : '')).then((png) => {
          writeFileSync(`${dir}/og.png`, png);
          return png;
        })
      : null;
    if (preset) {
      presetPages += 1;
      presetPictures.push(picture);
      continue;
    }
    const png = await picture;
    const note = png ? ` and ${dir}/og.png (${Math.round(png.length / 1024)} kB)` : '';
    console.log(
      `prerendered ${lang} into ${out} (${Math.round(page.body.length / 1024)} kB of HTML)${note}`,
    );
    if (dir) {
      const started = Date.now();
      const pictures = embedFallbacks(lang, css, site);
      const sizes = await Promise.all(
        pictures.map(async ({ path, svg }) => {
          const png = await toPng(svg);
          mkdirSync(`dist/${path.replace(/\/[^/]*$/, '')}`, { recursive: true });
          writeFileSync(`dist/${path}`, png);
          return png.length;
        }),
      );
      const bytes = sizes.reduce((a, b) => a + b, 0);
      console.log(
        `  ${pictures.length} embed fallback pictures (${lang}, ${Math.round(bytes / 1024)} kB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  }
  await Promise.all(presetPictures);
  if (presetPages)
    console.log(
      `prerendered ${presetPages} preset pages (p/<preset>/ and ja/p/<preset>/, each with its og.png) in ${((Date.now() - presetsStarted) / 1000).toFixed(1)} s`,
    );
} finally {
  // (If a page failed to prerender, the pictures already being drawn end before the server.)
  await Promise.allSettled(presetPictures);
  await server.close();
}
