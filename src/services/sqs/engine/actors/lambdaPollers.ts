import type { Outcome, Sim } from '../../../../engine/sim';
import { callAws, emitActor, messagesOf, stepAt } from '../../../../engine/actors/act';
import type { Lambda } from './lambdaRuntime';
import { queueUrlOfArn } from './lambdaSqsConfig';
import { isFifoSource, messagesOfFreeGroups, noteGroups, retire } from './lambdaFifo';
import { invoke } from './lambdaInvoke';

export function startPoller(sim: Sim, actor: Lambda, index: number): void {
  actor.runtime.pollers.push({ index, state: 'receiving', batch: [] });
  stepAt(sim, actor, sim.now, 'receive', index);
}

/** [D] The mapping long-polls (20 s) and takes up to 10 messages per ReceiveMessage to fill BatchSize. */
export function receiveFor(sim: Sim, actor: Lambda, index: number): void {
  const rt = actor.runtime;
  const poller = rt.pollers.find((p) => p.index === index);
  if (poller === undefined) return;
  if (poller.batch.length === 0 && index >= rt.target) {
    rt.pollers = rt.pollers.filter((p) => p !== poller);
    return;
  }
  const config = actor.config;
  const left =
    poller.windowEndsAt === undefined ? 20 : Math.ceil((poller.windowEndsAt - sim.now) / 1000);
  if (left <= 0) return invoke(sim, actor, poller);
  const input: Record<string, unknown> = {
    QueueUrl: queueUrlOfArn(config.EventSourceArn),
    MaxNumberOfMessages: Math.min(10, config.BatchSize - poller.batch.length),
    WaitTimeSeconds: Math.min(20, left),
  };
  // The event's records carry MessageGroupId on a FIFO queue; the mapping orders by it.
  if (isFifoSource(config)) input.MessageSystemAttributeNames = ['MessageGroupId'];
  callAws(sim, actor, 'sqs', 'ReceiveMessage', input, 'receive', { poller: index });
}

export function received(sim: Sim, actor: Lambda, index: number, outcome: Outcome): void {
  const rt = actor.runtime;
  const poller = rt.pollers.find((p) => p.index === index);
  if (poller === undefined) return;
  const config = actor.config;
  const got = messagesOf(outcome);
  const fifo = isFifoSource(config);
  if (fifo) noteGroups(rt, got);
  const messages = fifo ? messagesOfFreeGroups(rt, poller, got) : got;
  rt.receives++;
  rt.windowReceives++;
  if (!outcome.ok)
    emitActor(sim, actor, 'receive-failed', {
      error: outcome.error.name,
      message: outcome.error.message,
    });
  if (messages.length < got.length && messages.length === 0) {
    // FIFO: only groups another batch holds.
    if (poller.batch.length === 0) return retire(sim, actor, rt, poller);
    return invoke(sim, actor, poller);
  }
  if (messages.length === 0 && poller.batch.length === 0) {
    rt.emptyReceives++;
    if (!rt.idlePollers.includes(index)) rt.idlePollers.push(index);
    // A failed receive waits a second before trying again; an empty long poll already waited.
    return stepAt(sim, actor, sim.now + (outcome.ok ? 0 : 1000), 'receive', index);
  }
  if (poller.batch.length === 0)
    poller.windowEndsAt = sim.now + config.MaximumBatchingWindowInSeconds * 1000;
  poller.batch.push(...messages);
  const full = poller.batch.length >= config.BatchSize;
  if (full || config.MaximumBatchingWindowInSeconds === 0 || sim.now >= (poller.windowEndsAt ?? 0))
    return invoke(sim, actor, poller);
  stepAt(sim, actor, sim.now, 'receive', index);
}
