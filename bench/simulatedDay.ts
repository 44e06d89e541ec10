import { getHeapStatistics } from 'node:v8';
import { createEngine } from '../src/engine';

export interface DayFigures {
  simulatedSecondsPerWallSecond: number;
  wallSeconds: number;
  peakHeapMiB: number;
  messagesDeleted: number;
  events: number;
}

/** Virtual time per drain: about what one animation frame covers at top speed. */
const SLICE_MS = Number(process.env.BENCH_SLICE_MS ?? 10_000);
const DAY_MS = Number(process.env.BENCH_DAY_MS ?? 24 * 60 * 60 * 1000);

/**
 * A producer at 100 msg/s (batches of 10) and 5 long-polling consumers running the AWS SDK
 * examples' loop (receive up to 10, process them in parallel, delete them in one batch, receive
 * again) for 24 simulated hours, the way the worker runs it: advance in slices, drain each.
 */
export async function simulatedDay(): Promise<DayFigures> {
  const engine = createEngine({ seed: 24 });
  const { QueueUrl } = await engine.call<{ QueueUrl: string }>('sqs', 'CreateQueue', {
    QueueName: 'orders',
  });
  await engine.call('playground', 'CreateActor', {
    ActorId: 'producer',
    Kind: 'producer',
    Config: { QueueUrl, MessagesPerSecond: 100, BatchSize: 10, BodyTemplate: 'order {n}' },
  });
  for (let i = 1; i <= 5; i++) {
    await engine.call('playground', 'CreateActor', {
      ActorId: `consumer-${i}`,
      Kind: 'consumer',
      Config: {
        QueueUrl,
        MaxNumberOfMessages: 10,
        Concurrency: 10,
        PollAtFreeSlots: 10,
        DeleteBatch: true,
        ProcessingTime: { Distribution: 'uniform', MinMs: 50, MaxMs: 150 },
      },
    });
  }
  let peakHeap = 0;
  let events = 0;
  const start = performance.now();
  const end = engine.now() + DAY_MS;
  while (engine.now() < end) {
    engine.advanceTo(Math.min(end, engine.now() + SLICE_MS));
    events += engine.drain().length;
    peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
  }
  const wallSeconds = (performance.now() - start) / 1000;
  return {
    simulatedSecondsPerWallSecond: DAY_MS / 1000 / wallSeconds,
    wallSeconds,
    peakHeapMiB: peakHeap / 1024 / 1024,
    messagesDeleted: engine.gauges().sqs.orders?.NumberOfMessagesDeleted ?? 0,
    events,
  };
}
