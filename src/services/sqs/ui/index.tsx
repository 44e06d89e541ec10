import type { Scenario, ScenarioEdge } from '../../../engine';
import { HANDLE } from './handles';
import { DeadLetterEdge } from './edges/DeadLetterEdge';
import { ConsumesFromEdge, TriggersEdge } from './edges/ReaderEdge';
import { RepliesToEdge, SendsToEdge } from './edges/SendsToEdge';
import { AutoscalingNode } from './nodes/AutoscalingNode';
import { ConsumerNode } from './nodes/ConsumerNode';
import { LambdaNode } from './nodes/LambdaNode';
import { ProducerNode } from './nodes/ProducerNode';
import { QueueNode } from './nodes/QueueNode';
import { AutoScalingIcon, ClientIcon, Ec2Icon, LambdaIcon, SqsIcon } from './icons';
import { ActorSettings } from './inspector/ActorSettings';
import { QueueSettings } from './inspector/QueueSettings';
import { renameQueue } from './inspector/renameQueue';
import type { UiService } from '../../../ui/plugins/plugin';
import { sqsDescription } from '../engine/description';
import { SQS_SCENARIOS } from '../scenarios';
import { SQS_LESSON_TITLES } from '../scenarios/lessons';
import { MessageBrowser } from './panels/MessageBrowser';
import { SendMessageForm } from './panels/SendMessageForm';
import { EDGE_COLOR } from './edgeColors';
import { sqsLive } from './live';
import { SQS_CHARTS } from './charts';
import { sqsLog } from './log';
import { SQS_MOMENTS } from './moments';

const icon = (Icon: typeof SqsIcon) => <Icon size={20} aria-hidden="true" />;

/** A queue name no node uses yet ([AWS CreateQueue] 1–80 characters; FIFO ends in ".fifo"). */
function uniqueQueueName(scenario: Pick<Scenario, 'nodes'>, stem: string, suffix: string): string {
  const names = new Set(scenario.nodes.map((n) => n.config.QueueName));
  let i = 1;
  while (names.has(`${stem}-${i}${suffix}`)) i++;
  return `${stem}-${i}${suffix}`;
}

const fixed = (config: Record<string, unknown>) => () => config;

/** Amazon SQS on the canvas: queues, the programs around them, and the edges between. */
export const sqsUi: UiService = {
  name: 'sqs',
  description: sqsDescription,
  nodes: [
    {
      type: 'producer',
      component: ProducerNode,
      title: 'Producer',
      settings: ActorSettings,
      idPrefix: 'producer',
      column: 0,
      palette: [
        {
          key: 'producer',
          label: 'Producer',
          icon: icon(ClientIcon),
          config: fixed({ MessagesPerSecond: 1 }),
        },
      ],
    },
    {
      type: 'sqs-queue',
      component: QueueNode,
      title: 'SQS queue',
      settings: QueueSettings,
      naming: { label: 'QueueName', rename: renameQueue },
      idPrefix: 'queue',
      column: 1,
      palette: [
        {
          key: 'queue',
          label: 'SQS queue (standard)',
          icon: icon(SqsIcon),
          config: (scenario) => ({
            QueueName: uniqueQueueName(scenario, 'queue', ''),
            Attributes: { VisibilityTimeout: '30' },
          }),
        },
        {
          key: 'queue-fifo',
          label: 'SQS queue (FIFO)',
          icon: icon(SqsIcon),
          config: (scenario) => ({
            QueueName: uniqueQueueName(scenario, 'jobs', '.fifo'),
            // [AWS] FIFO needs FifoQueue=true; content-based deduplication spares producers a dedup ID.
            Attributes: { FifoQueue: 'true', ContentBasedDeduplication: 'true' },
          }),
        },
      ],
    },
    {
      type: 'consumer',
      component: ConsumerNode,
      title: 'Consumer',
      settings: ActorSettings,
      idPrefix: 'consumer',
      column: 2,
      palette: [
        {
          key: 'consumer',
          label: 'Consumer',
          icon: icon(Ec2Icon),
          config: fixed({
            WaitTimeSeconds: 20,
            ProcessingTime: { Distribution: 'fixed', Ms: 1000 },
          }),
        },
      ],
    },
    {
      type: 'lambda-sqs',
      component: LambdaNode,
      title: 'Lambda function (SQS event source mapping)',
      settings: ActorSettings,
      idPrefix: 'function',
      column: 2,
      palette: [
        {
          key: 'lambda',
          label: 'Lambda function',
          icon: icon(LambdaIcon),
          config: fixed({ BatchSize: 10 }),
        },
      ],
    },
    {
      type: 'autoscaling-consumers',
      component: AutoscalingNode,
      title: 'Auto Scaling group of consumers',
      settings: ActorSettings,
      idPrefix: 'consumer-group',
      column: 2,
      palette: [
        {
          key: 'autoscaling',
          label: 'Autoscaling consumer group',
          icon: icon(AutoScalingIcon),
          config: fixed({ MinSize: 1, MaxSize: 5, TargetBacklogPerInstance: 10 }),
        },
      ],
    },
  ],
  edges: [
    edge('sends-to', SendsToEdge, 'sends to', HANDLE.out, HANDLE.in),
    edge('consumes-from', ConsumesFromEdge, 'is read by', HANDLE.out, HANDLE.in),
    edge('triggers', TriggersEdge, 'triggers', HANDLE.out, HANDLE.in),
    {
      ...edge('dead-letter', DeadLetterEdge, 'has dead-letter queue', HANDLE.dlqOut, HANDLE.dlqIn),
      detail: (e: ScenarioEdge) => `, maxReceiveCount ${e.maxReceiveCount ?? 10}`,
    },
    // A consumer's replies arrive from above, through the handle a dead-letter queue is fed by.
    edge('replies-to', RepliesToEdge, 'replies to', HANDLE.replyOut, HANDLE.dlqIn),
  ],
  lessons: SQS_LESSON_TITLES,
  scenarios: SQS_SCENARIOS,
  panels: [
    { id: 'messages', label: 'Messages', Panel: MessageBrowser },
    { id: 'send', label: 'Send', Panel: SendMessageForm },
  ],
  live: sqsLive,
  log: sqsLog,
  moments: SQS_MOMENTS,
  charts: SQS_CHARTS,
};

function edge<T extends keyof typeof EDGE_COLOR>(
  type: T,
  component: UiService['edges'][number]['component'],
  verb: string,
  sourceHandle: string,
  targetHandle: string,
) {
  return { type, component, color: EDGE_COLOR[type], verb, sourceHandle, targetHandle };
}
