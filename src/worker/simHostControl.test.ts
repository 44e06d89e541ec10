import { describe, expect, it } from 'vitest';
import { createEngine, loadScenario, type Engine } from '../engine';
import { harness, types } from './hostHarness';
import { producerQueueConsumer } from './testScenario';

describe('SimHost step, jump, max', () => {
  it('steps to the next moment something happens, then pauses', async () => {
    const h = harness();
    await h.load();
    h.tick(16); // the load's own events
    h.send({ type: 'play' });
    h.send({ type: 'step' });
    h.tick(16);
    expect(h.last().playing).toBe(false);
    expect(h.last().events.length).toBeGreaterThan(0);
    expect(new Set(h.last().events.map((e) => e.at))).toEqual(new Set([h.last().now]));
    h.send({ type: 'step' });
    h.tick(16);
    expect(h.elapsed()).toBe(1_000); // the producer's first message, 1 s in
    expect(h.last().events.map((e) => e.type)).toContain('sqs/sent');
  });

  it('a step in a world where nothing is scheduled stays put', async () => {
    const h = harness();
    const empty = { ...producerQueueConsumer(), nodes: [], edges: [] };
    await h.load(1, empty);
    h.send({ type: 'step' });
    h.tick(16);
    expect(h.elapsed()).toBe(0);
  });

  it('jumps ahead at once and keeps the play state', async () => {
    const h = harness();
    await h.load();
    h.send({ type: 'jump', ms: 60_000 });
    h.tick(16);
    expect(h.elapsed()).toBe(60_000);
    expect(h.last().playing).toBe(false);
    expect(h.events().filter((e) => e.type === 'sqs/sent')).toHaveLength(60);
  });

  it('at speed "max" runs as far as the wall budget of a tick allows', async () => {
    const h = harness({ limits: { maxSpeedBudgetMs: 12 } });
    await h.load(1, producerQueueConsumer(100));
    h.send({ type: 'speed', speed: 'max' });
    h.send({ type: 'play' });
    h.clock.perRead = 0.5; // every scheduled instant costs half a wall millisecond
    h.tick(16);
    h.tick(16);
    expect(h.last().speed).toBe('max');
    // 12 ms of budget per tick at 0.5 ms per instant: about 24 instants (10 ms apart) a tick.
    expect(h.elapsed()).toBeGreaterThan(300);
    expect(h.elapsed()).toBeLessThan(600);
  });

  it('at speed "max" with nothing scheduled the clock runs at 1000x', async () => {
    const h = harness();
    await h.load(1, { ...producerQueueConsumer(), nodes: [], edges: [] });
    h.send({ type: 'speed', speed: 'max' });
    h.send({ type: 'play' });
    h.tick(0);
    h.tick(16);
    expect(h.elapsed()).toBe(16_000);
  });
});

describe('SimHost backpressure', () => {
  it('keeps at most 2 frames unacknowledged, then sends what accumulated', async () => {
    const h = harness();
    await h.load();
    h.send({ type: 'play' });
    h.tick(0, false);
    for (let i = 0; i < 10; i++) h.tick(200, false);
    expect(h.frames()).toHaveLength(2);
    h.send({ type: 'ack', frame: 2 });
    h.tick(0, false);
    expect(h.frames()).toHaveLength(3);
    expect(h.elapsed()).toBe(2_000);
    expect(h.events().filter((e) => e.type === 'sqs/sent')).toHaveLength(2);
  });

  it('as fast as possible, waits for the one frame the main thread has not shown yet', async () => {
    const h = harness();
    await h.load(1, producerQueueConsumer(100));
    h.send({ type: 'speed', speed: 'max' });
    h.send({ type: 'play' });
    h.clock.perRead = 1; // a dozen instants a tick
    h.tick(16, false);
    h.tick(16, false);
    h.tick(16, false);
    expect(h.frames()).toHaveLength(1);
    h.send({ type: 'ack', frame: 1 });
    h.tick(16, false);
    expect(h.frames()).toHaveLength(2);
    // Paused, a second frame may wait as at any other speed.
    h.send({ type: 'pause' });
    h.tick(16, false);
    expect(h.frames()).toHaveLength(3);
    expect(h.last().playing).toBe(false);
  });

  it('caps the events it holds and counts the ones left out', async () => {
    const h = harness({ limits: { maxBufferedEvents: 50 } });
    await h.load(1, producerQueueConsumer(100));
    h.send({ type: 'play' });
    h.tick(0, false); // a frame in flight: the main thread is busy
    h.send({ type: 'jump', ms: 10_000 });
    h.tick(0, false);
    h.tick(0, false);
    expect(h.frames()).toHaveLength(1);
    h.send({ type: 'ack', frame: 1 });
    h.tick(0);
    const frame = h.last();
    expect(frame.events).toHaveLength(50);
    expect(frame.eventsDropped).toBeGreaterThan(500);

    // Nothing is lost without being counted: the same run straight through the engine.
    const engine = createEngine({ seed: 3 });
    await loadScenario(engine, producerQueueConsumer(100));
    engine.advanceBy(10_000);
    const all = engine.drain();
    const received = h.events().length + h.frames().reduce((n, f) => n + f.eventsDropped, 0);
    expect(received).toBe(all.length);
    expect(types(frame.events)).toEqual(types(all.slice(-50))); // the newest are kept
  });
});

describe('SimHost calls and failures', () => {
  it('answers calls with the engine outcome or its AWS error', async () => {
    const h = harness();
    await h.load();
    h.send({ type: 'call', requestId: 1, service: 'sqs', action: 'ListQueues', input: {} });
    h.send({
      type: 'call',
      requestId: 2,
      service: 'sqs',
      action: 'GetQueueUrl',
      input: { QueueName: 'nope' },
    });
    await new Promise((r) => setTimeout(r, 0));
    const replies = h.posted.filter((m) => m.type === 'reply');
    expect(replies).toContainEqual({
      type: 'reply',
      requestId: 1,
      ok: true,
      value: { QueueUrls: [expect.stringContaining('orders')] },
    });
    expect(replies).toContainEqual({
      type: 'reply',
      requestId: 2,
      ok: false,
      error: { name: 'QueueDoesNotExist', message: expect.any(String) },
    });
  });

  it('answers a call made before any world with NoWorld', async () => {
    const h = harness();
    h.send({ type: 'call', requestId: 1, service: 'sqs', action: 'ListQueues', input: {} });
    await new Promise((r) => setTimeout(r, 0));
    expect(h.posted).toEqual([
      {
        type: 'reply',
        requestId: 1,
        ok: false,
        error: { name: 'NoWorld', message: expect.any(String) },
      },
    ]);
  });

  it('a long poll still waiting when the world is rebuilt is answered, not forgotten', async () => {
    const h = harness();
    await h.load();
    h.send({
      type: 'call',
      requestId: 9,
      service: 'sqs',
      action: 'CreateQueue',
      input: { QueueName: 'idle' },
    });
    await new Promise((r) => setTimeout(r, 0));
    const url = (h.posted.at(-1) as { value: { QueueUrl: string } }).value.QueueUrl;
    h.send({
      type: 'call',
      requestId: 10,
      service: 'sqs',
      action: 'ReceiveMessage',
      input: { QueueUrl: url, WaitTimeSeconds: 20 },
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(h.posted.filter((m) => m.type === 'reply')).toHaveLength(1);
    await h.load(2);
    expect(h.posted).toContainEqual({
      type: 'reply',
      requestId: 10,
      ok: false,
      error: { name: 'RunReplaced', message: expect.any(String) },
    });
  });

  it('posts failed with the reason when the engine throws, and stops', async () => {
    const throwing = (options: Parameters<typeof createEngine>[0]): Engine => {
      const engine = createEngine(options);
      const start = engine.now();
      return {
        ...engine,
        advanceTo(t) {
          if (t - start > 150) throw new Error('Runaway: too many tasks');
          engine.advanceTo(t);
        },
      };
    };
    const h = harness({ engine: throwing });
    await h.load(4);
    h.send({ type: 'play' });
    h.tick(0);
    h.tick(100);
    const before = h.frames().length;
    h.tick(200);
    expect(h.posted.at(-1)).toEqual({
      type: 'failed',
      runId: 4,
      message: 'Runaway: too many tasks',
    });
    h.tick(16);
    h.send({ type: 'step' });
    h.tick(16);
    expect(h.frames()).toHaveLength(before);
    expect(h.posted.filter((m) => m.type === 'failed')).toHaveLength(1);
  });
});
