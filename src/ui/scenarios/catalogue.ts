import type { Scenario } from '../../engine';
import { BUILT_IN_SCENARIOS } from '../plugins/registry';
import type { BuiltInScenario } from '../plugins/plugin';

export { BUILT_IN_SCENARIOS, type BuiltInScenario };

export function builtInScenario(id: string): BuiltInScenario | undefined {
  return BUILT_IN_SCENARIOS.find((b) => b.id === id);
}

/** What a first visit opens: the first built-in of the list (the first service's first). */
export function defaultScenario(): Scenario {
  const first = BUILT_IN_SCENARIOS[0];
  if (first === undefined) throw new Error('No service brings a built-in scenario.');
  // Scenarios are mutable data: never share them.
  return structuredClone(first.scenario);
}
