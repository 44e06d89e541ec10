import { describe, expect, it } from 'vitest';
import { world } from '../../../../engine/testing/world';

describe('autoscaling-consumers', () => {
  it('grows from 1 instance as the backlog builds and shrinks after it is gone and the cooldown passed', async () => {
    const w = world(4);
    const url = await w.queue('work');
    await w.actor('p', 'producer', { QueueUrl: url, MessagesPerSecond: 20, MaxMessages: 12_000 });
    await w.actor('asg', 'autoscaling-consumers', {
      QueueUrl: url,
      MinSize: 1,
      MaxSize: 8,
      TargetBacklogPerInstance: 100,
      Template: {
        MaxNumberOfMessages: 10,
        Concurrency: 5,
        ProcessingTime: { Distribution: 'fixed', Ms: 1000 },
      },
    });
    expect((await w.describe('asg')).Gauges).toMatchObject({ InService: 1, Desired: 1 });
    expect(w.of('actor/created', { actor: 'asg-1', kind: 'consumer' })).toHaveLength(1);

    w.run(10 * 60_000);
    const out = w.of('actor/scaled-out', { actor: 'asg' });
    expect(out.length).toBeGreaterThan(0);
    // [D] The high alarm needs 3 periods of 60 s; nothing scales out in the first 3 minutes.
    expect(out[0]?.at).toBeGreaterThanOrEqual(w.engine.now() - 10 * 60_000 + 180_000);
    const grown = await w.describe('asg');
    expect(Number(grown.Gauges.InService)).toBeGreaterThan(1);
    expect(w.of('actor/instance-launched', { actor: 'asg' }).length).toBeGreaterThan(1);

    w.run(40 * 60_000);
    expect(w.engine.gauges().sqs.work?.ApproximateNumberOfMessagesVisible).toBe(0);
    expect(w.of('actor/scaled-in', { actor: 'asg' }).length).toBeGreaterThan(0);
    expect(w.of('actor/terminated').length).toBeGreaterThan(0);
    expect((await w.describe('asg')).Gauges).toMatchObject({
      InService: 1,
      Desired: 1,
      Terminating: 0,
    });
    expect(w.of('sqs/deleted')).toHaveLength(12_000);
  });

  it('lets a busy instance finish before it leaves on scale-in', async () => {
    const w = world();
    const url = await w.queue('work', { VisibilityTimeout: '120' });
    for (let i = 0; i < 3; i++)
      await w.engine.call('sqs', 'SendMessage', { QueueUrl: url, MessageBody: `m${i}` });
    await w.actor('asg', 'autoscaling-consumers', {
      QueueUrl: url,
      MinSize: 0,
      MaxSize: 3,
      DesiredCapacity: 3,
      ScaleInEvaluationPeriods: 1,
      ScaleInCooldownSeconds: 0,
      TargetBacklogPerInstance: 5,
      Template: { ProcessingTime: { Distribution: 'fixed', Ms: 90_000 } },
    });
    w.run(60_010);
    expect(w.of('actor/scaled-in', { actor: 'asg' })[0]).toMatchObject({ from: 3, to: 0 });
    expect((await w.describe('asg')).Gauges).toMatchObject({ Terminating: 3 });
    expect(w.of('actor/terminated')).toHaveLength(0);
    w.run(40_000);
    expect(w.of('sqs/deleted')).toHaveLength(3);
    expect(w.of('actor/terminated')).toHaveLength(3);
    expect((await w.describe('asg')).Gauges).toMatchObject({ InService: 0, Terminating: 0 });
  });

  it('deleting the group removes its instances; bad sizes are named', async () => {
    const w = world();
    const url = await w.queue('work');
    await w.actor('asg', 'autoscaling-consumers', { QueueUrl: url, MinSize: 2 });
    expect(
      (await w.engine.call<{ Actors: unknown[] }>('playground', 'ListActors')).Actors,
    ).toHaveLength(3);
    await w.engine.call('playground', 'DeleteActor', { ActorId: 'asg' });
    expect(
      (await w.engine.call<{ Actors: unknown[] }>('playground', 'ListActors')).Actors,
    ).toHaveLength(0);
    const error = await w
      .actor('bad', 'autoscaling-consumers', {
        QueueUrl: url,
        MinSize: 5,
        MaxSize: 2,
        Template: { Concurrency: 0 },
      })
      .catch((e: Error) => e);
    expect((error as Error).message).toMatch(/MaxSize \(2\) must be at least MinSize \(5\)/);
    expect((error as Error).message).toMatch(
      /Template.Concurrency must be a whole number from 1 to 1000 \(got 0\)/,
    );
  });
});
