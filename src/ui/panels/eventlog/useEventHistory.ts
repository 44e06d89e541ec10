import { useEffect, useState } from 'react';
import { useSim } from '../../../client/controls';
import type { HistoryAnswer } from '../../../protocol/messages';
import { useAppStore } from '../../../store';

/**
 * With the log filtered by a message or a node, the run's events about it from the worker's
 * archive: the store keeps only the newest few thousand, and after a jump the message a learner
 * looks for is long gone from them. Asked again when the filter or the run changes, when the
 * clock stops or starts, and when the store's window has moved past the answer (so no event
 * falls between the answer and the window).
 */
export function useEventHistory(
  messageId: string | undefined,
  nodeId: string | undefined,
): HistoryAnswer | undefined {
  const sim = useSim();
  const runId = useAppStore((s) => s.runId);
  const playing = useAppStore((s) => s.playing);
  const [answer, setAnswer] = useState<HistoryAnswer | undefined>(undefined);
  const behind = useAppStore(
    (s) => answer !== undefined && (s.events[0]?.seq ?? 0) > answer.upToSeq,
  );
  const wanted = messageId !== undefined || nodeId !== undefined;
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void sim
      .history({
        ...(messageId !== undefined && { messageId }),
        ...(nodeId !== undefined && { nodeId }),
      })
      .then((got) => {
        if (current && got !== undefined && got.runId === runId) setAnswer(got);
      });
    return () => {
      current = false;
    };
  }, [sim, wanted, messageId, nodeId, runId, playing, behind]);
  return wanted && answer?.runId === runId ? answer : undefined;
}
