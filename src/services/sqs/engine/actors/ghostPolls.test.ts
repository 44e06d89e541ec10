import { describe, expect, it } from 'vitest';
import { world } from '../../../../engine/testing/world';

describe('a consumer that crashes, restarts or is reconfigured', () => {
  it.each(['CrashActor', 'RestartActor', 'UpdateActor'])(
    'after %s leaves no long poll behind to swallow a message',
    async (action) => {
      const w = world();
      const url = await w.queue('q');
      await w.actor('c1', 'consumer', {
        QueueUrl: url,
        ProcessingTime: { Distribution: 'fixed', Ms: 100 },
      });
      w.run(1_000);
      await w.engine.call(
        'playground',
        action,
        action === 'UpdateActor'
          ? { ActorId: 'c1', Config: { Concurrency: 2 } }
          : { ActorId: 'c1' },
      );
      w.run(1_000);
      expect(w.engine.gauges().sqs.q?.WaitingPolls).toBe(action === 'CrashActor' ? 0 : 1);
      await w.engine.call('sqs', 'SendMessage', { QueueUrl: url, MessageBody: 'hello' });
      w.run(1_000);
      const deleted = w.engine.gauges().sqs.q?.NumberOfMessagesDeleted;
      expect(deleted).toBe(action === 'CrashActor' ? 0 : 1);
      expect(w.engine.gauges().sqs.q?.ApproximateNumberOfMessagesNotVisible).toBe(0);
    },
  );
});
