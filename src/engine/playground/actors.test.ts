import { describe, expect, it } from 'vitest';
import { createEngine } from '../index';

const call = (engine: ReturnType<typeof createEngine>, action: string, input: unknown) =>
  engine.call('playground', action, input);

describe('playground actor actions', () => {
  it('creates, describes, lists and deletes actors', async () => {
    const engine = createEngine();
    await engine.call('sqs', 'CreateQueue', { QueueName: 'q' });
    const created = await call(engine, 'CreateActor', {
      ActorId: 'c1',
      Kind: 'consumer',
      Config: { QueueUrl: 'q', Concurrency: 2 },
    });
    expect(created).toMatchObject({
      ActorId: 'c1',
      Kind: 'consumer',
      Status: 'idle',
      Config: {
        QueueUrl: 'q',
        Concurrency: 2,
        WaitTimeSeconds: 20,
        MaxNumberOfMessages: 1,
        PollIntervalMs: 1000,
      },
      Gauges: { InProgress: 0, Received: 0 },
    });
    engine.advanceBy(1);
    expect(await call(engine, 'DescribeActor', { ActorId: 'c1' })).toMatchObject({
      Status: 'polling',
    });
    await call(engine, 'CreateActor', {
      ActorId: 'p1',
      Kind: 'producer',
      Config: { QueueUrl: 'q' },
    });
    expect(await call(engine, 'ListActors', {})).toEqual({
      Actors: [
        { ActorId: 'c1', Kind: 'consumer', Status: 'polling' },
        { ActorId: 'p1', Kind: 'producer', Status: 'producing' },
      ],
    });
    expect(await call(engine, 'DeleteActor', { ActorId: 'p1' })).toEqual({});
    expect(engine.drain().map((e) => e.type)).toContain('actor/deleted');
  });

  it('answers with AWS-style errors', async () => {
    const engine = createEngine();
    await expect(call(engine, 'DescribeActor', { ActorId: 'nope' })).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    await expect(call(engine, 'DeleteActor', {})).rejects.toMatchObject({
      name: 'MissingParameter',
    });
    await expect(
      call(engine, 'CreateActor', { ActorId: 'a b', Kind: 'consumer' }),
    ).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(
      call(engine, 'CreateActor', { ActorId: 'x', Kind: 'kafka' }),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining(
        'Kind must be one of producer, consumer, lambda-sqs, autoscaling-consumers',
      ) as unknown,
    });
    await expect(
      call(engine, 'CreateActor', { ActorId: 'x', Kind: 'consumer', Config: [] }),
    ).rejects.toMatchObject({ name: 'ValidationException' });
    await call(engine, 'CreateActor', {
      ActorId: 'p',
      Kind: 'producer',
      Config: { QueueUrl: 'q' },
    });
    await expect(
      call(engine, 'CreateActor', { ActorId: 'p', Kind: 'producer', Config: { QueueUrl: 'q' } }),
    ).rejects.toMatchObject({ name: 'ResourceInUseException' });
    await expect(call(engine, 'CrashActor', { ActorId: 'p' })).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'Actor p is a producer, which cannot crash; kinds that can: consumer, lambda-sqs.',
    });
  });

  it('reports a producer sending to a missing queue instead of losing messages silently', async () => {
    const engine = createEngine();
    await call(engine, 'CreateActor', {
      ActorId: 'p',
      Kind: 'producer',
      Config: { QueueUrl: 'missing', MessagesPerSecond: 2 },
    });
    engine.advanceBy(1_100);
    const failed = engine.drain().filter((e) => e.type === 'actor/send-failed');
    expect(failed).toHaveLength(2);
    expect(failed[0]).toMatchObject({ error: 'QueueDoesNotExist', count: 1 });
    expect(await call(engine, 'DescribeActor', { ActorId: 'p' })).toMatchObject({
      Gauges: { Failed: 2, Sent: 0 },
    });
  });

  it('carries actors through a snapshot: restoring replays the same future', async () => {
    const engine = createEngine({ seed: 9 });
    await engine.call('sqs', 'CreateQueue', {
      QueueName: 'q',
      Attributes: { VisibilityTimeout: '5' },
    });
    await call(engine, 'CreateActor', {
      ActorId: 'p',
      Kind: 'producer',
      Config: { QueueUrl: 'q', MessagesPerSecond: 5, Arrival: 'poisson' },
    });
    await call(engine, 'CreateActor', {
      ActorId: 'c',
      Kind: 'consumer',
      Config: {
        QueueUrl: 'q',
        FailureProbability: 0.3,
        ProcessingTime: { Distribution: 'uniform', MinMs: 100, MaxMs: 900 },
      },
    });
    engine.advanceBy(10_000);
    engine.drain();
    const snapshot = engine.snapshot();
    engine.advanceBy(30_000);
    const original = engine.drain();
    const copy = createEngine();
    copy.restore(snapshot);
    copy.advanceBy(30_000);
    expect(copy.drain()).toEqual(original);
    expect(original.length).toBeGreaterThan(100);
  });
});
