import type { EngineEvent } from '../../../engine';

/** The events worth interrupting a screen reader for, counted by what they mean. */
export type Moment = 'dlq' | 'visibility' | 'throttled' | 'crashed';

export function momentOf(event: EngineEvent): Moment | undefined {
  switch (event.type) {
    case 'sqs/moved-to-dlq':
      return 'dlq';
    case 'sqs/visibility-expired':
      return 'visibility';
    case 'sqs/throttled':
      return 'throttled';
    case 'actor/crashed':
      return 'crashed';
    default:
      return undefined;
  }
}

export type Tally = Partial<Record<Moment, { count: number; first: string }>>;

/** Adds an event's moment to a tally, remembering the first sentence of each kind. */
export function tally(into: Tally, event: EngineEvent, sentence: () => string): void {
  const moment = momentOf(event);
  if (moment === undefined) return;
  const entry = into[moment];
  if (entry === undefined) into[moment] = { count: 1, first: sentence() };
  else entry.count++;
}

const PLURAL: Record<Moment, (n: number) => string> = {
  dlq: (n) => `${n} messages moved to a dead-letter queue`,
  visibility: (n) => `${n} visibility timeouts expired`,
  throttled: (n) => `${n} requests throttled`,
  crashed: (n) => `${n} consumers crashed`,
};

/**
 * One short announcement for everything since the last one: a single event is read as its
 * sentence, several are counted ("3 visibility timeouts expired"). Undefined when nothing happened.
 */
export function summarize(t: Tally): string | undefined {
  const parts = (Object.keys(PLURAL) as Moment[]).flatMap((m) => {
    const entry = t[m];
    if (entry === undefined) return [];
    return [entry.count === 1 ? entry.first : `${PLURAL[m](entry.count)}.`];
  });
  return parts.length === 0 ? undefined : parts.join(' ');
}
