import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Engine, EngineEvent } from '../../../../engine/index';
import {
  createQueue,
  newEngine,
  queueArn,
  type ReceivedMessage,
} from '../../../../engine/testing/sqs';

/** A random program of AWS calls and clock moves, run the same way against any engine. */
type Op =
  | { op: 'send'; delay: number; group: number }
  | { op: 'receive'; max: number; timeout: number; wait: number }
  | { op: 'delete'; pick: number }
  | { op: 'change'; pick: number; timeout: number }
  | { op: 'advance'; ms: number }
  | { op: 'purge' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('send' as const),
    delay: fc.integer({ min: 0, max: 3 }),
    group: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({
    op: fc.constant('receive' as const),
    max: fc.integer({ min: 1, max: 10 }),
    timeout: fc.integer({ min: 0, max: 5 }),
    wait: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('change' as const),
    pick: fc.nat(),
    timeout: fc.integer({ min: 0, max: 5 }),
  }),
  fc.record({ op: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 4_000 }) }),
  fc.record({ op: fc.constant('purge' as const) }),
);

interface World {
  engine: Engine;
  source: string;
  fifo: boolean;
  handles: string[];
}

async function buildWorld(seed: number, fifo: boolean): Promise<World> {
  const engine = newEngine(seed);
  const extra: Record<string, string> = fifo
    ? { FifoQueue: 'true', ContentBasedDeduplication: 'true' }
    : {};
  const suffix = fifo ? '.fifo' : '';
  const dlq = await createQueue(engine, `dlq${suffix}`, extra);
  const source = await createQueue(engine, `source${suffix}`, {
    ...extra,
    VisibilityTimeout: '2',
    MessageRetentionPeriod: '60',
    RedrivePolicy: JSON.stringify({
      deadLetterTargetArn: await queueArn(engine, dlq),
      maxReceiveCount: 2,
    }),
  });
  if (!fifo)
    await engine.call('playground', 'SetQueueBehavior', {
      QueueUrl: source,
      DuplicateProbability: 0.2,
      ReorderProbability: 0.3,
    });
  return { engine, source, fifo, handles: [] };
}

let bodyCounter = 0;
async function run(world: World, ops: Op[]): Promise<void> {
  const { engine, source } = world;
  const settle = (p: Promise<unknown>) => p.catch(() => undefined);
  for (const op of ops) {
    switch (op.op) {
      case 'send':
        await settle(
          engine.call('sqs', 'SendMessage', {
            QueueUrl: source,
            MessageBody: `body-${bodyCounter++}`,
            ...(world.fifo ? { MessageGroupId: `g${op.group}` } : { DelaySeconds: op.delay }),
          }),
        );
        break;
      case 'receive': {
        const p = engine.call<{ Messages?: ReceivedMessage[] }>('sqs', 'ReceiveMessage', {
          QueueUrl: source,
          MaxNumberOfMessages: op.max,
          VisibilityTimeout: op.timeout,
          WaitTimeSeconds: op.wait,
        });
        void p.then(
          (r) => world.handles.push(...(r.Messages ?? []).map((m) => m.ReceiptHandle)),
          () => undefined,
        );
        if (op.wait === 0) await settle(p);
        break;
      }
      case 'delete':
        if (world.handles.length > 0) {
          await settle(
            engine.call('sqs', 'DeleteMessage', {
              QueueUrl: source,
              ReceiptHandle: world.handles[op.pick % world.handles.length],
            }),
          );
        }
        break;
      case 'change':
        if (world.handles.length > 0) {
          await settle(
            engine.call('sqs', 'ChangeMessageVisibility', {
              QueueUrl: source,
              ReceiptHandle: world.handles[op.pick % world.handles.length],
              VisibilityTimeout: op.timeout,
            }),
          );
        }
        break;
      case 'advance':
        engine.advanceBy(op.ms);
        break;
      case 'purge':
        await settle(engine.call('sqs', 'PurgeQueue', { QueueUrl: source }));
        break;
    }
    // Let answered calls hand their receipts over before the next step, the same way every run.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Every message sent is, at any time, exactly once stored, deleted, purged or expired. */
function checkConservation(events: EngineEvent[], engine: Engine): void {
  const count = (type: string) => events.filter((e) => e.type === type).length;
  const purged = events.reduce((n, e) => n + (e.type === 'sqs/purged' ? e.messagesDeleted : 0), 0);
  const created = count('sqs/sent') + count('sqs/duplicate-delivered');
  const gone = count('sqs/deleted') + count('sqs/expired') + purged;
  const stored = Object.values(engine.gauges().sqs).reduce(
    (n, g) =>
      n +
      g.ApproximateNumberOfMessagesVisible +
      g.ApproximateNumberOfMessagesNotVisible +
      g.ApproximateNumberOfMessagesDelayed,
    0,
  );
  expect(stored).toBe(created - gone);
}

describe.each([false, true])('SQS properties (fifo: %s)', (fifo) => {
  it('same seed and same calls give the same event log', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000 }),
        fc.array(opArb, { maxLength: 60 }),
        async (seed, ops) => {
          const logs: EngineEvent[][] = [];
          for (let i = 0; i < 2; i++) {
            bodyCounter = 0;
            const world = await buildWorld(seed, fifo);
            await run(world, ops);
            world.engine.advanceBy(30_000);
            logs.push(world.engine.drain());
          }
          expect(logs[1]).toEqual(logs[0]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('how the clock is advanced never changes what happens', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 9_000 }), { minLength: 1, maxLength: 8 }),
        async (ops, slices) => {
          bodyCounter = 0;
          const whole = await buildWorld(3, fifo);
          await run(whole, ops);
          const end = whole.engine.now() + slices.reduce((a, b) => a + b, 0);
          whole.engine.advanceTo(end);
          bodyCounter = 0;
          const sliced = await buildWorld(3, fifo);
          await run(sliced, ops);
          for (const ms of slices) sliced.engine.advanceBy(ms);
          expect(sliced.engine.now()).toBe(end);
          expect(sliced.engine.drain()).toEqual(whole.engine.drain());
        },
      ),
      { numRuns: 40 },
    );
  });

  it('conserves messages: none lost, none duplicated except by the logged setting', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000 }),
        fc.array(opArb, { maxLength: 80 }),
        async (seed, ops) => {
          const world = await buildWorld(seed, fifo);
          const events: EngineEvent[] = [];
          for (const chunk of [ops.slice(0, 40), ops.slice(40)]) {
            await run(world, chunk);
            events.push(...world.engine.drain());
            checkConservation(events, world.engine);
          }
          world.engine.advanceBy(120_000);
          events.push(...world.engine.drain());
          checkConservation(events, world.engine);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a restored snapshot replays the same future', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { maxLength: 30 }),
        fc.array(opArb, { maxLength: 30 }),
        async (before, after) => {
          const world = await buildWorld(11, fifo);
          await run(world, before);
          // Long polls made through the door belong to their caller, not to the snapshot: let them settle.
          world.engine.advanceBy(20_000);
          await new Promise((resolve) => setTimeout(resolve, 0));
          world.engine.drain();
          const snapshot = world.engine.snapshot();
          const handles = [...world.handles];
          const bodiesSoFar = bodyCounter;
          await run(world, after);
          world.engine.advanceBy(10_000);
          await new Promise((resolve) => setTimeout(resolve, 0));
          const first = world.engine.drain();
          world.engine.restore(snapshot);
          world.handles = handles;
          bodyCounter = bodiesSoFar;
          await run(world, after);
          world.engine.advanceBy(10_000);
          expect(world.engine.drain()).toEqual(first);
        },
      ),
      { numRuns: 30 },
    );
  });
});
