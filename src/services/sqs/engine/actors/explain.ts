import { countFromUuid } from '../../../../engine/core/ids';
import { label, ms } from '../../../../engine/explain/format';
import type { SqsActorEvent } from './events';
import { adviceText, refusalText } from './lambdaAdvice';

/** One plain sentence per event of the SQS actor kinds, with the numbers that caused it. */
export function explainSqsActor(e: SqsActorEvent): string {
  const who = e.actor;
  switch (e.type) {
    case 'actor/send-failed':
      return `${who}: send failed with ${e.error} — ${e.message ?? ''}`;
    case 'actor/finished':
      return `${who}: done sending (${e.attempted} messages).`;
    case 'actor/processing-started':
      return `${who} started processing ${labelOf(e.messageId)} (receive #${e.receiveCount}); it will take ${ms(e.durationMs)}.`;
    case 'actor/processing-succeeded':
      return `${who} finished ${labelOf(e.messageId)} in ${ms(e.durationMs)} and deletes it.`;
    case 'actor/processing-failed':
      return e.reason === 'poison'
        ? `${who} failed on ${labelOf(e.messageId)}: a poison message always fails. It is not deleted, so it returns after the visibility timeout.`
        : `${who} failed on ${labelOf(e.messageId)} after ${ms(e.durationMs)}. It is not deleted, so it returns after the visibility timeout.`;
    case 'actor/crashed':
      return `${who} crashed with ${e.messagesDropped} message(s) in hand: none were deleted, so they reappear when their visibility timeouts run out.`;
    case 'actor/restarted':
      return `${who} restarted and polls again.`;
    case 'actor/invocation-started':
      return `${who}: Lambda invoked with a batch of ${e.batchSize} message(s).`;
    case 'actor/invoked':
      return invoked(e);
    case 'actor/mapping-refused':
      return `${who}: ${refusalText(e.error, e.message)}`;
    case 'actor/visibility-timeout-below-advice':
      return `${who}: ${adviceText(e)}`;
    case 'actor/batch-item-failed':
      return e.unprocessed
        ? `${who}: ${labelOf(e.messageId)} not processed and reported as a batch item failure: from a FIFO queue the function stops at the first failure, so later messages cannot overtake it.`
        : `${who}: ${labelOf(e.messageId)} reported as a batch item failure; only the reported items return to the queue.`;
    case 'actor/scaled-out':
    case 'actor/scaled-in': {
      const out = e.type === 'actor/scaled-out';
      return e.backlogPerInstance === undefined
        ? `${who}: concurrency ${out ? 'raised' : 'lowered'} from ${e.from} to ${e.to}.`
        : `${who}: ${out ? 'scaled out' : 'scaled in'} from ${e.from} to ${e.to} instances — backlog per instance ${round(e.backlogPerInstance)} against a target of ${e.target ?? 0}.`;
    }
    case 'actor/metric-evaluated':
      return `${who}: ${e.visible} visible message(s) for ${e.inService} instance(s) = backlog per instance ${round(e.backlogPerInstance)}; wants ${e.wanted}.`;
    case 'actor/instance-launched':
      return `${who}: launched ${e.instance}; it serves after its warm-up.`;
    case 'actor/instance-terminating':
      return `${who}: ${e.instance} is draining before it terminates.`;
    default:
      return `${who}: ${e.type.slice('actor/'.length).replace(/-/g, ' ')} (${e.error}: ${e.message ?? ''}).`;
  }
}

function invoked(e: Extract<SqsActorEvent, { type: 'actor/invoked' }>): string {
  const took = ms(e.durationMs);
  switch (e.outcome) {
    case 'success':
      return `${e.actor}: batch of ${e.batchSize} succeeded in ${took}; the event source mapping deletes them.`;
    case 'partial':
      return `${e.actor}: batch of ${e.batchSize} partly failed (${e.failedItems} item(s)); with ReportBatchItemFailures only those return to the queue.`;
    case 'timeout':
      return `${e.actor}: batch of ${e.batchSize} timed out after ${took}: the whole batch returns to the queue.`;
    default:
      return `${e.actor}: batch of ${e.batchSize} failed after ${took}: the whole batch returns to the queue.`;
  }
}

/** Messages are named "m-12" in every sentence; MessageIds carry that ordinal. */
function labelOf(messageId: string): string {
  const n = countFromUuid(messageId);
  return n === undefined ? messageId : label(n);
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
