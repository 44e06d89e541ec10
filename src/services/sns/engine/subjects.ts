import type { EventSubjects } from '../../../engine/plugin';
import type { SnsEvent } from './events';

/**
 * An SNS event is about its topic and whoever called. The queue a delivery reached is SQS's
 * resource: SQS's own event (sqs/sent) names it.
 */
export function snsSubjects(event: SnsEvent): EventSubjects {
  return {
    resources: 'topic' in event ? [event.topic] : [],
    actors: 'by' in event ? [event.by] : [],
  };
}
