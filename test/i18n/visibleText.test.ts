// @vitest-environment node
/**
 * No component carries user-visible text of its own: every word a reader sees or hears
 * comes from the catalogues. The scan strips scripts, styles, comments and `{…}`
 * expressions from each component's markup, then looks for letters left in text nodes and
 * in the attributes a reader meets (aria-label, title, placeholder, alt, label, value of
 * buttons).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '../../src');

function components(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return components(path);
    return name.endsWith('.svelte') ? [path] : [];
  });
}

/** Removes `{…}` expressions, counting nested braces. */
function withoutExpressions(markup: string): string {
  let out = '';
  let depth = 0;
  for (const ch of markup) {
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/** The markup a reader could see: no scripts, styles or comments. */
export function markupOf(source: string): string {
  return source
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

const WORD = /[A-Za-z\u3040-\u30ff\u4e00-\u9fff]{2,}/;
const READER_ATTRIBUTES = /\s(aria-label|aria-description|title|placeholder|alt|label)="([^"]*)"/g;

/** Words found outside the catalogues in one component's markup. */
export function strayText(source: string): string[] {
  const markup = markupOf(source);
  const found: string[] = [];
  for (const m of markup.matchAll(READER_ATTRIBUTES)) {
    const literal = withoutExpressions(m[2] ?? '');
    if (WORD.test(literal)) found.push(`${m[1]}="${m[2]}"`);
  }
  const bare = withoutExpressions(markup).replace(/<[^>]*>/g, ' ');
  for (const chunk of bare.split(/\s{2,}|\n/)) {
    const text = chunk.trim();
    if (WORD.test(text)) found.push(text);
  }
  return found;
}

describe('components have no text outside the catalogues', () => {
  const files = components(ROOT);
  test('the scan finds the components', () => {
    expect(files.length).toBeGreaterThan(30);
  });
  test.each(files.map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
    expect(strayText(readFileSync(file, 'utf8'))).toEqual([]);
  });
  test('the scan catches text in markup and in reader-facing attributes', () => {
    expect(strayText('<p>Hello reader</p>')).toEqual(['Hello reader']);
    expect(strayText('<button aria-label="Close it">x</button>')).toEqual([
      'aria-label="Close it"',
    ]);
    expect(strayText('<p>{t("ok")}</p><span title="{t(\'x\')}"></span>')).toEqual([]);
    expect(strayText('<h2>見出し</h2>')).toEqual(['見出し']);
  });
});
