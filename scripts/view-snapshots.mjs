// npm run snapshots:view: puts every committed chart snapshot on one page, styled with the
// app's stylesheet, at reports/snapshots.html (and a PNG of it), for a person to look at.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const dir = 'test/charts/__snapshots__';
const css = readFileSync('src/styles/global.css', 'utf8');
const figures = readdirSync(dir)
  .filter((f) => f.endsWith('.svg'))
  .sort()
  .map(
    (f) =>
      `<figure><figcaption>${f}</figcaption>${readFileSync(`${dir}/${f}`, 'utf8').replace(/<\?xml[^>]*>/, '')}</figure>`,
  );
mkdirSync('reports', { recursive: true });
const html = `<!doctype html><meta charset="utf-8"><style>${css} body{display:grid;grid-template-columns:repeat(2,740px);gap:1rem;padding:1rem} figcaption{font-weight:600}</style>${figures.join('\n')}`;
writeFileSync('reports/snapshots.html', html);
const executablePath = chromiumPath();
if (executablePath) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1540, height: 900 } });
  await page.goto(pathToFileURL(resolve('reports/snapshots.html')).href);
  await page.screenshot({ path: 'reports/snapshots.png', fullPage: true });
  await browser.close();
}
console.log('wrote reports/snapshots.html and reports/snapshots.png');
