/**
 * The built chunks as the server sends them (vite.config.ts): each chunk of code starts with
 * V8's compile hint, so its functions compile as it streams in rather than on the main thread
 * when first called; the catalogue's chunks, data only, do not; and no chunk still goes through
 * Vite's preload helper (every call of it became the import it wrapped).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { CHART_IDS } from '../../src/state/view';

/**
 * Which chunk of dist/ holds each source module (written by the build): the explorer's build's
 * (modules.json) and each embed's entry's (embed-<chart>.modules.json).
 */
const maps: Record<string, string>[] = readdirSync('dist/.vite')
  .filter((f) => f.endsWith('modules.json'))
  .map((f) => JSON.parse(readFileSync(`dist/.vite/${f}`, 'utf8')));
const modules = maps.find((m) => m['src/main.ts'])!;
const CATALOGUE = /^src\/i18n\/(en|ja)(\.core|\.later)?\.ts$|^virtual:embed-catalogue\//;
const HINT = '//# allFunctionsCalledOnLoad\n';

/** Each chunk of the page (workers aside), and whether it holds any code beyond the catalogue. */
const chunks = new Map<string, boolean>();
for (const map of maps)
  for (const [module, file] of Object.entries(map))
    if (!/\.worker-/.test(file))
      chunks.set(file, (chunks.get(file) ?? false) || !CATALOGUE.test(module));

test('every chunk of code starts with the compile hint, the catalogue’s data chunks do not, and none calls the preload helper', async ({
  request,
}) => {
  const code = [...chunks].filter(([, hasCode]) => hasCode).map(([file]) => file);
  const data = [...chunks].filter(([, hasCode]) => !hasCode).map(([file]) => file);
  // The entry, the layout's chunks and the sections' are code; each language's page part and
  // each chart's part of an embed's catalogue are data.
  expect(code).toContain(modules['src/main.ts']);
  expect(code).toContain(modules['src/Explorer.svelte']);
  // The explorer's build's and each chart's embed build's.
  expect(maps).toHaveLength(1 + CHART_IDS.length);
  for (const map of maps)
    if (map !== modules) expect(code).toContain(map['src/embed/embedMain.ts']);
  expect(data).toContain(modules['virtual:embed-catalogue/en']);
  expect(data).toContain(modules['virtual:embed-catalogue/ja/money']);
  for (const file of [...code, ...data]) {
    const text = await (await request.get(`/${file}`)).text();
    expect(text.startsWith(HINT), `${file} starts with the hint`).toBe(code.includes(file));
    expect(text.slice(HINT.length), `${file} has one hint`).not.toContain(
      'allFunctionsCalledOnLoad',
    );
    // A preload call left would read `fn(() => import(…), [], import.meta.url)`.
    expect(text, `${file} calls no preload helper`).not.toMatch(/,\s*\[\],\s*import\.meta\.url\)/);
  }
});
