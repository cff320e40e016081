// Fails with install instructions when Chromium is missing (never skips browser tests).
import { chromiumHelp, chromiumPath } from './chromium.mjs';

if (!chromiumPath()) {
  console.error(chromiumHelp);
  process.exit(1);
}
