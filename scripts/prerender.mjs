// After `vite build`: the page prerendered in each language (dist/index.html in English,
// dist/ja/index.html in Japanese), each with its title, description, link-preview tags and a
// preview image made here (dist/og.png, dist/ja/og.png; SVG rendered by resvg, no browser).
// With a file argument (the one-file build) only the English page is written, in place.
// Each page's <head> gets the first-paint script (dist/first-paint.js; inline in the one-file
// build), and dist/embeds/ the static pictures embed snippets show where frames cannot run.
// SITE_URL (e.g. https://example.org/pledge/) makes the preview links absolute.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';
import { Resvg } from '@resvg/resvg-js';

const single = process.argv[2];
const site = (process.env.SITE_URL ?? '').replace(/\/?$/, '/').replace(/^\/$/, '');
const server = await createServer({
  // No HMR websocket: a build step, and two builds may run at once.
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'error',
});

/** The fonts the pictures are drawn in, where installed (.ci/run installs both). */
const FONT_FILES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf',
].filter((f) => existsSync(f));
const HAVE_FONTS = FONT_FILES.length === 3;

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/**
 * A picture as PNG. Each text is set in the one face it needs (resvg shapes a text against
 * every family its style lists, and searching the large Japanese face is slow): DejaVu Sans,
 * or IPAGothic for a text with Japanese in it.
 */
function toPng(svg) {
  if (!HAVE_FONTS)
    return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
      .render()
      .asPng();
  const text = svg
    .replace(/font-family:\s*[^;"]+;?/g, '')
    .replace(/<text\b([^>]*)>([\s\S]*?)<\/text>/g, (whole, attrs, body) =>
      CJK.test(body) ? `<text font-family="IPAGothic"${attrs}>${body}</text>` : whole,
    );
  const font = { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'DejaVu Sans' };
  return new Resvg(text, { font }).render().asPng();
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

/** The page in one language: head tags, the no-script note first, the prerendered app. */
function pageHtml(template, page, depth, firstPaint) {
  const up = '../'.repeat(depth);
  const here = depth === 0 ? '' : `${page.lang}/`;
  // Beside the page (absolute when the build knows its address, as previews want).
  const image = site ? `${site}${here}og.png` : 'og.png';
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
    `<link rel="alternate" hreflang="en" href="${site || up}" />`,
    `<link rel="alternate" hreflang="ja" href="${site ? `${site}ja/` : `${up}ja/`}" />`,
    firstPaint,
  ].join('\n    ');
  const other =
    page.lang === 'ja'
      ? { href: up || './', lang: 'en', label: 'English' }
      : { href: 'ja/', lang: 'ja', label: '日本語' };
  const otherLink = single
    ? ''
    : ` <a href="${other.href}" lang="${other.lang}" hreflang="${other.lang}">${other.label}</a>`;
  let html = template
    .replace(/<html lang="[^"]*"/, `<html lang="${page.lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace(/<meta\s+name="description"\s+content="[^"]*"\s*\/>/, head)
    .replace(
      '<div id="app"></div>',
      `<noscript><p class="noscript">${escapeHtml(page.noscript)}${otherLink}</p><style>${NO_JS_STYLE}</style></noscript>\n    <div id="app">${page.body}</div>`,
    );
  // The Japanese page sits one folder down: its links to the build's files go up one.
  if (depth > 0) html = html.replace(/(src|href)="\.\//g, `$1="${up}`);
  return html;
}

try {
  const { prerender, previewCard, embedFallbacks } =
    await server.ssrLoadModule('/src/prerender.ts');
  const { firstPaintScript } = await server.ssrLoadModule('/src/firstPaint.ts');
  const script = firstPaintScript();
  if (!single) writeFileSync('dist/first-paint.js', script);
  const file = single ?? 'dist/index.html';
  const template = readFileSync(file, 'utf8');
  if (!template.includes('<div id="app"></div>'))
    throw new Error(`${file} has no <div id="app"></div>`);
  const css = lightCss(readFileSync('src/styles/global.css', 'utf8'));
  for (const lang of single ? ['en'] : ['en', 'ja']) {
    const page = prerender(lang);
    const depth = lang === 'en' ? 0 : 1;
    const dir = single ? null : depth === 0 ? 'dist' : `dist/${lang}`;
    const out = dir ? `${dir}/index.html` : file;
    if (dir) mkdirSync(dir, { recursive: true });
    // Blocking and first in <head>: the root is marked before anything is drawn.
    const firstPaint = single
      ? `<script>${script}</script>`
      : `<script src="${'../'.repeat(depth) || './'}first-paint.js"></script>`;
    writeFileSync(out, pageHtml(template, page, depth, firstPaint));
    let note = '';
    if (dir) {
      // The page's own address, when the build knows where it will be served.
      const url = site ? `${site}${depth ? `${lang}/` : ''}` : '';
      const svg = previewCard(page, css, url);
      const png = toPng(svg);
      writeFileSync(`${dir}/og.png`, png);
      note = ` and ${dir}/og.png (${Math.round(png.length / 1024)} kB)`;
    }
    console.log(
      `prerendered ${lang} into ${out} (${Math.round(page.body.length / 1024)} kB of HTML)${note}`,
    );
    if (dir) {
      const started = Date.now();
      let bytes = 0;
      const pictures = embedFallbacks(lang, css, site);
      for (const { path, svg } of pictures) {
        const png = toPng(svg);
        mkdirSync(`dist/${path.replace(/\/[^/]*$/, '')}`, { recursive: true });
        writeFileSync(`dist/${path}`, png);
        bytes += png.length;
      }
      console.log(
        `  ${pictures.length} embed fallback pictures (${lang}, ${Math.round(bytes / 1024)} kB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  }
} finally {
  await server.close();
}
