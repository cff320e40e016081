import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

/**
 * The production page's Content-Security-Policy: scripts only from our own origin (no
 * inline script, no third party), nothing fetched from anywhere else. Styles may be inline
 * (Svelte sets style attributes); images may be data: or blob: (chart downloads). Dev
 * builds skip it (the dev server needs its own websocket and inline helpers).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'pledge-explorer:csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  };
}

// Relative base: dist/ works from any static host and from a sub-path.
// `--mode single` (npm run build:single): one self-contained dist-single/index.html that
// works opened from disk; its scripts are inline, so it carries no CSP.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins:
    mode === 'single'
      ? [svelte(), viteSingleFile()]
      : [svelte(), svelteTesting(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, outDir: mode === 'single' ? 'dist-single' : 'dist' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    // Property tests run hundreds of cases: on a loaded two-core machine they need room.
    testTimeout: 30_000,
  },
}));
