import type { NodeType } from '../../../engine';
import { int, block, inBlock, processing, failure } from './actorFields';
import { applyPatch, atPath, readPath, type Config, type FieldSpec } from './spec';

/**
 * The behaviour knobs of each actor kind, with the ranges and defaults the engine's config
 * readers enforce (src/engine/actors/*Config.ts). Member names are the engine's (PascalCase,
 * AWS names where AWS has one).
 */
export function consumerSpecs(): FieldSpec[] {
  return [
    atPath(
      ['WaitTimeSeconds'],
      int(0, 20, '20', 'ReceiveMessage wait: 0 is short polling, 1–20 long polling.', 'seconds'),
    ),
    atPath(['MaxNumberOfMessages'], int(1, 10, '1', 'Messages per ReceiveMessage.')),
    atPath(
      ['VisibilityTimeout'],
      int(0, 43_200, undefined, "ReceiveMessage override; none: the queue's.", 'seconds'),
    ),
    ...processing(1000),
    atPath(['Concurrency'], int(1, 1000, '1', 'Messages processed at once.')),
    atPath(
      ['PollAtFreeSlots'],
      int(1, 1000, '1', 'Free slots before receiving again (Concurrency: whole batch first).'),
    ),
    atPath(['DeleteBatch'], {
      kind: 'boolean',
      defaultValue: 'false',
      help: 'Delete with DeleteMessageBatch (up to 10 per call).',
    }),
    atPath(['DeleteBatchWindowMs'], {
      ...int(0, 60_000, '200', 'How long a success waits to share a batch.', 'ms'),
      visible: (config) => config.DeleteBatch === true,
    }),
    block('Heartbeat', 'Keep slow messages hidden with ChangeMessageVisibility.'),
    atPath(['Heartbeat', 'IntervalSeconds'], {
      ...int(1, 43_200, '10', 'How often to call ChangeMessageVisibility.', 'seconds'),
      visible: inBlock('Heartbeat'),
    }),
    atPath(['Heartbeat', 'ExtendBySeconds'], {
      ...int(0, 43_200, '30', 'New visibility timeout from now.', 'seconds'),
      visible: inBlock('Heartbeat'),
    }),
    atPath(['PollIntervalMs'], int(0, 3_600_000, '1000', 'Pause after an empty short poll.', 'ms')),
    atPath(['Reply'], {
      kind: 'boolean',
      defaultValue: 'false',
      help: 'Request–response: answer each request on the queue its ReplyTo names (drag the reply handle below to that queue).',
    }),
    ...failure(),
  ];
}

export function producerSpecs(): FieldSpec[] {
  return [
    atPath(['MessagesPerSecond'], {
      kind: 'decimal',
      min: 0,
      max: 10_000,
      range: 'more than 0, up to 10,000',
      defaultValue: '1',
      help: 'Average send rate.',
    }),
    atPath(['Arrival'], {
      kind: 'choice',
      choices: ['constant', 'poisson'],
      defaultValue: 'constant',
      help: 'Evenly spaced, or random gaps with the same mean.',
    }),
    block('Burst', 'Every few seconds, send extra messages at once.'),
    atPath(['Burst', 'EverySeconds'], {
      ...int(1, 86_400, '60', 'Time between bursts.', 'seconds'),
      visible: inBlock('Burst'),
    }),
    atPath(['Burst', 'ExtraMessages'], {
      ...int(1, 10_000, '10', 'Messages in each burst.'),
      visible: inBlock('Burst'),
    }),
    atPath(['BodyTemplate'], {
      kind: 'textarea',
      defaultValue: 'message {n}',
      help: 'Message body; {n} is 1, 2, …; {groupId} the group.',
    }),
    atPath(['BatchSize'], int(1, 10, '1', '1: SendMessage; 2–10: SendMessageBatch entries.')),
    atPath(
      ['DelaySeconds'],
      int(0, 900, undefined, "Per-message delay; none: the queue's DelaySeconds.", 'seconds'),
    ),
    atPath(
      ['MaxMessages'],
      int(1, 100_000_000, undefined, 'Stop after this many; none: never stop.'),
    ),
    block('GroupIdPattern', 'FIFO queues: the MessageGroupId of each message.'),
    atPath(['GroupIdPattern', 'Mode'], {
      kind: 'choice',
      choices: ['fixed', 'round-robin', 'random'],
      defaultValue: 'fixed',
      help: 'One group, or spread over Groups groups (group-1 … group-K).',
      visible: inBlock('GroupIdPattern'),
    }),
    atPath(['GroupIdPattern', 'Value'], {
      kind: 'text',
      defaultValue: 'group-1',
      help: 'The fixed group id.',
      visible: inBlock('GroupIdPattern'),
    }),
    atPath(['GroupIdPattern', 'Groups'], {
      ...int(1, 10_000, '3', 'How many groups to spread over.'),
      visible: inBlock('GroupIdPattern'),
    }),
    atPath(['DeduplicationIdTemplate'], {
      kind: 'text',
      defaultValue: undefined,
      help: 'FIFO: e.g. order-{n}; none relies on ContentBasedDeduplication.',
    }),
    ...callerSpecs(),
  ];
}

/** Who the producer calls as: checked by the queue policy and, on SSE-KMS queues, the key policy. */
function callerSpecs(): FieldSpec[] {
  return [
    atPath(['AccountId'], {
      kind: 'text',
      range: '12 digits',
      defaultValue: undefined,
      help: "The AWS account it calls from; none: the queue's own account. Another account needs the queue policy (and a KMS key policy) to allow it.",
    }),
    atPath(['UseHttps'], {
      kind: 'boolean',
      defaultValue: 'true',
      help: 'Off: plain HTTP, so aws:SecureTransport is false — a queue policy may deny that.',
    }),
    atPath(['ServicePrincipal'], {
      kind: 'text',
      defaultValue: undefined,
      help: 'Send as an AWS service: sns.amazonaws.com, s3.amazonaws.com or events.amazonaws.com.',
    }),
    atPath(['SourceArn'], {
      kind: 'text',
      defaultValue: undefined,
      help: 'The topic, bucket or rule the service sends for (aws:SourceArn).',
      visible: (config) => config.ServicePrincipal !== undefined,
    }),
  ];
}

export function lambdaSpecs(): FieldSpec[] {
  return [
    atPath(
      ['BatchSize'],
      int(
        1,
        10_000,
        '10',
        'Records per invocation (FIFO: up to 10; above 10 needs a batching window).',
      ),
    ),
    atPath(
      ['MaximumBatchingWindowInSeconds'],
      int(
        0,
        300,
        '0',
        'How long to gather records before invoking (standard queues only).',
        'seconds',
      ),
    ),
    {
      id: 'ScalingConfig.MaximumConcurrency',
      ...int(2, 1000, undefined, "Cap on concurrent invocations; none: up to the account's 1,000."),
      read: (config) => readPath(config, ['ScalingConfig', 'MaximumConcurrency']),
      patch: (_config, value) => ({
        ScalingConfig: value === undefined ? undefined : { MaximumConcurrency: Number(value) },
      }),
    },
    {
      id: 'ReportBatchItemFailures',
      kind: 'boolean',
      defaultValue: 'false',
      help: 'FunctionResponseTypes: return only the failed records, so the rest are deleted.',
      read: (config) =>
        Array.isArray(config.FunctionResponseTypes)
          ? String(config.FunctionResponseTypes.includes('ReportBatchItemFailures'))
          : undefined,
      patch: (_config, value) => ({
        FunctionResponseTypes:
          value === undefined ? undefined : value === 'true' ? ['ReportBatchItemFailures'] : [],
      }),
    },
    atPath(
      ['Timeout'],
      int(
        1,
        900,
        '3',
        "Function timeout: at most the queue's visibility timeout, which AWS advises to be 6× this plus the batching window.",
        'seconds',
      ),
    ),
    ...processing(100).map((s) =>
      s.id === 'ProcessingTime.Ms' ? { ...s, help: 'Time per record; a batch takes the sum.' } : s,
    ),
    ...failure(),
  ];
}

/** A consumer knob of an auto scaling group's launch template. */
function inTemplate(spec: FieldSpec): FieldSpec {
  const template = (config: Config) => (config.Template as Config | undefined) ?? {};
  return {
    ...spec,
    id: `Template.${spec.id}`,
    read: (config) => spec.read(template(config)),
    patch: (config, value) => {
      const next = applyPatch(template(config), spec.patch(template(config), value));
      return { Template: Object.keys(next).length === 0 ? undefined : next };
    },
    ...(spec.visible === undefined
      ? {}
      : { visible: (config: Config) => spec.visible?.(template(config)) ?? true }),
  };
}

export function autoscalingSpecs(): FieldSpec[] {
  return [
    atPath(['MinSize'], int(0, 1000, '1', 'Fewest instances.')),
    atPath(['MaxSize'], int(1, 1000, '10', 'Most instances (default: 10, or MinSize if larger).')),
    atPath(['DesiredCapacity'], int(0, 1000, 'MinSize', 'Instances at the start.')),
    atPath(['TargetBacklogPerInstance'], {
      kind: 'decimal',
      min: 0,
      max: 1_000_000,
      range: 'more than 0, up to 1,000,000',
      defaultValue: '100',
      help: 'Target tracking: ApproximateNumberOfMessagesVisible ÷ InService.',
    }),
    atPath(
      ['EvaluationPeriodSeconds'],
      int(10, 3600, '60', 'CloudWatch metric period.', 'seconds'),
    ),
    atPath(
      ['ScaleOutEvaluationPeriods'],
      int(1, 100, '3', 'Periods above target before scaling out.'),
    ),
    atPath(
      ['ScaleInEvaluationPeriods'],
      int(1, 100, '15', 'Periods below target before scaling in.'),
    ),
    atPath(
      ['ScaleOutCooldownSeconds'],
      int(0, 86_400, '300', 'Wait after scaling out.', 'seconds'),
    ),
    atPath(['ScaleInCooldownSeconds'], int(0, 86_400, '300', 'Wait after scaling in.', 'seconds')),
    atPath(['InstanceWarmupSeconds'], int(0, 86_400, '60', 'Launch to in service.', 'seconds')),
    ...consumerSpecs().map(inTemplate),
  ];
}

export function actorSpecs(type: NodeType): FieldSpec[] {
  switch (type) {
    case 'producer':
      return producerSpecs();
    case 'consumer':
      return consumerSpecs();
    case 'lambda-sqs':
      return lambdaSpecs();
    case 'autoscaling-consumers':
      return autoscalingSpecs();
    default:
      return [];
  }
}

/** Kinds the engine can crash and restart (CrashActor/RestartActor). */
export const CRASHABLE: readonly NodeType[] = ['consumer', 'lambda-sqs'];
