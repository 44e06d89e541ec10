import type { Sim } from '../../../../engine/sim';
import { callAws, contextOf, emitActor, stepAt, valueOf } from '../../../../engine/actors/act';
import { nextSendAt } from '../../../../engine/actors/sendSchedule';
import { defineActorKind, type ActorKind } from '../../../../engine/actors/behavior';
import { configureProducer, type ProducerConfig } from './producerConfig';
import { message } from './producerMessages';
import type { ActorRecord } from '../../../../engine/actors/state';

export interface ProducerRuntime {
  startedAt: number;
  /** Regular sends so far since (re)start, which places the next one. */
  tick: number;
  bursts: number;
  /** Messages attempted; the next message is number attempted + 1 ({n}). */
  attempted: number;
  sent: number;
  failed: number;
  roundRobin: number;
  finished: boolean;
}

/** A producer as the world keeps it. */
export type Producer = ActorRecord<ProducerConfig, ProducerRuntime>;

/**
 * Sends at MessagesPerSecond, BatchSize messages per request. Every failure is counted and
 * reported (actor/send-failed), never dropped silently: a throttled FIFO send is a lesson.
 */
export const producer: ActorKind = defineActorKind<ProducerConfig, ProducerRuntime>({
  configure: (raw) => ({ ...configureProducer(raw) }),

  runtime: (sim, _config, previous) => ({
    startedAt: sim.now,
    tick: 0,
    bursts: 0,
    attempted: previous?.attempted ?? 0,
    sent: previous?.sent ?? 0,
    failed: previous?.failed ?? 0,
    roundRobin: previous?.roundRobin ?? 0,
    finished: false,
  }),

  start(sim, actor) {
    scheduleTick(sim, actor);
    const burst = actor.config.Burst;
    if (burst !== undefined) stepAt(sim, actor, sim.now + burst.EverySeconds * 1000, 'burst');
  },

  onStep(sim, actor, step) {
    const config = actor.config;
    const rt = actor.runtime;
    if (rt.finished) return;
    if (step === 'tick') {
      rt.tick++;
      send(sim, actor, config.BatchSize);
      scheduleTick(sim, actor);
    } else if (step === 'burst' && config.Burst !== undefined) {
      rt.bursts++;
      for (
        let left = config.Burst.ExtraMessages;
        left > 0 && !rt.finished;
        left -= config.BatchSize
      ) {
        send(sim, actor, Math.min(left, config.BatchSize));
      }
      stepAt(
        sim,
        actor,
        rt.startedAt + (rt.bursts + 1) * config.Burst.EverySeconds * 1000,
        'burst',
      );
    }
  },

  onReply(sim, actor, purpose, outcome, context) {
    const { count } = contextOf<{ count: number }>(context);
    const rt = actor.runtime;
    if (!outcome.ok) {
      rt.failed += count;
      emitActor(sim, actor, 'send-failed', {
        error: outcome.error.name,
        message: outcome.error.message,
        count,
      });
      return;
    }
    if (purpose === 'send') {
      rt.sent++;
      return;
    }
    const value = valueOf(outcome);
    const failed = Array.isArray(value.Failed)
      ? (value.Failed as { Code: string; Message: string }[])
      : [];
    rt.sent += count - failed.length;
    rt.failed += failed.length;
    for (const entry of failed)
      emitActor(sim, actor, 'send-failed', { error: entry.Code, message: entry.Message, count: 1 });
  },

  gauges(_sim, actor) {
    const r = actor.runtime;
    return {
      Status: producer.status(actor),
      Sent: r.sent,
      Failed: r.failed,
      Attempted: r.attempted,
    };
  },

  status: (actor) => (actor.runtime.finished ? 'finished' : 'producing'),
});

function scheduleTick(sim: Sim, actor: Producer): void {
  stepAt(sim, actor, nextSendAt(sim, actor, actor.config, actor.runtime), 'tick');
}

function send(sim: Sim, actor: Producer, wanted: number): void {
  const config = actor.config;
  const r = actor.runtime;
  const count =
    config.MaxMessages === undefined ? wanted : Math.min(wanted, config.MaxMessages - r.attempted);
  if (count <= 0) return;
  if (config.BatchSize === 1) {
    const entry = message(sim, actor, config, ++r.attempted);
    entry.QueueUrl = config.QueueUrl;
    callAws(sim, actor, 'sqs', 'SendMessage', entry, 'send', { count });
  } else {
    const batch = Array.from({ length: count }, () => {
      const entry = message(sim, actor, config, ++r.attempted);
      entry.Id = `m${r.attempted}`;
      return entry;
    });
    callAws(
      sim,
      actor,
      'sqs',
      'SendMessageBatch',
      { QueueUrl: config.QueueUrl, Entries: batch },
      'send-batch',
      { count },
    );
  }
  if (config.MaxMessages !== undefined && r.attempted >= config.MaxMessages) {
    r.finished = true;
    emitActor(sim, actor, 'finished', { attempted: r.attempted });
  }
}
