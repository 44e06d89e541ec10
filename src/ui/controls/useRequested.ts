import { useState } from 'react';

/**
 * Shows what the user asked for until the store reports a change: the store only learns the
 * worker's play state and speed from the next frame, and a control that snapped back to the old
 * value for a frame or two would fight a dragged slider. Once the store has moved, the request
 * is forgotten, so a later change by the worker itself (a jump ending, a failure) shows.
 */
export function useRequested<T>(actual: T): [shown: T, request: (value: T) => void] {
  const [pending, setPending] = useState<{ value: T; from: T } | undefined>(undefined);
  const waiting = pending !== undefined && Object.is(pending.from, actual);
  if (pending !== undefined && !waiting) setPending(undefined);
  return [waiting ? pending.value : actual, (value: T) => setPending({ value, from: actual })];
}
