import type { EngineEvent } from '../../index';

/**
 * A shadow ledger of every stored copy, kept from the event log alone: sends and announced
 * duplicates add a copy, deletes, expiries, purges and queue deletions take them away, DLQ moves
 * and redrives carry them across. The world must hold exactly what the ledger says: a message
 * that vanishes without an event, or a copy that appears without one, is a defect.
 */
export class Ledger {
  private readonly queues = new Map<string, Map<string, number>>();
  readonly problems: string[] = [];

  apply(event: EngineEvent): void {
    const e = event as EngineEvent & Record<string, unknown>;
    const queue = String(e.queue ?? '');
    const id = String(e.messageId ?? '');
    switch (e.type) {
      case 'sqs/queue-created':
        this.queues.set(queue, new Map());
        return;
      case 'sqs/sent':
      case 'sqs/duplicate-delivered':
        return this.add(queue, id, 1);
      case 'sqs/deleted':
      case 'sqs/expired':
        return this.add(queue, id, -1);
      case 'sqs/moved-to-dlq':
        this.add(queue, id, -1);
        return this.add(String(e.deadLetterQueue), id, 1);
      case 'sqs/redriven':
        return this.add(queue, id, -1); // the destination's copy is a new message, sent
      case 'sqs/purged':
      case 'sqs/queue-deleted': {
        const held = this.total(queue);
        const said = Number(e.type === 'sqs/purged' ? e.messagesDeleted : e.messagesDropped);
        if (held !== said)
          this.problems.push(`${e.type} ${queue}: the event says ${said}, the ledger held ${held}`);
        this.queues.set(queue, new Map());
      }
    }
  }

  /** Copies per MessageId the ledger expects in a queue. */
  expected(queue: string): Map<string, number> {
    return this.queues.get(queue) ?? new Map();
  }

  private total(queue: string): number {
    let n = 0;
    for (const count of this.expected(queue).values()) n += count;
    return n;
  }

  private add(queue: string, id: string, delta: number): void {
    let copies = this.queues.get(queue);
    if (copies === undefined) this.queues.set(queue, (copies = new Map()));
    const next = (copies.get(id) ?? 0) + delta;
    if (next < 0) this.problems.push(`${queue}: ${id} left more often than it came`);
    if (next <= 0) copies.delete(id);
    else copies.set(id, next);
  }
}

/** Differences between the ledger and what PeekMessages shows, per MessageId. */
export function compare(queue: string, expected: Map<string, number>, stored: string[]): string[] {
  const actual = new Map<string, number>();
  for (const id of stored) actual.set(id, (actual.get(id) ?? 0) + 1);
  const problems: string[] = [];
  for (const id of new Set([...expected.keys(), ...actual.keys()])) {
    const want = expected.get(id) ?? 0;
    const got = actual.get(id) ?? 0;
    if (want !== got)
      problems.push(`${queue}: ${id} stored ${got} time(s), the ledger says ${want}`);
  }
  return problems;
}
