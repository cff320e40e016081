// An embed's part of each catalogue, built by vite.config.ts (scripts/embedKeys.mjs).
declare module 'virtual:embed-catalogue/en' {
  const catalogue: Readonly<Partial<import('./en').Catalogue>>;
  export default catalogue;
}
declare module 'virtual:embed-catalogue/ja' {
  const catalogue: Readonly<Partial<import('./en').Catalogue>>;
  export default catalogue;
}
