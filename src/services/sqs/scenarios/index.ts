import type { BuiltInScenario } from '../../../ui/plugins/plugin';
import { autoscaling } from './autoscaling';
import { deadLetterQueue } from './deadLetterQueue';
import { decoupling } from './decoupling';
import { delayQueue } from './delayQueue';
import { dlqRules } from './dlqRules';
import { fifoDeduplication } from './fifoDeduplication';
import { fifoGroups } from './fifoGroups';
import { fifoPoisonGroup } from './fifoPoisonGroup';
import { fifoThroughput } from './fifoThroughput';
import { lambdaFifo } from './lambdaFifo';
import { lambdaPartialBatch } from './lambdaPartialBatch';
import { messageSize } from './messageSize';
import { polling } from './polling';
import { priorityQueues } from './priorityQueues';
import { requestCost } from './requestCost';
import { requestResponse } from './requestResponse';
import { retention } from './retention';
import { security } from './security';
import { standardDelivery } from './standardDelivery';
import { visibilityTimeout } from './visibilityTimeout';

/** The built-in SQS scenarios, in teaching order. Together they show L01 and L03–L24. */
export const SQS_SCENARIOS: readonly BuiltInScenario[] = [
  {
    id: 'decoupling',
    summary: 'A traffic spike lands in a queue; two consumers drain it at their own pace.',
    scenario: decoupling,
  },
  {
    id: 'visibility-timeout',
    summary: '45 s of work, 30 s visibility timeout: processed twice. Heartbeat fixes it.',
    scenario: visibilityTimeout,
  },
  {
    id: 'dead-letter-queue',
    summary: 'A poison message moves to the DLQ after 3 receives, then is redriven.',
    scenario: deadLetterQueue,
  },
  {
    id: 'dlq-rules',
    summary: 'Which queues may use a DLQ: same type, account and Region, RedriveAllowPolicy.',
    scenario: dlqRules,
  },
  {
    id: 'delay-queue',
    summary: 'Queue DelaySeconds vs per-message DelaySeconds.',
    scenario: delayQueue,
  },
  {
    id: 'polling',
    summary: 'Short vs long polling: count the empty receives.',
    scenario: polling,
  },
  {
    id: 'fifo-groups',
    summary: 'FIFO with 3 group IDs runs 3 consumers in parallel; one group runs one.',
    scenario: fifoGroups,
  },
  {
    id: 'fifo-deduplication',
    summary: 'Retries within 5 minutes are dropped: content-based vs explicit IDs.',
    scenario: fifoDeduplication,
  },
  {
    id: 'fifo-poison-group',
    summary: 'A poison message blocks its FIFO group; the DLQ frees it but breaks the order.',
    scenario: fifoPoisonGroup,
  },
  {
    id: 'autoscaling',
    summary: 'An Auto Scaling group of consumers grows with the backlog per instance.',
    scenario: autoscaling,
  },
  {
    id: 'lambda-partial-batch',
    summary: 'Lambda with ReportBatchItemFailures redelivers only the failed items.',
    scenario: lambdaPartialBatch,
  },
  {
    id: 'lambda-fifo',
    summary: 'Lambda on a FIFO queue stops at the first failure and reports the rest.',
    scenario: lambdaFifo,
  },
  {
    id: 'standard-delivery',
    summary: 'Standard queues: occasional duplicates and out-of-order delivery.',
    scenario: standardDelivery,
  },
  {
    id: 'fifo-throughput',
    summary: 'FIFO throttles above 300 calls/s; batches of 10 carry 3,000 msg/s.',
    scenario: fifoThroughput,
  },
  {
    id: 'request-cost',
    summary: 'Requests are billed per call and per 64 KB: batching cuts the bill tenfold.',
    scenario: requestCost,
  },
  {
    id: 'request-response',
    summary: 'Requests with ReplyTo and CorrelationId, answers on a reply queue.',
    scenario: requestResponse,
  },
  {
    id: 'priority-queues',
    summary: 'Priority through separate queues and consumer pools.',
    scenario: priorityQueues,
  },
  {
    id: 'retention',
    summary: 'With 60 s retention and a consumer down for 90 s, messages expire.',
    scenario: retention,
  },
  {
    id: 'message-size',
    summary: 'An oversized message is refused; the extended client sends an S3 pointer.',
    scenario: messageSize,
  },
  {
    id: 'security',
    summary: 'KMS and SQS-managed encryption, queue policies and AddPermission.',
    scenario: security,
  },
];
