import type { Input } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import type { SnsTopic } from '../model';
import { topicAttributesView } from '../topicAttributes';

export function getTopicAttributes(
  sim: Sim,
  _input: Input,
  topic: SnsTopic,
): { Attributes: Record<string, string> } {
  return { Attributes: topicAttributesView(sim.state.sns, topic) };
}
