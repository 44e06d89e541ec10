import { useCallback } from 'react';
import type { ScenarioNode, SettingSchema } from '../../../../engine';
import { NodeSettings } from '../../../../ui/panels/inspector/NodeSettings';
import { defaultText } from '../../../../ui/panels/inspector/spec';
import { topicArnOf, topicNameOf } from '../names';
import { SubscriptionSettings } from './SubscriptionSettings';

interface Props {
  node: ScenarioNode;
  settings: readonly SettingSchema[];
}

/** A topic's attributes (checked by SetTopicAttributes in the live world), then its subscriptions. */
export function TopicSettings({ node, settings }: Props) {
  const topicName = topicNameOf(node) ?? '';
  const check = useCallback(
    (setting: SettingSchema, value: string | undefined) => ({
      service: 'sns',
      action: 'SetTopicAttributes',
      input: {
        TopicArn: topicArnOf(topicName),
        AttributeName: setting.name ?? setting.path.at(-1),
        AttributeValue: value ?? defaultText(setting) ?? '',
      },
    }),
    [topicName],
  );
  return (
    <>
      <NodeSettings node={node} settings={settings} who={topicName} check={check} />
      <SubscriptionSettings topicId={node.id} topicName={topicName} />
    </>
  );
}
