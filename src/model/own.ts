/** An own property of an untrusted object: `__proto__`, `constructor` and the like never leak in. */
export function own(bag: unknown, key: string): unknown {
  return typeof bag === 'object' && bag !== null && Object.prototype.hasOwnProperty.call(bag, key)
    ? (bag as Readonly<Record<string, unknown>>)[key]
    : undefined;
}
