import { useEffect, useState } from 'react';
import { useAppStoreApi } from '../../store';

/**
 * The virtual clock, sampled at most every `intervalMs` of wall time: panels that poll or show
 * countdowns follow the clock a few times per second instead of every animation frame.
 */
export function useThrottledNow(intervalMs = 250): number {
  const store = useAppStoreApi();
  const [now, setNow] = useState(() => store.getState().now);
  useEffect(() => {
    const timer = setInterval(() => {
      const current = store.getState().now;
      setNow((previous) => (previous === current ? previous : current));
    }, intervalMs);
    return () => clearInterval(timer);
  }, [store, intervalMs]);
  return now;
}
