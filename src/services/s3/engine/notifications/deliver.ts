import type { Sim } from '../../../../engine/sim';
import type { S3Task } from '../types';
import { sendToDestination } from './destinations';

/**
 * A notification reaches its destination: a queue or a topic through its service's own actions,
 * where its policy decides; a refusal is a failed delivery in the log, never an error thrown. A
 * Lambda function is only named: functions do not run in the playground yet.
 */
export function deliverNotification(sim: Sim, task: S3Task): void {
  const what = {
    at: sim.now,
    bucket: task.bucket,
    key: task.key,
    eventName: task.eventName,
    configurationId: task.configurationId,
    destination: task.destination,
    sentAt: task.sentAt,
  };
  const kind = task.destinationKind;
  if (kind === 'lambda') {
    sim.emit({ type: 's3/lambda-not-invoked', ...what });
    return;
  }
  const sent = sendToDestination(sim, task.bucketArn, kind, task.destination, task.message);
  if (!sent.ok)
    sim.emit({
      type: 's3/delivery-failed',
      ...what,
      kind,
      error: sent.error,
      message: sent.message,
    });
  else if (sent.messageId === undefined) sim.emit({ type: 's3/event-delivered', ...what, kind });
  else sim.emit({ type: 's3/event-delivered', ...what, kind, messageId: sent.messageId });
}
