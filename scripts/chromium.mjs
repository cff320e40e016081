// Where Debian's Chromium is, and what to do when it is not there.
import { existsSync } from 'node:fs';

export const chromiumHelp = [
  'The browser tests need Debian’s Chromium at /usr/bin/chromium (or set CHROMIUM_PATH).',
  'Install it with:',
  '  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium',
].join('\n');

export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

/** Flags that work on these machines (TOOLCHAIN.md): no sandbox as root, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
