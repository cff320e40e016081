// @vitest-environment node
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';

// The dev server (`npm start`) serves the embeds' page as the build writes it: the embeds'
// entry, not the explorer's (the embed builder's preview had shown the whole explorer).
let server: ViteDevServer;
let origin = '';
beforeAll(async () => {
  server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, hmr: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the dev server has no port');
  origin = `http://127.0.0.1:${address.port}`;
});
afterAll(() => server.close());

test('embed.html is the embeds’ entry with the page’s stylesheet, whatever its query', async () => {
  const html = await (await fetch(`${origin}/embed.html?chart=risk&lang=ja`)).text();
  expect(html).toContain('<div id="app"></div>');
  expect(html).not.toContain('src/main.ts');
  // Vite serves the inline entry as a module of its own: it imports the embeds' entry.
  const src = /<script type="module" src="([^"]+html-proxy[^"]+)"/.exec(html)?.[1];
  expect(src).toBeDefined();
  const entry = await (await fetch(`${origin}${src?.replaceAll('&amp;', '&')}`)).text();
  expect(entry).toContain('/src/embed/embedMain.ts');
  expect(entry).toContain('/src/styles/global.css');
});

test('the explorer’s page is unchanged', async () => {
  const html = await (await fetch(`${origin}/`)).text();
  expect(html).toContain('src/main.ts');
  expect(html).not.toContain('embedMain');
});
