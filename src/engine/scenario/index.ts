/** Scenarios as data: the type, its validation, and building a world from it. */
export { validateScenario } from './validate';
export { loadScenario, SCRIPT_ACTOR_ID, type LoadedScenario } from './load';
export { NODE_TYPES, EDGE_TYPES } from './types';
export type {
  Scenario,
  ScenarioNode,
  ScenarioEdge,
  QueueNodeConfig,
  NodeType,
  EdgeType,
  ScriptStep,
  ScenarioKey,
  NarrationStep,
  ValidationResult,
} from './types';
