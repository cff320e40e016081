// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { basePath, langOfPath, pathFor } from '../../src/state/langPath';

describe('langPath', () => {
  test.each([
    ['/', null, '/'],
    ['/ja/', 'ja', '/'],
    ['/tools/pledge/ja/', 'ja', '/tools/pledge/'],
    ['/tools/pledge/ja/index.html', 'ja', '/tools/pledge/'],
    ['/tools/pledge/index.html', null, '/tools/pledge/'],
    ['/raja/', null, '/raja/'],
  ])('%s names %s; its root is %s', (path, lang, base) => {
    expect(langOfPath(path)).toBe(lang);
    expect(basePath(path)).toBe(base);
  });
  test('a picked language moves the page to its path; no pick keeps the path', () => {
    expect(pathFor('/tools/pledge/', 'ja')).toBe('/tools/pledge/ja/');
    expect(pathFor('/tools/pledge/ja/', 'en')).toBe('/tools/pledge/');
    expect(pathFor('/tools/pledge/ja/', null)).toBe('/tools/pledge/ja/');
  });
  test('a page opened from disk keeps its file path', () => {
    expect(pathFor('/home/me/index.html', 'ja', false)).toBe('/home/me/index.html');
  });
});
