// npm run screenshot: rebuilds the README's pictures (docs/screenshot.png, and the Japanese
// page in yen, docs/screenshot-ja.png) from the built app.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumHelp, chromiumPath } from './chromium.mjs';

const executablePath = chromiumPath();
if (!executablePath) {
  console.error(chromiumHelp);
  process.exit(1);
}
const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--port', '4174', '--strictPort', '--host', '127.0.0.1'],
  { stdio: 'ignore' },
);
try {
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  for (const [query, path] of [
    ['', 'docs/screenshot.png'],
    ['?lang=ja&cur=jpy', 'docs/screenshot-ja.png'],
  ]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1180 } });
    await page.goto(`http://127.0.0.1:4174/${query}`);
    await page.locator('path.area.band90').waitFor();
    await page.waitForFunction(() => !document.querySelector('.mc progress'));
    await page.screenshot({ path });
    await page.close();
    console.log(`wrote ${path}`);
  }
  await browser.close();
} finally {
  server.kill();
}
