/** Scenarios as data: the type, its validation, and building a world from it. */
export { validateScenarioWith } from './validate';
export { loadScenarioWith, SCRIPT_ACTOR_ID, type LoadedScenario } from './load';
export {
  isUnconnected,
  type NodeKind,
  type EdgeKind,
  type ScenarioKinds,
  type Made,
  type ConnectionVerdict,
} from './kinds';
export { LANE_TITLE_MAX } from './validateLanes';
export { proposeConnectionWith, connectWith, type ConnectResult } from './connect';
export type {
  Scenario,
  ScenarioNode,
  ScenarioEdge,
  ScenarioLane,
  NodeType,
  EdgeType,
  ScriptStep,
  NarrationStep,
  ValidationResult,
} from './types';
