// Writes test/model/fixtures/montecarlo-reference.json: the Monte Carlo's output for a set
// of scenarios, seeds and path counts, as the model computed it before the Monte Carlo was
// optimised (issue 16). test/model/montecarlo.reference.test.ts asserts today's code still
// gives exactly these results. Regenerate ONLY when the model is meant to change (a new
// MODEL_VERSION), never to make that test pass: `node scripts/mc-reference.mjs`.
import { createHash } from 'node:crypto';
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'vite';

/** [name, patch on the defaults (or a preset), paths, seed, keep the whole result?] */
const CASES = [
  ['central', { preset: 'central' }, 1000, 550, true],
  ['tranchePace', { preset: 'tranchePace' }, 1000, 550, false],
  ['tokyo', { preset: 'tokyo' }, 1000, 550, false],
  ['washington', { preset: 'washington' }, 1000, 550, false],
  ['ourMoney', { preset: 'ourMoney' }, 1000, 550, false],
  ['seedArticle', { preset: 'seedArticle' }, 1000, 550, false],
  ['stalled', { preset: 'stalled' }, 1000, 550, false],
  ['highRates', { preset: 'highRates' }, 1000, 550, false],
  ['onPace', { preset: 'onPace' }, 1000, 550, false],
  ['korea', { preset: 'korea' }, 1000, 550, true],
  ['default, 10,000 paths', {}, 10000, 550, false],
  ['default, seed 1, 2,000 paths', {}, 2000, 1, false],
  ['default, seed 2^32 - 1, 100 paths', {}, 100, 4294967295, false],
  ['default, 1 path', {}, 1, 550, false],
  [
    'calendar lag, announced left out, cash cap 30 with gas exempt',
    { lagRule: 'calendar', includeAnnounced: false, annualCapUsdBn: 30, capExempt: ['gas'] },
    1500,
    77,
    false,
  ],
  [
    'cap 20, mostly guarantees counted at a quarter',
    {
      annualCapUsdBn: 20,
      guaranteeCreditWeight: 0.25,
      mix: { equity: 0.1, loans: 0.2, guarantees: 0.7 },
    },
    1200,
    9,
    false,
  ],
  [
    'strict margin (many refusals), early deadline',
    { requiredMarginAnnual: 0.02, periodEnd: '2027-06-30' },
    1000,
    123,
    false,
  ],
];

/** JSON with every object's keys sorted: equal results give equal text, whatever the key order. */
export function canonical(value) {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}
export const digest = (value) => createHash('sha256').update(canonical(value)).digest('hex');

const server = await createServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const model = await server.ssrLoadModule('/src/model/index.ts');
  const commit = execSync('git rev-parse --short HEAD').toString().trim();
  const cases = CASES.map(([name, patch, paths, seed, keep]) => {
    const { preset, ...rest } = patch;
    const scenario = model.normalizeScenario({
      ...(preset ? model.presetScenario(preset) : model.DEFAULT_SCENARIO),
      ...rest,
    }).scenario;
    const r = model.runMonteCarlo(scenario, { paths, seed });
    return {
      name,
      patch,
      paths,
      seed,
      sha256: digest(r),
      shareReimposedByDeadline: r.shareReimposedByDeadline,
      creditedAtDeadline: r.creditedAtDeadline,
      ...(keep ? { result: r } : {}),
    };
  });
  writeFileSync(
    'test/model/fixtures/montecarlo-reference.json',
    JSON.stringify({ generatedAt: commit, cases }, null, 1) + '\n',
  );
  console.log(`wrote ${cases.length} reference runs (model at ${commit})`);
} finally {
  await server.close();
}
