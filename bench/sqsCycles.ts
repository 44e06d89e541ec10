import { createEngine } from '../src/engine';

interface Received {
  Messages?: { ReceiptHandle: string }[];
}

/** Full SQS cycles (SendMessage, ReceiveMessage, DeleteMessage) through the engine's door. */
export async function sqsCyclesPerSecond(cycles: number): Promise<number> {
  const engine = createEngine({ seed: 1 });
  const { QueueUrl } = await engine.call<{ QueueUrl: string }>('sqs', 'CreateQueue', {
    QueueName: 'bench',
  });
  const start = performance.now();
  for (let i = 0; i < cycles; i++) {
    await engine.call('sqs', 'SendMessage', { QueueUrl, MessageBody: 'order #42' });
    const { Messages } = await engine.call<Received>('sqs', 'ReceiveMessage', { QueueUrl });
    await engine.call('sqs', 'DeleteMessage', {
      QueueUrl,
      ReceiptHandle: Messages?.[0]?.ReceiptHandle,
    });
    if ((i & 1023) === 0) engine.drain();
  }
  return cycles / ((performance.now() - start) / 1000);
}

/** The same cycle on a bare array and map: what a queue costs with no rules at all. */
export async function bareCyclesPerSecond(cycles: number): Promise<number> {
  const visible: number[] = [];
  const inFlight = new Map<string, { body: string; id: number }>();
  const bodies = new Map<number, string>();
  const call = <T>(f: () => T) => Promise.resolve(f());
  const start = performance.now();
  for (let i = 0; i < cycles; i++) {
    await call(() => {
      bodies.set(i, 'order #42');
      visible.push(i);
    });
    const handle = await call(() => {
      const id = visible.shift() as number;
      const h = `h${id}`;
      inFlight.set(h, { body: bodies.get(id) as string, id });
      return h;
    });
    await call(() => {
      const entry = inFlight.get(handle);
      inFlight.delete(handle);
      if (entry) bodies.delete(entry.id);
    });
  }
  return cycles / ((performance.now() - start) / 1000);
}
