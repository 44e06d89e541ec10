/** What the fuzzer learned from answers, so its next calls can name real things. */
export interface KnownQueue {
  url: string;
  name: string;
  arn: string;
  fifo: boolean;
}

export interface Known {
  queues: KnownQueue[];
  /** Recent receipt handles, with their queue (some will be stale: that is the point). */
  handles: { url: string; handle: string }[];
  actors: string[];
  taskHandles: string[];
  labels: string[];
  sequence: number;
}

export const emptyKnown = (): Known => ({
  queues: [],
  handles: [],
  actors: [],
  taskHandles: [],
  labels: [],
  sequence: 0,
});

/** Learns from a successful answer: new queues, receipt handles, actors, move tasks. */
export function learn(known: Known, action: string, input: Record<string, unknown>, out: unknown) {
  const value = (out ?? {}) as Record<string, unknown>;
  if (action === 'CreateQueue' && typeof value.QueueUrl === 'string') {
    const url = value.QueueUrl;
    const name = url.split('/').pop() ?? '';
    if (!known.queues.some((q) => q.url === url))
      known.queues.push({
        url,
        name,
        arn: `arn:aws:sqs:us-east-1:123456789012:${name}`,
        fifo: name.endsWith('.fifo'),
      });
  }
  if (action === 'DeleteQueue') known.queues = known.queues.filter((q) => q.url !== input.QueueUrl);
  if (action === 'ReceiveMessage' && Array.isArray(value.Messages))
    for (const m of value.Messages as { ReceiptHandle: string }[])
      known.handles.push({ url: String(input.QueueUrl), handle: m.ReceiptHandle });
  known.handles = known.handles.slice(-40);
  if (action === 'CreateActor' && typeof input.ActorId === 'string')
    known.actors.push(input.ActorId);
  if (action === 'DeleteActor') known.actors = known.actors.filter((a) => a !== input.ActorId);
  if (action === 'StartMessageMoveTask' && typeof value.TaskHandle === 'string')
    known.taskHandles.push(value.TaskHandle);
  if (action === 'AddPermission' && typeof input.Label === 'string') known.labels.push(input.Label);
}
