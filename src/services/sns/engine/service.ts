import { defineService } from '../../../engine/plugin';
import { publisher } from './actors/publisher';
import { snsDescription } from './description';
import { topicGauges, type TopicGauges } from './gauges';
import { snsActions, snsTasks } from './index';
import { createSnsState } from './model';

/** Amazon SNS as the engine assembles it: its description and what runs. */
export const snsService = defineService({
  ...snsDescription,
  actions: snsActions,
  createState: createSnsState,
  tasks: snsTasks,
  actorKinds: { publisher },
  gauges(sim) {
    const gauges: Record<string, TopicGauges> = {};
    for (const topic of sim.state.sns.topics.values()) gauges[topic.name] = topicGauges(topic);
    return gauges;
  },
});
