/** Scenarios as data: the type, its validation, and building a world from it. */
export { validateScenario } from './validate';
export { loadScenario, SCRIPT_ACTOR_ID, type LoadedScenario } from './load';
export { NODE_TYPES, EDGE_TYPES, isUnconnectedActor } from './types';
export { LANE_TITLE_MAX } from './validateLanes';
export type {
  Scenario,
  ScenarioNode,
  ScenarioEdge,
  ScenarioLane,
  QueueNodeConfig,
  NodeType,
  EdgeType,
  ScriptStep,
  ScenarioKey,
  NarrationStep,
  ValidationResult,
} from './types';
