import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { ConsumesFromEdge, TriggersEdge } from './edges/ReaderEdge';
import { DeadLetterEdge } from './edges/DeadLetterEdge';
import { RepliesToEdge, SendsToEdge } from './edges/SendsToEdge';
import { AutoscalingNode } from './nodes/AutoscalingNode';
import { ConsumerNode } from './nodes/ConsumerNode';
import { LambdaNode } from './nodes/LambdaNode';
import { ProducerNode } from './nodes/ProducerNode';
import { QueueNode } from './nodes/QueueNode';

/** One component per scenario node type and edge type (module constants: React Flow wants them stable). */
export const NODE_TYPES = {
  'sqs-queue': QueueNode,
  producer: ProducerNode,
  consumer: ConsumerNode,
  'lambda-sqs': LambdaNode,
  'autoscaling-consumers': AutoscalingNode,
} satisfies NodeTypes;

export const EDGE_TYPES = {
  'sends-to': SendsToEdge,
  'consumes-from': ConsumesFromEdge,
  triggers: TriggersEdge,
  'dead-letter': DeadLetterEdge,
  'replies-to': RepliesToEdge,
} satisfies EdgeTypes;
