// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/model';
import { createMonteCarloService } from '../../src/worker/service';
import { createMonteCarloClient, inThreadWorker, type WorkerLike } from '../../src/worker/client';
import type { RunRequest, WorkerReply } from '../../src/worker/protocol';
import { handleSolve, solve, type SolveReply } from '../../src/worker/solver';

const request = (id: number, paths = 2000): RunRequest => ({
  type: 'run',
  id,
  scenario: DEFAULT_SCENARIO,
  paths,
  seed: 550,
});

describe('createMonteCarloService', () => {
  test('a stale run is abandoned and the latest request wins', async () => {
    const replies: WorkerReply[] = [];
    const service = createMonteCarloService((r) => replies.push(r));
    const first = service.handle(request(1));
    const second = service.handle(request(2));
    await Promise.all([first, second]);
    expect(replies).toContainEqual({ type: 'abandoned', id: 1 });
    expect(replies.filter((r) => r.type === 'result').map((r) => r.id)).toEqual([2]);
    expect(replies.filter((r) => r.type === 'progress' && r.id === 1)).toEqual([]);
  });

  test('reports progress in chunks, then the result', async () => {
    const replies: WorkerReply[] = [];
    const service = createMonteCarloService((r) => replies.push(r));
    await service.handle(request(1, 1200));
    expect(replies.map((r) => (r.type === 'progress' ? r.done : r.type))).toEqual([
      500,
      1000,
      1200,
      'result',
    ]);
  });

  test('an older request arriving late is ignored', async () => {
    const replies: WorkerReply[] = [];
    const service = createMonteCarloService((r) => replies.push(r));
    const run = service.handle(request(5, 300));
    await service.handle(request(4, 300));
    await run;
    expect(replies.filter((r) => r.type === 'result').map((r) => r.id)).toEqual([5]);
  });
});

describe('createMonteCarloClient', () => {
  test('a superseded request resolves to null, the latest to its result (in-thread worker)', async () => {
    const client = createMonteCarloClient(inThreadWorker());
    const a = client.run(DEFAULT_SCENARIO, { paths: 2000, seed: 1 });
    const b = client.run(DEFAULT_SCENARIO, { paths: 300, seed: 1 });
    expect(await a).toBeNull();
    expect((await b)?.paths).toBe(300);
  });
});

describe('a worker that fails to load (issue 11: the Monte Carlo hung at "0 of 1,000 paths")', () => {
  /** A worker whose script never loads: it takes messages, then fires `error`. */
  function brokenWorker(kind: 'error' | 'messageerror' = 'error') {
    const listeners: Record<string, ((e: Event) => void)[]> = {};
    let terminated = false;
    const worker = {
      posted: [] as unknown[],
      postMessage: (m: unknown) => worker.posted.push(m),
      addEventListener: (type: string, l: (e: Event) => void) => (listeners[type] ??= []).push(l),
      terminate: () => (terminated = true),
      fail: () => listeners[kind]?.forEach((l) => l(new Event(kind))),
      get terminated() {
        return terminated;
      },
    };
    return worker;
  }

  test.each(['error', 'messageerror'] as const)(
    'on %s the run in flight moves to the page’s thread and finishes, and the page is told once',
    async (kind) => {
      const broken = brokenWorker(kind);
      let told = 0;
      const client = createMonteCarloClient(broken as unknown as WorkerLike, {
        onFallback: () => told++,
      });
      const run = client.run(DEFAULT_SCENARIO, { paths: 300, seed: 4 });
      const analysis = client.analyse(null, DEFAULT_SCENARIO);
      const solved = client.solve(DEFAULT_SCENARIO, {
        target: { kind: 'risk', max: 0.3 },
        levers: ['paceUsdBnPerYear'],
        pair: null,
      });
      broken.fail();
      broken.fail();
      expect((await run)?.paths).toBe(300);
      expect((await analysis)?.sensitivity.risk.swings.length).toBeGreaterThan(0);
      expect((await solved)?.levers[0]?.solve.status).toBe('reached');
      expect(told).toBe(1);
      expect(broken.terminated).toBe(true);
      // Later runs go to the page's thread too.
      expect((await client.run(DEFAULT_SCENARIO, { paths: 200, seed: 4 }))?.paths).toBe(200);
    },
  );

  test('a healthy worker never falls back', async () => {
    let told = 0;
    const client = createMonteCarloClient(inThreadWorker(), { onFallback: () => told++ });
    expect((await client.run(DEFAULT_SCENARIO, { paths: 200, seed: 1 }))?.paths).toBe(200);
    expect(told).toBe(0);
  });
});

describe('"what would it take" in the worker', () => {
  const question = {
    target: { kind: 'credited', share: 1 },
    levers: ['paceUsdBnPerYear'],
    pair: null,
  } as const;

  test('a newer question supersedes the one in flight (null), the latest gets its answer', async () => {
    const client = createMonteCarloClient(inThreadWorker());
    const first = client.solve(DEFAULT_SCENARIO, question);
    const second = client.solve(DEFAULT_SCENARIO, { ...question, levers: ['fundingLagDays'] });
    expect(await first).toBeNull();
    expect((await second)?.levers.map((l) => l.key)).toEqual(['fundingLagDays']);
  });

  test('a question with no valid target is answered with an error, never thrown', () => {
    const replies: SolveReply[] = [];
    handleSolve(
      {
        type: 'solve',
        id: 3,
        scenario: DEFAULT_SCENARIO,
        question: { ...question, target: { kind: 'credited', share: 7 } },
      },
      (r) => replies.push(r),
    );
    expect(replies).toEqual([{ type: 'solve-error', id: 3, message: 'Error: invalid target' }]);
  });

  test('levers that are not levers, and a pair of one lever twice, are left out', () => {
    const answer = solve({
      type: 'solve',
      id: 1,
      scenario: DEFAULT_SCENARIO,
      question: {
        ...question,
        levers: ['paceUsdBnPerYear', 'usdJpy', 'paceUsdBnPerYear'] as never,
        pair: ['paceUsdBnPerYear', 'paceUsdBnPerYear'],
      },
    });
    expect(answer.levers.map((l) => l.key)).toEqual(['paceUsdBnPerYear']);
    expect(answer.pair).toBeNull();
  });
});
