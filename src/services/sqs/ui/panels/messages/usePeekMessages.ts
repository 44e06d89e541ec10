import { useEffect, useState } from 'react';
import { useSim } from '../../../../../client/controls';
import { useAppStore } from '../../../../../store';
import { asAwsError } from '../../../../../ui/format/aws';
import { queueUrlOf } from '../../names';
import type { PeekedMessage } from './peeked';

export interface PeekState {
  messages: PeekedMessage[];
  error: string | undefined;
}

/**
 * Every message of a queue, through the playground's PeekMessages (nothing is consumed). Asked
 * again when the (throttled) clock moves, the run restarts or the queue changes; stale answers
 * are dropped.
 */
export function usePeekMessages(queueName: string, now: number): PeekState {
  const sim = useSim();
  const runId = useAppStore((s) => s.runId);
  const [state, setState] = useState<PeekState>({ messages: [], error: undefined });
  useEffect(() => {
    let current = true;
    sim
      .call<{ Messages: PeekedMessage[] }>('playground', 'PeekMessages', {
        QueueUrl: queueUrlOf(queueName),
      })
      .then(
        (out) => current && setState({ messages: out.Messages, error: undefined }),
        (thrown: unknown) => {
          const e = asAwsError(thrown);
          if (current) setState({ messages: [], error: `${e.name}: ${e.message}` });
        },
      );
    return () => {
      current = false;
    };
  }, [sim, queueName, now, runId]);
  return state;
}
