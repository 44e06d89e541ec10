import type { Scenario } from '../../engine';

/** One echo node named "hi": the smallest scenario of the test service. */
export const ECHO_SCENARIO: Scenario = {
  version: 1,
  name: 'Echo',
  description: '',
  seed: 1,
  lessons: [],
  nodes: [{ id: 'e1', type: 'echo', position: { x: 0, y: 0 }, config: { EchoName: 'hi' } }],
  edges: [],
};
