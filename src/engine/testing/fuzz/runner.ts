import { createEngine, type Engine, type EngineEvent } from '../../index';
import { logText, peek, receivable, rejectionProblem } from './checks';
import { junk, prototypeName, spoil } from './junk';
import { emptyKnown, learn } from './known';
import { compare, Ledger } from './ledger';
import { PLAYGROUND_MAKERS, PLAYGROUND_WEIGHTS } from './playgroundCalls';
import { Random } from '../random';
import { settle } from '../settle';
import { SQS_MAKERS, SQS_WEIGHTS } from './sqsCalls';

export interface FuzzOptions {
  seed: number;
  calls: number;
  /** Swap in a restored snapshot now and then (the run must not notice). */
  restore?: boolean;
  /** Advance in random slices (the run must not notice). */
  sliced?: boolean;
}

export interface FuzzResult {
  log: string[];
  problems: string[];
  rejections: number;
}

const STEPS = [
  [70, 'sqs'],
  [8, 'playground'],
  [12, 'advance'],
  [3, 'hostile'],
  [1, 'hostile-advance'],
  [2, 'restore'],
] as const;

/** Random AWS-shaped calls through the door, checked after every one (see door.fuzz.test.ts). */
export async function fuzz({
  seed,
  calls,
  restore = false,
  sliced = false,
}: FuzzOptions): Promise<FuzzResult> {
  const random = new Random(seed);
  const slicer = new Random(seed ^ 0x5f3759df);
  let engine: Engine = createEngine({ seed });
  const known = emptyKnown();
  const ledger = new Ledger();
  const log: string[] = [];
  const problems: string[] = [];
  const polls = new Map<number, { url: string; fifo: boolean }>();
  let step = 0;
  let callId = 0;
  let rejections = 0;
  const note = (problem: string) => problems.push(`seed ${seed}, step ${step}: ${problem}`);

  async function call(
    service: string,
    action: string,
    input: unknown,
    hostile: boolean,
    expect?: string,
  ) {
    const id = ++callId;
    let answer: Promise<unknown>;
    try {
      answer = engine.call(service, action, input);
    } catch (error) {
      return note(`${service}.${action} threw synchronously: ${String(error)}`);
    }
    // What the call did before it answered: a refusal must leave no trace but its throttling.
    const caused = engine.drain();
    let late = false;
    const target =
      typeof input === 'object' && input !== null
        ? (input as { QueueUrl?: unknown }).QueueUrl
        : undefined;
    const queue = known.queues.find((q) => q.url === target);
    polls.set(id, { url: queue?.url ?? '', fifo: queue?.fifo ?? false });
    answer.then(
      (value) => {
        polls.delete(id);
        log.push(`#${id} ${action} ok ${logText(value)}`);
        if (expect !== undefined) note(`${service}.${action} resolved, expected ${expect}`);
        if (!hostile) learn(known, action, input as Record<string, unknown>, value);
      },
      (error: unknown) => {
        polls.delete(id);
        rejections++;
        const problem = rejectionProblem(error);
        if (problem !== undefined) note(`${service}.${action}: ${problem}`);
        const name = (error as Error).name;
        if (expect !== undefined && name !== expect)
          note(`${service}.${action} rejected ${name}, expected ${expect}`);
        log.push(`#${id} ${action} ${name}`);
        const traces = caused.filter((e) => e.type !== 'sqs/throttled').map((e) => e.type);
        if (!late && traces.length > 0)
          note(`${service}.${action} was refused (${name}) after ${traces.join(', ')}`);
      },
    );
    await settle();
    late = true; // a long poll answered from now on was not refused at the door
    record(caused);
  }

  function record(events: EngineEvent[]) {
    for (const event of events) {
      ledger.apply(event);
      log.push(logText(event));
    }
  }

  function advance(ms: number) {
    try {
      if (!sliced) return engine.advanceBy(ms);
      // advanceBy(0) runs what is due now: a run of slices makes at least one call too.
      let left = ms;
      do {
        const piece = slicer.int(0, left);
        engine.advanceBy(piece);
        left -= piece;
      } while (left > 0);
    } catch (error) {
      note(`advanceBy(${ms}) threw ${String(error)}`);
    }
  }

  for (step = 0; step < calls; step++) {
    const kind = random.weighted(STEPS);
    const queue = random.chance(0.9) ? random.pick(known.queues) : undefined;
    if (kind === 'sqs' || kind === 'playground' || kind === 'hostile') {
      const [service, weights, makers] =
        kind === 'playground' || random.chance(0.1)
          ? (['playground', PLAYGROUND_WEIGHTS, PLAYGROUND_MAKERS] as const)
          : (['sqs', SQS_WEIGHTS, SQS_MAKERS] as const);
      const action = random.weighted(weights);
      const input = (makers[action] as (typeof makers)[string])(random, known, queue);
      if (kind !== 'hostile') await call(service, action, input, false);
      else if (random.chance(0.2))
        await call(
          random.chance(0.5) ? service : prototypeName(random),
          prototypeName(random),
          input,
          true,
          'UnknownOperationException',
        );
      else
        await call(service, action, random.chance(0.1) ? junk(random) : spoil(random, input), true);
    } else if (kind === 'advance') {
      advance(
        random.weighted([
          [6, random.int(0, 2_000)],
          [3, random.int(0, 20_000)],
          [1, random.int(0, 120_000)],
        ]),
      );
      await settle();
    } else if (kind === 'hostile-advance') {
      const before = engine.now();
      const value = junk(random) as number;
      try {
        engine.advanceBy(value);
        if (!Number.isSafeInteger(value) || value < 0)
          note(`advanceBy(${typeof value}) was accepted`);
      } catch (error) {
        if (!(error instanceof RangeError))
          note(`advanceBy(${typeof value}) threw ${String(error)}`);
        else if (engine.now() !== before) note(`a refused advanceBy moved the clock`);
      }
      await settle();
    } else if (restore && polls.size === 0) {
      const snapshot = engine.snapshot();
      engine = createEngine({ seed });
      engine.restore(snapshot);
    }
    record(engine.drain());
    await checkPolls();
    if (step % 25 === 0 || step === calls - 1) await checkLedger();
  }
  problems.push(...ledger.problems.map((p) => `seed ${seed}: ${p}`));
  return { log, problems, rejections };

  /** Only when nothing is due now: work scheduled for this instant runs at the next advance. */
  async function checkPolls() {
    if ((engine.nextAt() ?? Infinity) <= engine.now()) return;
    for (const poll of new Set([...polls.values()].map((p) => `${p.url} ${p.fifo}`))) {
      const [url, fifo] = poll.split(' ');
      const messages = url === '' || url === undefined ? undefined : await peek(engine, url);
      if (messages !== undefined && receivable(messages, fifo === 'true'))
        note(`a long poll on ${url} waits beside a receivable message`);
    }
  }

  async function checkLedger() {
    const { QueueUrls = [] } = await engine.call<{ QueueUrls?: string[] }>('sqs', 'ListQueues', {});
    for (const url of QueueUrls) {
      const name = url.split('/').pop() ?? '';
      const stored = (await peek(engine, url)) ?? [];
      for (const p of compare(
        name,
        ledger.expected(name),
        stored.map((m) => m.MessageId),
      ))
        note(p);
    }
  }
}
