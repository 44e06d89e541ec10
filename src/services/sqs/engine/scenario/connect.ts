import type { ConnectionVerdict } from '../../../../engine/scenario/kinds';
import type { Scenario, ScenarioNode, ScenarioNodeOf } from '../../../../engine/scenario/types';
import { isFifoQueueNode, queueNameOf } from './queueConfig';
import { SQS_NODE_KINDS } from './kinds';

const SQS_TYPES = new Set(SQS_NODE_KINDS.map((k) => k.type));
const kindLabel = (node: ScenarioNode) =>
  SQS_NODE_KINDS.find((k) => k.type === node.type)?.label(node) ?? node.type;
const displayName = (node: ScenarioNode) =>
  (node.type === 'sqs-queue' ? queueNameOf(node) : undefined) ?? node.id;

/** maxReceiveCount a new dead-letter edge starts with (the validator accepts 1–1000). */
export const DEFAULT_MAX_RECEIVE_COUNT = 5;

/** Node types that read from one queue (through a consumes-from or triggers edge). */
const READER_TYPES: readonly string[] = ['consumer', 'lambda-sqs', 'autoscaling-consumers'];

/**
 * Which connections between SQS nodes the canvas accepts, as AWS allows them and the scenario
 * validator will load them. Every refusal is a sentence a learner can act on. Undefined: not a
 * pair of SQS nodes.
 */
export function sqsConnection(
  scenario: Pick<Scenario, 'nodes' | 'edges'>,
  source: ScenarioNode,
  target: ScenarioNode,
): ConnectionVerdict | undefined {
  if (!SQS_TYPES.has(source.type) || !SQS_TYPES.has(target.type)) return undefined;
  if (source.id === target.id)
    return refuse(
      source.type === 'sqs-queue'
        ? 'A queue cannot be its own dead-letter queue: connect it to another queue.'
        : `A ${kindLabel(source)} cannot connect to itself.`,
    );
  const s = displayName(source);
  const t = displayName(target);

  if (source.type === 'producer') {
    if (target.type === 'producer')
      return refuse('Producers do not send to each other: connect the producer to an SQS queue.');
    if (target.type !== 'sqs-queue')
      return refuse(
        `A producer sends to a queue, not straight to a ${kindLabel(target)}: put an SQS queue between them.`,
      );
    const current = scenario.edges.find((e) => e.type === 'sends-to' && e.source === source.id);
    if (current?.target === target.id) return refuse(`${s} already sends to ${t}.`);
    if (current !== undefined)
      return refuse(
        `${s} already sends to ${nameOf(scenario, current.target)}: a producer sends to one queue. Delete that connection first.`,
      );
    return {
      ok: true,
      edge: { source: source.id, target: target.id, type: 'sends-to' },
      // [AWS SendMessage] MessageGroupId is required for FIFO queues: a producer gets a pattern.
      ...(isFifoQueueNode(target) && source.config.GroupIdPattern === undefined
        ? {
            patch: {
              nodeId: source.id,
              config: { GroupIdPattern: { Mode: 'round-robin', Value: 'group-1', Groups: 3 } },
            },
          }
        : {}),
    };
  }

  if (source.type === 'sqs-queue') {
    if (target.type === 'producer')
      return refuse('A producer only sends: connect the producer to the queue.');
    if (target.type === 'sqs-queue') return deadLetter(scenario, source, target);
    const current = scenario.edges.find(
      (e) => (e.type === 'consumes-from' || e.type === 'triggers') && e.target === target.id,
    );
    if (current?.source === source.id) return refuse(`${t} already reads from ${s}.`);
    if (current !== undefined)
      return refuse(
        `${t} already reads from ${nameOf(scenario, current.source)}: a ${kindLabel(target)} works with one queue. Delete that connection first.`,
      );
    // A Lambda function reads through an event source mapping: the "triggers" edge.
    const type = target.type === 'lambda-sqs' ? 'triggers' : 'consumes-from';
    return { ok: true, edge: { source: source.id, target: target.id, type } };
  }

  // The source reads from queues (consumer, Lambda function, autoscaling group).
  if (target.type === 'sqs-queue' && source.type === 'consumer') {
    const replies = replyConnection(scenario, source, target);
    if (replies !== undefined) return replies;
  }
  if (target.type === 'sqs-queue')
    return refuse(
      source.type === 'lambda-sqs'
        ? 'A queue triggers a Lambda function: connect the queue to the function.'
        : `A ${kindLabel(source)} reads from a queue: connect the queue to the ${kindLabel(source)}.`,
    );
  if (READER_TYPES.includes(target.type))
    return refuse(
      `A ${kindLabel(source)} and a ${kindLabel(target)} do not talk directly: each reads from an SQS queue.`,
    );
  return refuse(`A ${kindLabel(source)} does not send anything: connect the producer to a queue.`);
}

/**
 * Request–response: a consumer that reads requests from one queue sends its answers to another
 * (the reply queue named in each request's ReplyTo). Undefined: not a reply, use the usual rules.
 */
function replyConnection(
  scenario: Pick<Scenario, 'nodes' | 'edges'>,
  source: ScenarioNode,
  target: ScenarioNode,
): ConnectionVerdict | undefined {
  const reads = scenario.edges.find((e) => e.type === 'consumes-from' && e.target === source.id);
  if (reads === undefined) return undefined;
  const s = displayName(source);
  const t = displayName(target);
  if (reads.source === target.id)
    return refuse(
      `${s} already reads from ${t}: connect it to another queue to send its replies there.`,
    );
  const current = scenario.edges.find((e) => e.type === 'replies-to' && e.source === source.id);
  if (current?.target === target.id) return refuse(`${s} already replies to ${t}.`);
  if (current !== undefined)
    return refuse(
      `${s} already replies to ${nameOf(scenario, current.target)}: delete that connection first.`,
    );
  return {
    ok: true,
    edge: { source: source.id, target: target.id, type: 'replies-to' },
    // A consumer wired to a reply queue answers each request it finishes ([consumer Reply]).
    patch: { nodeId: source.id, config: { Reply: true } },
  };
}

function deadLetter(
  scenario: Pick<Scenario, 'nodes' | 'edges'>,
  source: ScenarioNodeOf<'sqs-queue'>,
  target: ScenarioNodeOf<'sqs-queue'>,
): ConnectionVerdict {
  const s = displayName(source);
  const t = displayName(target);
  // [AWS SQS DLQ] "The dead-letter queue of a FIFO queue must also be a FIFO queue. Similarly,
  // the dead-letter queue of a standard queue must also be a standard queue."
  if (isFifoQueueNode(source) !== isFifoQueueNode(target))
    return refuse(
      isFifoQueueNode(source)
        ? `${s} is a FIFO queue: its dead-letter queue must also be a FIFO queue, and ${t} is standard.`
        : `${s} is a standard queue: its dead-letter queue must also be a standard queue, and ${t} is FIFO.`,
    );
  const current = scenario.edges.find((e) => e.type === 'dead-letter' && e.source === source.id);
  if (current?.target === target.id)
    return refuse(`${t} is already the dead-letter queue of ${s}.`);
  if (current !== undefined)
    return refuse(
      `${s} already has a dead-letter queue (${nameOf(scenario, current.target)}): a queue has one. Delete that connection first.`,
    );
  // Redrive chains must end (the validator refuses loops).
  const dlqOf = new Map(
    scenario.edges.filter((e) => e.type === 'dead-letter').map((e) => [e.source, e.target]),
  );
  const seen = new Set<string>();
  for (let at = dlqOf.get(target.id); at !== undefined && !seen.has(at); at = dlqOf.get(at)) {
    if (at === source.id)
      return refuse(`That would make a loop: failed messages from ${t} already end up in ${s}.`);
    seen.add(at);
  }
  return {
    ok: true,
    edge: {
      source: source.id,
      target: target.id,
      type: 'dead-letter',
      maxReceiveCount: DEFAULT_MAX_RECEIVE_COUNT,
    },
  };
}

function nameOf(scenario: Pick<Scenario, 'nodes'>, id: string): string {
  const node = scenario.nodes.find((n) => n.id === id);
  return node === undefined ? id : displayName(node);
}

function refuse(reason: string): ConnectionVerdict {
  return { ok: false, reason };
}
