import { describe, expect, it } from 'vitest';
import { counts, createQueue, newEngine, receive, send } from '../../../../engine/testing/sqs';

describe('PeekMessages', () => {
  it('shows every message with its state and timers without receiving it', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', { VisibilityTimeout: '30' });
    await send(engine, url, 'visible');
    await send(engine, url, 'delayed', { DelaySeconds: 5 });
    await send(engine, url, 'taken');
    await receive(engine, url);
    const { Messages } = await engine.call<{ Messages: Record<string, unknown>[] }>(
      'playground',
      'PeekMessages',
      { QueueUrl: url },
    );
    expect(Messages.map((m) => [m.Body, m.State, m.ReceiveCount])).toEqual([
      ['visible', 'inflight', 1],
      ['delayed', 'delayed', 0],
      ['taken', 'visible', 0],
    ]);
    expect(Messages[0]).toMatchObject({
      VisibleAt: engine.now() + 30_000,
      ReceivedAt: engine.now(),
      VisibilityTimeout: 30,
      N: 1,
    });
    expect(await counts(engine, url)).toEqual([1, 1, 1]);
    const again = await engine.call<{ Messages: { ReceiveCount: number }[] }>(
      'playground',
      'PeekMessages',
      { QueueUrl: url },
    );
    expect(again.Messages.map((m) => m.ReceiveCount)).toEqual([1, 0, 0]);
  });
});
