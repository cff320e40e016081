// After the explorer's `vite build`: the embeds' page's entry, built once per chart (vite.config.ts,
// mode `embed-<chart>`), each into dist/ beside the explorer's files with a manifest of its own
// (dist/.vite/embed-<chart>.json), so an embed loads only the chart it shows (issue 16: at most
// 45 kB of JavaScript gzipped to start, `npm run size`). scripts/prerender.mjs names each on the
// embeds' page (embed.html), and the first-paint script loads the one for the link's chart.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { EMBED_CHARTS } from './embedKeys.mjs';

for (const chart of Object.keys(EMBED_CHARTS)) {
  await build({ mode: `embed-${chart}`, logLevel: 'warn' });
  // Its manifest names no stylesheet: the build wrote none (vite.config.ts noStylesheet).
  const file = `dist/.vite/embed-${chart}.json`;
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  delete manifest['style.css'];
  for (const chunk of Object.values(manifest)) delete chunk.css;
  writeFileSync(file, JSON.stringify(manifest, null, 2));
}
console.log(`built the embeds' entries: ${Object.keys(EMBED_CHARTS).join(', ')}`);
