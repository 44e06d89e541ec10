import { dequeBringForward, dequePeek, dequeShift } from '../../../engine/core/deque';
import type { Sim } from '../../../engine/sim';
import type { SqsMessage, SqsQueue } from './model';

/**
 * [D] SQS DG sqs-short-and-long-polling: a short poll "queries only a subset of the servers
 * (based on a weighted random distribution)", so it may return fewer messages than are there, or
 * none ("false empty response"); a long poll queries all of them. Simplification: a standard
 * queue's messages are spread over SERVERS servers by their storage order, and a short poll leaves
 * out each server with the queue's ShortPollSkipProbability (playground behaviour, default 0:
 * every server is asked, so plain calls stay deterministic), drawn from the queue's seeded stream.
 */
export const SERVERS = 8;

/** How far down the line a sampled pick looks for a message on a sampled server. */
const SCAN_LIMIT = 10_000;

export function serverOf(message: SqsMessage): number {
  return message.key % SERVERS;
}

/** The servers one short poll asks: at least one, each other kept with 1 − p. */
export function sampleServers(sim: Sim, queue: SqsQueue, skipProbability: number): boolean[] {
  const random = sim.random(`sqs:${queue.name}:servers`);
  const asked = Array.from({ length: SERVERS }, () => !random.chance(skipProbability));
  if (!asked.includes(true)) asked[random.int(0, SERVERS - 1)] = true;
  return asked;
}

/** Up to `max` visible messages in delivery order, from the asked servers only. */
export function pickFromServers(queue: SqsQueue, max: number, asked: boolean[]): SqsMessage[] {
  const picked: SqsMessage[] = [];
  let offset = 0;
  while (picked.length < max && offset < SCAN_LIMIT) {
    const key = dequePeek(queue.ready, offset);
    if (key === undefined) break;
    const message = queue.messages.get(key);
    if (message === undefined || message.state !== 'visible' || message.inReady !== true) {
      // A stale entry: dropped when it is at the head, stepped over otherwise.
      if (offset === 0) dequeShift(queue.ready);
      else offset++;
      continue;
    }
    if (asked[serverOf(message)] !== true) {
      offset++;
      continue;
    }
    dequeBringForward(queue.ready, offset);
    dequeShift(queue.ready);
    message.inReady = false;
    picked.push(message);
  }
  return picked;
}
