/**
 * Actors report what they decide, in the same log as the services. `actor` is the ActorId; the
 * other members depend on the type:
 * - any actor: created {kind}, reconfigured, deleted
 * - producer: send-failed {error, message, count}, finished {attempted}
 * - consumer: processing-started {messageId, receiveCount, until, durationMs},
 *   processing-succeeded / processing-failed {messageId, durationMs, reason: poison | random},
 *   receive-failed / delete-failed / heartbeat-failed {error, message}, crashed {messagesDropped,
 *   messageIds}, restarted, terminated {group} (an autoscaling instance that finished draining)
 * - lambda-sqs: invocation-started {batchSize, poller, until}, invoked {batchSize, outcome:
 *   success | partial | failed | timeout, durationMs, failedItems, poller}, batch-item-failed
 *   {messageId, unprocessed: FIFO record after the first failure}, scaled-out / scaled-in {from, to},
 *   crashed, restarted, visibility-timeout-below-advice {visibilityTimeout, functionTimeout,
 *   recommended}, mapping-refused {error, message} (CreateEventSourceMapping's refusal: no polling)
 * - autoscaling-consumers: metric-evaluated {visible, inService, backlogPerInstance, wanted},
 *   scaled-out / scaled-in {from, to, backlogPerInstance, target}, instance-launched /
 *   instance-terminating {instance}, metric-failed
 * - script: narrated {text, lessons}, script-step-ran {step, service, action, target?, settings?},
 *   script-step-failed {step, service, action, target?, settings?, error, message, expected: the
 *   step's expectError}
 */
export interface ActorEvent {
  type: `actor/${string}`;
  at: number;
  actor: string;
  [detail: string]: unknown;
}

/**
 * Each service's events, by service name; a service adds its union by module augmentation, as for
 * ServiceStates. An event's type starts with its service's name.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceEvents {}

/** Everything the engine reports, in order; a discriminated union on `type` ("service/past-tense"). */
export type EngineEvent = ServiceEvents[keyof ServiceEvents] | ActorEvent;
