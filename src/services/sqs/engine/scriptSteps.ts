import { changedSettings } from '../../../engine/explain/script';
import type { ScriptStepWords } from '../../../engine/plugin';

/** How a scenario's script steps on SQS actions read ("The scenario's script purged orders."). */
export const sqsScriptSteps: ScriptStepWords = {
  targets: ['QueueUrl', 'SourceArn', 'QueueName'],
  settings: ['Attributes'],
  describe(action, target, settings) {
    const on = target === undefined ? '' : ` ${target}`;
    switch (action) {
      case 'SendMessage':
      case 'SendMessageBatch':
        return `The scenario's script sent a message to${on}.`;
      case 'SetQueueAttributes':
        return changedSettings(target, settings);
      case 'StartMessageMoveTask':
        return `The scenario's script started a redrive (StartMessageMoveTask) out of${on}.`;
      case 'AddPermission':
        return `The scenario's script granted access to${on} with AddPermission.`;
      case 'PurgeQueue':
        return `The scenario's script purged${on}.`;
      default:
        return undefined;
    }
  },
};
