/**
 * The URL codec (urlCodec.ts, and urlWrite.ts which writes links) with the migrations of old links (urlMigrate.ts) always at hand,
 * for what reads links of any age at once (the tests). The page reads its links with
 * urlCodec.ts itself, and fetches the migrations only for a link that needs them (src/start.ts).
 */
import { readScenarioUrl, type ParsedUrl } from './urlCodec';
import { migrate } from './urlMigrate';

export * from './urlCodec';
export * from './urlWrite';

/** Reads a link of any layout, an old one brought up to date first (`readScenarioUrl`). */
export function parseScenarioUrl(search: string): ParsedUrl {
  return readScenarioUrl(search, migrate);
}
