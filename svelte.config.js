import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Runes mode for every component, those that use no rune included (the explorer's layout, a few
// controls): compiled in legacy mode, they would bring Svelte's legacy reactivity along, into the
// chunk every page starts with.
// No version stamp (`window.__svelte.v`, for tools that look for Svelte on a page): 50 bytes in
// every entry that no reader needs.
export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true, discloseVersion: false },
};
