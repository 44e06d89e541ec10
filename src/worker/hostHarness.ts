import type { createEngine, EngineEvent } from '../engine';
import type { FrameBatch, FromWorker, ToWorker } from '../protocol/messages';
import type { SimHostLimits } from './limits';
import { SimHost } from './simHost';
import { producerQueueConsumer } from './testScenario';

/** A host with a fake wall clock, a record of what it posted, and an auto-acking main thread. */
export function harness(
  options: { limits?: Partial<SimHostLimits>; engine?: typeof createEngine } = {},
) {
  const posted: FromWorker[] = [];
  const clock = { wall: 0, perRead: 0 };
  const host = new SimHost({
    post: (m) => posted.push(m),
    wallNow: () => (clock.wall += clock.perRead),
    ...(options.limits && { limits: options.limits }),
    ...(options.engine && { createEngine: options.engine }),
  });
  const frames = () => posted.filter((m): m is FrameBatch => m.type === 'frame');
  const last = () => frames().at(-1)!;
  const send = (m: ToWorker) => host.handle(m);
  /** One tick `wallMs` after the last, acknowledging the frame it posted (if told to). */
  const tick = (wallMs: number, ack = true) => {
    clock.wall += wallMs;
    host.tick();
    if (ack) send({ type: 'ack', frame: last()?.frame ?? 0 });
  };
  const load = async (runId = 1, scenario = producerQueueConsumer()) => {
    send({ type: 'load', runId, scenario });
    await host.loading;
  };
  const elapsed = () => last().now - last().startTime;
  const events = () => frames().flatMap((f) => f.events);
  return { host, posted, clock, frames, last, send, tick, load, elapsed, events };
}

export const types = (events: EngineEvent[]) => events.map((e) => `${e.at} ${e.type}`);
