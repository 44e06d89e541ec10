import type { Scenario } from '../../../engine';

/** L09 (and L08): an Auto Scaling group of consumers tracking backlog per instance. */
export const autoscaling: Scenario = {
  version: 1,
  name: 'Consumers scaling on queue depth',
  description:
    'Orders arrive at 20 per second, more than one instance (5 per second) can handle. An Auto Scaling group reads ApproximateNumberOfMessagesVisible every 60 s, divides it by the instances in service (backlog per instance) and launches instances until that is near the target of 100.',
  seed: 8,
  lessons: ['L09', 'L08'],
  nodes: [
    {
      id: 'storefront',
      type: 'producer',
      position: { x: 0, y: 100 },
      config: { MessagesPerSecond: 20, BodyTemplate: 'order {n}', BatchSize: 10 },
    },
    {
      id: 'orders',
      type: 'sqs-queue',
      position: { x: 260, y: 100 },
      config: { QueueName: 'orders' },
    },
    {
      id: 'order-workers',
      type: 'autoscaling-consumers',
      position: { x: 520, y: 100 },
      config: {
        MinSize: 1,
        MaxSize: 8,
        DesiredCapacity: 1,
        TargetBacklogPerInstance: 100,
        EvaluationPeriodSeconds: 60,
        ScaleOutEvaluationPeriods: 1,
        ScaleOutCooldownSeconds: 60,
        InstanceWarmupSeconds: 30,
        Template: {
          WaitTimeSeconds: 20,
          MaxNumberOfMessages: 10,
          Concurrency: 5,
          ProcessingTime: { Distribution: 'fixed', Ms: 1_000 },
          DeleteBatch: true,
        },
      },
    },
  ],
  edges: [
    { id: 'e-send', source: 'storefront', target: 'orders', type: 'sends-to' },
    { id: 'e-consume', source: 'orders', target: 'order-workers', type: 'consumes-from' },
  ],
  narration: [
    {
      at: 30_000,
      text: 'One instance processes 5 orders per second; 20 per second arrive. The backlog (ApproximateNumberOfMessagesVisible) grows by about 15 every second.',
      lessons: ['L09'],
    },
    {
      at: 60_500,
      text: 'The group checks the metric: backlog per instance = visible messages / instances in service, about 900, far above the target of 100. Like a CloudWatch alarm on ApproximateNumberOfMessagesVisible, it asks for ceil(900 / 100) = 9 instances, capped at MaxSize 8.',
      lessons: ['L09'],
    },
    {
      at: 95_000,
      text: 'The new instances have warmed up (30 s) and poll the same queue, each receiving its share of the messages.',
      lessons: ['L08', 'L09'],
    },
    {
      at: 180_500,
      text: 'With 8 instances (the MaxSize) the group handles 40 orders per second, and the backlog is gone. The consumers scaled on the queue depth, independently of the producer.',
      lessons: ['L09'],
    },
    {
      at: 240_500,
      text: 'Backlog per instance is now 0, yet the group keeps its instances: target tracking scales in only after 15 low periods (15 min here), so a short lull does not cost capacity.',
      lessons: ['L09'],
    },
  ],
};
