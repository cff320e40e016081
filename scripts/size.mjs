// npm run size: gzipped size of the built JS and CSS in dist/assets. The budget covers what
// a reader's browser loads at start-up: the entry bundle plus one language's catalogue (the
// larger one is counted). The Monte Carlo worker, the other catalogue and the in-thread
// fallback (loaded only where workers are refused) are listed apart.
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
const kindOf = (f) =>
  f.endsWith('.css')
    ? 'css'
    : /worker/i.test(f)
      ? 'worker'
      : /^(en|ja)-/.test(f)
        ? 'catalogue'
        : /^index-/.test(f)
          ? 'entry'
          : 'lazy';
let entry = 0;
let catalogue = 0;
for (const f of files.sort()) {
  const size = kb(f);
  const kind = kindOf(f);
  if (kind === 'entry') entry += size;
  if (kind === 'catalogue') catalogue = Math.max(catalogue, size);
  const note = {
    worker: '  (worker, counted apart)',
    catalogue: '  (one language, loaded at start-up)',
    lazy: '  (loaded only when needed)',
    entry: '',
    css: '',
  }[kind];
  console.log(`${f.padEnd(40)} ${size.toFixed(1).padStart(6)} kB gzipped${note}`);
}
const startup = entry + catalogue;
const ok = startup <= BUDGET_JS_KB;
console.log(
  `start-up JS: ${startup.toFixed(1)} kB gzipped (entry ${entry.toFixed(1)} + catalogue ${catalogue.toFixed(1)}), budget ${BUDGET_JS_KB} kB: ${ok ? 'ok' : 'OVER BUDGET'}`,
);
process.exit(ok ? 0 : 1);
