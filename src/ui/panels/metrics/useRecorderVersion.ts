import { useEffect, useState } from 'react';
import type { MetricsRecorder } from './recorder';

/**
 * The recorder's version, looked at every `intervalMs` of wall time: charts redraw a couple of
 * times a second when there are new samples, also while paused (a message sent by hand), and
 * not at all when nothing changed.
 */
export function useRecorderVersion(recorder: MetricsRecorder, intervalMs = 500): number {
  const [version, setVersion] = useState(recorder.version);
  useEffect(() => {
    const timer = setInterval(() => setVersion(recorder.version), intervalMs);
    return () => clearInterval(timer);
  }, [recorder, intervalMs]);
  return version;
}
