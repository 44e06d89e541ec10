import type { Engine } from '../../index';

/** What an AWS SDK v3 error name looks like; InternalFailure means a check nobody wrote. */
export function rejectionProblem(error: unknown): string | undefined {
  if (!(error instanceof Error)) return `rejected with a non-Error ${String(error)}`;
  if (
    !/^[A-Z][A-Za-z0-9]+$/.test(error.name) ||
    /^(Range|Type|Syntax|Reference)?Error$/.test(error.name)
  )
    return `rejected with ${error.name}, not an AWS error name: ${error.message}`;
  if (error.name === 'InternalFailure') return `InternalFailure: ${error.message}`;
  if (error.message === '') return `${error.name} without a message`;
  return undefined;
}

type Peeked = { MessageId: string; State: string; MessageGroupId?: string };

export async function peek(engine: Engine, QueueUrl: string): Promise<Peeked[] | undefined> {
  return engine.call<{ Messages: Peeked[] }>('playground', 'PeekMessages', { QueueUrl }).then(
    (v) => v.Messages,
    () => undefined,
  );
}

/**
 * [D] A long poll answers as soon as a message can be returned: a visible message on a standard
 * queue, or a FIFO group whose first message is visible.
 */
export function receivable(messages: Peeked[], fifo: boolean): boolean {
  if (!fifo) return messages.some((m) => m.State === 'visible');
  const heads = new Map<string, Peeked>();
  for (const m of messages)
    if (!heads.has(m.MessageGroupId ?? '')) heads.set(m.MessageGroupId ?? '', m);
  return [...heads.values()].some((m) => m.State === 'visible');
}

/** Output as log text: binary values as lists of numbers. */
export function logText(value: unknown): string {
  return (
    JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v)) ?? 'undefined'
  );
}
