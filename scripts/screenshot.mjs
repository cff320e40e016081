// npm run screenshot: rebuilds docs/screenshot.png (the README's picture) from the built app.
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
  const page = await browser.newPage({ viewport: { width: 1280, height: 1180 } });
  await page.goto('http://127.0.0.1:4174/');
  await page.locator('path.area.band90').waitFor();
  await page.waitForFunction(() => !document.querySelector('.mc progress'));
  await page.screenshot({ path: 'docs/screenshot.png' });
  await browser.close();
  console.log('wrote docs/screenshot.png');
} finally {
  server.kill();
}
