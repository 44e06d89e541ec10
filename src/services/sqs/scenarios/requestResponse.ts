import type { Scenario } from '../../../engine';

/**
 * L21: request–response over two queues. The pricing service is a consumer with Reply on: when it
 * finishes a request it sends the answer to the queue named in the request's ReplyTo attribute
 * (its replies-to edge draws that path).
 */
export const requestResponse: Scenario = {
  version: 1,
  name: 'Request–response with a reply queue',
  description:
    'A web API asks a pricing service for quotes through a requests queue; each request carries a ReplyTo queue and a CorrelationId as message attributes. The service answers on the reply queue, and the API matches answers to requests by CorrelationId. With the Temporary Queue Client, reply queues are cheap virtual queues that live as long as the requester.',
  seed: 12,
  lessons: ['L21'],
  nodes: [
    {
      id: 'web-api',
      type: 'producer',
      position: { x: 0, y: 0 },
      config: {
        MessagesPerSecond: 0.2,
        BodyTemplate: '{"quote": "basket {n}"}',
        MessageAttributes: { ReplyTo: 'web-api-replies', CorrelationId: 'req-{n}' },
        MaxMessages: 3,
      },
    },
    {
      id: 'requests',
      type: 'sqs-queue',
      position: { x: 260, y: 0 },
      config: { QueueName: 'quote-requests' },
    },
    {
      id: 'pricing-service',
      type: 'consumer',
      position: { x: 520, y: 0 },
      config: {
        WaitTimeSeconds: 20,
        Reply: true,
        ProcessingTime: { Distribution: 'fixed', Ms: 1_000 },
      },
    },
    {
      id: 'replies',
      type: 'sqs-queue',
      position: { x: 260, y: 290 },
      config: { QueueName: 'web-api-replies' },
    },
    {
      id: 'web-api-listener',
      type: 'consumer',
      position: { x: 520, y: 290 },
      config: { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 50 } },
    },
  ],
  lanes: [
    {
      title: 'Requests (ReplyTo, CorrelationId)',
      nodes: ['web-api', 'requests', 'pricing-service'],
    },
    { title: 'Replies, matched by CorrelationId', nodes: ['replies', 'web-api-listener'] },
  ],
  edges: [
    { id: 'e-request', source: 'web-api', target: 'requests', type: 'sends-to' },
    { id: 'e-serve', source: 'requests', target: 'pricing-service', type: 'consumes-from' },
    { id: 'e-answer', source: 'pricing-service', target: 'replies', type: 'replies-to' },
    { id: 'e-reply', source: 'replies', target: 'web-api-listener', type: 'consumes-from' },
  ],
  narration: [
    {
      at: 5_000,
      text: 'Request m-1 goes to quote-requests with ReplyTo = web-api-replies and CorrelationId = req-1. The web API does not block on the pricing service; it listens on its reply queue.',
      lessons: ['L21'],
    },
    {
      at: 7_000,
      text: 'The pricing service took 1 s, then sent its answer to the queue named in ReplyTo, with the same CorrelationId. The listener receives it and matches it to req-1.',
      lessons: ['L21'],
    },
    {
      at: 17_500,
      text: 'Every request has had its reply. In production, the Temporary Queue Client creates a virtual reply queue per requester on one real queue, and it disappears when the requester does: no queue per request to create and delete.',
      lessons: ['L21'],
    },
  ],
};
