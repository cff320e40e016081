// npm test: type-check, lint, unit and component tests, data check, production build, browser tests.
// Every step runs even after a failure; a failed type-check, lint or build counts as a
// failed test. Ends with one line "N passed, N failed" and exits non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromiumPath, chromiumHelp } from './chromium.mjs';

mkdirSync('reports', { recursive: true });
const bin = (name) => `./node_modules/.bin/${name}`;
const steps = [];

function run(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const t0 = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return ok;
}

/**
 * Runs checks side by side (each reads the sources and writes nothing), each one's output
 * printed whole when it ends; resolves to whether each passed, in order.
 */
function runTogether(list) {
  return Promise.all(
    list.map(
      ([name, command, args]) =>
        new Promise((resolve) => {
          const t0 = Date.now();
          const out = [];
          const child = spawn(command, args, { env: process.env });
          child.stdout.on('data', (d) => out.push(d));
          child.stderr.on('data', (d) => out.push(d));
          let ended = false;
          const end = (ok) => {
            if (ended) return;
            ended = true;
            console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
            const text = Buffer.concat(out).toString();
            // (Ending its line: some tools end on a colour code without one.)
            process.stdout.write(text && !text.endsWith('\n') ? `${text}\n` : text);
            const took = ((Date.now() - t0) / 1000).toFixed(1);
            console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${took} s, alongside the others)`);
            resolve(ok);
          };
          child.on('error', (err) => {
            out.push(Buffer.from(`${err.message}\n`));
            end(false);
          });
          child.on('close', (status) => end(status === 0));
        }),
    ),
  );
}

/** Counts from a JSON report, or null when the runner wrote none. */
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function addStep(name, ok) {
  steps.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

// The three checks together: on a two-core machine whose disk is slow, 60 s one after another.
const [typesOk, eslintOk, prettierOk] = await runTogether([
  ['type-check', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings']],
  ['lint (eslint)', bin('eslint'), ['.']],
  ['lint (prettier)', bin('prettier'), ['--check', '.']],
]);
addStep('type-check', typesOk);
addStep('lint', eslintOk && prettierOk);

rmSync('reports/unit.json', { force: true });
const unitOk = run('unit and component tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=reports/unit.json',
]);
const unit = readJson('reports/unit.json');
if (unit) {
  const skipped = (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  steps.push({ name: 'unit', passed: unit.numPassedTests, failed: unit.numFailedTests + skipped });
  if (!unitOk && unit.numFailedTests === 0) addStep('unit (runner)', false);
} else addStep('unit (no report)', false);

addStep('data check', run('data check', 'node', ['scripts/check-data.mjs']));

// (As `npm run build`: the explorer's build, the embeds' entries, then the prerender.)
const buildOk =
  run('build', bin('vite'), ['build']) &&
  run('embeds', 'node', ['scripts/build-embeds.mjs']) &&
  run('prerender', 'node', ['scripts/prerender.mjs']);
addStep('build', buildOk);
addStep('size', run('size', 'node', ['scripts/size.mjs']));
const singleOk = run('one-file build', 'npm', ['run', '--silent', 'build:single']);
addStep('one-file build', singleOk);

const chromium = chromiumPath();
if (!chromium) {
  console.error(`\n=== browser tests: Chromium not found.\n${chromiumHelp}`);
  addStep('browser tests (Chromium missing)', false);
} else if (!buildOk) {
  addStep('browser tests (no build to test)', false);
} else {
  rmSync('reports/e2e.json', { force: true });
  const e2eOk = run('browser tests', bin('playwright'), ['test']);
  const e2e = readJson('reports/e2e.json');
  if (e2e?.stats) {
    const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = e2e.stats;
    steps.push({ name: 'e2e', passed: expected, failed: unexpected + flaky + skipped });
    if (!e2eOk && unexpected === 0) addStep('e2e (runner)', false);
  } else addStep('e2e (no report)', false);
}

const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed, 0);
writeFileSync('reports/summary.json', JSON.stringify({ passed, failed, steps }, null, 2));
console.log(
  '\n' + steps.map((s) => `${s.name}: ${s.passed} passed, ${s.failed} failed`).join('\n'),
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && existsSync('reports/summary.json') ? 0 : 1);
