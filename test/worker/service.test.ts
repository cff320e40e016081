// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/model';
import { createMonteCarloService } from '../../src/worker/service';
import { createMonteCarloClient, inThreadWorker } from '../../src/worker/client';
import type { RunRequest, WorkerReply } from '../../src/worker/protocol';

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
