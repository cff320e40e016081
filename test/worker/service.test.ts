// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { DEFAULT_SCENARIO, runMonteCarlo } from '../../src/model';
import { createMonteCarloService } from '../../src/worker/service';
import { firstPaths } from '../../src/worker/firstPaths';
import {
  createMonteCarloClient,
  inThreadWorker,
  lazyWorker,
  type WorkerLike,
} from '../../src/worker/client';
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

describe('createMonteCarloService: the answers on the way', () => {
  test('sends the first paths’ answers at each checkpoint: each is exactly a run of that many', async () => {
    const replies: WorkerReply[] = [];
    const service = createMonteCarloService((r) => replies.push(r));
    await service.handle({ ...request(1, 1200), checkpoints: [250, 1000, 5000] });
    expect(replies.map((r) => (r.type === 'progress' ? r.done : r.type))).toEqual([
      250,
      'snapshot',
      750,
      1000,
      'snapshot',
      1200,
      'result',
    ]);
    const answers = replies.flatMap((r) =>
      r.type === 'snapshot' || r.type === 'result' ? [r.result] : [],
    );
    for (const result of answers)
      expect(result).toEqual(runMonteCarlo(DEFAULT_SCENARIO, { paths: result.paths, seed: 550 }));
    // The page's own first answer (firstPaths, drawn with a change at rest) is the worker's.
    expect(firstPaths(DEFAULT_SCENARIO, 250, 550)).toEqual(answers[0]);
  });

  test('a run about to finish sends its final answers alone (quietMs): no copy for nothing', async () => {
    const replies: WorkerReply[] = [];
    const service = createMonteCarloService((r) => replies.push(r));
    await service.handle({ ...request(1, 600), checkpoints: [250], quietMs: 60_000 });
    expect(replies.map((r) => r.type)).toEqual(['result']);
  });

  test('snapshotMs decides the answers on the way and quietMs the progress, each on its own', async () => {
    const quick: WorkerReply[] = [];
    await createMonteCarloService((r) => quick.push(r)).handle({
      ...request(1, 600),
      checkpoints: [250],
      quietMs: 0,
      snapshotMs: 60_000,
    });
    expect(new Set(quick.map((r) => r.type))).toEqual(new Set(['progress', 'result']));
    const long: WorkerReply[] = [];
    await createMonteCarloService((r) => long.push(r)).handle({
      ...request(2, 600),
      checkpoints: [250],
      quietMs: 60_000,
      snapshotMs: 0,
    });
    expect(long.map((r) => r.type)).toEqual(['snapshot', 'result']);
  });

  test('a run in parts: the helper sends its part, the first worker merges it into one run’s answers', async () => {
    const first: WorkerReply[] = [];
    const helper: WorkerReply[] = [];
    const merging = createMonteCarloService((r) => first.push(r));
    const helping = createMonteCarloService((r) => helper.push(r));
    const run = merging.handle({ ...request(3, 2000), range: { from: 0, to: 900 }, parts: 1 });
    await helping.handle({ ...request(3, 2000), range: { from: 900, to: 2000 } });
    // The helper sends its part alone: the first worker speaks for the run's progress.
    expect(helper.map((r) => r.type)).toEqual(['part']);
    const part = helper.find((r) => r.type === 'part');
    expect(part?.type === 'part' && part.part.from).toBe(900);
    if (part?.type === 'part') await merging.handle({ type: 'part', id: 3, part: part.part });
    await run;
    const result = first.find((r) => r.type === 'result');
    expect(result?.type === 'result' && result.result).toEqual(
      runMonteCarlo(DEFAULT_SCENARIO, { paths: 2000, seed: 550 }),
    );
  });

  test('a cancel makes the run in flight stale', async () => {
    const replies: WorkerReply[] = [];
    const service = createMonteCarloService((r) => replies.push(r));
    const run = service.handle(request(1, 5000));
    await service.handle({ type: 'cancel', id: 2 });
    await run;
    expect(replies.at(-1)).toEqual({ type: 'abandoned', id: 1 });
  });
});

describe('createMonteCarloClient', () => {
  test('a pool splits a large run and gives one worker’s answers; a small one stays whole', async () => {
    const client = createMonteCarloClient(inThreadWorker(), {
      pool: [inThreadWorker(), inThreadWorker()],
    });
    const snapshots: number[] = [];
    const large = await client.run(
      DEFAULT_SCENARIO,
      { paths: 3000, seed: 9, checkpoints: [250] },
      undefined,
      (r) => snapshots.push(r.paths),
    );
    expect(large).toEqual(runMonteCarlo(DEFAULT_SCENARIO, { paths: 3000, seed: 9 }));
    expect(snapshots).toEqual([250]);
    const small = await client.run(DEFAULT_SCENARIO, { paths: 400, seed: 9 });
    expect(small).toEqual(runMonteCarlo(DEFAULT_SCENARIO, { paths: 400, seed: 9 }));
  });

  test('the pool’s other workers start with the first run split among them, not before', async () => {
    let started = 0;
    const helper = lazyWorker(() => {
      started++;
      return inThreadWorker();
    });
    const client = createMonteCarloClient(inThreadWorker(), { pool: [helper] });
    const small = await client.run(DEFAULT_SCENARIO, { paths: 400, seed: 9 });
    const unsplit = await client.run(DEFAULT_SCENARIO, { paths: 2500, seed: 9, split: false });
    expect(small?.paths).toBe(400);
    expect(unsplit?.paths).toBe(2500);
    expect(started).toBe(0);
    expect(helper.started).toBe(false);
    const large = await client.run(DEFAULT_SCENARIO, { paths: 3000, seed: 9 });
    expect(started).toBe(1);
    expect(large).toEqual(runMonteCarlo(DEFAULT_SCENARIO, { paths: 3000, seed: 9 }));
  });

  test('mid-drag a large run keeps to one worker (split: false): the others are only told to stop', async () => {
    const helper = inThreadWorker();
    const sent: string[] = [];
    const post = helper.postMessage.bind(helper);
    helper.postMessage = (message, transfer) => {
      sent.push(message.type);
      post(message, transfer);
    };
    const client = createMonteCarloClient(inThreadWorker(), { pool: [helper] });
    const result = await client.run(DEFAULT_SCENARIO, { paths: 2500, seed: 9, split: false });
    expect(result).toEqual(runMonteCarlo(DEFAULT_SCENARIO, { paths: 2500, seed: 9 }));
    expect(sent).toEqual(['cancel']);
  });

  test('the analysis and "what would it take" go to their own worker, started when first asked for', async () => {
    let started = 0;
    const client = createMonteCarloClient(inThreadWorker(), {
      analysis: () => {
        started++;
        return inThreadWorker();
      },
    });
    expect(started).toBe(0);
    expect((await client.analyse(null, DEFAULT_SCENARIO))?.attribution).toBeNull();
    await client.analyse(null, DEFAULT_SCENARIO);
    const answer = await client.solve(DEFAULT_SCENARIO, {
      target: { kind: 'risk', max: 0.3 },
      levers: ['paceUsdBnPerYear'],
      pair: null,
    });
    expect(answer?.levers[0]?.solve.status).toBe('reached');
    expect(started).toBe(1);
  });

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
