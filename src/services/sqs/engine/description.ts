import { describeService } from '../../../engine/plugin';
import { isSqsActorEvent } from './actors/events';
import { explainSqsActor } from './actors/explain';
import { explainSqs } from './explain';
import { checkSqsWiring } from './scenario/check';
import { sqsConnection } from './scenario/connect';
import { SQS_EDGE_KINDS, SQS_NODE_KINDS } from './scenario/kinds';
import { loadQueues, loadedQueues } from './scenario/load';
import { sqsScriptSteps } from './scriptSteps';
import { sqsSubjects } from './subjects';

/** Amazon SQS in words and in scenarios: what the page needs without running a world. */
export const sqsDescription = describeService({
  name: 'sqs',
  explain: explainSqs,
  explainActor: (event) => (isSqsActorEvent(event) ? explainSqsActor(event) : undefined),
  scriptSteps: sqsScriptSteps,
  scenario: {
    nodes: SQS_NODE_KINDS,
    edges: SQS_EDGE_KINDS,
    check: checkSqsWiring,
    connection: sqsConnection,
    load: loadQueues,
    loaded: loadedQueues,
  },
  subjects: sqsSubjects,
});
