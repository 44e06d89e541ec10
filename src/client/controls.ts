import { createContext, useContext } from 'react';
import type { Speed } from '../protocol/messages';

/**
 * What the UI can ask of the simulation. The app provides one backed by the web worker
 * (SimProvider); component tests provide a fake.
 */
export interface SimControls {
  play(): void;
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
}

export const SimContext = createContext<SimControls | null>(null);

export function useSim(): SimControls {
  const sim = useContext(SimContext);
  if (sim === null) throw new Error('useSim needs a SimProvider (or a SimContext in tests).');
  return sim;
}
