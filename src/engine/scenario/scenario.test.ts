import { describe, expect, it } from 'vitest';
import {
  createEngine,
  loadScenario,
  validateScenario,
  type EngineEvent,
  type Scenario,
} from '../index';

/** Orders with a poison message, a retrying consumer and a dead-letter queue. */
function poisonScenario(): Scenario {
  return {
    version: 1,
    name: 'Poison message to DLQ',
    description: 'A message that always fails ends in the dead-letter queue after 3 receives.',
    seed: 42,
    lessons: ['L10'],
    nodes: [
      {
        id: 'producer',
        type: 'producer',
        position: { x: 0, y: 0 },
        config: {
          MessagesPerSecond: 1,
          Arrival: 'poisson',
          BodyTemplate: 'order {n}',
          MaxMessages: 5,
        },
      },
      {
        id: 'orders',
        type: 'sqs-queue',
        position: { x: 200, y: 0 },
        config: {
          QueueName: 'orders',
          Attributes: { VisibilityTimeout: '10' },
          Behavior: { DuplicateProbability: 0.1 },
        },
      },
      {
        id: 'orders-dlq',
        type: 'sqs-queue',
        position: { x: 200, y: 200 },
        config: { QueueName: 'orders-dlq' },
      },
      {
        id: 'worker',
        type: 'consumer',
        position: { x: 400, y: 0 },
        config: {
          WaitTimeSeconds: 20,
          PoisonBodyContains: 'poison',
          FailureProbability: 0.1,
          ProcessingTime: { Distribution: 'normal', MeanMs: 500, StdDevMs: 200 },
        },
      },
    ],
    edges: [
      { id: 'e1', source: 'producer', target: 'orders', type: 'sends-to' },
      { id: 'e2', source: 'orders', target: 'worker', type: 'consumes-from' },
      { id: 'e3', source: 'orders', target: 'orders-dlq', type: 'dead-letter', maxReceiveCount: 3 },
    ],
    script: [
      {
        at: 2_000,
        service: 'sqs',
        action: 'SendMessage',
        input: { QueueUrl: 'orders', MessageBody: 'poison pill' },
      },
    ],
    narration: [{ at: 0, text: 'Watch the poison message.', lessons: ['L10'] }],
  };
}

async function play(scenario: Scenario, slices: number[]): Promise<EngineEvent[]> {
  const engine = createEngine({ seed: scenario.seed });
  await loadScenario(engine, scenario);
  for (const ms of slices) engine.advanceBy(ms);
  return engine.drain();
}

describe('scenarios', () => {
  it('round-trips through JSON and validates', () => {
    const scenario = poisonScenario();
    const result = validateScenario(JSON.parse(JSON.stringify(scenario)));
    expect(result).toEqual({ ok: true, scenario });
  });

  it('puts the poison message in the DLQ after maxReceiveCount receives', async () => {
    const scenario = poisonScenario();
    // Only the poison message fails here: no random failures, no duplicate deliveries.
    for (const node of scenario.nodes) {
      delete node.config.FailureProbability;
      delete node.config.Behavior;
    }
    const engine = createEngine({ seed: 42 });
    const loaded = await loadScenario(engine, scenario);
    expect(loaded.queueUrls.orders).toMatch(/\/orders$/);
    engine.advanceBy(120_000);
    const events = engine.drain();
    const moved = events.filter((e) => e.type === 'sqs/moved-to-dlq');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({
      queue: 'orders',
      deadLetterQueue: 'orders-dlq',
      maxReceiveCount: 3,
    });
    expect(
      events.some((e) => e.type === 'actor/narrated' && e.text === 'Watch the poison message.'),
    ).toBe(true);
    expect(events.some((e) => e.type === 'actor/script-step-ran')).toBe(true);
    const { Messages } = await engine.call<{ Messages: { Body: string }[] }>(
      'sqs',
      'ReceiveMessage',
      { QueueUrl: loaded.queueUrls['orders-dlq'] },
    );
    expect(Messages[0]?.Body).toBe('poison pill');
  });

  it('gives the same event log for the same seed, however time is sliced', async () => {
    const whole = await play(poisonScenario(), [180_000]);
    const sliced = await play(poisonScenario(), [1, 999, 17_000, 42_000, 119_000, 0]);
    expect(sliced).toEqual(whole);
    const other = await play({ ...poisonScenario(), seed: 43 }, [180_000]);
    expect(other).not.toEqual(whole);
  });

  it('runs scripted crashes and restarts', async () => {
    const scenario: Scenario = {
      ...poisonScenario(),
      script: [
        { at: 3_000, service: 'playground', action: 'CrashActor', input: { ActorId: 'worker' } },
        { at: 30_000, service: 'playground', action: 'RestartActor', input: { ActorId: 'worker' } },
        { at: 31_000, service: 'playground', action: 'CrashActor', input: { ActorId: 'producer' } },
      ],
    };
    const events = await play(scenario, [40_000]);
    expect(events.filter((e) => e.type === 'actor/crashed').map((e) => e.at)).toHaveLength(1);
    expect(events.filter((e) => e.type === 'actor/restarted')).toHaveLength(1);
    expect(events.find((e) => e.type === 'actor/script-step-failed')).toMatchObject({
      error: 'ValidationException',
      action: 'CrashActor',
    });
  });

  it('marks a failed step as expected only when it fails with its expectError', async () => {
    // A producer cannot be crashed: CrashActor refuses it with ValidationException.
    const crash = { service: 'playground', action: 'CrashActor', input: { ActorId: 'producer' } };
    const scenario: Scenario = {
      ...poisonScenario(),
      script: [
        { at: 31_000, ...crash, expectError: 'ValidationException' },
        { at: 32_000, ...crash, expectError: 'InvalidParameterValue' },
      ],
    };
    const events = await play(scenario, [40_000]);
    expect(
      events.flatMap((e) => (e.type === 'actor/script-step-failed' ? [e.expected] : [])),
    ).toEqual([true, false]);
    const blank = { ...scenario, script: [{ at: 1, ...crash, expectError: '' }] };
    expect(validateScenario(blank)).toMatchObject({ ok: false });
  });

  it('rejects bad scenarios with messages that say where and why', () => {
    const bad = poisonScenario() as unknown as Record<string, unknown> & {
      nodes: Record<string, unknown>[];
      edges: Record<string, unknown>[];
    };
    bad.version = 2;
    bad.colour = 'blue';
    bad.nodes.push({ id: 'orders', type: 'kinesis-stream', position: { x: 0, y: 0 }, config: {} });
    bad.edges.push({ id: 'e4', source: 'worker', target: 'orders', type: 'sends-to' });
    bad.edges.push({
      id: 'e5',
      source: 'orders-dlq',
      target: 'orders',
      type: 'dead-letter',
      maxReceiveCount: 0,
    });
    const result = validateScenario(bad);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        'Unknown top-level members: colour.',
        'version must be 1 (got 2).',
        'nodes[4]: node id "orders" is used twice.',
        'node orders: type must be one of sqs-queue, producer, consumer, lambda-sqs, autoscaling-consumers, sns-topic, publisher (got "kinesis-stream").',
        'edge e4: a sends-to edge goes from producer to sqs-queue, not consumer → sqs-queue.',
        'edge e5: maxReceiveCount must be a whole number from 1 to 1000 (got 0).',
      ]),
    );
  });

  it('checks what an actor with no edge names itself (its own QueueUrl)', () => {
    const scenario = poisonScenario();
    scenario.edges = scenario.edges.filter((e) => e.target !== 'worker');
    const worker = scenario.nodes.find((n) => n.id === 'worker');
    if (worker !== undefined) worker.config = { ...worker.config, QueueUrl: 42 };
    const result = validateScenario(scenario);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.join(' ')).toMatch(/node worker: .*QueueUrl/);
  });

  it("checks actor configs with the actors' own rules, and redrive loops", () => {
    const scenario = poisonScenario();
    const worker = scenario.nodes[3];
    if (worker !== undefined) worker.config = { ...worker.config, WaitTimeSeconds: 30 };
    scenario.edges.push({
      id: 'e4',
      source: 'orders-dlq',
      target: 'orders',
      type: 'dead-letter',
      maxReceiveCount: 5,
    });
    const loop = validateScenario(scenario);
    expect(loop.ok ? [] : loop.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/dead-letter edges form a loop/)]),
    );
    scenario.edges.pop();
    const result = validateScenario(scenario);
    expect(result.ok ? [] : result.problems).toEqual([
      'node worker: Invalid consumer config: WaitTimeSeconds must be a whole number from 0 to 20 (got 30).',
    ]);
  });
});
