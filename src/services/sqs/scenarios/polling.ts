import type { Scenario } from '../../../engine';

/**
 * L15, L16, L24: the same sparse traffic read by a short-polling and a long-polling consumer,
 * and (bottom lane) short polls that sample SQS's servers and come back falsely empty.
 */
export const polling: Scenario = {
  version: 1,
  name: 'Short vs long polling',
  description:
    'Two identical queues get one message every 10 s. The top consumer short polls (WaitTimeSeconds = 0): every ReceiveMessage answers at once, mostly empty, and it asks again a second later. The middle queue long polls (ReceiveMessageWaitTimeSeconds = 20): a receive waits up to 20 s and returns the moment a message arrives. Compare empty receives and how soon each message is picked up. The bottom queue always holds messages, yet some short polls return nothing: a short poll asks only a subset of the servers SQS keeps it on.',
  seed: 5,
  lessons: ['L15', 'L16', 'L24'],
  nodes: [
    {
      id: 'sensor-a',
      type: 'producer',
      position: { x: 0, y: 0 },
      config: { MessagesPerSecond: 0.1, BodyTemplate: 'reading {n}' },
    },
    {
      id: 'readings-short',
      type: 'sqs-queue',
      position: { x: 260, y: 0 },
      config: { QueueName: 'readings-short', Attributes: { ReceiveMessageWaitTimeSeconds: '0' } },
    },
    {
      id: 'short-poller',
      type: 'consumer',
      position: { x: 520, y: 0 },
      config: {
        WaitTimeSeconds: 0,
        PollIntervalMs: 1000,
        ProcessingTime: { Distribution: 'fixed', Ms: 100 },
      },
    },
    {
      id: 'sensor-b',
      type: 'producer',
      position: { x: 0, y: 280 },
      config: { MessagesPerSecond: 0.1, BodyTemplate: 'reading {n}' },
    },
    {
      id: 'readings-long',
      type: 'sqs-queue',
      position: { x: 260, y: 280 },
      config: { QueueName: 'readings-long', Attributes: { ReceiveMessageWaitTimeSeconds: '20' } },
    },
    {
      id: 'long-poller',
      type: 'consumer',
      position: { x: 520, y: 280 },
      config: { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 100 } },
    },
    {
      id: 'sensor-c',
      type: 'producer',
      position: { x: 0, y: 560 },
      config: { MessagesPerSecond: 2, Arrival: 'constant', BodyTemplate: 'reading {n}' },
    },
    {
      id: 'readings-sampled',
      type: 'sqs-queue',
      position: { x: 260, y: 560 },
      config: {
        QueueName: 'readings-sampled',
        Attributes: { ReceiveMessageWaitTimeSeconds: '0' },
        // Playground: each of the queue's 8 servers is left out of a short poll with p = 0.5.
        Behavior: { ShortPollSkipProbability: 0.5 },
      },
    },
    {
      id: 'sampling-poller',
      type: 'consumer',
      position: { x: 520, y: 560 },
      config: {
        WaitTimeSeconds: 0,
        MaxNumberOfMessages: 10,
        PollIntervalMs: 1000,
        Concurrency: 10,
        ProcessingTime: { Distribution: 'fixed', Ms: 100 },
      },
    },
  ],
  lanes: [
    {
      title: 'Top: short polling (WaitTimeSeconds = 0)',
      nodes: ['sensor-a', 'readings-short', 'short-poller'],
    },
    {
      title: 'Middle: long polling (ReceiveMessageWaitTimeSeconds = 20)',
      nodes: ['sensor-b', 'readings-long', 'long-poller'],
    },
    {
      title: 'Bottom: short polls sample servers (false empty responses)',
      nodes: ['sensor-c', 'readings-sampled', 'sampling-poller'],
    },
  ],
  edges: [
    { id: 'e-a-send', source: 'sensor-a', target: 'readings-short', type: 'sends-to' },
    { id: 'e-a-consume', source: 'readings-short', target: 'short-poller', type: 'consumes-from' },
    { id: 'e-b-send', source: 'sensor-b', target: 'readings-long', type: 'sends-to' },
    { id: 'e-b-consume', source: 'readings-long', target: 'long-poller', type: 'consumes-from' },
    { id: 'e-c-send', source: 'sensor-c', target: 'readings-sampled', type: 'sends-to' },
    {
      id: 'e-c-consume',
      source: 'readings-sampled',
      target: 'sampling-poller',
      type: 'consumes-from',
    },
  ],
  narration: [
    {
      at: 5_000,
      text: 'Short polling answers at once, even when the queue is empty: the top consumer has already made 5 ReceiveMessage calls and got nothing back. The middle consumer made one call, and it is still waiting (up to 20 s).',
      lessons: ['L15', 'L16'],
    },
    {
      at: 10_000,
      text: 'A message arrives on each queue. The long poll returns it immediately; the short poller only sees it at its next call, up to 1 s later. SQS is a low-latency service; the course notes quote under 10 ms to send and to receive, a figure AWS itself does not publish (it depends on region, network and client). The simulation answers instantly.',
      lessons: ['L15', 'L24'],
    },
    {
      at: 60_500,
      text: 'After a minute: 59 empty receives on the top consumer against none in the middle. Long polling (1–20 s, set on the queue with ReceiveMessageWaitTimeSeconds or per call with WaitTimeSeconds) means fewer API calls, fewer empty receives and lower cost.',
      lessons: ['L15'],
    },
    {
      at: 61_000,
      text: 'When to short poll: one thread that polls several queues in turn would stall for 20 s on every empty queue if it long polled, delaying the queues that have messages. Use short polling there, or one thread per queue.',
      lessons: ['L16'],
    },
    {
      at: 62_000,
      text: 'Bottom lane: readings-sampled gets two messages a second, so messages are always waiting, yet some of its short polls came back empty (see the event log: "got nothing although … were visible"). SQS keeps a queue on many servers, and a short poll asks only a weighted random subset of them: the messages may all be on servers it skipped, a false empty response. A short poll can also return fewer messages than are there. A long poll asks every server, so it never answers falsely empty. (The playground spreads messages over 8 servers and skips each with probability 0.5, its ShortPollSkipProbability; AWS does not publish how it samples.)',
      lessons: ['L15'],
    },
  ],
};
