import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Runes mode for every component, those that use no rune included (the explorer's layout, a few
// controls): compiled in legacy mode, they would bring Svelte's legacy reactivity along, into the
// chunk every page starts with.
export default { preprocess: vitePreprocess(), compilerOptions: { runes: true } };
