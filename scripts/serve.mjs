// The built app served for a benchmark: `vite preview` on a free port, stopped with the process.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** A TCP port nothing listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `vite preview` on dist/ and resolves to its origin once it answers. */
export async function serveDist(dir = 'dist') {
  if (!existsSync(`${dir}/index.html`)) {
    console.error(`${dir}/ is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const port = await freePort();
  const server = spawn(
    './node_modules/.bin/vite',
    ['preview', '--outDir', dir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(origin)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { origin, stop: () => server.kill() };
}
