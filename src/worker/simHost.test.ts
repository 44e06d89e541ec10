import { describe, expect, it } from 'vitest';
import { harness, types } from './hostHarness';
import { producerQueueConsumer } from './testScenario';

describe('SimHost under load', () => {
  it('at a numeric speed too fast for the world, falls behind instead of blocking the tick', async () => {
    const h = harness({ limits: { maxSpeedBudgetMs: 12 } });
    await h.load();
    h.send({ type: 'speed', speed: 1000 });
    h.send({ type: 'play' });
    h.tick(0);
    h.clock.perRead = 5; // every look at the wall clock costs 5 ms: the budget runs out fast
    h.tick(250);
    expect(h.elapsed()).toBeGreaterThan(0);
    expect(h.elapsed()).toBeLessThan(250_000);
  });
});

describe('SimHost loading', () => {
  it('replies loaded, then posts the new world in its first frame', async () => {
    const h = harness();
    await h.load(7);
    expect(h.posted).toEqual([{ type: 'loaded', runId: 7, problems: [] }]);
    h.tick(16);
    expect(h.last()).toMatchObject({ runId: 7, frame: 1, playing: false, speed: 1 });
    expect(h.elapsed()).toBe(0);
    expect(h.last().events.map((e) => e.type)).toContain('sqs/queue-created');
    expect(h.last().gauges.sqs.orders).toBeDefined();
  });

  it('reports the problems of an invalid scenario and runs nothing', async () => {
    const h = harness();
    h.send({ type: 'load', runId: 1, scenario: { ...producerQueueConsumer(), version: 2 as 1 } });
    await h.host.loading;
    expect(h.posted[0]).toMatchObject({ type: 'loaded', runId: 1 });
    expect((h.posted[0] as { problems: string[] }).problems[0]).toMatch(/version/);
    h.send({ type: 'play' });
    h.tick(16);
    expect(h.frames()).toEqual([]);
  });

  it('tags frames with the newest runId and keeps counting frames across runs', async () => {
    const h = harness();
    await h.load(1);
    h.tick(16);
    await h.load(2);
    h.tick(16);
    expect(h.frames().map((f) => [f.runId, f.frame])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });
});

describe('SimHost pacing', () => {
  it('runs virtual time at wall time × speed while playing, not while paused', async () => {
    const h = harness();
    await h.load();
    h.send({ type: 'speed', speed: 2 });
    h.send({ type: 'play' });
    h.tick(0);
    h.tick(100);
    h.tick(100);
    expect(h.elapsed()).toBe(400);
    h.send({ type: 'pause' });
    h.tick(100);
    h.tick(100);
    expect(h.elapsed()).toBe(400);
    expect(h.last().playing).toBe(false);
  });

  it('carries fractions of a virtual millisecond at slow speeds', async () => {
    const h = harness();
    await h.load();
    h.send({ type: 'speed', speed: 0.1 });
    h.send({ type: 'play' });
    h.tick(0);
    for (let i = 0; i < 100; i++) h.tick(16);
    expect(h.elapsed()).toBe(160);
  });

  it('clamps the wall delta so a long gap does not jump the world', async () => {
    const h = harness();
    await h.load();
    h.send({ type: 'play' });
    h.tick(0);
    h.tick(60_000); // the tab was in the background, or a debugger paused the worker
    expect(h.elapsed()).toBe(250);
  });

  it('does not count time while the tab is hidden', async () => {
    const h = harness();
    await h.load();
    h.send({ type: 'play' });
    h.tick(0);
    h.tick(100);
    h.send({ type: 'hidden', hidden: true });
    h.tick(100);
    h.tick(100);
    h.send({ type: 'hidden', hidden: false });
    h.tick(100); // the first tick after showing restarts the wall clock
    h.tick(50);
    expect(h.elapsed()).toBe(150);
  });

  it('keeps the clock going while the speed changes between every tick', async () => {
    const h = harness();
    await h.load();
    h.send({ type: 'play' });
    h.tick(0);
    for (const speed of [1, 2, 3, 4]) {
      h.send({ type: 'speed', speed });
      h.tick(100);
    }
    expect(h.elapsed()).toBe(1_000);
  });

  it('clamps speeds to 0.1–1000', async () => {
    const h = harness();
    await h.load();
    h.send({ type: 'speed', speed: 5000 });
    h.tick(16);
    expect(h.last().speed).toBe(1000);
    h.send({ type: 'speed', speed: 0 });
    h.tick(16);
    expect(h.last().speed).toBe(0.1);
  });

  it('gives the same events however the wall time is sliced', async () => {
    const run = async (slices: number[]) => {
      const h = harness();
      await h.load(1, producerQueueConsumer(20));
      h.send({ type: 'speed', speed: 10 });
      h.send({ type: 'play' });
      h.tick(0);
      for (const ms of slices) h.tick(ms);
      return { elapsed: h.elapsed(), events: types(h.events()) };
    };
    const even = await run(Array.from({ length: 60 }, () => 16)); // 960 wall ms
    const uneven = await run([1, 250, 3, 97, 200, 16, 16, 77, 100, 200]); // 960 wall ms
    expect(uneven.elapsed).toBe(9_600);
    expect(uneven).toEqual(even);
    expect(even.events.filter((e) => e.endsWith('sqs/sent')).length).toBeGreaterThan(150);
  });
});
