import type { Scenario } from '../../../engine';
import type { UiService } from '../../../ui/plugins/plugin';
import { snsDescription } from '../engine/description';
import { SNS_SCENARIOS } from '../scenarios';
import { SNS_LESSON_TITLES } from '../scenarios/lessons';
import { EDGE_COLOR } from './edges/edgeColors';
import { PublishesToEdge, SubscriptionEdge } from './edges/SnsEdges';
import { subscriptionLabel } from './edges/subscriptionLabel';
import { ClientIcon, SnsIcon } from './icons';
import { PublisherSettings } from './inspector/PublisherSettings';
import { TopicSettings } from './inspector/TopicSettings';
import { snsPlaces } from './live/places';
import { snsLog } from './log';
import { HANDLE } from './nodes/SnsHandles';
import { PublisherNode } from './nodes/PublisherNode';
import { TopicNode } from './nodes/TopicNode';

const icon = (Icon: typeof SnsIcon) => <Icon size={20} aria-hidden="true" />;

/** A topic name no node uses yet ([D] CreateTopic: FIFO names end in ".fifo"). */
function uniqueTopicName(scenario: Pick<Scenario, 'nodes'>, suffix: string): string {
  const names = new Set(scenario.nodes.map((n) => n.config.TopicName));
  let i = 1;
  while (names.has(`topic-${i}${suffix}`)) i++;
  return `topic-${i}${suffix}`;
}

/**
 * Amazon SNS on the canvas: topics, publishers and subscriptions. The node and edge kind lists
 * below are the one place to add a kind (endpoint nodes, other protocols): one entry each.
 */
export const snsUi: UiService = {
  name: 'sns',
  description: snsDescription,
  nodes: [
    {
      type: 'publisher',
      component: PublisherNode,
      title: 'Publisher (SNS Publish)',
      settings: PublisherSettings,
      idPrefix: 'publisher',
      column: 0,
      palette: [
        {
          key: 'publisher',
          label: 'Publisher',
          icon: icon(ClientIcon),
          config: () => ({ MessagesPerSecond: 1 }),
        },
      ],
    },
    {
      type: 'sns-topic',
      component: TopicNode,
      title: 'SNS topic',
      settings: TopicSettings,
      idPrefix: 'topic',
      column: 1,
      palette: [
        {
          key: 'sns-topic',
          label: 'SNS topic (standard)',
          icon: icon(SnsIcon),
          config: (scenario) => ({ TopicName: uniqueTopicName(scenario, '') }),
        },
        {
          key: 'sns-topic-fifo',
          label: 'SNS topic (FIFO)',
          icon: icon(SnsIcon),
          config: (scenario) => ({
            TopicName: uniqueTopicName(scenario, '.fifo'),
            Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' },
          }),
        },
      ],
    },
  ],
  edges: [
    {
      type: 'publishes-to',
      component: PublishesToEdge,
      color: EDGE_COLOR['publishes-to'],
      verb: 'publishes to',
      sourceHandle: HANDLE.out,
      targetHandle: HANDLE.in,
    },
    {
      type: 'subscription',
      component: SubscriptionEdge,
      color: EDGE_COLOR.subscription,
      verb: 'delivers to',
      sourceHandle: HANDLE.out,
      targetHandle: HANDLE.in,
      detail: (edge) => {
        const { words, filter } = subscriptionLabel(edge);
        return `, ${words.join(', ')}${filter === undefined ? '' : `, filter policy ${filter}`}`;
      },
    },
  ],
  lessons: SNS_LESSON_TITLES,
  scenarios: SNS_SCENARIOS,
  live: { places: (world) => snsPlaces(world) },
  log: snsLog,
};
