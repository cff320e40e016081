// npm run check:data: validates every row of src/data (src/data/check.ts) and exits non-zero
// on any problem, naming each. Part of `npm test`; a data release cannot land without it.
import { createServer } from 'vite';

const server = await createServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { checkData } = await server.ssrLoadModule('/src/data/check.ts');
  const { DATA_SET } = await server.ssrLoadModule('/src/data/dataSet.ts');
  const problems = checkData(DATA_SET);
  const release = DATA_SET.releases.at(-1);
  if (problems.length === 0) {
    console.log(
      `data check: release ${release.version}, checked through ${release.dataAsOf}: every row is valid`,
    );
  } else {
    console.error(`data check: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exitCode = 1;
  }
} finally {
  await server.close();
}
