import { createContext, useContext } from 'react';
import type { HistoryAnswer, HistoryQuery, Speed } from '../protocol/messages';

/**
 * What the UI can ask of the simulation. The app provides one backed by the web worker
 * (SimProvider); component tests provide a fake.
 */
export interface SimControls {
  play(): void;
  /** Stops the clock (and a jump) where the user sees it. */
  pause(): void;
  setSpeed(speed: Speed): void;
  /** Run to the next moment something happens, then pause. */
  step(): void;
  /** Advance virtual time by `ms` at once. */
  jump(ms: number): void;
  /** Rebuild the world from the current document with its seed: the clock goes back to zero. */
  reset(): void;
  /** One engine action (AWS or playground) in the running world. */
  call<T = Record<string, unknown>>(service: string, action: string, input: unknown): Promise<T>;
  /** The run's events about a message or node, beyond the log's recent window. */
  history(query: HistoryQuery): Promise<HistoryAnswer | undefined>;
}

export const SimContext = createContext<SimControls | null>(null);

export function useSim(): SimControls {
  const sim = useContext(SimContext);
  if (sim === null) throw new Error('useSim needs a SimProvider (or a SimContext in tests).');
  return sim;
}
