import type { Random } from '../../../../engine/testing/random';
import type { TestWorld } from '../../../../engine/testing/testWorld';
import type { Call, Workload } from '../../../../engine/testing/workload';
import { allowTopics, queueArn, topicArn } from './snsWorld';
import { checkDeliveries } from './workloadCheck';

/** Topics the calls name; "t" and "t.fifo" exist from the start, the others come and go. */
const TOPICS = ['t', 't', 't.fifo', 't.fifo', 'u', 'v.fifo'];
/**
 * Queues: three SNS may send to (one FIFO), "locked" whose policy lets no topic send (its
 * deliveries fail; a redrive policy moves them to "dlq"), and "nowhere", never made.
 */
const QUEUES = ['cars', 'big', 'all', 'orders.fifo', 'locked', 'nowhere'];
const HOOK = 'https://example.com/hook';

const POLICIES: Record<string, string>[] = [
  {},
  { FilterPolicy: '{"kind":["car","van"]}' },
  { FilterPolicy: '{"price":[{"numeric":[">",10]}]}', RawMessageDelivery: 'true' },
  {
    FilterPolicy: '{"order":{"total":[{"numeric":[">=",100]}]}}',
    FilterPolicyScope: 'MessageBody',
  },
  { FilterPolicy: '{"kind":[{"prefix":"c"}]}', FilterPolicyScope: 'MessageBody' },
  { RawMessageDelivery: 'true' },
  { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: queueArn('dlq') }) },
  // Refused: exists takes true or false.
  { FilterPolicy: '{"kind":[{"exists":"no"}]}' },
];
const SETTINGS: [string, string][] = [
  ['FilterPolicy', '{"kind":["bike"]}'],
  ['FilterPolicy', ''],
  ['FilterPolicyScope', 'MessageBody'],
  ['FilterPolicyScope', 'MessageAttributes'],
  ['RawMessageDelivery', 'true'],
  ['RawMessageDelivery', 'false'],
];
const MESSAGES = ['{"order":{"total":150},"kind":"car"}', '{"order":{"total":5}}', 'plain', '[1]'];
const str = (StringValue: string) => ({ DataType: 'String', StringValue });
const ATTRIBUTES = [
  undefined,
  { kind: str('car') },
  { kind: str('bike'), price: { DataType: 'Number', StringValue: '20' } },
  { tags: { DataType: 'String.Array', StringValue: 'not an array' } },
];

interface Known {
  topics: string[];
  subscriptions: string[];
  labels: string[];
  /** FIFO deduplication ids used; the last is now and then used again (dropped as a duplicate). */
  dedups: number;
}

/** One message of a publish: body, attributes, and on a FIFO topic its group and dedup ids. */
function entry(random: Random, known: Known, topic: string): Record<string, unknown> {
  const attributes = random.pick(ATTRIBUTES);
  const repeat = known.dedups > 0 && random.chance(0.1);
  return {
    Message: random.pick(MESSAGES),
    ...(attributes === undefined ? {} : { MessageAttributes: attributes }),
    ...(topic.endsWith('.fifo')
      ? {
          MessageGroupId: random.pick(['g1', 'g2']),
          MessageDeduplicationId: `d${repeat ? known.dedups : ++known.dedups}`,
        }
      : {}),
  };
}

type Maker = (random: Random, known: Known) => unknown;
/** Mostly a topic that exists. */
const aTopic = (random: Random, known: Known) =>
  topicArn(random.chance(0.9) && known.topics.length > 0 ? random.pick(known.topics) : 'u');
const aSubscription = (random: Random, known: Known) =>
  random.pick(known.subscriptions) ?? `${topicArn('t')}:00000000-0000-0000-0000-000000000000`;

const MAKERS: Record<string, Maker> = {
  CreateTopic: (random) => {
    const Name = random.pick(TOPICS);
    return { Name, ...(Name.endsWith('.fifo') ? { Attributes: { FifoTopic: 'true' } } : {}) };
  },
  DeleteTopic: (random) => ({ TopicArn: topicArn(random.pick(['u', 'v.fifo'])) }),
  Subscribe: (random, known) => {
    const TopicArn = aTopic(random, known);
    if (random.chance(0.1)) return { TopicArn, Protocol: 'https', Endpoint: HOOK };
    const Attributes = random.pick(POLICIES);
    return { TopicArn, Protocol: 'sqs', Endpoint: queueArn(random.pick(QUEUES)), Attributes };
  },
  // The token SNS last sent to an endpoint (its event), as the endpoint's owner would read it.
  ConfirmSubscription: () => (world: TestWorld) => {
    const sent = [...world.log].reverse().find((e) => e.type === 'sns/confirmation-requested');
    return sent?.type === 'sns/confirmation-requested'
      ? { TopicArn: topicArn(sent.topic), Token: sent.token }
      : { TopicArn: topicArn('t'), Token: 'abc' };
  },
  Unsubscribe: (random, known) => ({ SubscriptionArn: aSubscription(random, known) }),
  GetSubscriptionAttributes: (random, known) => ({
    SubscriptionArn: aSubscription(random, known),
  }),
  SetSubscriptionAttributes: (random, known) => {
    const [AttributeName, AttributeValue] = random.pick(SETTINGS);
    return { SubscriptionArn: aSubscription(random, known), AttributeName, AttributeValue };
  },
  Publish: (random, known) => {
    const TopicArn = aTopic(random, known);
    return { TopicArn, ...entry(random, known, TopicArn) };
  },
  PublishBatch: (random, known) => {
    const TopicArn = aTopic(random, known);
    const entries = Array.from({ length: random.int(1, 3) }, (_, i) => ({
      Id: `e${i}`,
      ...entry(random, known, TopicArn),
    }));
    return { TopicArn, PublishBatchRequestEntries: entries };
  },
  GetTopicAttributes: (random, known) => ({ TopicArn: aTopic(random, known) }),
  SetTopicAttributes: (random, known) => ({
    TopicArn: aTopic(random, known),
    AttributeName: 'DisplayName',
    AttributeValue: random.pick(['Orders', '']),
  }),
  ListTopics: () => ({}),
  ListSubscriptions: () => ({}),
  ListSubscriptionsByTopic: (random, known) => ({ TopicArn: aTopic(random, known) }),
  TagResource: (random, known) => ({
    ResourceArn: aTopic(random, known),
    Tags: [{ Key: random.pick(['team', 'env']), Value: 'x' }],
  }),
  UntagResource: (random, known) => ({ ResourceArn: aTopic(random, known), TagKeys: ['team'] }),
  ListTagsForResource: (random, known) => ({ ResourceArn: aTopic(random, known) }),
  AddPermission: (random, known) => ({
    TopicArn: topicArn('t'),
    Label: `p${known.labels.length + random.int(0, 1)}`,
    AWSAccountId: ['111122223333'],
    ActionName: ['Publish'],
  }),
  RemovePermission: (random, known) => ({
    TopicArn: topicArn('t'),
    Label: random.pick(known.labels) ?? 'p0',
  }),
};
const WEIGHTS = Object.keys(MAKERS).map(
  (action) =>
    [
      (
        { Publish: 8, PublishBatch: 3, Subscribe: 4, SetSubscriptionAttributes: 2 } as Record<
          string,
          number
        >
      )[action] ?? 1,
      action,
    ] as const,
);

const queue = (QueueName: string, Attributes: Record<string, string>): Call => ({
  service: 'sqs',
  action: 'CreateQueue',
  input: { QueueName, Attributes },
});
const mayReceive = (name: string) => ({
  Policy: allowTopics(
    name,
    ['t', 't.fifo', 'u', 'v.fifo'].map((t) => topicArn(t)),
  ),
});

/**
 * SNS's calls for the engine-wide properties: topics standard and FIFO, SQS subscriptions with
 * and without filter policies, raw or enveloped, publishes one by one and in batches, and the
 * rest of SNS's actions on them. Its check: every notification reaches its queue at most once,
 * and, once due, exactly once (or is filtered out, or counted failed).
 */
export const workload: Workload<Known> = {
  service: 'sns',
  steps: 120,
  setup: [
    queue('cars', mayReceive('cars')),
    queue('big', mayReceive('big')),
    queue('all', mayReceive('all')),
    queue('dlq', mayReceive('dlq')),
    queue('orders.fifo', { FifoQueue: 'true', ...mayReceive('orders.fifo') }),
    queue('locked', {}),
    { service: 'sns', action: 'CreateTopic', input: { Name: 't' } },
    {
      service: 'sns',
      action: 'CreateTopic',
      input: { Name: 't.fifo', Attributes: { FifoTopic: 'true' } },
    },
    // A publisher beside the calls: its publishes take their turns with the rest.
    {
      service: 'playground',
      action: 'CreateActor',
      input: {
        ActorId: 'shop',
        Kind: 'publisher',
        Config: {
          TopicArn: topicArn('t'),
          MessagesPerSecond: 2,
          MaxMessages: 40,
          MessageAttributes: { kind: '{cycle:car,bike}' },
        },
      },
    },
  ],
  shows: [
    'sns/topic-created',
    'sns/topic-deleted',
    'sns/topic-attributes-changed',
    'sns/subscribed',
    'sns/confirmation-requested',
    'sns/subscription-confirmed',
    'sns/unsubscribed',
    'sns/subscription-attributes-changed',
    'sns/published',
    'sns/duplicate-dropped',
    'sns/filtered-out',
    'sns/delivered',
    'sns/delivery-failed',
    'sns/moved-to-dlq',
    'sns/message-lost',
    'sns/delivery-cancelled',
  ],
  start: () => ({ topics: [], subscriptions: [], labels: [], dedups: 0 }),
  learn(known, { service, action, input, outcome }) {
    if (service !== 'sns' || outcome?.ok !== true) return;
    const given = input as Record<string, string>;
    const value = outcome.value as Record<string, string>;
    const name = (arn: string | undefined) => arn?.slice(arn.lastIndexOf(':') + 1) ?? '';
    if (action === 'CreateTopic' && !known.topics.includes(name(value.TopicArn)))
      known.topics.push(name(value.TopicArn));
    if (action === 'DeleteTopic') {
      known.topics = known.topics.filter((t) => t !== name(given.TopicArn));
      known.subscriptions = known.subscriptions.filter((s) => !s.startsWith(`${given.TopicArn}:`));
    }
    const subscription = value.SubscriptionArn;
    if (subscription?.startsWith('arn:') === true && !known.subscriptions.includes(subscription))
      known.subscriptions.push(subscription);
    if (action === 'Unsubscribe')
      known.subscriptions = known.subscriptions.filter((s) => s !== given.SubscriptionArn);
    if (action === 'AddPermission') known.labels.push(given.Label as string);
    if (action === 'RemovePermission') known.labels = known.labels.filter((l) => l !== given.Label);
  },
  next(random, known) {
    const action = random.weighted(WEIGHTS);
    return { service: 'sns', action, input: (MAKERS[action] as Maker)(random, known) };
  },
  pause: (random) => (random.chance(0.5) ? 0 : random.int(0, 2_000)),
  check: checkDeliveries,
};
