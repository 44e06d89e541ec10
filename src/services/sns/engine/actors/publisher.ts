import type { Sim } from '../../../../engine/sim';
import { callAws, emitActor, emitCallFailed, stepAt } from '../../../../engine/actors/act';
import { defineActorKind, type ActorKind } from '../../../../engine/actors/behavior';
import {
  fillTemplate,
  groupIdFor,
  templatedAttributes,
} from '../../../../engine/actors/messageTemplate';
import { nextSendAt } from '../../../../engine/actors/sendSchedule';
import type { ActorRecord } from '../../../../engine/actors/state';
import { configurePublisher, type PublisherConfig } from './publisherConfig';

export interface PublisherRuntime {
  startedAt: number;
  /** Publishes so far since (re)start, which places the next one. */
  tick: number;
  /** Messages attempted; the next message is number attempted + 1 ({n}). */
  attempted: number;
  published: number;
  failed: number;
  roundRobin: number;
  finished: boolean;
}

type Publisher = ActorRecord<PublisherConfig, PublisherRuntime>;

/**
 * Publishes to one topic at MessagesPerSecond, one Publish per message, paced and templated as
 * an SQS producer is. Every refusal is counted and reported (actor/publish-failed): a FIFO
 * topic's throttling or a missing MessageGroupId is a lesson, not noise.
 */
export const publisher: ActorKind = defineActorKind<PublisherConfig, PublisherRuntime>({
  configure: (raw) => ({ ...configurePublisher(raw) }),

  runtime: (sim, _config, previous) => ({
    startedAt: sim.now,
    tick: 0,
    attempted: previous?.attempted ?? 0,
    published: previous?.published ?? 0,
    failed: previous?.failed ?? 0,
    roundRobin: previous?.roundRobin ?? 0,
    finished: false,
  }),

  start(sim, actor) {
    scheduleTick(sim, actor);
  },

  onStep(sim, actor, step) {
    if (actor.runtime.finished || step !== 'tick') return;
    actor.runtime.tick++;
    publish(sim, actor);
    if (!actor.runtime.finished) scheduleTick(sim, actor);
  },

  onReply(sim, actor, _purpose, outcome) {
    if (outcome.ok) {
      actor.runtime.published++;
      return;
    }
    actor.runtime.failed++;
    emitCallFailed(sim, actor, 'publish', outcome.error, { count: 1 });
  },

  gauges(_sim, actor) {
    const r = actor.runtime;
    return {
      Status: publisher.status(actor),
      Published: r.published,
      Failed: r.failed,
      Attempted: r.attempted,
    };
  },

  status: (actor) => (actor.runtime.finished ? 'finished' : 'publishing'),
});

function scheduleTick(sim: Sim, actor: Publisher): void {
  const rate = { ...actor.config, BatchSize: 1 };
  stepAt(sim, actor, nextSendAt(sim, actor, rate, actor.runtime), 'tick');
}

/** One Publish from the templates; the last one allowed by MaxMessages finishes the publisher. */
function publish(sim: Sim, actor: Publisher): void {
  const config = actor.config;
  const r = actor.runtime;
  const n = ++r.attempted;
  const groupId = groupIdFor(sim, actor.id, config.GroupIdPattern, r);
  const group = groupId ?? '';
  const input: Record<string, unknown> = {
    TopicArn: config.TopicArn,
    Message: fillTemplate(config.BodyTemplate, n, group),
  };
  if (config.Subject !== undefined) input.Subject = fillTemplate(config.Subject, n, group);
  const attributes = templatedAttributes(config.MessageAttributes, n, group);
  if (attributes !== undefined) input.MessageAttributes = attributes;
  if (groupId !== undefined) input.MessageGroupId = groupId;
  if (config.DeduplicationIdTemplate !== undefined)
    input.MessageDeduplicationId = fillTemplate(config.DeduplicationIdTemplate, n, group);
  callAws(sim, actor, 'sns', 'Publish', input, 'publish');
  if (config.MaxMessages !== undefined && r.attempted >= config.MaxMessages) {
    r.finished = true;
    emitActor(sim, actor, 'finished', { attempted: r.attempted });
  }
}
