import { describe, expect, it } from 'vitest';
import { TurnQueue } from './turn-queue.ts';

describe('TurnQueue', () => {
  it('runs jobs one at a time, in the order they came', async () => {
    const queue = new TurnQueue();
    const log: string[] = [];
    let running = 0;
    const job = (name: string) => async () => {
      running++;
      log.push(`${name}:${running}`);
      await Promise.resolve();
      running--;
      return name;
    };
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((n) => queue.run(job(n))));
    expect(results).toEqual(['a', 'b', 'c', 'd']);
    expect(log).toEqual(['a:1', 'b:1', 'c:1', 'd:1']);
  });

  it('gives the event loop a turn between jobs (connections starved behind a busy PGlite)', async () => {
    const queue = new TurnQueue();
    const log: string[] = [];
    const jobs = [1, 2, 3].map((n) =>
      queue.run(async () => {
        log.push(`job ${n}`);
        setImmediate(() => log.push(`turn after ${n}`));
      }),
    );
    await Promise.all(jobs);
    expect(log.slice(0, 5)).toEqual(['job 1', 'turn after 1', 'job 2', 'turn after 2', 'job 3']);
  });

  it('passes a failure to its caller and keeps going', async () => {
    const queue = new TurnQueue();
    const failing = queue.run(async () => {
      throw new Error('bad query');
    });
    const throwing = queue.run((): Promise<number> => {
      throw new Error('thrown before a promise');
    });
    const next = queue.run(async () => 42);
    await expect(failing).rejects.toThrow('bad query');
    await expect(throwing).rejects.toThrow('thrown before a promise');
    await expect(next).resolves.toBe(42);
  });
});
