// @vitest-environment node
/**
 * The Monte Carlo gives, for a seed, exactly what it gave before it was optimised (issue 16):
 * test/model/fixtures/montecarlo-reference.json holds the output of the model at the commit
 * it names (written by scripts/mc-reference.mjs), for presets, seeds, path counts and edge
 * scenarios; each run today must match it to the last bit (a SHA-256 of the whole result,
 * key order aside), and two runs are kept whole so a failure shows what moved.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SCENARIO,
  normalizeScenario,
  presetScenario,
  runMonteCarlo,
  type MonteCarloResult,
} from '../../src/model';

interface Case {
  name: string;
  patch: { preset?: Parameters<typeof presetScenario>[0] } & Record<string, unknown>;
  paths: number;
  seed: number;
  sha256: string;
  shareReimposedByDeadline: number;
  creditedAtDeadline: MonteCarloResult['creditedAtDeadline'];
  result?: unknown;
}

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/montecarlo-reference.json', import.meta.url), 'utf8'),
) as { cases: Case[] };

/** JSON with every object's keys sorted (as scripts/mc-reference.mjs writes it). */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
const digest = (value: unknown) => createHash('sha256').update(canonical(value)).digest('hex');

function scenarioOf({ patch }: Case) {
  const { preset, ...rest } = patch;
  return normalizeScenario({ ...(preset ? presetScenario(preset) : DEFAULT_SCENARIO), ...rest })
    .scenario;
}

describe('runMonteCarlo against the reference runs', () => {
  test('the fixture holds presets, seeds, path counts and edge scenarios', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(15);
    expect(new Set(fixture.cases.map((c) => c.sha256)).size).toBe(fixture.cases.length);
  });
  test.each(fixture.cases.map((c) => [c.name, c] as const))(
    '%s: the same result to the last bit',
    (_, c) => {
      const r = runMonteCarlo(scenarioOf(c), { paths: c.paths, seed: c.seed });
      expect(r.shareReimposedByDeadline).toBe(c.shareReimposedByDeadline);
      expect(r.creditedAtDeadline).toEqual(c.creditedAtDeadline);
      if (c.result) expect(JSON.parse(JSON.stringify(r))).toEqual(c.result);
      expect(digest(r)).toBe(c.sha256);
    },
    30_000,
  );
});
