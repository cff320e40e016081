// npm run size: gzipped size of the built JS and CSS in dist/assets. Fails when the main
// JS (everything but the Monte Carlo worker, which is counted apart) exceeds the budget.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_JS_KB = 90; // issue 4: the explorer, worker apart
const dir = 'dist/assets';
let files;
try {
  files = readdirSync(dir).filter((f) => /\.(js|css)$/.test(f));
} catch {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const kb = (f) => gzipSync(readFileSync(`${dir}/${f}`), { level: 9 }).length / 1024;
let mainJs = 0;
for (const f of files.sort()) {
  const size = kb(f);
  const worker = /worker/i.test(f);
  if (f.endsWith('.js') && !worker) mainJs += size;
  console.log(
    `${f.padEnd(40)} ${size.toFixed(1).padStart(6)} kB gzipped${worker ? '  (worker, counted apart)' : ''}`,
  );
}
const ok = mainJs <= BUDGET_JS_KB;
console.log(
  `main JS: ${mainJs.toFixed(1)} kB gzipped, budget ${BUDGET_JS_KB} kB: ${ok ? 'ok' : 'OVER BUDGET'}`,
);
process.exit(ok ? 0 : 1);
