// After `vite build`: renders the default scenario on the server side into dist/index.html.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';

const file = process.argv[2] ?? 'dist/index.html';
const server = await createServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { prerender } = await server.ssrLoadModule('/src/prerender.ts');
  const { body, noscript } = prerender();
  const html = readFileSync(file, 'utf8');
  const slot = '<div id="app"></div>';
  if (!html.includes(slot)) throw new Error(`${file} has no ${slot}`);
  const escaped = noscript.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  writeFileSync(
    file,
    html.replace(
      slot,
      `<div id="app">${body}</div>\n    <noscript><p class="noscript">${escaped}</p></noscript>`,
    ),
  );
  console.log(
    `prerendered the default scenario into ${file} (${Math.round(body.length / 1024)} kB of HTML)`,
  );
} finally {
  await server.close();
}
