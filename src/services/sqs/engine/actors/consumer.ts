import { newGeneration } from '../../../../engine/actors/lifecycle';
import { emitActor, emitCallFailed, stepAt, valueOf } from '../../../../engine/actors/act';
import { defineActorKind, type ActorKind } from '../../../../engine/actors/behavior';
import { configureConsumer, type ConsumerConfig } from './consumerConfig';
import { afterWork, drainConsumer, received } from './consumerReceive';
import type { ConsumerRuntime } from './consumerRuntime';
import { finishDueJobs, flushWindow, heartbeat, poll } from './consumerWork';

/**
 * A program polling one SQS queue: receive while it has free slots, process, delete what
 * succeeded. Failures and crashes delete nothing, so SQS redelivers after the visibility timeout.
 */
export const consumer: ActorKind = defineActorKind<ConsumerConfig, ConsumerRuntime>({
  configure: (raw) => ({ ...configureConsumer(raw) }),

  // A (re)start abandons work in hand, like a redeploy; counters carry on.
  runtime: (_sim, _config, previous) => ({
    crashed: previous?.crashed ?? false,
    polling: false,
    draining: previous?.draining ?? false,
    jobs: [],
    nextJob: previous?.nextJob ?? 1,
    pendingDeletes: [],
    deleteBatches: previous?.deleteBatches ?? 0,
    received: previous?.received ?? 0,
    succeeded: previous?.succeeded ?? 0,
    failed: previous?.failed ?? 0,
    deleted: previous?.deleted ?? 0,
    emptyReceives: previous?.emptyReceives ?? 0,
    errors: previous?.errors ?? 0,
    replied: previous?.replied ?? 0,
  }),

  start(sim, actor) {
    if (!actor.runtime.crashed) stepAt(sim, actor, sim.now, 'poll');
  },

  onStep(sim, actor, step, data) {
    if (step === 'poll') poll(sim, actor);
    else if (step === 'heartbeat') heartbeat(sim, actor, data as number);
    else if (step === 'flush-deletes') flushWindow(sim, actor, data as number);
    else if (step === 'done') {
      finishDueJobs(sim, actor);
      afterWork(sim, actor);
    }
  },

  onReply(sim, actor, purpose, outcome, context) {
    const rt = actor.runtime;
    if (purpose === 'receive') return received(sim, actor, outcome);
    if (!outcome.ok) {
      rt.errors++;
      // Its other calls: each failure is an event of its own, with the message it was about.
      if (
        purpose === 'delete' ||
        purpose === 'delete-batch' ||
        purpose === 'heartbeat' ||
        purpose === 'reply'
      )
        emitCallFailed(sim, actor, purpose, outcome.error, context);
      return;
    }
    if (purpose === 'delete') rt.deleted++;
    if (purpose === 'reply') rt.replied++;
    if (purpose === 'delete-batch') {
      const value = valueOf(outcome);
      rt.deleted += Array.isArray(value.Successful) ? value.Successful.length : 0;
      for (const failed of Array.isArray(value.Failed)
        ? (value.Failed as { Code: string }[])
        : []) {
        rt.errors++;
        emitActor(sim, actor, 'delete-failed', { error: failed.Code });
      }
    }
  },

  gauges(_sim, actor) {
    const rt = actor.runtime;
    return {
      Status: consumer.status(actor),
      InProgress: rt.jobs.length,
      Received: rt.received,
      Succeeded: rt.succeeded,
      Failed: rt.failed,
      Deleted: rt.deleted,
      Replied: rt.replied,
      EmptyReceives: rt.emptyReceives,
      Errors: rt.errors,
    };
  },

  status(actor) {
    const rt = actor.runtime;
    if (rt.crashed) return 'crashed';
    if (rt.jobs.length > 0) return 'processing';
    if (rt.draining) return 'draining';
    return rt.polling ? 'polling' : 'idle';
  },

  crash(sim, actor) {
    const rt = actor.runtime;
    newGeneration(sim, actor);
    // Processed messages still waiting to be deleted come back too.
    const inHand = [...rt.jobs, ...rt.pendingDeletes];
    emitActor(sim, actor, 'crashed', {
      messagesDropped: inHand.length,
      messageIds: inHand.map((j) => j.messageId),
    });
    rt.crashed = true;
    rt.polling = false;
    rt.jobs = [];
    rt.pendingDeletes = [];
    delete rt.waitUntil;
  },

  restart(sim, actor) {
    const rt = actor.runtime;
    if (!rt.crashed) consumer.crash?.(sim, actor);
    rt.crashed = false;
    newGeneration(sim, actor);
    emitActor(sim, actor, 'restarted');
    stepAt(sim, actor, sim.now, 'poll');
  },

  drain: drainConsumer,
});
