// An embed's parts of each catalogue, built by vite.config.ts (scripts/embedKeys.mjs): its page's
// (virtual:embed-catalogue/en, /ja) and each chart's own (virtual:embed-catalogue/en/money, …).
declare module 'virtual:embed-catalogue/*' {
  const catalogue: Readonly<Partial<import('./en').Catalogue>>;
  export default catalogue;
}
