/**
 * The page's language in its path: the Japanese page is prerendered at `ja/` (so a link to
 * it shows Japanese even without JavaScript), the English one at the root. A language the
 * reader picks moves the address to its page; links opened from disk keep their path.
 */
import type { Locale } from '../i18n/format';

const JA = /(^|\/)ja\/(index\.html)?$/;

/** The language a path names, if any. */
export function langOfPath(pathname: string): Locale | null {
  return JA.test(pathname) ? 'ja' : null;
}

/** The site's root: the path without `ja/` and without `index.html`. */
export function basePath(pathname: string): string {
  return pathname.replace(JA, '$1').replace(/index\.html$/, '');
}

/** Where the page lives in a language (null: wherever it is now). */
export function pathFor(pathname: string, lang: Locale | null, httpPage = true): string {
  if (lang === null || !httpPage) return pathname;
  return lang === 'ja' ? `${basePath(pathname)}ja/` : basePath(pathname);
}
