import type { Sim } from '../../../../engine/sim';
import { emitActor, type Received } from '../../../../engine/actors/act';
import type { LambdaRuntime, Poller } from './lambdaRuntime';
import type { LambdaSqsConfig } from './lambdaSqsConfig';
import type { ActorRecord } from '../../../../engine/actors/state';

/**
 * [D] A mapping on a FIFO queue: "If your function returns an error, the function attempts all
 * retries on the affected messages before Lambda receives additional messages from the same
 * group", and "for FIFO queues, concurrent invocations are capped at the number of message group
 * IDs or the maximum concurrency setting, whichever is lower". SQS keeps a group with a message
 * in flight from other receivers; when that fails (a visibility timeout of 0, or one that ran out
 * mid-invocation) the mapping itself keeps each group in one batch at a time.
 */
export const isFifoSource = (config: LambdaSqsConfig) => config.EventSourceArn.endsWith('.fifo');

const groupOf = (message: Received) => message.Attributes?.MessageGroupId ?? '';

/**
 * The messages of a receive this poller may take: those of groups no other poller holds. The
 * others are left to the batch that holds their group (they come back when SQS shows them again).
 */
export function messagesOfFreeGroups(
  rt: LambdaRuntime,
  poller: Poller,
  messages: Received[],
): Received[] {
  const held = new Set<string>();
  for (const other of rt.pollers)
    if (other !== poller) for (const message of other.batch) held.add(groupOf(message));
  return messages.filter((message) => !held.has(groupOf(message)));
}

/** A mapping never runs more than 1,000 concurrent batches: more groups would not count. */
const GROUPS_COUNTED = 1000;

/** Remembers the groups seen in this scaling window (bounded: only their count matters). */
export function noteGroups(rt: LambdaRuntime, messages: Received[]): void {
  for (const message of messages) {
    const group = groupOf(message);
    if (rt.windowGroups.length < GROUPS_COUNTED && !rt.windowGroups.includes(group))
      rt.windowGroups.push(group);
  }
}

/**
 * A poller that received only groups the mapping already holds: every group it could work on is
 * in hand, so one more concurrent batch is impossible. It stops, and concurrency comes down.
 */
export function retire(sim: Sim, actor: ActorRecord, rt: LambdaRuntime, poller: Poller): void {
  rt.pollers = rt.pollers.filter((p) => p !== poller);
  if (!rt.idlePollers.includes(poller.index)) rt.idlePollers.push(poller.index);
  const from = rt.target;
  rt.target = Math.max(1, from - 1);
  if (rt.target < from) emitActor(sim, actor, 'scaled-in', { from, to: rt.target });
}
