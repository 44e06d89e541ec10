import { useState } from 'react';
import { settingName, type ScenarioEdge, type SettingSchema } from '../../../../engine';
import { useAppStore } from '../../../../store';
import { SpecList } from '../../../../ui/panels/inspector/SpecList';
import { applyPatch, patchSetting } from '../../../../ui/panels/inspector/spec';
import { checkSubscriptionConfig } from '../../engine/scenario/subscriptionConfig';
import { SUBSCRIPTION_SETTINGS as settings } from '../../engine/scenario/subscriptionSettings';

/**
 * Each subscription of a topic (its edges to queues) with its settings from the engine's schema.
 * A value is checked as the scenario check does (SNS's own filter-policy validator, AWS's text)
 * and then written; a subscription's change restarts the run (SNS applies filter policy changes
 * within minutes, and the playground does not model that delay).
 */
export function SubscriptionSettings({
  topicId,
  topicName,
}: {
  topicId: string;
  topicName: string;
}) {
  const subscriptions = useAppStore((s) =>
    s.scenario.edges.filter((e) => e.type === 'subscription' && e.source === topicId),
  );
  if (subscriptions.length === 0) return null;
  return (
    <section
      aria-label="Subscriptions"
      className="mt-3 border-t border-slate-200 pt-2 dark:border-slate-700"
    >
      <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        Subscriptions
      </h3>
      <p className="mb-2 text-[11px] text-slate-500 dark:text-slate-400">
        Simplified: one account and Region; the queue&apos;s policy statement is written for you
        (turn it off to see SNS refused); a change restarts the run.
      </p>
      {subscriptions.map((edge) => (
        <Subscription key={edge.id} edge={edge} topicName={topicName} />
      ))}
    </section>
  );
}

function Subscription({ edge, topicName }: { edge: ScenarioEdge; topicName: string }) {
  const edit = useAppStore((s) => s.edit);
  const queueName = useAppStore((s) => {
    const name = s.scenario.nodes.find((n) => n.id === edge.target)?.config.QueueName;
    return typeof name === 'string' ? name : edge.target;
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const config = edge.config ?? {};
  const commit = (setting: SettingSchema, value: string | undefined) => {
    const next = applyPatch(config, patchSetting(settings, setting, config, value));
    const problems: string[] = [];
    checkSubscriptionConfig({ id: edge.id, config: next }, problems);
    const name = settingName(setting);
    if (problems.length > 0) {
      setErrors((e) => ({ ...e, [name]: problems.join(' ').replace(`edge ${edge.id}: `, '') }));
      return;
    }
    setErrors(({ [name]: _cleared, ...rest }) => rest);
    edit(
      (s) => ({
        ...s,
        edges: s.edges.map((e) => (e.id === edge.id ? { ...e, config: next } : e)),
      }),
      `${name} of the subscription of ${queueName} to ${topicName} ${value === undefined ? 'reset to default' : `set to ${value}`}`,
    );
  };
  return (
    <div className="mb-2 rounded border border-slate-200 p-2 dark:border-slate-700">
      <h4 className="mb-1 text-xs font-semibold">
        {queueName} <span className="font-normal text-slate-500">(sqs)</span>
      </h4>
      <SpecList
        settings={settings}
        config={config}
        errors={errors}
        busy={undefined}
        onCommit={commit}
      />
    </div>
  );
}
