import { describe, expect, it } from 'vitest';
import { explain } from '../../../../engine/index';
import { createQueue, newEngine, receive, send } from '../../../../engine/testing/sqs';

async function sampledQueue(seed: number, messages: number) {
  const engine = newEngine(seed);
  const url = await createQueue(engine, 'readings');
  await engine.call('playground', 'SetQueueBehavior', {
    QueueUrl: url,
    ShortPollSkipProbability: 0.5,
  });
  for (let i = 0; i < messages; i++) await send(engine, url, `reading ${i}`);
  engine.drain();
  return { engine, url };
}

describe('short polling samples servers; long polling asks them all (L15)', () => {
  it('a short poll can answer empty while a message is visible: a false empty response', async () => {
    let falseEmpties = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const { engine, url } = await sampledQueue(seed, 1);
      if ((await receive(engine, url)).length === 0) {
        falseEmpties++;
        const [empty] = engine.drain().filter((e) => e.type === 'sqs/empty-receive');
        expect(empty).toMatchObject({ missedVisible: 1, waitedSeconds: 0 });
        expect(explain(empty!)).toMatch(/false empty response/);
      }
    }
    expect(falseEmpties).toBeGreaterThan(3);
    expect(falseEmpties).toBeLessThan(17);
  });

  it('a short poll returns fewer than MaxNumberOfMessages though more are visible; a long poll gets them', async () => {
    const { engine, url } = await sampledQueue(3, 10);
    const short = await receive(engine, url, { MaxNumberOfMessages: 10 });
    expect(short.length).toBeLessThan(10);
    const long = await receive(engine, url, { MaxNumberOfMessages: 10, WaitTimeSeconds: 1 });
    expect(short.length + long.length).toBe(10);
  });

  it('short polls in a row reach every message', async () => {
    const { engine, url } = await sampledQueue(4, 30);
    const seen: string[] = [];
    for (let i = 0; i < 40 && seen.length < 30; i++)
      for (const m of await receive(engine, url, { MaxNumberOfMessages: 10 })) seen.push(m.Body);
    expect(new Set(seen).size).toBe(30);
  });

  it('by default every server is asked: a short poll gets min(MaxNumberOfMessages, visible)', async () => {
    const engine = newEngine(1);
    const url = await createQueue(engine, 'q');
    for (let i = 0; i < 3; i++) await send(engine, url, `m${i}`);
    expect(await receive(engine, url, { MaxNumberOfMessages: 10 })).toHaveLength(3);
  });

  it("a FIFO queue's empty short poll is no false empty: its visible messages wait behind their group's head", async () => {
    const engine = newEngine(1);
    const url = await createQueue(engine, 'q.fifo', {
      FifoQueue: 'true',
      ContentBasedDeduplication: 'true',
    });
    await send(engine, url, 'head', { MessageGroupId: 'g' });
    await send(engine, url, 'behind', { MessageGroupId: 'g' });
    await receive(engine, url);
    engine.drain();
    expect(await receive(engine, url)).toEqual([]);
    const [empty] = engine.drain().filter((e) => e.type === 'sqs/empty-receive');
    expect(empty).not.toHaveProperty('missedVisible');
  });
});
