import { describe } from './described';
import { createWorld, type Engine, type EngineOptions } from './engine';
import { services } from '../services/engine';

/**
 * The engine as the door gives it: every service of the list in services/index.ts. This is the
 * one place that list is read; the core takes it as an argument.
 */
export function createEngine(options: EngineOptions = {}): Engine {
  return createWorld(options, services);
}

/** The door's services in words, checks and connections. */
export const {
  explain,
  trace,
  validateScenario,
  loadScenario,
  isUnconnectedActor,
  proposeConnection,
  connectNodes,
  nodeLabel,
  nodeName,
  eventNodes,
} = describe(services);
