import { useStore } from 'zustand';
import { useAppStoreApi } from '../../store';
import type { HeldGauges } from '../../engine';
import { shownGaugesFor } from './shownGauges';

/**
 * One number of the gauges as the canvas shows them (shownGauges.ts), picked by `select`
 * (gauges[service][resource][key]): a primitive, so the node re-renders only when it changes.
 */
export function useShownGauge<T extends number | string | undefined>(
  select: (gauges: HeldGauges) => T,
): T {
  return useStore(shownGaugesFor(useAppStoreApi()), (s) => select(s.gauges));
}

/** One actor gauge (Status, InProgress, ...), by actor id, as the canvas shows it. */
export function useActorGauge(actorId: string, key: string): number | string | undefined {
  return useShownGauge((g) => g.actors[actorId]?.[key]);
}
