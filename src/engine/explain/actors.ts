import type { ActorEvent } from '../events';
import { countFromUuid } from '../core/ids';
import { adviceText, refusalText } from '../actors/lambdaSqsQueueCheck';
import { label, ms } from './format';
import { explainScriptStep } from './script';

/** One plain sentence per actor event; unknown kinds fall back to a neutral description. */
export function explainActor(e: ActorEvent): string {
  const d = e as ActorEvent & Record<string, unknown>;
  const message = () => labelOf(str('messageId'));
  const who = e.actor;
  const num = (key: string) => Number(d[key] ?? 0);
  const str = (key: string) => String(d[key] ?? '');
  switch (e.type) {
    case 'actor/created':
      return `${who}: ${str('kind')} started.`;
    case 'actor/reconfigured':
      return `${who}: settings changed; work in progress was abandoned.`;
    case 'actor/deleted':
      return `${who}: removed.`;
    case 'actor/terminated':
      return `${who}: instance terminated after finishing its work (scale-in of ${str('group')}).`;
    case 'actor/send-failed':
      return `${who}: send failed with ${str('error')} — ${str('message')}`;
    case 'actor/finished':
      return `${who}: done sending (${num('attempted')} messages).`;
    case 'actor/processing-started':
      return `${who} started processing ${message()} (receive #${num('receiveCount')}); it will take ${ms(num('durationMs'))}.`;
    case 'actor/processing-succeeded':
      return `${who} finished ${message()} in ${ms(num('durationMs'))} and deletes it.`;
    case 'actor/processing-failed':
      return str('reason') === 'poison'
        ? `${who} failed on ${message()}: a poison message always fails. It is not deleted, so it returns after the visibility timeout.`
        : `${who} failed on ${message()} after ${ms(num('durationMs'))}. It is not deleted, so it returns after the visibility timeout.`;
    case 'actor/crashed':
      return `${who} crashed with ${num('messagesDropped')} message(s) in hand: none were deleted, so they reappear when their visibility timeouts run out.`;
    case 'actor/restarted':
      return `${who} restarted and polls again.`;
    case 'actor/invocation-started':
      return `${who}: Lambda invoked with a batch of ${num('batchSize')} message(s).`;
    case 'actor/invoked':
      return invoked(d);
    case 'actor/mapping-refused':
      return `${who}: ${refusalText(str('error'), str('message'))}`;
    case 'actor/visibility-timeout-below-advice':
      return `${who}: ${adviceText({ visibilityTimeout: num('visibilityTimeout'), functionTimeout: num('functionTimeout'), recommended: num('recommended') })}`;
    case 'actor/batch-item-failed':
      return d.unprocessed === true
        ? `${who}: ${message()} not processed and reported as a batch item failure: from a FIFO queue the function stops at the first failure, so later messages cannot overtake it.`
        : `${who}: ${message()} reported as a batch item failure; only the reported items return to the queue.`;
    case 'actor/scaled-out':
    case 'actor/scaled-in':
      return d.backlogPerInstance === undefined
        ? `${who}: concurrency ${e.type === 'actor/scaled-out' ? 'raised' : 'lowered'} from ${num('from')} to ${num('to')}.`
        : `${who}: ${e.type === 'actor/scaled-out' ? 'scaled out' : 'scaled in'} from ${num('from')} to ${num('to')} instances — backlog per instance ${round(num('backlogPerInstance'))} against a target of ${num('target')}.`;
    case 'actor/metric-evaluated':
      return `${who}: ${num('visible')} visible message(s) for ${num('inService')} instance(s) = backlog per instance ${round(num('backlogPerInstance'))}; wants ${num('wanted')}.`;
    case 'actor/instance-launched':
      return `${who}: launched ${str('instance')}; it serves after its warm-up.`;
    case 'actor/instance-terminating':
      return `${who}: ${str('instance')} is draining before it terminates.`;
    case 'actor/narrated':
      return str('text');
    case 'actor/script-step-ran':
    case 'actor/script-step-failed':
      if (d.expected === true)
        return `${str('action')} refused, as AWS refuses it: ${str('error')} — ${str('message')}`;
      return explainScriptStep(d, e.type === 'actor/script-step-ran');
    default:
      return `${who}: ${e.type.slice('actor/'.length).replace(/-/g, ' ')}${failure(d)}.`;
  }
}

function invoked(d: Record<string, unknown>): string {
  const who = String(d.actor);
  const size = Number(d.batchSize ?? 0);
  const took = ms(Number(d.durationMs ?? 0));
  switch (d.outcome) {
    case 'success':
      return `${who}: batch of ${size} succeeded in ${took}; the event source mapping deletes them.`;
    case 'partial':
      return `${who}: batch of ${size} partly failed (${Number(d.failedItems ?? 0)} item(s)); with ReportBatchItemFailures only those return to the queue.`;
    case 'timeout':
      return `${who}: batch of ${size} timed out after ${took}: the whole batch returns to the queue.`;
    default:
      return `${who}: batch of ${size} failed after ${took}: the whole batch returns to the queue.`;
  }
}

function failure(d: Record<string, unknown>): string {
  return d.error === undefined ? '' : ` (${String(d.error)}: ${String(d.message ?? '')})`;
}

/** Messages are named "m-12" in every sentence; MessageIds carry that ordinal. */
function labelOf(messageId: string): string {
  const n = countFromUuid(messageId);
  return n === undefined ? messageId : label(n);
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
