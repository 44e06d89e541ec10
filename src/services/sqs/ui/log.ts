import type { EngineEvent } from '../../../engine';
import type { UiService } from '../../../ui/plugins/plugin';

/** Which filter buttons each event is under; failed calls of actors are the shell's "errors". */
const GROUPS: Partial<Record<EngineEvent['type'], string[]>> = {
  'sqs/sent': ['sends'],
  'sqs/duplicate-dropped': ['sends'],
  'sqs/delay-ended': ['sends'],
  'sqs/received': ['receives'],
  'sqs/receive-retried': ['receives'],
  'sqs/empty-receive': ['receives'],
  'sqs/poll-started': ['receives'],
  'sqs/duplicate-delivered': ['receives'],
  'sqs/reordered': ['receives'],
  'sqs/deleted': ['deletes'],
  'sqs/expired': ['deletes'],
  'sqs/purged': ['deletes'],
  'sqs/visibility-changed': ['visibility'],
  'sqs/visibility-expired': ['visibility'],
  'sqs/moved-to-dlq': ['dlq'],
  'sqs/redriven': ['dlq'],
  'sqs/move-task-finished': ['dlq'],
  'sqs/throttled': ['errors'],
  'actor/crashed': ['errors'],
};

/** SQS's part of the event log's filters: a button per stage of a message's life. */
export const sqsLog: NonNullable<UiService['log']> = {
  groups: [
    { key: 'sends', label: 'Sends' },
    { key: 'receives', label: 'Receives' },
    { key: 'deletes', label: 'Deletes' },
    { key: 'visibility', label: 'Visibility' },
    { key: 'dlq', label: 'DLQ' },
    { key: 'errors', label: 'Errors & throttling' },
  ],
  groupsOf: (event) =>
    event.type === 'actor/invoked'
      ? event.outcome === 'success'
        ? []
        : ['errors']
      : (GROUPS[event.type] ?? []),
};
