/**
 * Runs `read` with the page in its light theme, so the colours it reads are the light
 * theme's whatever the reader's: an exported picture is printed on white. The page's own
 * theme is put back before anything repaints.
 */
export function inLightTheme<T>(read: () => T): T {
  const root = document.documentElement;
  const had = root.getAttribute('data-theme');
  root.setAttribute('data-theme', 'light');
  try {
    return read();
  } finally {
    if (had === null) root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', had);
  }
}
