import { describe, expect, it } from 'vitest';
import type { FrameBatch } from '../protocol/messages';
import { inProcessPort } from '../worker/inProcessPort';
import { producerQueueConsumer } from '../worker/testScenario';
import { SimCallError, SimClient } from './simClient';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('SimClient', () => {
  it('loads, receives frames and matches replies to their calls', async () => {
    const port = inProcessPort({ wallNow: () => 0 });
    const client = new SimClient(port);
    const loaded: [number, string[]][] = [];
    const frames: FrameBatch[] = [];
    client.onLoaded((runId, problems) => loaded.push([runId, problems]));
    client.onFrame((f) => frames.push(f));
    client.load(3, producerQueueConsumer());
    await settle();
    expect(loaded).toEqual([[3, []]]);
    port.host.tick();
    await settle();
    expect(frames.map((f) => f.runId)).toEqual([3]);

    const [urls, missing] = await Promise.allSettled([
      client.call<{ QueueUrls: string[] }>('sqs', 'ListQueues', {}),
      client.call('sqs', 'GetQueueUrl', { QueueName: 'nope' }),
    ]);
    expect(urls).toMatchObject({ status: 'fulfilled', value: { QueueUrls: [expect.any(String)] } });
    expect(missing).toMatchObject({ status: 'rejected', reason: { name: 'QueueDoesNotExist' } });
    expect((missing as PromiseRejectedResult).reason).toBeInstanceOf(SimCallError);
  });

  it('reports a worker error as a failure of the latest run, and rejects waiting calls on dispose', async () => {
    const port = inProcessPort({ wallNow: () => 0 });
    let reportError: (message: string) => void = () => {};
    const listen = port.listen;
    port.listen = (onMessage, onError) => {
      reportError = onError;
      listen(onMessage, onError);
    };
    const client = new SimClient(port);
    const failed: [number, string][] = [];
    client.onFailed((runId, message) => failed.push([runId, message]));
    client.load(5, producerQueueConsumer());
    reportError('Script error');
    expect(failed).toEqual([[5, 'Script error']]);
    const waiting = client.call('sqs', 'ListQueues', {});
    client.dispose();
    await expect(waiting).rejects.toMatchObject({ name: 'SimulationStopped' });
    expect(port.terminated).toBe(true);
  });
});
