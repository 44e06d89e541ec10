import { describe, expect, it } from 'vitest';
import { createEngine, loadScenario, type EngineEvent } from '../engine';
import type { HistoryAnswer } from '../protocol/messages';
import { SQS_SCENARIOS } from '../services/sqs/scenarios';

const builtInScenario = (id: string) => SQS_SCENARIOS.find((b) => b.id === id);
import { harness, types } from './hostHarness';

const decoupling = () => builtInScenario('decoupling')!.scenario;
const autoscaling = () => builtInScenario('autoscaling')!.scenario;
const narrated = (frames: { narration?: EngineEvent[] }[]) =>
  frames.flatMap((f) => f.narration ?? []).map((e) => (e as unknown as { text: string }).text);
const planned = (scenario: ReturnType<typeof decoupling>) =>
  (scenario.narration ?? []).map((n) => n.text);

/** Everything the world does in its first `ms`, straight through the engine. */
async function straight(scenario: ReturnType<typeof decoupling>, ms: number) {
  const engine = createEngine({ seed: scenario.seed });
  await loadScenario(engine, scenario);
  engine.advanceBy(ms);
  return engine.drain();
}

describe('SimHost narration', () => {
  it('flat out, with a main thread far behind, every narration step arrives once, in order', async () => {
    const h = harness({
      // Snapshots (for pause) only every few hundred frames: not what this test is about.
      limits: { maxEventsPerFrameFlatOut: 5, maxBufferedEvents: 10, snapshotBudgetMs: 0.0001 },
    });
    await h.load(1, decoupling());
    h.send({ type: 'speed', speed: 'max' });
    h.send({ type: 'play' });
    h.clock.perRead = 0.05;
    for (let i = 0; i < 400; i++) h.tick(16, i % 7 === 0);
    expect(h.elapsed()).toBeGreaterThan(120_000);
    expect(h.frames().reduce((n, f) => n + f.eventsDropped, 0)).toBeGreaterThan(1_000);
    expect(narrated(h.frames())).toEqual(planned(decoupling()));
  }, 20_000); // two minutes of a busy world, flat out

  it('after a long jump the whole story is there, at its own virtual times', async () => {
    const h = harness({ limits: { maxEventsPerFrameFlatOut: 5, maxBufferedEvents: 10 } });
    await h.load(1, autoscaling());
    h.send({ type: 'jump', ms: 600_000 });
    for (let i = 0; i < 5; i++) h.tick(16);
    expect(h.elapsed()).toBe(600_000);
    const story = h.frames().flatMap((f) => f.narration ?? []);
    expect(story.map((e) => (e as unknown as { text: string }).text)).toEqual(
      planned(autoscaling()),
    );
    expect(story.map((e) => e.at - h.last().startTime)).toEqual(
      (autoscaling().narration ?? []).map((n) => n.at),
    );
  });
});

describe('SimHost jump', () => {
  it('runs in budgeted slices, reporting its progress, and keeps answering between them', async () => {
    const h = harness();
    await h.load(1, decoupling());
    h.tick(16);
    h.clock.perRead = 1; // every scheduled instant costs a wall millisecond: 30 a tick
    h.send({ type: 'jump', ms: 60_000 });
    h.tick(16);
    const first = h.last();
    expect(first.jump).toEqual({ from: first.startTime, to: first.startTime + 60_000 });
    expect(h.elapsed()).toBeGreaterThan(0);
    expect(h.elapsed()).toBeLessThan(60_000);
    let ticks = 1;
    while (h.last().jump !== undefined && ticks++ < 10_000) h.tick(16);
    expect(h.elapsed()).toBe(60_000);
    expect(h.last().playing).toBe(false);
    const clocks = h.frames().map((f) => f.now);
    expect(clocks).toEqual([...clocks].sort((a, b) => a - b)); // the clock moves forward
    expect(new Set(clocks).size).toBeGreaterThan(10); // ... in many visible steps
  });

  it('pause stops a jump at the frame the user saw; play goes on from there', async () => {
    const h = harness();
    await h.load(1, decoupling());
    h.tick(16);
    h.clock.perRead = 1;
    h.send({ type: 'jump', ms: 600_000 });
    for (let i = 0; i < 5; i++) h.tick(16);
    const seen = h.last();
    h.tick(16, false); // the worker is a frame ahead of the display
    expect(h.last().now).toBeGreaterThan(seen.now);
    h.send({ type: 'pause', shownFrame: seen.frame });
    h.tick(16);
    expect(h.last()).toMatchObject({
      now: seen.now,
      playing: false,
      pauseAnswer: { shownFrame: seen.frame, rewound: true },
    });
    expect(h.last().jump).toBeUndefined();
    h.tick(500);
    expect(h.last().now).toBe(seen.now);
    h.clock.perRead = 0;
    h.send({ type: 'play' });
    h.tick(0);
    h.tick(100);
    expect(h.last().now).toBe(seen.now + 100);
  });
});

describe('SimHost pause', () => {
  it('stops at the frame the user saw, however far ahead the worker ran, and the run stays exact', async () => {
    const h = harness();
    await h.load(1, decoupling());
    h.send({ type: 'speed', speed: 1000 });
    h.send({ type: 'play' });
    h.tick(0);
    for (let i = 0; i < 4; i++) h.tick(16);
    const seen = h.last();
    for (let i = 0; i < 6; i++) h.tick(50, false); // busy main thread: 2 frames in flight
    const ahead = h.frames().length;
    h.send({ type: 'pause', shownFrame: seen.frame });
    h.tick(16);
    expect(h.last().now).toBe(seen.now);
    expect(h.last().pauseAnswer).toEqual({ shownFrame: seen.frame, rewound: true });

    // The frames the user saw, then the ones after the pause, are the run straight through.
    h.send({ type: 'play' });
    h.tick(0);
    for (let i = 0; i < 20; i++) h.tick(16);
    const kept = h.frames().filter((f, i) => f.frame <= seen.frame || i >= ahead);
    const end = h.last().now - h.last().startTime;
    expect(types(kept.flatMap((f) => f.events))).toEqual(types(await straight(decoupling(), end)));
  }, 20_000); // a few thousand messages, run twice

  it('a message sent after the frame the user saw is still sent, at that frame', async () => {
    const h = harness();
    await h.load(1, decoupling());
    h.send({ type: 'speed', speed: 1000 });
    h.send({ type: 'play' });
    h.tick(0);
    h.tick(16);
    const seen = h.last();
    h.tick(50, false);
    const QueueUrl = 'https://sqs.us-east-1.amazonaws.com/123456789012/orders';
    h.send({
      type: 'call',
      requestId: 1,
      service: 'sqs',
      action: 'SendMessage',
      input: { QueueUrl, MessageBody: 'by hand' },
    });
    await new Promise((r) => setTimeout(r, 0));
    h.send({ type: 'pause', shownFrame: seen.frame });
    h.tick(16);
    expect(h.last().now).toBe(seen.now);
    const sent = h.last().events.filter((e) => e.type === 'sqs/sent' && e.by === 'api');
    expect(sent.map((e) => e.at)).toEqual([seen.now]);
  });
});

describe('SimHost history', () => {
  it('finds every event of a message after a jump, by the label the screens show', async () => {
    const h = harness({ limits: { maxBufferedEvents: 50, maxEventsPerFrameFlatOut: 50 } });
    await h.load(1, decoupling());
    h.send({ type: 'jump', ms: 600_000 });
    h.tick(16);
    expect(h.events().some((e) => (e as { n?: number }).n === 1)).toBe(false); // long gone
    h.send({ type: 'history', requestId: 5, query: { messageId: 'm-1' } });
    const answer = h.posted.at(-1) as HistoryAnswer;
    expect(answer).toMatchObject({ type: 'history', requestId: 5, runId: 1, leftOut: 0 });
    expect(answer.events.map((e) => e.event.type)).toEqual([
      'sqs/sent',
      'sqs/received',
      'actor/processing-started',
      'actor/processing-succeeded',
      'sqs/deleted',
    ]);
    const byId = answer.events[0]!.event as { messageId: string };
    h.send({ type: 'history', requestId: 6, query: { messageId: byId.messageId } });
    expect((h.posted.at(-1) as HistoryAnswer).events).toEqual(answer.events);
  });
});

describe('SimHost short jump', () => {
  it('a jump done in one slice is still shown running in one frame, then over in the next', async () => {
    const h = harness();
    await h.load(1, decoupling());
    h.tick(16);
    h.send({ type: 'jump', ms: 10_000 });
    h.tick(16);
    expect(h.last().jump).toBeDefined();
    expect(h.elapsed()).toBe(10_000);
    h.tick(16);
    expect(h.last().jump).toBeUndefined();
    expect(h.elapsed()).toBe(10_000);
  });
});
