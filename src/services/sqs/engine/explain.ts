import type { SqsEvent } from './events';
import { label, ms, seconds, times } from '../../../engine/explain/format';

/** One plain sentence per SQS event, with the numbers that caused it. */
export function explainSqs(e: SqsEvent): string {
  switch (e.type) {
    case 'sqs/queue-created':
      return `${e.queue}: ${e.fifo ? 'FIFO' : 'standard'} queue created.`;
    case 'sqs/queue-deleted':
      return `${e.queue}: queue deleted with ${e.messagesDropped} message(s) still in it.`;
    case 'sqs/attributes-changed':
      return `${e.queue}: attributes changed (${Object.entries(e.attributes)
        .map(([k, v]) => `${k}=${v === '' ? '""' : v}`)
        .join(', ')}).`;
    case 'sqs/sent':
      return `${label(e.n)} sent to ${e.queue} by ${e.by}${e.groupId === undefined ? '' : ` in group ${e.groupId}`}${
        e.delaySeconds > 0 ? `; hidden for its ${seconds(e.delaySeconds)} delay` : ''
      }.`;
    case 'sqs/duplicate-dropped':
      return `${e.queue}: a send with deduplication id ${short(e.dedupId)} was accepted but not delivered: the same id was seen within the 5-minute window (ends ${ms(e.windowEndsAt - e.at)} from now).`;
    case 'sqs/delay-ended':
      return `${label(e.n)} is now visible in ${e.queue}: its ${seconds(e.delaySeconds)} delay is over.`;
    case 'sqs/received':
      return `${label(e.n)} received by ${e.by} from ${e.queue} (${ordinal(e.receiveCount)} receive${
        e.groupId === undefined ? '' : `, group ${e.groupId}`
      }); invisible to others for ${seconds(e.visibilityTimeout)}.`;
    case 'sqs/receive-retried':
      return `${label(e.n)} returned again to ${e.by} from ${e.queue} with the same receipt handle: the receive was retried with ReceiveRequestAttemptId ${short(e.attemptId)} within 5 minutes; hidden for ${ms(e.visibleAt - e.at)} more.`;
    case 'sqs/duplicate-delivered':
      return `${label(e.n)}: ${e.queue} kept a second copy visible after delivering it — at-least-once delivery, so consumers must be idempotent.`;
    case 'sqs/reordered':
      return `${label(e.n)} overtook ${e.overtook} earlier message(s) in ${e.queue}: standard queues keep order only on a best-effort basis.`;
    case 'sqs/empty-receive':
      if (e.waitedSeconds > 0)
        return `${e.by} waited ${seconds(e.waitedSeconds)} on ${e.queue} (long poll) and got nothing.`;
      return e.missedVisible !== undefined
        ? `${e.by} short polled ${e.queue} and got nothing although ${e.missedVisible} message(s) were visible: a short poll asks only some of SQS's servers (a false empty response; a long poll asks them all).`
        : `${e.by} polled ${e.queue} and got nothing (short poll: an empty receive still costs a request).`;
    case 'sqs/poll-started':
      return `${e.by} is long-polling ${e.queue} for up to ${seconds(e.waitSeconds)}: the answer comes as soon as a message arrives.`;
    case 'sqs/visibility-changed':
      return e.visibilityTimeout === 0
        ? `${label(e.n)} released by ${e.by}: visibility timeout set to 0, so it can be received again at once.`
        : `${label(e.n)}: ${e.by} set its visibility timeout to ${seconds(e.visibilityTimeout)} from now (ChangeMessageVisibility replaces the time left, it does not add to it).`;
    case 'sqs/visibility-expired':
      return `${label(e.n)} became visible again in ${e.queue}: its ${seconds(e.visibilityTimeout)} visibility timeout ran out before DeleteMessage; received ${times(e.receiveCount)} so far.`;
    case 'sqs/deleted':
      return `${label(e.n)} deleted from ${e.queue} by ${e.by}, ${ms(e.inQueueMs)} after it was sent (received ${times(e.receiveCount)}).`;
    case 'sqs/moved-to-dlq':
      return `${label(e.n)} moved from ${e.queue} to dead-letter queue ${e.deadLetterQueue} instead of being returned: received ${times(e.receiveCount)}, another receive would exceed maxReceiveCount ${e.maxReceiveCount}.`;
    case 'sqs/expired':
      return `${label(e.n)} expired in ${e.queue}: it was ${ms(e.ageMs)} old and the retention period is ${seconds(e.retentionSeconds)}.`;
    case 'sqs/purged':
      return `${e.queue} purged by ${e.by}: ${e.messagesDeleted} message(s) deleted.`;
    case 'sqs/throttled':
      return `${e.action} on ${e.queue} by ${e.by} throttled: more than ${e.limit} requests in one second (FIFO throughput limit).`;
    case 'sqs/redriven':
      return `${label(e.n)} redriven from ${e.queue} to ${e.destination} as a new message.`;
    case 'sqs/move-task-finished':
      return `Redrive from ${e.queue} ${e.status.toLowerCase()}: ${e.moved} of ${e.toMove} message(s) moved.`;
  }
}

function ordinal(n: number): string {
  const suffix =
    n % 10 === 1 && n % 100 !== 11
      ? 'st'
      : n % 10 === 2 && n % 100 !== 12
        ? 'nd'
        : n % 10 === 3 && n % 100 !== 13
          ? 'rd'
          : 'th';
  return `${n}${suffix}`;
}

function short(id: string): string {
  return id.length > 16 ? `${id.slice(0, 12)}…` : id;
}
