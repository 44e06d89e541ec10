import { effectiveDeliveryPolicy } from './deliveryPolicy';
import { invalid } from './errors';
import { readJson } from './jsonText';
import type { SnsState, SnsTopic } from './model';
import { countsOf } from './subscriptionCounts';
import { topicPolicyText } from './topicPolicy';

/**
 * Topic attributes ([D] BOTO CreateTopic / SetTopicAttributes): which may be set, the values
 * each accepts, and what GetTopicAttributes shows.
 */
const FEEDBACK = ['HTTP', 'Firehose', 'Lambda', 'Application', 'SQS'].flatMap((p) => [
  `${p}SuccessFeedbackRoleArn`,
  `${p}SuccessFeedbackSampleRate`,
  `${p}FailureFeedbackRoleArn`,
]);
const SETTABLE = new Set([
  'DeliveryPolicy',
  'DisplayName',
  'Policy',
  'TracingConfig',
  'KmsMasterKeyId',
  'SignatureVersion',
  ...FEEDBACK,
]);
const FIFO_ONLY = new Set(['ContentBasedDeduplication', 'FifoThroughputScope', 'ArchivePolicy']);

type Check = (value: string) => boolean;
const oneOf =
  (...values: string[]): Check =>
  (value) =>
    values.includes(value);
const json: Check = (value) => readJson(value).ok;
const VALUES: Record<string, Check> = {
  SignatureVersion: oneOf('1', '2'),
  TracingConfig: oneOf('PassThrough', 'Active'),
  ContentBasedDeduplication: oneOf('true', 'false'),
  FifoThroughputScope: oneOf('Topic', 'MessageGroup'),
  ArchivePolicy: json,
};

/**
 * Checks one attribute for a topic being created (`creating`) or changed (`value` undefined:
 * the attribute is being removed, only its name is checked). Unknown names are
 * [V] "Invalid parameter: Attributes Reason: Unknown attribute <name>" at creation and [V]
 * "Invalid parameter: AttributeName" afterwards (FifoTopic too: it is fixed at creation).
 */
export function checkTopicAttribute(
  name: string,
  value: string | undefined,
  topic: { fifo: boolean },
  creating: boolean,
): void {
  const known = SETTABLE.has(name) || FIFO_ONLY.has(name) || (creating && name === 'FifoTopic');
  if (!known)
    throw invalid(creating ? `Attributes Reason: Unknown attribute ${name}` : 'AttributeName');
  if (FIFO_ONLY.has(name) && !topic.fifo)
    throw invalid(`${name} Reason: ${name} can only be set for FIFO topics`);
  if (value === undefined) return;
  if (name === 'TracingConfig' && value === 'Active' && topic.fifo)
    throw invalid('TracingConfig Reason: Active tracing is not supported for FIFO topics');
  if (name === 'Policy' || name === 'DeliveryPolicy') {
    const reading = readJson(value);
    if (!reading.ok) throw invalid(`${name}: failed to parse JSON. ${reading.problem}`);
  }
  if (name.endsWith('SampleRate') && !/^(\d|[1-9]\d|100)$/.test(value)) throw invalid(name);
  const check = VALUES[name];
  if (check !== undefined && !check(value)) throw invalid(name);
}

/** [V] GetTopicAttributes: the defaults, what was set, and the live subscription counts. */
export function topicAttributesView(state: SnsState, topic: SnsTopic): Record<string, string> {
  const counts = countsOf(state, topic);
  const view: Record<string, string> = {
    DisplayName: '',
    EffectiveDeliveryPolicy: effectiveDeliveryPolicy(topic.attributes.get('DeliveryPolicy')),
    Owner: state.accountId,
    SubscriptionsConfirmed: String(counts.confirmed),
    SubscriptionsDeleted: String(topic.subscriptionsDeleted),
    SubscriptionsPending: String(counts.pending),
    TopicArn: topic.arn,
  };
  if (topic.fifo) {
    view.FifoTopic = 'true';
    view.ContentBasedDeduplication = 'false';
  }
  for (const [name, value] of topic.attributes) if (name !== 'FifoTopic') view[name] = value;
  view.Policy = topicPolicyText(topic, state.accountId);
  return Object.fromEntries(
    Object.keys(view)
      .sort()
      .map((k) => [k, view[k] as string]),
  );
}
