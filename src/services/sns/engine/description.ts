import { describeService } from '../../../engine/plugin';
import { isSnsActorEvent } from './actors/events';
import { explainSnsActor } from './actors/explain';
import { explainSns } from './explain';
import { checkSnsWiring } from './scenario/check';
import { snsConnection } from './scenario/connect';
import { SNS_EDGE_KINDS, SNS_NODE_KINDS } from './scenario/kinds';
import { loadedTopics, loadTopics } from './scenario/load';
import { snsSubjects } from './subjects';

/** Amazon SNS in words and in scenarios: what the page needs without running a world. */
export const snsDescription = describeService({
  name: 'sns',
  explain: explainSns,
  explainActor: (event) => (isSnsActorEvent(event) ? explainSnsActor(event) : undefined),
  scenario: {
    nodes: SNS_NODE_KINDS,
    edges: SNS_EDGE_KINDS,
    check: checkSnsWiring,
    connection: snsConnection,
    load: loadTopics,
    loaded: loadedTopics,
  },
  subjects: snsSubjects,
});
