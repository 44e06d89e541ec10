import type { Scenario } from '../../engine';

const EDITED = ' (edited)';

/**
 * A scenario's narration tells what happens to its own nodes. Once the user adds or deletes a
 * node or a connection, the canvas is their flow, not the scenario: the narration would speak of
 * nodes and moments that are no longer there, so it goes, and the title and story say so. Setting
 * changes keep it ("what if the visibility timeout were 60 s?" is the scenario's own question).
 * The scripted actions stay: they are part of how the flow behaves. Undo brings it all back.
 */
export function asOwnFlow(scenario: Scenario): Scenario {
  if (scenario.narration === undefined || scenario.narration.length === 0) return scenario;
  const { narration: _narration, ...rest } = scenario;
  const original = scenario.name.endsWith(EDITED)
    ? scenario.name.slice(0, -EDITED.length)
    : scenario.name;
  return {
    ...rest,
    name: `${original}${EDITED}`,
    description: `Your own flow, started from “${original}”. Its narration described the scenario as built, so it is off; open the scenario again from Scenarios to hear it. ${scenario.description}`,
  };
}
