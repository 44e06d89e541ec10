import type { EventSubjects } from '../../../engine/plugin';
import type { SqsEvent } from './events';

/** An SQS event is about its queue, the queue a message moved to, and whoever called. */
export function sqsSubjects(event: SqsEvent): EventSubjects {
  return {
    resources: [
      event.queue,
      ...('deadLetterQueue' in event ? [event.deadLetterQueue] : []),
      ...('destination' in event ? [event.destination] : []),
    ],
    actors: 'by' in event ? [event.by] : [],
  };
}
