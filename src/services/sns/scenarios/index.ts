import type { BuiltInScenario } from '../../../ui/plugins/plugin';
import { snsFanOut } from './fanOut';

/** The built-in SNS scenarios, in teaching order. */
export const SNS_SCENARIOS: readonly BuiltInScenario[] = [
  {
    id: 'sns-fan-out',
    summary: 'One publish, three queues: SNS fans out; a filter policy keeps one queue to its own.',
    scenario: snsFanOut,
  },
];
