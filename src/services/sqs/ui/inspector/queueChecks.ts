import type { SettingSchema } from '../../../../engine';
import { queueUrlOf } from '../names';
import type { CheckRequest } from '../../../../ui/panels/inspector/request';
import { defaultText } from '../../../../ui/panels/inspector/spec';

/**
 * How the live world checks a queue setting: an attribute with SetQueueAttributes, playground
 * behaviour with SetQueueBehavior; the name is not checked here (renaming is).
 */
export function queueCheck(
  queueName: string,
  setting: SettingSchema,
  value: string | undefined,
): CheckRequest | undefined {
  const [where, name] = setting.path;
  if (setting.readOnly === true || name === undefined) return undefined;
  const QueueUrl = queueUrlOf(queueName);
  // Back to default: the default value is what the world is told ("" removes a KMS key).
  const next = value ?? defaultText(setting);
  if (where === 'Attributes')
    return {
      service: 'sqs',
      action: 'SetQueueAttributes',
      input: { QueueUrl, Attributes: { [name]: next ?? '' } },
    };
  if (where === 'Behavior')
    return {
      service: 'playground',
      action: 'SetQueueBehavior',
      input: { QueueUrl, [name]: Number(next) },
    };
  return undefined;
}
