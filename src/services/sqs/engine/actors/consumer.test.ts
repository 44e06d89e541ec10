import { describe, expect, it } from 'vitest';
import { world } from '../../../../engine/testing/world';

const send = (w: ReturnType<typeof world>, url: string, body: string) =>
  w.engine.call('sqs', 'SendMessage', { QueueUrl: url, MessageBody: body });

describe('consumer', () => {
  it('receives a message twice when processing (45 s) outlasts the visibility timeout (30 s)', async () => {
    const w = world();
    const url = await w.queue('jobs', { VisibilityTimeout: '30' });
    await send(w, url, 'slow');
    await w.actor('c1', 'consumer', {
      QueueUrl: url,
      ProcessingTime: { Distribution: 'fixed', Ms: 45_000 },
      Concurrency: 2,
    });
    w.run(60_000);
    const receives = w
      .of('sqs/received', { by: 'c1' })
      .map((e) => (e as { receiveCount: number }).receiveCount);
    expect(receives).toEqual([1, 2]);
  });

  it('receives it once with a visibility heartbeat', async () => {
    const w = world();
    const url = await w.queue('jobs', { VisibilityTimeout: '30' });
    await send(w, url, 'slow');
    await w.actor('c1', 'consumer', {
      QueueUrl: url,
      ProcessingTime: { Distribution: 'fixed', Ms: 45_000 },
      Concurrency: 2,
      Heartbeat: { IntervalSeconds: 20, ExtendBySeconds: 30 },
    });
    w.run(120_000);
    expect(w.of('sqs/received', { by: 'c1' })).toHaveLength(1);
    expect(w.of('sqs/visibility-changed', { by: 'c1' })).toHaveLength(2);
    expect(w.of('sqs/deleted', { by: 'c1' })).toHaveLength(1);
  });

  it('drops in-flight work on a crash; the messages come back after the visibility timeout', async () => {
    const w = world();
    const url = await w.queue('jobs', { VisibilityTimeout: '30' });
    await send(w, url, 'a');
    await send(w, url, 'b');
    await w.actor('c1', 'consumer', {
      QueueUrl: url,
      MaxNumberOfMessages: 10,
      Concurrency: 5,
      ProcessingTime: { Distribution: 'fixed', Ms: 10_000 },
    });
    w.run(5_000);
    expect((await w.describe('c1')).Status).toBe('processing');
    await w.engine.call('playground', 'CrashActor', { ActorId: 'c1' });
    expect((await w.describe('c1')).Status).toBe('crashed');
    expect(w.of('actor/crashed', { actor: 'c1' })[0]).toMatchObject({ messagesDropped: 2 });
    w.run(24_000);
    expect(w.of('sqs/visibility-expired')).toHaveLength(0);
    w.run(2_000);
    expect(w.of('sqs/visibility-expired')).toHaveLength(2);
    expect(w.engine.gauges().sqs.jobs?.ApproximateNumberOfMessagesVisible).toBe(2);
    await w.engine.call('playground', 'RestartActor', { ActorId: 'c1' });
    w.run(20_000);
    expect(w.of('sqs/deleted', { by: 'c1' })).toHaveLength(2);
    expect((await w.describe('c1')).Status).toBe('polling');
  });

  it('short polling an empty queue costs many empty receives; long polling about 3 a minute', async () => {
    const w = world();
    const url = await w.queue('quiet');
    await w.actor('short', 'consumer', { QueueUrl: url, WaitTimeSeconds: 0, PollIntervalMs: 1000 });
    await w.actor('long', 'consumer', { QueueUrl: url, WaitTimeSeconds: 20 });
    w.run(60_000);
    expect(w.of('sqs/empty-receive', { by: 'short' }).length).toBeGreaterThanOrEqual(55);
    expect(w.of('sqs/empty-receive', { by: 'long' })).toHaveLength(2);
    w.run(1_000);
    expect(w.of('sqs/empty-receive', { by: 'long' })).toHaveLength(3);
  });

  it('leaves failed messages for redelivery and deletes successes in batches', async () => {
    const w = world(5);
    const url = await w.queue('jobs', { VisibilityTimeout: '5' });
    for (let i = 0; i < 20; i++) await send(w, url, i === 3 ? 'POISON pill' : `job ${i}`);
    await w.actor('c1', 'consumer', {
      QueueUrl: url,
      MaxNumberOfMessages: 10,
      Concurrency: 10,
      DeleteBatch: true,
      ProcessingTime: { Distribution: 'uniform', MinMs: 100, MaxMs: 300 },
      FailureProbability: 0.2,
      PoisonBodyContains: 'POISON',
    });
    w.run(120_000);
    const gauges = (await w.describe('c1')).Gauges;
    expect(gauges.Deleted).toBe(19);
    expect(w.of('actor/processing-failed', { reason: 'poison' }).length).toBeGreaterThan(5);
    expect(w.of('actor/processing-failed', { reason: 'random' }).length).toBeGreaterThan(0);
    expect(w.of('sqs/deleted', { by: 'c1' })).toHaveLength(19);
    expect(w.engine.gauges().sqs.jobs?.ApproximateNumberOfMessagesNotVisible).toBe(1);
  });

  it('holds successes for the batch window, then deletes them in one DeleteMessageBatch', async () => {
    const w = world();
    const url = await w.queue('jobs');
    for (let i = 0; i < 13; i++) await send(w, url, `job ${i}`);
    await w.actor('c1', 'consumer', {
      QueueUrl: url,
      MaxNumberOfMessages: 10,
      Concurrency: 13,
      DeleteBatch: true,
      DeleteBatchWindowMs: 500,
      ProcessingTime: { Distribution: 'uniform', MinMs: 100, MaxMs: 300 },
    });
    w.run(5_000);
    const deletes = w.of('sqs/deleted', { by: 'c1' });
    const batches = [...new Set(deletes.map((e) => e.at))].map(
      (at) => deletes.filter((e) => e.at === at).length,
    );
    // Ten successes fill a batch before its window closes; the other three wait out a window.
    expect(batches).toEqual([10, 3]);
    const finished = w.of('actor/processing-succeeded', { actor: 'c1' }).map((e) => e.at);
    expect(deletes[10]?.at).toBe((finished[10] as number) + 500);
  });

  it('with PollAtFreeSlots = Concurrency, receives the next batch only when the last is done', async () => {
    const w = world();
    const url = await w.queue('jobs');
    for (let i = 0; i < 25; i++) await send(w, url, `job ${i}`);
    await w.actor('c1', 'consumer', {
      QueueUrl: url,
      MaxNumberOfMessages: 10,
      Concurrency: 10,
      PollAtFreeSlots: 10,
      ProcessingTime: { Distribution: 'uniform', MinMs: 100, MaxMs: 900 },
    });
    w.run(10_000);
    const received = w.of('sqs/received', { by: 'c1' });
    const receives = [...new Set(received.map((e) => e.at))];
    expect(receives.map((at) => received.filter((e) => e.at === at).length)).toEqual([10, 10, 5]);
    const finished = w.of('actor/processing-succeeded', { actor: 'c1' }).map((e) => e.at);
    // Each receive goes out the moment the last job of the batch before it ends.
    expect(receives[1]).toBe(finished[9]);
    expect(receives[2]).toBe(finished[19]);
  });

  it('a crash counts processed messages still waiting for their batch delete', async () => {
    const w = world();
    const url = await w.queue('jobs');
    for (let i = 0; i < 6; i++) await send(w, url, `job ${i}`);
    await w.actor('c1', 'consumer', {
      QueueUrl: url,
      MaxNumberOfMessages: 10,
      Concurrency: 10,
      DeleteBatch: true,
      ProcessingTime: { Distribution: 'fixed', Ms: 100 },
    });
    w.run(150);
    await w.engine.call('playground', 'CrashActor', { ActorId: 'c1' });
    const [crashed] = w.of('actor/crashed', { actor: 'c1' });
    expect(crashed).toMatchObject({ messagesDropped: 6 });
    expect((crashed as unknown as { messageIds: string[] }).messageIds).toHaveLength(6);
    expect(w.of('sqs/deleted')).toHaveLength(0);
  });

  it('UpdateActor merges and re-validates; DeleteActor stops it', async () => {
    const w = world();
    const url = await w.queue('jobs');
    await w.actor('c1', 'consumer', { QueueUrl: url });
    const updated = await w.engine.call<{ Config: Record<string, unknown> }>(
      'playground',
      'UpdateActor',
      { ActorId: 'c1', Config: { Concurrency: 4 } },
    );
    expect(updated.Config).toMatchObject({ QueueUrl: url, Concurrency: 4, WaitTimeSeconds: 20 });
    await expect(
      w.engine.call('playground', 'UpdateActor', {
        ActorId: 'c1',
        Config: { WaitTimeSeconds: 21 },
      }),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringMatching(
        /WaitTimeSeconds must be a whole number from 0 to 20 \(got 21\)/,
      ) as unknown,
    });
    await expect(w.actor('c1', 'consumer', { QueueUrl: url })).rejects.toMatchObject({
      name: 'ResourceInUseException',
    });
    w.run(1_000);
    expect(w.of('sqs/poll-started', { by: 'c1' })).toHaveLength(1);
    await w.engine.call('playground', 'DeleteActor', { ActorId: 'c1' });
    await expect(w.describe('c1')).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    w.run(60_000);
    expect(w.of('sqs/poll-started', { by: 'c1' })).toHaveLength(1);
  });
});
